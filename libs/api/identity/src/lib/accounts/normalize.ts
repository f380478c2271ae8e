/** Emails are compared trimmed and lower-cased (Unicode-normalised). */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** Handles are URL-safe and used for @mentions: lower-case letters, digits and inner hyphens. */
export const HANDLE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,28}[a-z0-9])$/;

export function normalizeHandle(handle: string): string {
  return handle.trim().toLowerCase();
}

/** Names that would confuse readers or clash with routes. */
export const RESERVED_HANDLES = new Set([
  'admin',
  'administrateur',
  'moderateur',
  'moderatrice',
  'moderation',
  'pairs',
  'api',
  'graphql',
  'support',
  'contact',
  'compte-supprime',
  'anonyme',
  'me',
  'moi',
]);
