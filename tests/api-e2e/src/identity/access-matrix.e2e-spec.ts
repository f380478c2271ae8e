import { errorCodes, type GqlResponse } from '@pairs/platform-testing';
import { MandateEntity } from '@pairs/identity';
import type { PlatformRole } from '@pairs/platform-core';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie, type TestUser } from '../support/identity.js';

/**
 * The access matrix of identity operations (issue 3): each viewer kind × each operation, with
 * the expected outcome written in the table: 'ok' or the error code. Later issues add rows.
 * Documented in docs/security/access-matrix.md.
 */
type ViewerKind = 'anonymous' | 'unverified' | 'member' | 'moderator' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';

interface Ctx {
  t: TestApp;
  client: Client;
  self: TestUser | null;
  other: TestUser;
  otherMandateId: string;
}

const matrix: Array<
  [operation: string, run: (c: Ctx) => Promise<GqlResponse<unknown>>, expected: Record<ViewerKind, Outcome>]
> = [
  [
    'query me',
    (c) => c.client.gql('{ me { id } }'),
    { anonymous: 'ok', unverified: 'ok', member: 'ok', moderator: 'ok', admin: 'ok' },
  ],
  [
    'query user(handle)',
    (c) =>
      c.client.gql('query($h: String!) { user(handle: $h) { id mandates { id } } }', { h: c.other.handle }),
    { anonymous: 'ok', unverified: 'ok', member: 'ok', moderator: 'ok', admin: 'ok' },
  ],
  [
    'query mySessions',
    (c) => c.client.gql('{ mySessions { id } }'),
    { anonymous: 'UNAUTHENTICATED', unverified: 'ok', member: 'ok', moderator: 'ok', admin: 'ok' },
  ],
  [
    'query exportMyData',
    (c) => c.client.gql('{ exportMyData }'),
    { anonymous: 'UNAUTHENTICATED', unverified: 'ok', member: 'ok', moderator: 'ok', admin: 'ok' },
  ],
  [
    'mutation updateProfile',
    (c) => c.client.gql('mutation { updateProfile(input: { bio: "Bonjour" }) { id } }'),
    { anonymous: 'UNAUTHENTICATED', unverified: 'ok', member: 'ok', moderator: 'ok', admin: 'ok' },
  ],
  [
    'mutation resendVerification',
    (c) => c.client.gql('mutation { resendVerification }'),
    {
      anonymous: 'UNAUTHENTICATED',
      unverified: 'ok',
      member: 'CONFLICT',
      moderator: 'CONFLICT',
      admin: 'CONFLICT',
    },
  ],
  [
    'mutation logout',
    (c) => c.client.gql('mutation { logout }'),
    { anonymous: 'UNAUTHENTICATED', unverified: 'ok', member: 'ok', moderator: 'ok', admin: 'ok' },
  ],
  [
    'mutation revokeSession (of another user)',
    async (c) => {
      const [row] = await c.t.dataSource.query(`SELECT id FROM user_session WHERE user_id = $1 LIMIT 1`, [
        c.other.id,
      ]);
      return c.client.gql('mutation($id: ID!) { revokeSession(input: { id: $id }) }', { id: row.id });
    },
    {
      anonymous: 'UNAUTHENTICATED',
      unverified: 'NOT_FOUND',
      member: 'NOT_FOUND',
      moderator: 'NOT_FOUND',
      admin: 'NOT_FOUND',
    },
  ],
  [
    'mutation setUserRole',
    (c) =>
      c.client.gql('mutation($id: ID!) { setUserRole(input: { userId: $id, role: MODERATOR }) { id } }', {
        id: c.other.id,
      }),
    {
      anonymous: 'UNAUTHENTICATED',
      unverified: 'FORBIDDEN',
      member: 'FORBIDDEN',
      moderator: 'FORBIDDEN',
      admin: 'ok',
    },
  ],
  [
    'mutation verifyMandate',
    (c) =>
      c.client.gql('mutation($id: ID!) { verifyMandate(input: { mandateId: $id, verified: true }) { id } }', {
        id: c.otherMandateId,
      }),
    {
      anonymous: 'UNAUTHENTICATED',
      unverified: 'FORBIDDEN',
      member: 'FORBIDDEN',
      moderator: 'ok',
      admin: 'ok',
    },
  ],
  [
    'field User.email of another user',
    async (c) => {
      const res = await c.client.gql<{ user: { email: string | null } }>(
        'query($h: String!) { user(handle: $h) { email } }',
        { h: c.other.handle },
      );
      // Hidden means null, not an error: map it to FORBIDDEN for the table.
      return res.data?.user.email
        ? res
        : { ...res, errors: [{ message: 'hidden', extensions: { code: 'FORBIDDEN' } }] };
    },
    {
      anonymous: 'FORBIDDEN',
      unverified: 'FORBIDDEN',
      member: 'FORBIDDEN',
      moderator: 'FORBIDDEN',
      admin: 'ok',
    },
  ],
  [
    'mutation deleteMyAccount (wrong password)',
    (c) => c.client.gql('mutation { deleteMyAccount(input: { password: "not my password at all" }) }'),
    {
      anonymous: 'UNAUTHENTICATED',
      unverified: 'BAD_USER_INPUT',
      member: 'BAD_USER_INPUT',
      moderator: 'BAD_USER_INPUT',
      admin: 'BAD_USER_INPUT',
    },
  ],
];

const ROLES: Record<Exclude<ViewerKind, 'anonymous'>, { role: PlatformRole; verified: boolean }> = {
  unverified: { role: 'MEMBER', verified: false },
  member: { role: 'MEMBER', verified: true },
  moderator: { role: 'MODERATOR', verified: true },
  admin: { role: 'ADMIN', verified: true },
};

describe('identity access matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  for (const [operation, run, expected] of matrix) {
    describe(operation, () => {
      it.each(Object.keys(expected) as ViewerKind[])('%s', async (kind) => {
        const other = await createUser(t);
        await sessionCookie(t, other);
        const [territory] = await t.dataSource.query(`SELECT id FROM territory WHERE code = '71009'`);
        const mandate = await t.dataSource
          .getRepository(MandateEntity)
          .save({ userId: other.id, role: 'MAIRE', territoryId: territory.id });
        const client = new Client(t);
        let self: TestUser | null = null;
        if (kind !== 'anonymous') {
          self = await createUser(t, ROLES[kind]);
          client.useCookie(await sessionCookie(t, self));
        }
        const res = await run({ t, client, self, other, otherMandateId: mandate.id });
        const codes = errorCodes(res);
        expect(codes.length ? codes[0] : 'ok').toBe(expected[kind]);
      });
    });
  }
});
