import { errorCodes } from '@pairs/platform-testing';
import { RATE_LIMITS, UserEntity } from '@pairs/identity';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, outbox, tokenFromMail, TEST_PASSWORD } from '../support/identity.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { id handle displayName role email emailVerified } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { id handle } }`;
const ME = `{ me { id handle email emailVerified } }`;

function fieldsOf(res: { errors?: Array<{ extensions?: Record<string, unknown> }> }): string[] {
  const fields = (res.errors?.[0]?.extensions?.['fields'] ?? []) as Array<{ field: string; reason: string }>;
  return fields.map((f) => `${f.field}:${f.reason}`).sort();
}

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const userCount = async () => t.dataSource.getRepository(UserEntity).count();
  const valid = (n: string) => ({
    email: `Elu.${n}@Commune.FR `,
    password: 'une phrase de passe solide',
    displayName: 'Élu de test',
    handle: `Elu-${n}`,
  });

  describe('register', () => {
    it('creates an unverified member, signs them in and mails a verification link', async () => {
      const client = new Client(t);
      const res = await client.gql(REGISTER, { input: valid('a1') });
      expect(res.errors).toBeUndefined();
      expect(res.data?.['register']).toMatchObject({
        handle: 'elu-a1',
        role: 'MEMBER',
        email: 'elu.a1@commune.fr',
        emailVerified: false,
      });
      const cookie = res.cookies.find((c) => c.startsWith('pairs_session='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/); // Secure only in production
      expect((await client.gql(ME)).data?.['me']).toMatchObject({ handle: 'elu-a1' });
      const mail = (await outbox(t)).find((m) => m.to === 'elu.a1@commune.fr');
      expect(mail?.subject).toMatch(/confirmez votre adresse/);
      expect(mail?.text).toMatch(/http:\/\/localhost:3000\/verifier-email\?token=[A-Za-z0-9_-]{43}/);
    });

    it.each([
      ['an invalid email', { email: 'pas-une-adresse' }, ['email:isEmail']],
      ['a short password', { password: 'court' }, ['password:minLength']],
      ['a common password', { password: 'password1234' }, ['password:common']],
      ['a common password with other case', { password: 'AZERTYUIOP123' }, ['password:common']],
      ['a handle with spaces', { handle: 'mon pseudo' }, ['handle:matches']],
      ['a reserved handle', { handle: 'admin' }, ['handle:reserved']],
      ['a one-letter display name', { displayName: 'A' }, ['displayName:isLength']],
    ])(
      'refuses %s with BAD_USER_INPUT on the field, and creates nothing',
      async (_label, override, expected) => {
        const before = await userCount();
        const res = await new Client(t).gql(REGISTER, {
          input: { ...valid(`b${Math.random().toString(36).slice(2, 8)}`), ...override },
        });
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(res)).toEqual(expected);
        expect(await userCount()).toBe(before);
      },
    );

    it('refuses a duplicate email or handle (case-insensitive) with CONFLICT and the field', async () => {
      await new Client(t).gql(REGISTER, { input: valid('dup') });
      const before = await userCount();
      const sameEmail = await new Client(t).gql(REGISTER, {
        input: { ...valid('dup'), handle: 'autre-pseudo' },
      });
      expect(errorCodes(sameEmail)).toEqual(['CONFLICT']);
      expect(fieldsOf(sameEmail)).toEqual(['email:taken']);
      const sameHandle = await new Client(t).gql(REGISTER, {
        input: { ...valid('dup2'), handle: 'ELU-DUP' },
      });
      expect(errorCodes(sameHandle)).toEqual(['CONFLICT']);
      expect(fieldsOf(sameHandle)).toEqual(['handle:taken']);
      expect(await userCount()).toBe(before);
    });

    it('is rate limited per IP', async () => {
      const client = new Client(t);
      const max = RATE_LIMITS.registerPerIp.max;
      for (let i = 0; i < max; i++) {
        // Invalid inputs are refused before counting; these are valid but collide on the email.
        await client.gql(REGISTER, { input: { ...valid('rl'), handle: `rl-${i}` } });
      }
      const res = await client.gql(REGISTER, { input: valid('rl-new') });
      expect(errorCodes(res)).toEqual(['RATE_LIMITED']);
      expect(res.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    });
  });

  describe('login', () => {
    it('signs in with the right password (email case and spaces ignored)', async () => {
      const user = await createUser(t);
      const client = new Client(t);
      const res = await client.gql(LOGIN, {
        input: { email: ` ${user.email.toUpperCase()} `, password: user.password },
      });
      expect(res.data?.['login']).toEqual({ id: user.id, handle: user.handle });
      expect((await client.gql(ME)).data?.['me']).toMatchObject({ id: user.id, emailVerified: true });
    });

    it('gives the same answer for an unknown email and a wrong password', async () => {
      const user = await createUser(t);
      const wrong = await new Client(t).gql(LOGIN, {
        input: { email: user.email, password: 'not the password at all' },
      });
      const unknown = await new Client(t).gql(LOGIN, {
        input: { email: 'personne@nulle-part.fr', password: 'not the password at all' },
      });
      expect(wrong.errors).toEqual(unknown.errors);
      expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
      expect(wrong.cookies).toEqual([]);
    });

    it('refuses a suspended account', async () => {
      const user = await createUser(t, { suspended: true });
      const res = await new Client(t).gql(LOGIN, { input: { email: user.email, password: user.password } });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.cookies).toEqual([]);
    });

    it('lets an unverified account sign in and read', async () => {
      const user = await createUser(t, { verified: false });
      const client = new Client(t);
      await client.gql(LOGIN, { input: { email: user.email, password: user.password } });
      const me = await client.gql<{ me: { emailVerified: boolean } }>(ME);
      expect(me.data?.me.emailVerified).toBe(false);
      expect((await client.gql('{ siteInfo { name } }')).errors).toBeUndefined();
    });

    it('is rate limited per account, whatever the IP', async () => {
      const user = await createUser(t);
      for (let i = 0; i < RATE_LIMITS.loginPerAccount.max; i++) {
        await new Client(t).gql(LOGIN, {
          input: { email: user.email, password: 'wrong password number ' + i },
        });
      }
      const res = await new Client(t).gql(LOGIN, { input: { email: user.email, password: user.password } });
      expect(errorCodes(res)).toEqual(['RATE_LIMITED']);
      expect(res.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    });

    it('is rate limited per IP, whatever the account', async () => {
      const client = new Client(t);
      for (let i = 0; i < RATE_LIMITS.loginPerIp.max; i++) {
        await client.gql(LOGIN, {
          input: { email: `inconnu${i}@example.fr`, password: 'whatever password' },
        });
      }
      const user = await createUser(t);
      const res = await client.gql(LOGIN, { input: { email: user.email, password: user.password } });
      expect(errorCodes(res)).toEqual(['RATE_LIMITED']);
    });
  });

  describe('logout', () => {
    it('revokes the session and clears the cookie', async () => {
      const user = await createUser(t);
      const client = new Client(t);
      await client.gql(LOGIN, { input: { email: user.email, password: user.password } });
      const oldCookie = client.sessionCookie;
      const res = await client.gql('mutation { logout }');
      expect(res.data).toEqual({ logout: true });
      expect(res.cookies.some((c) => /^pairs_session=;/.test(c))).toBe(true);
      client.useCookie(oldCookie); // replaying the old token does not work either
      expect((await client.gql(ME)).data).toEqual({ me: null });
    });

    it('needs a session', async () => {
      expect(errorCodes(await new Client(t).gql('mutation { logout }'))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('email verification', () => {
    it('verifies with the mailed token, once', async () => {
      const client = new Client(t);
      await client.gql(REGISTER, { input: valid('v1') });
      const token = await tokenFromMail(t, 'elu.v1@commune.fr', '/verifier-email');
      const res = await new Client(t).gql(
        `mutation($t: String!) { verifyEmail(input: { token: $t }) { handle } }`,
        { t: token },
      );
      expect(res.data).toEqual({ verifyEmail: { handle: 'elu-v1' } });
      expect((await client.gql<{ me: { emailVerified: boolean } }>(ME)).data?.me.emailVerified).toBe(true);
      const again = await new Client(t).gql(
        `mutation($t: String!) { verifyEmail(input: { token: $t }) { handle } }`,
        { t: token },
      );
      expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(again)).toEqual(['token:invalid']);
    });

    it('refuses an expired token', async () => {
      const client = new Client(t);
      await client.gql(REGISTER, { input: valid('v2') });
      const token = await tokenFromMail(t, 'elu.v2@commune.fr', '/verifier-email');
      await t.dataSource.query(`UPDATE user_token SET expires_at = now() - interval '1 minute'`);
      const res = await client.gql(`mutation($t: String!) { verifyEmail(input: { token: $t }) { handle } }`, {
        t: token,
      });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect((await client.gql<{ me: { emailVerified: boolean } }>(ME)).data?.me.emailVerified).toBe(false);
    });

    it('resends a new link that replaces the old one', async () => {
      const client = new Client(t);
      await client.gql(REGISTER, { input: valid('v3') });
      const first = await tokenFromMail(t, 'elu.v3@commune.fr', '/verifier-email');
      expect((await client.gql('mutation { resendVerification }')).data).toEqual({
        resendVerification: true,
      });
      const second = await tokenFromMail(t, 'elu.v3@commune.fr', '/verifier-email');
      expect(second).not.toBe(first);
      const old = await client.gql(`mutation($t: String!) { verifyEmail(input: { token: $t }) { handle } }`, {
        t: first,
      });
      expect(errorCodes(old)).toEqual(['BAD_USER_INPUT']);
      const ok = await client.gql(`mutation($t: String!) { verifyEmail(input: { token: $t }) { handle } }`, {
        t: second,
      });
      expect(ok.errors).toBeUndefined();
      expect(errorCodes(await client.gql('mutation { resendVerification }'))).toEqual(['CONFLICT']);
    });

    it('needs a session to resend', async () => {
      expect(errorCodes(await new Client(t).gql('mutation { resendVerification }'))).toEqual([
        'UNAUTHENTICATED',
      ]);
    });
  });

  describe('password reset', () => {
    const REQUEST = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`;
    const RESET = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) }`;

    it('answers the same for a known and an unknown address, and mails only the known one', async () => {
      const user = await createUser(t);
      const mailsBefore = (await outbox(t)).length;
      const known = await new Client(t).gql(REQUEST, { e: user.email });
      const unknown = await new Client(t).gql(REQUEST, { e: 'inconnu@example.fr' });
      expect(known.data).toEqual(unknown.data);
      expect(known.data).toEqual({ requestPasswordReset: true });
      const mails = await outbox(t);
      expect(mails.length).toBe(mailsBefore + 1);
      expect(mails[0]?.to).toBe(user.email);
      expect(mails[0]?.text).toMatch(/reinitialiser-mot-de-passe\?token=/);
    });

    it('sets the new password once and signs out every session', async () => {
      const user = await createUser(t);
      const signedIn = new Client(t);
      await signedIn.gql(LOGIN, { input: { email: user.email, password: user.password } });
      await new Client(t).gql(REQUEST, { e: user.email });
      const token = await tokenFromMail(t, user.email, '/reinitialiser-mot-de-passe');

      const weak = await new Client(t).gql(RESET, { t: token, p: 'motdepasse123' });
      expect(errorCodes(weak)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(weak)).toEqual(['password:common']);

      const res = await new Client(t).gql(RESET, { t: token, p: 'un tout nouveau mot de passe' });
      expect(res.data).toEqual({ resetPassword: true });
      expect((await signedIn.gql(ME)).data).toEqual({ me: null });
      const reused = await new Client(t).gql(RESET, { t: token, p: 'encore un autre mot de passe' });
      expect(errorCodes(reused)).toEqual(['BAD_USER_INPUT']);

      const oldLogin = await new Client(t).gql(LOGIN, {
        input: { email: user.email, password: TEST_PASSWORD },
      });
      expect(errorCodes(oldLogin)).toEqual(['UNAUTHENTICATED']);
      const newLogin = await new Client(t).gql(LOGIN, {
        input: { email: user.email, password: 'un tout nouveau mot de passe' },
      });
      expect(newLogin.errors).toBeUndefined();
    });
  });
});
