import { normalizeSearchText, parseTerritorySearch } from './search-text.js';

describe('normalizeSearchText', () => {
  it.each([
    ['Châlons-en-Champagne', 'chalons en champagne'],
    ['Saint-Étienne', 'saint etienne'],
    ["L'Île-d'Yeu", 'l ile d yeu'],
    ['L’Haÿ-les-Roses', 'l hay les roses'],
    ['Œuilly', 'oeuilly'],
    ['Provence-Alpes-Côte d’Azur', 'provence alpes cote d azur'],
    ['  CC  du Grand Autunois -- Morvan ', 'cc du grand autunois morvan'],
    ['Fa’a’ā', 'fa a a'],
    ['DEP-2A', 'dep 2a'],
  ])('%p → %p', (input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });

  it('leaves nothing searchable in punctuation alone', () => {
    expect(normalizeSearchText(" -'’. ")).toBe('');
  });

  it('keeps LIKE wildcards out of the result', () => {
    expect(normalizeSearchText('50%_off\\')).toBe('50 off');
  });
});

describe('parseTerritorySearch', () => {
  it('splits words and keeps the phrase for prefix matching', () => {
    expect(parseTerritorySearch('chalons en ch')).toEqual({
      phrase: 'chalons en ch',
      tokens: ['chalons', 'en', 'ch'],
      code: null,
    });
  });

  it('is accent-, case- and hyphen-insensitive', () => {
    expect(parseTerritorySearch('SAINT-ÉTIENNE').phrase).toBe('saint etienne');
  });

  it('spells out finished abbreviations only', () => {
    expect(parseTerritorySearch('st etienne').tokens).toEqual(['saint', 'etienne']);
    expect(parseTerritorySearch('ste foy').tokens).toEqual(['sainte', 'foy']);
    expect(parseTerritorySearch('st').tokens).toEqual(['st']);
  });

  it.each([
    ['83050', '83050'],
    [' dep-71 ', 'DEP-71'],
    ['DEP-2A', 'DEP-2A'],
    ['200070530', '200070530'],
    ['2a', '2A'],
  ])('reads %p as the code %p', (input, code) => {
    expect(parseTerritorySearch(input).code).toBe(code);
  });

  it.each(['lyon', 'dep-', 'saint etienne 42', '83 050', 'x'.repeat(30) + '1'])(
    'does not read %p as a code',
    (input) => {
      expect(parseTerritorySearch(input).code).toBeNull();
    },
  );
});
