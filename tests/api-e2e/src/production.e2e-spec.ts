import request from 'supertest';
import { getIntrospectionQuery } from 'graphql';
import { errorCodes } from '@pairs/platform-testing';
import { ProbeModule } from './support/probe.module.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      imports: [ProbeModule],
      env: { NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(48), PUBLIC_URL: 'https://pairs.example.fr' },
    });
  });
  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const res = await t.gql(getIntrospectionQuery());
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.data).toBeUndefined();
  });

  it('does not suggest field names to probing clients', async () => {
    const res = await t.gql('{ siteInf { name } }');
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it('does not expose the SQL query count', async () => {
    const res = await request(t.server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query":"{ siteInfo { name } }"}');
    expect(res.status).toBe(200);
    expect(res.headers['x-sql-queries']).toBeUndefined();
  });

  it('serves no sandbox page and sends HSTS', async () => {
    const res = await request(t.server).get('/graphql').set('accept', 'text/html');
    expect(res.text).not.toMatch(/sandbox/i);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
  });

  it('serves no development mail outbox', async () => {
    expect((await request(t.server).get('/dev/outbox.json')).status).toBe(404);
    expect((await request(t.server).get('/dev/outbox')).status).toBe(404);
  });

  it('still hides internal errors', async () => {
    const res = await t.gql('{ probeCrash }');
    expect(res.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['probeCrash'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
  });
});
