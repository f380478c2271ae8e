import request from 'supertest';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { errorCodes } from '@pairs/platform-testing';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('subscriptions over graphql-ws on /graphql', () => {
  let t: TestApp;
  let client: Client;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    const url = (await t.app.getUrl()).replace(/^http/, 'ws') + '/graphql';
    client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  });
  afterAll(async () => {
    await client.dispose();
    await t.close();
  });

  it('streams heartbeats until the client stops', async () => {
    const received: string[] = [];
    const iterator = client.iterate<{ heartbeat: string }>({
      query: 'subscription { heartbeat(intervalSeconds: 1) }',
    });
    for await (const result of iterator) {
      expect(result.errors).toBeUndefined();
      received.push(result.data!.heartbeat);
      if (received.length === 2) break; // ends the subscription (sends "complete")
    }
    expect(received).toHaveLength(2);
    expect(new Date(received[1]).getTime() - new Date(received[0]).getTime()).toBeGreaterThanOrEqual(900);
  });

  it('refuses a bad argument with BAD_USER_INPUT and the field', async () => {
    // graphql-ws delivers a failed subscribe either as an error message or as a result with errors.
    const iterator = client.iterate({ query: 'subscription { heartbeat(intervalSeconds: 0) }' });
    let errors: Array<{ extensions?: { code?: string; fields?: Array<{ field: string }> } }> = [];
    try {
      for await (const result of iterator) {
        errors = (result.errors ?? []) as unknown as typeof errors;
        break;
      }
    } catch (e) {
      errors = e as typeof errors;
    }
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0]?.extensions?.fields?.[0]?.field).toBe('intervalSeconds');
  });

  it('answers a subscription sent over HTTP with BAD_REQUEST, not an internal error', async () => {
    const res = await t.gql('subscription { heartbeat }');
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['BAD_REQUEST']);
  });

  it('keeps plain HTTP queries working on the same path', async () => {
    const res = await request(t.server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query":"{ __typename }"}');
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });
});
