/** Where signing in leads when no (valid) destination was asked for. */
export const DEFAULT_SIGNED_IN_PATH = '/mon-compte';

/** Pages that must not be a destination after signing in: they would loop or make no sense. */
const AUTH_PATHS = ['/connexion', '/inscription'];

/**
 * The `?redirect=` of the sign-in page, made safe: only a path of this site (one leading `/`,
 * no scheme, no `//host`, no backslash trick) is kept; anything else gives the fallback.
 */
export function safeRedirectPath(raw: string | null | undefined, fallback = DEFAULT_SIGNED_IN_PATH): string {
  if (raw === null || raw === undefined || !raw.startsWith('/') || raw.startsWith('//')) {
    return fallback;
  }
  // Browsers read `\` as `/` and drop tabs and newlines: `/\evil.example` would leave the site.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) {
    return fallback;
  }
  const base = 'https://pairs.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) {
    return fallback;
  }
  if (AUTH_PATHS.includes(url.pathname)) {
    return fallback;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, coming back to `path` afterwards. */
export function signInPathFor(path: string): string {
  return `/connexion?redirect=${encodeURIComponent(path)}`;
}
