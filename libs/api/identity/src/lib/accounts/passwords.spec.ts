import { hashPassword, passwordProblems, verifyAgainstDummy, verifyPassword } from './passwords.js';

const reasons = (password: string, context?: { email?: string; handle?: string }) =>
  passwordProblems(password, context).map((p) => `${p.field}:${p.reason}`);

describe('passwordProblems', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(reasons('un conseil municipal sous la pluie')).toEqual([]);
  });

  it.each(['court', '12345678901'])('refuses %p as too short', (password) => {
    expect(reasons(password)).toEqual(['password:minLength']);
  });

  it('refuses an overlong password', () => {
    expect(reasons('x'.repeat(257) + 'y')).toEqual(['password:maxLength']);
  });

  it.each(['password1234', 'qwertyuiop123', 'MOTDEPASSE123', 'aaaaaaaaaaaaaa'])(
    'refuses the common %p',
    (password) => {
      expect(reasons(password)).toEqual(['password:common']);
    },
  );

  it('refuses a short password built on the email or handle', () => {
    expect(reasons('nadia.benali2026', { email: 'nadia.benali@exemple.fr' })).toEqual(['password:common']);
    expect(reasons('elu-draguignan!', { handle: 'elu-draguignan' })).toEqual(['password:common']);
  });
});

describe('argon2id hashing', () => {
  it('verifies the right password only', async () => {
    const hash = await hashPassword('une phrase de passe solide');
    expect(hash).toMatch(/^\$argon2id\$/);
    await expect(verifyPassword(hash, 'une phrase de passe solide')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'une autre phrase de passe')).resolves.toBe(false);
    await expect(verifyPassword('not a hash', 'x')).resolves.toBe(false);
  });

  it('answers false for unknown accounts after doing the same work', async () => {
    await expect(verifyAgainstDummy('anything at all here')).resolves.toBe(false);
  });
});
