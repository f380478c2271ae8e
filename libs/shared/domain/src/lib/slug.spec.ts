import { firstFreeSlug, slugify } from './slug.js';

describe('slugify', () => {
  it.each([
    ['Éclairage public', 'eclairage-public'],
    ['Territoire de la demi-heure', 'territoire-de-la-demi-heure'],
    ["Ville du quart d'heure", 'ville-du-quart-d-heure'],
    ['Œuvres et cœur', 'oeuvres-et-coeur'],
    ['  --Châlons-en-Champagne!!  ', 'chalons-en-champagne'],
    ['Numérique   responsable', 'numerique-responsable'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('cuts long slugs without leaving a trailing hyphen', () => {
    const slug = slugify('a'.repeat(10) + ' ' + 'b'.repeat(100), 11);
    expect(slug).toBe('a'.repeat(10));
  });
});

describe('firstFreeSlug', () => {
  it('keeps the base when free, else takes the first free numbered one', () => {
    expect(firstFreeSlug('cerema', new Set())).toBe('cerema');
    expect(firstFreeSlug('cerema', new Set(['cerema']))).toBe('cerema-2');
    expect(firstFreeSlug('cerema', new Set(['cerema', 'cerema-2', 'cerema-4']))).toBe('cerema-3');
  });
});
