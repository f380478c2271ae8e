import { Inject, Injectable, Optional } from '@nestjs/common';
import MarkdownIt, {
  type Env,
  type MarkdownIt as MarkdownItInstance,
  type MarkdownItOptions,
  type Renderer,
  type StateCore,
  type Token,
} from 'markdown-it';

/** Longest accepted source, in UTF-16 code units (`string.length`). */
export const MAX_MARKDOWN_SOURCE_LENGTH = 100_000;

export interface MarkdownRendererOptions {
  /**
   * Origin of the platform (e.g. `https://www.example.fr`). Absolute links to it are not
   * marked `nofollow`; without it every absolute http(s) link is treated as external.
   */
  siteOrigin?: string;
}

/** Optional Nest provider token for {@link MarkdownRendererOptions}. */
export const MARKDOWN_RENDERER_OPTIONS = Symbol('MARKDOWN_RENDERER_OPTIONS');

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
const EXTERNAL_REL = 'nofollow ugc noopener';
const MAILTO_REL = 'nofollow ugc';
// Only used to resolve relative hrefs when no site origin is configured; never rendered.
const PLACEHOLDER_BASE = 'https://placeholder.invalid/';
const SCHEME_OR_AUTHORITY_RE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const SITE_ORIGIN_ENV_KEY = Symbol('siteOrigin');

// Characters a browser (or a lenient URL parser) may skip or that only hide text:
// controls, format characters (zero-width, bidi, BOM, soft hyphen), separators, lone surrogates.
const INVISIBLE_RE = /[\s\p{Cc}\p{Cf}\p{Cs}\p{Z}\p{Default_Ignorable_Code_Point}]/gu;
const NUMERIC_ENTITY_RE = /&#(?:x([0-9a-f]+)|([0-9]+));?/gi;
const PERCENT_RE = /%([0-9a-f]{2})/gi;
const MAX_DECODE_PASSES = 8;

const md = createMarkdownIt();

/**
 * Renders user-written markdown (forum posts, comments) to HTML that is safe to insert as is:
 * raw HTML is escaped, only http(s)/mailto/relative links survive, images become plain links
 * (third-party images leak readers' IP addresses), headings get clobbering-proof ids.
 */
export function renderMarkdown(source: string, options: MarkdownRendererOptions = {}): string {
  return renderSafely(source, normalizeSiteOrigin(options.siteOrigin));
}

@Injectable()
export class MarkdownRenderer {
  private readonly siteOrigin: string | undefined;

  constructor(@Optional() @Inject(MARKDOWN_RENDERER_OPTIONS) options: MarkdownRendererOptions = {}) {
    this.siteOrigin = normalizeSiteOrigin(options.siteOrigin);
  }

  render(source: string): string {
    return renderSafely(source, this.siteOrigin);
  }
}

function renderSafely(source: string, siteOrigin: string | undefined): string {
  if (source.length > MAX_MARKDOWN_SOURCE_LENGTH) {
    throw new RangeError(
      `Markdown source is ${source.length} characters long; the limit is ${MAX_MARKDOWN_SOURCE_LENGTH}`,
    );
  }
  const env: Env = {};
  if (siteOrigin !== undefined) env[SITE_ORIGIN_ENV_KEY] = siteOrigin;
  return md.render(source, env);
}

function normalizeSiteOrigin(siteOrigin: string | undefined): string | undefined {
  if (siteOrigin === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(siteOrigin);
  } catch {
    throw new TypeError(`Invalid markdown siteOrigin: ${siteOrigin}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`Invalid markdown siteOrigin (http or https expected): ${siteOrigin}`);
  }
  return url.origin;
}

function createMarkdownIt(): MarkdownItInstance {
  const instance = new MarkdownIt('default', {
    html: false,
    linkify: true,
    typographer: false,
    breaks: true,
  });
  // Called by every link-producing rule (inline, reference, autolink, linkify, image):
  // a refused URL leaves the source as plain text.
  instance.validateLink = (url: string): boolean => isAllowedUrl(url);
  instance.core.ruler.push('strip_style_attributes', stripStyleAttributes);
  instance.core.ruler.push('heading_ids', addHeadingIds);
  instance.renderer.rules['link_open'] = renderLinkOpen;
  instance.renderer.rules['image'] = renderImageAsLink;
  return instance;
}

function isAllowedUrl(url: string): boolean {
  const canonical = canonicalizeUrl(url);
  if (canonical === undefined) return false;
  const schemeEnd = canonical.search(/[:/?#]/);
  if (schemeEnd === -1 || canonical[schemeEnd] !== ':') return true;
  return ALLOWED_SCHEMES.has(canonical.slice(0, schemeEnd));
}

/**
 * Undoes every encoding an attacker could use to hide a scheme (HTML entities, with or
 * without `;`, percent-encoding, nested), then removes invisible characters. Returns
 * `undefined` when decoding does not settle, which callers treat as unsafe.
 */
function canonicalizeUrl(url: string): string | undefined {
  let current = url;
  for (let pass = 0; pass < MAX_DECODE_PASSES; pass++) {
    const decoded = percentDecode(decodeEntities(current));
    if (decoded === current) {
      return current.normalize('NFKC').replace(INVISIBLE_RE, '').toLowerCase();
    }
    current = decoded;
  }
  return undefined;
}

function decodeEntities(value: string): string {
  const numeric = value.replace(NUMERIC_ENTITY_RE, (_match: string, hex?: string, decimal?: string) => {
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(decimal ?? '', 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
  // Browsers need the exact case and the `;` here; accepting more only makes the check stricter.
  return md.utils
    .unescapeAll(numeric)
    .replace(/&colon;?/gi, ':')
    .replace(/&tab;?/gi, '\t')
    .replace(/&newline;?/gi, '\n');
}

function percentDecode(value: string): string {
  return value.replace(PERCENT_RE, (_match: string, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

function relFor(href: string, siteOrigin: string | undefined): string | undefined {
  let target: URL;
  try {
    target = new URL(href, siteOrigin ?? PLACEHOLDER_BASE);
  } catch {
    return EXTERNAL_REL;
  }
  if (target.protocol === 'mailto:') return MAILTO_REL;
  if (siteOrigin !== undefined) return target.origin === siteOrigin ? undefined : EXTERNAL_REL;
  return SCHEME_OR_AUTHORITY_RE.test(href.trim()) ? EXTERNAL_REL : undefined;
}

function siteOriginOf(env: Env | undefined): string | undefined {
  const value = env?.[SITE_ORIGIN_ENV_KEY];
  return typeof value === 'string' ? value : undefined;
}

function linkAttributes(href: string, title: string, siteOrigin: string | undefined): [string, string][] {
  const attrs: [string, string][] = [['href', href]];
  if (title !== '') attrs.push(['title', title]);
  const rel = relFor(href, siteOrigin);
  if (rel !== undefined) attrs.push(['rel', rel]);
  return attrs;
}

function renderLinkOpen(
  tokens: Token[],
  idx: number,
  _options: Required<MarkdownItOptions>,
  env: Env | undefined,
  renderer: Renderer,
): string {
  const token = tokens[idx];
  if (!token) return '';
  const href = token.attrGet('href');
  const title = token.attrGet('title');
  // Link tokens were validated when parsed; checking again keeps the renderer safe on its own.
  const attrs =
    typeof href === 'string' && isAllowedUrl(href)
      ? linkAttributes(href, typeof title === 'string' ? title : '', siteOriginOf(env))
      : [];
  return `<a${renderer.renderAttrs({ attrs })}>`;
}

function renderImageAsLink(
  tokens: Token[],
  idx: number,
  options: Required<MarkdownItOptions>,
  env: Env | undefined,
  renderer: Renderer,
): string {
  const token = tokens[idx];
  if (!token) return '';
  const src = token.attrGet('src');
  const title = token.attrGet('title');
  const alt = renderer.renderInlineAsText(token.children ?? [], options, env);
  if (typeof src !== 'string' || src === '' || !isAllowedUrl(src)) return md.utils.escapeHtml(alt);
  const label = md.utils.escapeHtml(alt !== '' ? alt : md.normalizeLinkText(src));
  // A link inside a link is invalid HTML (badges like [![alt](img)](url)): keep the label only.
  if (isInsideLink(tokens, idx)) return label;
  const attrs = linkAttributes(src, typeof title === 'string' ? title : '', siteOriginOf(env));
  return `<a${renderer.renderAttrs({ attrs })}>${label}</a>`;
}

function isInsideLink(tokens: Token[], idx: number): boolean {
  let depth = 0;
  for (let i = idx - 1; i >= 0; i--) {
    const type = tokens[i]?.type;
    if (type === 'link_close') depth++;
    else if (type === 'link_open') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

// Table alignment is the only source of `style`; CSS in user content is refused outright.
function stripStyleAttributes(state: StateCore): void {
  const strip = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.attrs) token.attrs = token.attrs.filter(([name]) => name.toLowerCase() !== 'style');
      if (token.children) strip(token.children);
    }
  };
  strip(state.tokens);
}

function addHeadingIds(state: StateCore): void {
  const used = new Set<string>();
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    const text = inline?.type === 'inline' ? inlineText(inline.children ?? []) : '';
    const slug = slugify(text);
    // The prefix keeps ids such as `cookie` or `__proto__` from clobbering DOM globals.
    const base = slug === '' ? 'section' : `section-${slug}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    token.attrSet('id', id);
  }
}

function inlineText(tokens: Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'text_special') {
      text += token.content;
    } else if (token.type === 'softbreak' || token.type === 'hardbreak') {
      text += ' ';
    } else if (token.children) {
      text += inlineText(token.children);
    }
  }
  return text;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
