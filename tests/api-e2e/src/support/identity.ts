import { randomBytes } from 'node:crypto';
import { hashPassword, SESSION_COOKIE, SessionsService, UserEntity } from '@pairs/identity';
import type { PlatformRole } from '@pairs/platform-core';
import { gql, type GqlResponse } from '@pairs/platform-testing';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'correct horse battery staple 42';
let passwordHash: Promise<string> | null = null;

export interface TestUser {
  id: string;
  email: string;
  handle: string;
  password: string;
}

/** A user inserted directly (fast: the password hash is computed once per file). */
export async function createUser(
  t: TestApp,
  options: {
    role?: PlatformRole;
    verified?: boolean;
    suspended?: boolean;
    handle?: string;
    email?: string;
  } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const suffix = randomBytes(4).toString('hex');
  const handle = options.handle ?? `user-${suffix}`;
  const email = options.email ?? `${handle}@example.fr`;
  const repo = t.dataSource.getRepository(UserEntity);
  const user = await repo.save(
    repo.create({
      email,
      handle,
      displayName: `Utilisateur ${suffix}`,
      passwordHash: await passwordHash,
      role: options.role ?? 'MEMBER',
      emailVerifiedAt: options.verified === false ? null : new Date(),
      suspendedAt: options.suspended ? new Date() : null,
    }),
  );
  return { id: user.id, email, handle, password: TEST_PASSWORD };
}

/** A session cookie for the user, created directly (no rate limit involved). */
export async function sessionCookie(t: TestApp, user: { id: string }): Promise<string> {
  const { token } = await t.app
    .get(SessionsService)
    .create(user.id, { ip: '198.51.100.1', userAgent: 'jest' });
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * A browser-like client: its own IP (x-forwarded-for) and a cookie jar fed by Set-Cookie,
 * so sign-in and sign-out work as in a browser.
 */
export class Client {
  private cookie: string | null = null;
  /** A random private address, so each client has its own rate-limit buckets. */
  readonly ip = `10.${randomBytes(3).join('.')}`;

  constructor(private readonly t: TestApp) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>> {
    const res = await gql<T>(this.t.server, query, variables, {
      cookie: this.cookie ?? undefined,
      headers: { 'x-forwarded-for': this.ip },
    });
    for (const header of res.cookies) {
      const [pair] = header.split(';');
      const [name, value] = pair.split('=');
      if (name === SESSION_COOKIE) this.cookie = value ? `${name}=${value}` : null;
    }
    return res;
  }

  useCookie(cookie: string | null): void {
    this.cookie = cookie;
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }
}

export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
}

/** Reads the dev outbox as the browser test does (GET /dev/outbox.json). */
export async function outbox(t: TestApp): Promise<OutboxMail[]> {
  const { default: request } = await import('supertest');
  const res = await request(t.server).get('/dev/outbox.json');
  return res.body as OutboxMail[];
}

/** The token of the newest mail to `to` whose link contains `path`. */
export async function tokenFromMail(t: TestApp, to: string, path: string): Promise<string> {
  const mail = (await outbox(t)).find((m) => m.to === to && m.text.includes(path));
  const match = mail?.text.match(/token=([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`No mail to ${to} with ${path}`);
  return match[1];
}
