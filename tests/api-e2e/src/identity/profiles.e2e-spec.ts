import { errorCodes } from '@pairs/platform-testing';
import { MandateEntity, UserEntity } from '@pairs/identity';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie } from '../support/identity.js';

const UPDATE = `mutation($input: UpdateProfileInput!) {
  updateProfile(input: $input) { displayName bio mandates { role verified territory { code name kind population } } }
}`;
const PROFILE = `query($h: String!) {
  user(handle: $h) { id handle displayName bio email emailVerified deleted
    mandates { id role verified territory { code name kind population } } }
}`;

describe('profiles, roles, sessions and RGPD rights', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(options: Parameters<typeof createUser>[1] = {}) {
    const user = await createUser(t, options);
    const client = new Client(t);
    client.useCookie(await sessionCookie(t, user));
    return { user, client };
  }

  describe('updateProfile and user(handle)', () => {
    it('sets mandates on real territories, shown on the public profile with population', async () => {
      const { user, client } = await signedIn();
      const res = await client.gql(UPDATE, {
        input: {
          displayName: 'Nadia Benali',
          bio: 'Conseillère municipale.',
          mandates: [
            { role: 'CONSEILLER_MUNICIPAL', territoryCode: '51108' },
            { role: 'CONSEILLER_COMMUNAUTAIRE', territoryCode: '200066876' },
          ],
        },
      });
      expect(res.errors).toBeUndefined();
      const profile = await new Client(t).gql<{
        user: Record<string, unknown> & { mandates: Array<Record<string, unknown>> };
      }>(PROFILE, { h: user.handle });
      expect(profile.data?.user).toMatchObject({
        displayName: 'Nadia Benali',
        bio: 'Conseillère municipale.',
        email: null,
        emailVerified: null,
        deleted: false,
      });
      expect(profile.data?.user.mandates).toEqual([
        expect.objectContaining({
          role: 'CONSEILLER_MUNICIPAL',
          verified: false,
          territory: expect.objectContaining({
            code: '51108',
            name: 'Châlons-en-Champagne',
            kind: 'COMMUNE',
          }),
        }),
        expect.objectContaining({
          role: 'CONSEILLER_COMMUNAUTAIRE',
          territory: expect.objectContaining({ code: '200066876', kind: 'EPCI' }),
        }),
      ]);
      const population = (profile.data?.user.mandates[0]?.['territory'] as { population: number }).population;
      expect(population).toBeGreaterThan(40000);
    });

    it('keeps the verification of unchanged mandates', async () => {
      const { user, client } = await signedIn();
      await client.gql(UPDATE, { input: { mandates: [{ role: 'MAIRE', territoryCode: '71009' }] } });
      await t.dataSource.query(`UPDATE mandate SET verified_at = now() WHERE user_id = $1`, [user.id]);
      await client.gql(UPDATE, {
        input: {
          mandates: [
            { role: 'MAIRE', territoryCode: '71009' },
            { role: 'CONSEILLER_COMMUNAUTAIRE', territoryCode: '200070530' },
          ],
        },
      });
      const profile = await client.gql<{ user: { mandates: Array<{ role: string; verified: boolean }> } }>(
        PROFILE,
        { h: user.handle },
      );
      expect(profile.data?.user.mandates.map((m) => `${m.role}:${m.verified}`)).toEqual([
        'MAIRE:true',
        'CONSEILLER_COMMUNAUTAIRE:false',
      ]);
    });

    it('refuses an unknown territory code with the field, and changes nothing', async () => {
      const { user, client } = await signedIn();
      const res = await client.gql(UPDATE, {
        input: {
          displayName: 'Nouveau nom',
          mandates: [
            { role: 'MAIRE', territoryCode: '83050' },
            { role: 'ADJOINT', territoryCode: '99999' },
          ],
        },
      });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.['fields']).toEqual([
        expect.objectContaining({ field: 'mandates.1.territoryCode', reason: 'unknown' }),
      ]);
      const row = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
      expect(row.displayName).not.toBe('Nouveau nom');
      expect(await t.dataSource.getRepository(MandateEntity).countBy({ userId: user.id })).toBe(0);
    });

    it('refuses a bad role, a duplicate mandate and a too long bio', async () => {
      const { client } = await signedIn();
      expect(
        errorCodes(
          await client.gql(UPDATE, { input: { mandates: [{ role: 'EMPEREUR', territoryCode: '83050' }] } }),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      const dup = await client.gql(UPDATE, {
        input: {
          mandates: [
            { role: 'MAIRE', territoryCode: '83050' },
            { role: 'MAIRE', territoryCode: '83050' },
          ],
        },
      });
      expect(errorCodes(dup)).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await client.gql(UPDATE, { input: { bio: 'x'.repeat(2001) } }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });

    it('shows the email to the user themself and to admins only', async () => {
      const { user, client } = await signedIn();
      expect(
        (await client.gql<{ user: { email: string } }>(PROFILE, { h: user.handle })).data?.user.email,
      ).toBe(user.email);
      const { client: admin } = await signedIn({ role: 'ADMIN' });
      expect(
        (await admin.gql<{ user: { email: string } }>(PROFILE, { h: user.handle })).data?.user.email,
      ).toBe(user.email);
      const { client: moderator } = await signedIn({ role: 'MODERATOR' });
      expect(
        (await moderator.gql<{ user: { email: string | null } }>(PROFILE, { h: user.handle })).data?.user
          .email,
      ).toBeNull();
    });

    it('answers null for an unknown handle', async () => {
      expect((await new Client(t).gql(PROFILE, { h: 'personne' })).data).toEqual({ user: null });
    });

    it('loads mandates and territories of a profile in a constant number of statements', async () => {
      const { user, client } = await signedIn();
      await client.gql(UPDATE, { input: { mandates: [{ role: 'MAIRE', territoryCode: '71009' }] } });
      const one = await new Client(t).gql(PROFILE, { h: user.handle });
      await client.gql(UPDATE, {
        input: {
          mandates: [
            { role: 'MAIRE', territoryCode: '71009' },
            { role: 'CONSEILLER_COMMUNAUTAIRE', territoryCode: '200070530' },
            { role: 'CONSEILLER_DEPARTEMENTAL', territoryCode: 'DEP-71' },
            { role: 'CONSEILLER_REGIONAL', territoryCode: 'REG-27' },
          ],
        },
      });
      const four = await new Client(t).gql(PROFILE, { h: user.handle });
      expect(four.sqlQueries).toBe(one.sqlQueries);
      expect(four.sqlQueries).toBeLessThanOrEqual(3);
    });
  });

  describe('roles', () => {
    const SET_ROLE = `mutation($id: ID!, $role: UserRole!) { setUserRole(input: { userId: $id, role: $role }) { id role } }`;
    const VERIFY = `mutation($id: ID!, $v: Boolean!) { verifyMandate(input: { mandateId: $id, verified: $v }) { id mandates { id verified } } }`;

    it('lets an admin change a role, and nobody else', async () => {
      const target = await createUser(t);
      const { client: member } = await signedIn();
      const { client: moderator } = await signedIn({ role: 'MODERATOR' });
      const { user: adminUser, client: admin } = await signedIn({ role: 'ADMIN' });
      expect(errorCodes(await new Client(t).gql(SET_ROLE, { id: target.id, role: 'MODERATOR' }))).toEqual([
        'UNAUTHENTICATED',
      ]);
      expect(errorCodes(await member.gql(SET_ROLE, { id: target.id, role: 'MODERATOR' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes(await moderator.gql(SET_ROLE, { id: target.id, role: 'ADMIN' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect((await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: target.id })).role).toBe(
        'MEMBER',
      );
      expect((await admin.gql(SET_ROLE, { id: target.id, role: 'MODERATOR' })).data).toEqual({
        setUserRole: { id: target.id, role: 'MODERATOR' },
      });
      expect(errorCodes(await admin.gql(SET_ROLE, { id: adminUser.id, role: 'MEMBER' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(
        errorCodes(await admin.gql(SET_ROLE, { id: '00000000-0000-4000-8000-000000000000', role: 'MEMBER' })),
      ).toEqual(['NOT_FOUND']);
    });

    it('lets moderators verify mandates, and not members', async () => {
      const { user, client } = await signedIn();
      await client.gql(UPDATE, { input: { mandates: [{ role: 'MAIRE', territoryCode: '71009' }] } });
      const [mandate] = await t.dataSource.getRepository(MandateEntity).findBy({ userId: user.id });
      const { client: member } = await signedIn();
      expect(errorCodes(await member.gql(VERIFY, { id: mandate.id, v: true }))).toEqual(['FORBIDDEN']);
      const { client: moderator } = await signedIn({ role: 'MODERATOR' });
      const res = await moderator.gql(VERIFY, { id: mandate.id, v: true });
      expect(res.data).toEqual({
        verifyMandate: { id: user.id, mandates: [{ id: mandate.id, verified: true }] },
      });
      const undo = await moderator.gql(VERIFY, { id: mandate.id, v: false });
      expect(undo.data).toEqual({
        verifyMandate: { id: user.id, mandates: [{ id: mandate.id, verified: false }] },
      });
    });
  });

  describe('sessions', () => {
    it('lists my active sessions with the current one marked, and revokes one', async () => {
      const user = await createUser(t);
      const phone = new Client(t);
      const laptop = new Client(t);
      for (const c of [phone, laptop])
        await c.gql(`mutation($i: LoginInput!) { login(input: $i) { id } }`, {
          i: { email: user.email, password: user.password },
        });
      const list = await laptop.gql<{ mySessions: Array<{ id: string; current: boolean; ip: string }> }>(
        `{ mySessions { id current ip userAgent } }`,
      );
      expect(list.data?.mySessions).toHaveLength(2);
      expect(list.data?.mySessions.filter((s) => s.current)).toHaveLength(1);
      const phoneSession = list.data!.mySessions.find((s) => !s.current)!;
      expect(phoneSession.ip).toBe(phone.ip);
      expect(
        (
          await laptop.gql(`mutation($id: ID!) { revokeSession(input: { id: $id }) }`, {
            id: phoneSession.id,
          })
        ).data,
      ).toEqual({ revokeSession: true });
      expect((await phone.gql(`{ me { id } }`)).data).toEqual({ me: null });
      expect((await laptop.gql(`{ me { id } }`)).data).toEqual({ me: { id: user.id } });
    });

    it("answers NOT_FOUND for someone else's session", async () => {
      const { user: other } = await signedIn();
      const [otherSession] = await t.dataSource.query(`SELECT id FROM user_session WHERE user_id = $1`, [
        other.id,
      ]);
      const { client } = await signedIn();
      const res = await client.gql(`mutation($id: ID!) { revokeSession(input: { id: $id }) }`, {
        id: otherSession.id,
      });
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      expect(
        (await t.dataSource.query(`SELECT revoked_at FROM user_session WHERE id = $1`, [otherSession.id]))[0]
          .revoked_at,
      ).toBeNull();
    });
  });

  describe('RGPD', () => {
    it('exports every personal datum held', async () => {
      const { user, client } = await signedIn();
      await client.gql(UPDATE, {
        input: { bio: 'Ma bio', mandates: [{ role: 'MAIRE', territoryCode: '71009' }] },
      });
      const res = await client.gql<{ exportMyData: Record<string, unknown> }>(`{ exportMyData }`);
      expect(res.data?.exportMyData).toMatchObject({
        account: { id: user.id, email: user.email, handle: user.handle, bio: 'Ma bio' },
        mandates: [{ role: 'MAIRE', territory: { code: '71009', name: 'Anost' }, verified: false }],
        sessions: [expect.objectContaining({ userAgent: 'jest' })],
      });
      expect(JSON.stringify(res.data)).not.toMatch(/password|token_hash|tokenHash/i);
      expect(errorCodes(await new Client(t).gql(`{ exportMyData }`))).toEqual(['UNAUTHENTICATED']);
    });

    it('deletes the account: personal data erased, sessions revoked, row kept as "Compte supprimé"', async () => {
      const { user, client } = await signedIn();
      await client.gql(UPDATE, {
        input: { bio: 'À effacer', mandates: [{ role: 'MAIRE', territoryCode: '71009' }] },
      });
      const wrong = await client.gql(
        `mutation { deleteMyAccount(input: { password: "pas le bon mot de passe" }) }`,
      );
      expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
      expect((await client.gql(`{ me { id } }`)).data).toEqual({ me: { id: user.id } });

      const res = await client.gql(`mutation($p: String!) { deleteMyAccount(input: { password: $p }) }`, {
        p: user.password,
      });
      expect(res.data).toEqual({ deleteMyAccount: true });
      expect((await client.gql(`{ me { id } }`)).data).toEqual({ me: null });
      const row = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
      expect(row).toMatchObject({ email: null, passwordHash: null, bio: '', displayName: 'Compte supprimé' });
      expect(row.deletedAt).not.toBeNull();
      expect(row.handle).not.toBe(user.handle);
      expect(await t.dataSource.getRepository(MandateEntity).countBy({ userId: user.id })).toBe(0);
      expect(
        await t.dataSource.query(`SELECT 1 FROM user_session WHERE user_id = $1`, [user.id]),
      ).toHaveLength(0);
      expect((await new Client(t).gql(PROFILE, { h: user.handle })).data).toEqual({ user: null });
      const login = await new Client(t).gql(`mutation($i: LoginInput!) { login(input: $i) { id } }`, {
        i: { email: user.email, password: user.password },
      });
      expect(errorCodes(login)).toEqual(['UNAUTHENTICATED']);
    });
  });
});
