import { ThemesSeeder } from '@pairs/knowledge';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie, type TestUser } from '../support/identity.js';

/** The thread page of the web app: question, accepted answer, replies with author cards. */
const AUTHOR_CARD = `id handle displayName mandates { role verified territory { code name population } }`;
const REPLY_FIELDS = `id body bodyHtml score myReaction accepted deleted createdAt editedAt revisionCount
  reactions { useful thanks mine } viewerCan { edit delete accept react }
  author { ${AUTHOR_CARD} }
  quotedReply { id bodyHtml deleted author { ${AUTHOR_CARD} } }`;
const THREAD_PAGE = `query($id: ID!, $first: Int) {
  thread(id: $id) {
    id title bodyHtml status pinned replyCount viewCount score lastActivityAt createdAt editedAt revisionCount
    myReaction reactions { useful thanks mine }
    author { ${AUTHOR_CARD} }
    themes { slug name }
    participants { totalCount users { ${AUTHOR_CARD} } }
    viewerCan { reply edit accept moderate react }
    acceptedReply { ${REPLY_FIELDS} }
    replies(first: $first) { edges { cursor node { ${REPLY_FIELDS} } } pageInfo { hasNextPage endCursor } }
  }
}`;

describe('thread page: SQL statements do not grow with the replies shown', () => {
  let t: TestApp;
  let threadId: string;
  const users: TestUser[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    const territories = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM territory WHERE code = ANY($1)`,
      [['83050', '71009', '35238', '51108', 'DEP-71']],
    );
    for (let i = 0; i < 12; i++) {
      const user = await createUser(t);
      users.push(user);
      await t.dataSource.query(
        `INSERT INTO mandate (user_id, role, territory_id, verified_at) VALUES ($1, 'MAIRE', $2, now())`,
        [user.id, territories[i % territories.length].id],
      );
      const client = new Client(t);
      client.useCookie(await sessionCookie(t, user));
      clients.push(client);
    }
    const created = await clients[0].gql<{ createThread: { id: string } }>(
      `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
      {
        i: {
          title: 'Comment avez-vous financé l’étude « territoire de la demi-heure » ?',
          body: 'Notre conseil hésite : **quel budget** et quelles aides avez-vous obtenues ?',
          themeSlugs: ['territoire-de-la-demi-heure'],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    threadId = created.data!.createThread.id;
    let previous: string | null = null;
    for (let i = 0; i < 55; i++) {
      const author = clients[1 + (i % 11)];
      const res: { data?: { createReply: { id: string } } | null; errors?: unknown } = await author.gql(
        `mutation($i: CreateReplyInput!) { createReply(input: $i) { id } }`,
        {
          i: {
            threadId,
            body: `Réponse ${i + 1} : nous avons obtenu une aide de la DETR pour **${20 + i} %** du coût.`,
            quotedReplyId: i % 3 === 2 ? previous : null,
          },
        },
      );
      expect(res.errors).toBeUndefined();
      previous = res.data!.createReply.id;
      if (i % 4 === 0) {
        const reactor = clients[(i % 11) + 2 > 11 ? 0 : (i % 11) + 2];
        await reactor.gql(`mutation($i: ReactInput!) { react(input: $i) { useful } }`, {
          i: { targetId: previous, kind: 'USEFUL' },
        });
      }
      if (i === 8) {
        // The accepted answer quotes another reply (i % 3 === 2): its quote comes with it too.
        const accept = await clients[0].gql(
          `mutation($i: AcceptReplyInput!) { acceptReply(input: $i) { status } }`,
          {
            i: { replyId: previous },
          },
        );
        expect(accept.errors).toBeUndefined();
      }
    }
  });
  afterAll(() => t.close());

  it.each([
    ['an anonymous visitor', () => new Client(t)],
    ['a member who reacted', () => clients[3]],
  ])('for %s: at most 5 statements, the same at 5, 20 and 50 replies', async (_, viewer) => {
    const client = viewer();
    const counts: number[] = [];
    for (const first of [5, 20, 50]) {
      const res = await client.gql<{
        thread: {
          status: string;
          acceptedReply: {
            id: string;
            author: { mandates: Array<{ territory: { population: number } }> };
            quotedReply: { author: { mandates: unknown[] } } | null;
          } | null;
          participants: { totalCount: number; users: unknown[] };
          replies: { edges: Array<{ node: { author: { mandates: unknown[] }; quotedReply: unknown } }> };
        };
      }>(THREAD_PAGE, { id: threadId, first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.thread.replies.edges).toHaveLength(first);
      expect(res.data!.thread.status).toBe('SOLVED');
      expect(res.data!.thread.acceptedReply?.author.mandates[0].territory.population).toBeGreaterThan(0);
      expect(res.data!.thread.acceptedReply?.quotedReply?.author.mandates).toHaveLength(1);
      expect(res.data!.thread.participants).toMatchObject({ totalCount: 12 });
      expect(res.data!.thread.participants.users).toHaveLength(5);
      expect(res.data!.thread.replies.edges.every((e) => e.node.author.mandates.length === 1)).toBe(true);
      expect(
        res.data!.thread.replies.edges.filter((e) => e.node.quotedReply !== null).length,
      ).toBeGreaterThan(0);
      counts.push(res.sqlQueries);
    }
    expect(new Set(counts).size).toBe(1);
    // The thread, the replies page, then the users of each wave (with their mandates and
    // territories); a member's request also reads the session.
    expect(counts[0]).toBeLessThanOrEqual(client === clients[3] ? 5 : 4);
  });
});

describe('thread page: query cost limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const page = (replies: number) =>
    THREAD_PAGE.replace('query($id: ID!, $first: Int)', 'query($id: ID!)').replace(
      'replies(first: $first)',
      `replies(first: ${replies})`,
    );

  it('accepts the largest thread page (100 replies written as a literal)', async () => {
    const res = await t.gql(page(100), { id: '00000000-0000-4000-8000-000000000000' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ thread: null });
  });

  it('refuses 100 threads with 100 replies each', async () => {
    const res = await t.gql(
      `{ threads(first: 100) { edges { node { replies(first: 100) { edges { node { id bodyHtml
         author { handle mandates { role territory { name population } } } } } } } } } }`,
    );
    expect(res.errors?.[0]?.message).toMatch(/Cost limit/);
    expect(res.data).toBeUndefined();
  });
});
