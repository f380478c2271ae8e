import type { RequestCredentials } from '@pairs/platform-core';

export interface RawRequestLike {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string };
}

/** Parses a Cookie header (for websocket upgrades, where @fastify/cookie does not run). */
export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 1) continue;
    const name = part.slice(0, index).trim();
    const value = part.slice(index + 1).trim();
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

export function buildCredentials(
  raw: RawRequestLike,
  parsedCookies?: Record<string, string>,
  ip?: string,
): RequestCredentials {
  const userAgent = raw.headers['user-agent'];
  const cookieHeader = raw.headers['cookie'];
  return {
    cookies:
      parsedCookies ?? parseCookieHeader(Array.isArray(cookieHeader) ? cookieHeader.join(';') : cookieHeader),
    ip: ip ?? raw.socket?.remoteAddress ?? '',
    userAgent: (Array.isArray(userAgent) ? userAgent[0] : userAgent) ?? '',
  };
}
