import { createHash, randomBytes } from 'node:crypto';

/** A random secret for cookies and mailed links (256 bits, URL-safe). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this digest is stored: a leaked database does not reveal live tokens. */
export function digest(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
