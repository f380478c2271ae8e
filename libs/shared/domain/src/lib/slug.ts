/**
 * French-friendly slug: "Éclairage public à Draguignan" → "eclairage-public-a-draguignan".
 * Ligatures are expanded, accents dropped, anything else becomes a single hyphen.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .replace(/[œŒ]/g, (c) => (c === 'œ' ? 'oe' : 'OE'))
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '');
}
