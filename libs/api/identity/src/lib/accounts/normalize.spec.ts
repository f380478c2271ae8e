import { HANDLE_PATTERN, normalizeEmail, normalizeHandle } from './normalize.js';

describe('normalizeEmail', () => {
  it('trims, lower-cases and Unicode-normalises', () => {
    expect(normalizeEmail('  Maire@Anost.FR ')).toBe('maire@anost.fr');
    expect(normalizeEmail('ｍａｉｒｅ@anost.fr')).toBe('maire@anost.fr');
  });
});

describe('handles', () => {
  it.each(['elu-a1', 'abc', 'jean-pierre-morel', 'a'.repeat(30)])('accepts %p', (h) => {
    expect(HANDLE_PATTERN.test(normalizeHandle(h))).toBe(true);
  });

  it.each(['ab', '-abc', 'abc-', 'mon pseudo', 'élu', 'a'.repeat(31), 'a_b'])('refuses %p', (h) => {
    expect(HANDLE_PATTERN.test(normalizeHandle(h))).toBe(false);
  });
});
