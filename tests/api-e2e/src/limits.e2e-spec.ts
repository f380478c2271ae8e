import request from 'supertest';
import { getIntrospectionQuery } from 'graphql';
import { BODY_LIMIT_BYTES, GRAPHQL_LIMITS } from '@pairs/api';
import { errorCodes } from '@pairs/platform-testing';
import { ProbeModule } from './support/probe.module.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** An introspection query nested `levels` levels deep. */
function deepQuery(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels - 3; i++) inner = `ofType { ${inner} }`;
  return `{ __schema { types { ${inner} } } }`;
}

function depthOf(query: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of query) {
    if (ch === '{') max = Math.max(max, ++depth);
    if (ch === '}') depth--;
  }
  return max;
}

describe('request limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: [ProbeModule] });
  });
  afterAll(() => t.close());

  it('refuses a query nested 20 levels deep with a clear error', async () => {
    const query = deepQuery(20);
    expect(depthOf(query)).toBe(20);
    const res = await t.gql(query);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    expect(res.data).toBeUndefined();
  });

  it(`accepts queries up to the depth limit (${GRAPHQL_LIMITS.maxDepth})`, async () => {
    const res = await t.gql(deepQuery(GRAPHQL_LIMITS.maxDepth));
    expect(res.errors).toBeUndefined();
  });

  it('keeps the standard introspection query working outside production (sandbox, tools)', async () => {
    const res = await t.gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data).toHaveProperty('__schema');
  });

  it('refuses 500 aliases', async () => {
    const fields = Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await t.gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it(`accepts ${GRAPHQL_LIMITS.maxAliases} aliases`, async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxAliases }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await t.gql(`{ ${fields} }`);
    expect(res.errors).toBeUndefined();
  });

  it('refuses a query over the token limit with a 400, not a 500', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => '__typename').join(' ');
    const res = await t.gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('refuses a 5 MB body with 413', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(5 * 1024 * 1024) } });
    const res = await request(t.server).post('/graphql').set('content-type', 'application/json').send(big);
    expect(res.status).toBe(413);
  });

  it('accepts a body just under 1 MB', async () => {
    const pad = 'x'.repeat(BODY_LIMIT_BYTES - 200);
    const res = await request(t.server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: '{ __typename }', extensions: { pad } }));
    expect(res.status).toBe(200);
  });

  it('answers malformed JSON with 400', async () => {
    const res = await request(t.server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": "{ __typename }"');
    expect(res.status).toBe(400);
  });

  it('refuses a mutation sent with GET (CSRF)', async () => {
    const query =
      'mutation { probeEcho(input: {email: "a@b.fr", rating: 1, address: {city: "Autun"}}) { email } }';
    const res = await request(t.server)
      .get('/graphql')
      .query({ query })
      .set('apollo-require-preflight', 'true');
    expect(res.status).toBe(405);
    expect(JSON.stringify(res.body)).not.toContain('a@b.fr');
  });

  it('refuses a simple GET query without a preflight header (CSRF)', async () => {
    const res = await request(t.server).get('/graphql').query({ query: '{ __typename }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });

  it('refuses a form-encoded POST (CSRF)', async () => {
    const res = await request(t.server)
      .post('/graphql')
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('query=mutation%20%7B%20probeEcho%20%7D');
    expect([400, 415]).toContain(res.status);
  });

  it('refuses a text/plain POST (CSRF: a cross-site form can send it)', async () => {
    const res = await request(t.server)
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ __typename }' }));
    expect(res.status).toBe(400);
  });

  it('refuses batched operations', async () => {
    const res = await request(t.server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
  });

  it('never answers 500 to hostile input', async () => {
    const bodies = [
      '',
      'null',
      '[]',
      '{}',
      '{"query": 42}',
      '{"query": "{ __typename }", "variables": "x"}',
      '\u0000\u0001',
      '{"query":"{"}',
    ];
    for (const body of bodies) {
      const res = await request(t.server).post('/graphql').set('content-type', 'application/json').send(body);
      expect(res.status).toBeLessThan(500);
    }
  });
});
