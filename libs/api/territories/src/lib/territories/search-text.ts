/** Results of a territory search: 10 by default (a picker's list), at most 50. */
export const DEFAULT_TERRITORY_SEARCH_SIZE = 10;
export const MAX_TERRITORY_SEARCH_SIZE = 50;
/** Longest search accepted, once trimmed (the longest name has 59 characters). */
export const MAX_TERRITORY_SEARCH_LENGTH = 100;

/**
 * Text normalisation shared by the stored `territory.search_name` and the search queries, so
 * both sides are compared in the same form: lower case, no accents, ligatures spelled out,
 * every other character than a letter or digit (hyphens, apostrophes, dots…) a single space.
 * "L'Île-d'Yeu" → "l ile d yeu", "Châlons-en-Champagne" → "chalons en champagne".
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Abbreviations élus type for the words that start thousands of commune names. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
};

/** A search string taken apart: the words to match on names and, when it looks like one, a code. */
export interface TerritorySearchTerms {
  /** The normalised query ("chalons en ch"), compared with whole names and name prefixes. */
  phrase: string;
  /** Its words: each must start a word of the name. */
  tokens: string[];
  /** Upper-cased query when it could be a territory or INSEE code ("83050", "DEP-2A"), else null. */
  code: string | null;
}

/** Codes hold letters, digits and hyphens, and at least one digit (`51108`, `DEP-71`, `REG-27`, `2A`). */
const CODE_LIKE = /^(?=.*\d)[A-Z0-9-]{1,20}$/;

/**
 * Splits a search into terms. A finished abbreviation ("st etienne") is spelled out; the last
 * word is left alone since the user may still be typing ("st" → "stains", "strasbourg").
 */
export function parseTerritorySearch(search: string): TerritorySearchTerms {
  const words = normalizeSearchText(search).split(' ').filter(Boolean);
  const tokens = words.map((word, i) => (i < words.length - 1 ? (ABBREVIATIONS[word] ?? word) : word));
  const upper = search.trim().toUpperCase();
  return { phrase: tokens.join(' '), tokens, code: CODE_LIKE.test(upper) ? upper : null };
}
