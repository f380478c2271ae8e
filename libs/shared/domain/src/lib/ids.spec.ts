import { isUuid } from './ids.js';

describe('isUuid', () => {
  it('accepts UUIDs in any case and refuses anything else', () => {
    expect(isUuid('1b9ece1e-005f-59a7-ac3a-c90241842e42')).toBe(true);
    expect(isUuid('1B9ECE1E-005F-59A7-AC3A-C90241842E42')).toBe(true);
    expect(isUuid('1b9ece1e-005f-59a7-ac3a-c90241842e4')).toBe(false);
    expect(isUuid(' 1b9ece1e-005f-59a7-ac3a-c90241842e42')).toBe(false);
    expect(isUuid("1b9ece1e-005f-59a7-ac3a-c90241842e42' OR 1=1")).toBe(false);
    expect(isUuid(42)).toBe(false);
    expect(isUuid(null)).toBe(false);
  });
});
