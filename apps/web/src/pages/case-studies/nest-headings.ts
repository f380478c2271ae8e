const HEADING_TAG = /<(\/?)h([1-6])(?=[\s>])/g;

/**
 * Nests the headings of API-rendered markdown under the section heading that holds them: the
 * highest one becomes `topLevel` and the others keep their relative depth, capped at h6
 * (`# Titre` would otherwise be a second h1 on the page, RGAA 9.1).
 * The HTML comes from the API's markdown renderer, whose heading tags are always plain
 * `<hN …>` / `</hN>`, and which escapes any `<` written by an author.
 */
export function nestHeadings(html: string, topLevel: number): string {
  let highest = 7;
  for (const match of html.matchAll(HEADING_TAG)) {
    highest = Math.min(highest, Number(match[2]));
  }
  if (highest === 7 || highest === topLevel) return html;
  const by = topLevel - highest;
  return html.replace(HEADING_TAG, (_match, slash: string, level: string) => {
    return `<${slash}h${Math.max(1, Math.min(6, Number(level) + by))}`;
  });
}
