import { errorCodes } from '@pairs/platform-testing';
import { ERROR_CODES } from '@pairs/shared-domain';
import type { Actor, ViewerResolver } from '@pairs/platform-core';
import { ProbeModule } from './support/probe.module.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Test viewer resolver: the `test-viewer` cookie names the signed-in user. */
const cookieViewers: ViewerResolver = {
  resolve: ({ cookies }) => {
    const id = cookies['test-viewer'];
    return Promise.resolve(id ? ({ id, role: 'MEMBER', emailVerified: true } satisfies Actor) : null);
  },
};

describe('errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [ProbeModule], viewerResolver: cookieViewers });
  });
  afterAll(() => t.close());

  it('hides internal errors: generic message, code only, no SQL, no stack', async () => {
    const res = await t.gql('{ probeCrash }');
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['probeCrash'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(res)).not.toMatch(/secret_table|password_hash|SELECT|stacktrace|at Object/);
  });

  it('hides errors of async resolvers too', async () => {
    const res = await t.gql('{ probeRejectsLater }');
    expect(res.errors?.[0]).toEqual({
      message: 'Internal server error',
      path: ['probeRejectsLater'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it.each(['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED', 'RATE_LIMITED'])(
    'keeps the code and message of a DomainError %s',
    async (code) => {
      const res = await t.gql('query($code: String!) { probeDomainError(code: $code) }', { code });
      expect(res.errors?.[0]?.extensions).toEqual({ code });
      expect(res.errors?.[0]?.message).toBe(`probe ${code}`);
    },
  );

  it('gives per-field details for BAD_USER_INPUT, nested paths included', async () => {
    const res = await t.gql('mutation($input: ProbeEchoInput!) { probeEcho(input: $input) { email } }', {
      input: { email: 'not-an-email', rating: 11, address: { city: 'A' } },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    const fields = res.errors?.[0]?.extensions?.['fields'] as Array<{
      field: string;
      reason: string;
      message: string;
    }>;
    expect(fields.map((f) => `${f.field}:${f.reason}`).sort()).toEqual([
      'address.city:minLength',
      'email:isEmail',
      'rating:max',
    ]);
    expect(fields.every((f) => typeof f.message === 'string' && f.message.length > 0)).toBe(true);
  });

  it('accepts valid input through the same pipe', async () => {
    const res = await t.gql(
      'mutation { probeEcho(input: {email: "maire@autun.fr", rating: 3, address: {city: "Autun"}}) { email rating } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ probeEcho: { email: 'maire@autun.fr', rating: 3 } });
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT', async () => {
    const res = await t.gql('mutation($input: ProbeEchoInput!) { probeEcho(input: $input) { email } }', {
      input: { email: 'a@b.fr', rating: 'many', address: { city: 'Autun' } },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers a syntax error with GRAPHQL_PARSE_FAILED', async () => {
    const res = await t.gql('{ siteInfo { name ');
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const res = await t.gql('{ siteInfo { nope } }');
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('suggests field names outside production (the production test checks they are hidden)', async () => {
    const res = await t.gql('{ siteInf { name } }');
    expect(res.errors?.[0]?.message).toMatch(/Did you mean "siteInfo"/);
  });

  it('only ever sends codes from the fixed set', async () => {
    const queries = [
      '{ probeCrash }',
      '{ siteInfo { nope } }',
      '{ x',
      '{ probeWhoAmI }',
      'query($code: String!) { probeDomainError(code: $code) }',
    ];
    for (const query of queries) {
      const res = await t.gql(query, { code: 'WEIRD_CODE' });
      for (const code of errorCodes(res)) expect(ERROR_CODES).toContain(code);
    }
  });

  describe('default-deny guard', () => {
    it('refuses an operation not marked @Public to anonymous visitors', async () => {
      const res = await t.gql('{ probeWhoAmI }');
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data).toBeNull();
    });

    it('lets a signed-in viewer through', async () => {
      const res = await t.gql('{ probeWhoAmI }', undefined, { cookie: 'test-viewer=user-42' });
      expect(res.data).toEqual({ probeWhoAmI: 'user-42' });
    });

    it('lets anonymous visitors read what is @Public', async () => {
      const res = await t.gql('{ siteInfo { name } }');
      expect(res.errors).toBeUndefined();
    });
  });
});
