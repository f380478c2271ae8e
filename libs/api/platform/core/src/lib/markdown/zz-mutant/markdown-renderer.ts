import MarkdownIt from 'markdown-it';
export const MAX_MARKDOWN_SOURCE_LENGTH = 100_000;
const md = new MarkdownIt({ html: true, linkify: true });
md.validateLink = () => true;
export function renderMarkdown(source: string, _o: { siteOrigin?: string } = {}): string { return md.render(source); }
export class MarkdownRenderer { constructor(_o: { siteOrigin?: string } = {}) {} render(s: string): string { return md.render(s); } }
