import type { GraphQLContext } from '@pairs/platform-core';
import { SESSION_COOKIE } from '../identity-options.js';
import type { RequestMeta } from './sessions.service.js';

interface CookieReply {
  setCookie(name: string, value: string, options: Record<string, unknown>): unknown;
  clearCookie(name: string, options: Record<string, unknown>): unknown;
}

interface HttpRequestLike {
  ip?: string;
  headers?: Record<string, string | string[] | undefined>;
}

function reply(ctx: GraphQLContext): CookieReply | null {
  return (ctx.http?.reply as CookieReply | undefined) ?? null;
}

/** httpOnly, SameSite=Lax, Secure in production: the browser never exposes the token to scripts. */
export function setSessionCookie(
  ctx: GraphQLContext,
  token: string,
  maxAgeMs: number,
  secure: boolean,
): void {
  reply(ctx)?.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(ctx: GraphQLContext, secure: boolean): void {
  reply(ctx)?.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function requestMeta(ctx: GraphQLContext): RequestMeta {
  const request = ctx.http?.request as HttpRequestLike | undefined;
  const ua = request?.headers?.['user-agent'];
  return { ip: request?.ip ?? '', userAgent: (Array.isArray(ua) ? ua[0] : ua) ?? '' };
}
