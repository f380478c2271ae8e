import { ThreadViews } from '@pairs/discussions';
import { ThemesSeeder } from '@pairs/knowledge';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie } from '../support/identity.js';

const THREAD = `query($id: ID!) {
  thread(id: $id) { title replyCount viewerCan { reply } replies(first: 20) { edges { node { bodyHtml } } } }
}`;
const HIT = 'pairs-anonymous; hit';

/** The anonymous response cache, enabled as in development and production (10 s). */
describe('anonymous response cache', () => {
  let t: TestApp;
  let member: Client;
  let other: Client;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { ANONYMOUS_CACHE_TTL_MS: '10000' } });
    await t.app.get(ThemesSeeder).seed();
    member = new Client(t);
    member.useCookie(await sessionCookie(t, await createUser(t)));
    other = new Client(t);
    other.useCookie(await sessionCookie(t, await createUser(t)));
    const res = await member.gql<{ createThread: { id: string } }>(
      `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
      {
        i: {
          title: 'Qui a mutualisé un service informatique ?',
          body: 'Nous cherchons des communes qui partagent un technicien.',
          themeSlugs: ['numerique-responsable'],
        },
      },
    );
    expect(res.errors).toBeUndefined();
    threadId = res.data!.createThread.id;
  });
  afterAll(() => t.close());

  it('answers a repeated anonymous query from memory, without SQL, with the same body', async () => {
    const anonymous = new Client(t);
    const first = await anonymous.gql(THREAD, { id: threadId });
    const second = await anonymous.gql(THREAD, { id: threadId });
    expect(first.headers['cache-status']).toBeUndefined();
    expect(first.sqlQueries).toBeGreaterThan(0);
    expect(second.headers['cache-status']).toBe(HIT);
    expect(second.sqlQueries).toBe(0);
    expect(second.data).toEqual(first.data);
  });

  it('never serves members from it, nor stores what they see', async () => {
    await new Client(t).gql(THREAD, { id: threadId });
    const res = await member.gql<{ thread: { viewerCan: { reply: boolean } } }>(THREAD, { id: threadId });
    expect(res.headers['cache-status']).toBeUndefined();
    expect(res.data!.thread.viewerCan.reply).toBe(true);
    const anonymous = await new Client(t).gql<{ thread: { viewerCan: { reply: boolean } } }>(THREAD, {
      id: threadId,
    });
    expect(anonymous.data!.thread.viewerCan.reply).toBe(false);
  });

  it('is cleared by every write: a new reply shows at once to anonymous visitors', async () => {
    const anonymous = new Client(t);
    await anonymous.gql(THREAD, { id: threadId });
    expect((await anonymous.gql(THREAD, { id: threadId })).headers['cache-status']).toBe(HIT);
    const reply = await other.gql(`mutation($i: CreateReplyInput!) { createReply(input: $i) { id } }`, {
      i: { threadId, body: 'Nous partageons un technicien avec quatre communes voisines.' },
    });
    expect(reply.errors).toBeUndefined();
    const after = await anonymous.gql<{ thread: { replyCount: number } }>(THREAD, { id: threadId });
    expect(after.headers['cache-status']).toBeUndefined();
    expect(after.data!.thread.replyCount).toBe(1);
  });

  it('does not keep errors', async () => {
    const anonymous = new Client(t);
    await anonymous.gql(`{ threads(first: 1000) { edges { node { id } } } }`);
    const again = await anonymous.gql(`{ threads(first: 1000) { edges { node { id } } } }`);
    expect(again.headers['cache-status']).toBeUndefined();
    expect(again.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('counts the views of visitors served from it, once per visitor', async () => {
    const views = t.app.get(ThreadViews);
    await views.flush();
    const count = async () =>
      (
        await t.dataSource.query<Array<{ n: number }>>(`SELECT view_count AS n FROM thread WHERE id = $1`, [
          threadId,
        ])
      )[0].n;
    const before = await count();
    const visitors = [new Client(t), new Client(t), new Client(t)];
    for (const visitor of visitors) {
      await visitor.gql(THREAD, { id: threadId });
      await visitor.gql(THREAD, { id: threadId }); // same visitor within the hour: not counted again
    }
    expect(await count()).toBe(before); // nothing written on the request path
    await views.flush();
    expect(await count()).toBe(before + 3);
  });
});
