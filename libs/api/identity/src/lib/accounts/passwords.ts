import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldErrorDetail } from '@pairs/shared-domain';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** ~49,000 most common passwords (zxcvbn's list) plus French ones it lacks. */
const COMMON = new Set<string>([
  ...dictionary['passwords-common'],
  'motdepasse',
  'motdepasse123',
  'motdepasse1234',
  'azertyuiop',
  'azertyuiop123',
  'azerty123456',
  'soleil123456',
  'bonjour123456',
  'marseille13013',
  'allezlesbleus',
  'jetaime123456',
]);

/** Checks the password policy; returns the problems (empty when acceptable). */
export function passwordProblems(
  password: string,
  context: { email?: string; handle?: string } = {},
): FieldErrorDetail[] {
  const problems: FieldErrorDetail[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push({
      field: 'password',
      reason: 'minLength',
      message: `password must be at least ${PASSWORD_MIN_LENGTH} characters`,
    });
  } else if (password.length > PASSWORD_MAX_LENGTH) {
    problems.push({
      field: 'password',
      reason: 'maxLength',
      message: `password must be at most ${PASSWORD_MAX_LENGTH} characters`,
    });
  } else if (isCommon(password, context)) {
    problems.push({
      field: 'password',
      reason: 'common',
      message: 'password is too common or too easy to guess',
    });
  }
  return problems;
}

function isCommon(password: string, context: { email?: string; handle?: string }): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  if (/^(.)\1+$/.test(password)) return true; // "aaaaaaaaaaaa"
  if (context.email && lower.includes(context.email.split('@')[0].toLowerCase()) && lower.length < 20)
    return true;
  if (context.handle && lower.includes(context.handle.toLowerCase()) && lower.length < 20) return true;
  return false;
}

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/**
 * A real hash of a random password, verified against when the account does not exist so
 * that "unknown email" and "wrong password" take the same time (no user enumeration).
 */
let dummyHash: Promise<string> | null = null;
export function verifyAgainstDummy(password: string): Promise<boolean> {
  dummyHash ??= hash(`dummy-${Math.random()}-${Date.now()}`);
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}
