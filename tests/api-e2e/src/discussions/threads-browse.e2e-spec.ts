import { randomUUID } from 'node:crypto';
import { errorCodes, type GqlResponse } from '@pairs/platform-testing';
import { CaseStudiesSeeder, ThemesSeeder } from '@pairs/knowledge';
import { ThreadViews } from '@pairs/discussions';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie, type TestUser } from '../support/identity.js';

/**
 * Browsing Q&A threads (issue 5): filters, orders and pages of `threads`, theme counts, pages of
 * replies (`first`/`after`, `from`, `before`/`last`), view counts and the statements a list
 * page runs. The list dataset, with its expected places computed by hand:
 *
 * | key | author | themes                                            | state                   | replies | USEFUL | asked  | last activity |
 * | a   | alice  | eclairage-public, dematerialisation-des-assemblees | OPEN                    | 0       | 0      | 01-01  | 01-01         |
 * | b   | alice  | territoire-de-la-demi-heure                       | SOLVED                  | 2       | 4      | 01-02  | 02-10         |
 * | c   | bob    | eclairage-public, financements-et-aides           | OPEN, on a case study   | 1       | 2      | 01-03  | 01-20         |
 * | d   | bob    | dematerialisation-des-assemblees                  | LOCKED (with an answer) | 1       | 0      | 01-04  | 01-05         |
 * | e   | carol  | financements-et-aides                             | OPEN, pinned            | 0       | 3      | 01-05  | 01-05 12:00   |
 * | f   | carol  | ville-du-quart-d-heure                            | SOLVED                  | 1       | 1      | 01-06  | 01-30         |
 * | g   | alice  | eclairage-public                                  | OPEN, HIDDEN            | 0       | 5      | 01-07  | 03-01         |
 *
 * Top-level themes: numerique-responsable covers eclairage-public and
 * dematerialisation-des-assemblees; amenagement-et-proximite covers territoire-de-la-demi-heure
 * and ville-du-quart-d-heure; pilotage-et-cooperation covers financements-et-aides.
 */
type Key = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';

const CREATE_THREAD = `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`;
const CREATE_REPLY = `mutation($i: CreateReplyInput!) { createReply(input: $i) { id createdAt } }`;
const DELETE_REPLY = `mutation($i: DeleteReplyInput!) { deleteReply(input: $i) { id } }`;
const ACCEPT = `mutation($i: AcceptReplyInput!) { acceptReply(input: $i) { status } }`;
const REACT = `mutation($i: ReactInput!) { react(input: $i) { useful } }`;
const PIN = `mutation($i: PinThreadInput!) { pinThread(input: $i) { pinned } }`;
const LOCK = `mutation($i: LockThreadInput!) { lockThread(input: $i) { status } }`;
const LIST = `query($filter: ThreadFilter, $orderBy: ThreadOrder, $first: Int, $after: String) {
  threads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { id status pinned replyCount score } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const THEME_COUNT = `query($s: String!) { theme(slug: $s) { threadCount } }`;

interface ListResult {
  threads: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: { id: string; status: string; pinned: boolean; replyCount: number; score: number };
    }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
}

/** Data of a response that must succeed. */
async function ok<T>(pending: Promise<GqlResponse<T>>): Promise<T> {
  const res = await pending;
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

/** The problems of a BAD_USER_INPUT response, as `field:reason`. */
function badFields(res: GqlResponse<unknown>): string[] {
  expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  return ((res.errors?.[0]?.extensions?.['fields'] ?? []) as Array<{ field: string; reason: string }>).map(
    (f) => `${f.field}:${f.reason}`,
  );
}

async function signedIn(t: TestApp, user: TestUser): Promise<Client> {
  const client = new Client(t);
  client.useCookie(await sessionCookie(t, user));
  return client;
}

describe('browsing threads', () => {
  let t: TestApp;
  let anonymous: Client;
  let alice: Client;
  let bob: Client;
  let moderator: Client;
  let admin: Client;
  const ids = {} as Record<Key, string>;
  let caseStudyId: string;
  const keyOf = (id: string) => (Object.keys(ids) as Key[]).find((k) => ids[k] === id) ?? id;

  const keys = async (client: Client, variables: Record<string, unknown>) => {
    const data = await ok(client.gql<ListResult>(LIST, variables));
    return { keys: data.threads.edges.map((e) => keyOf(e.node.id)), total: data.threads.totalCount };
  };
  const themeCount = async (client: Client, slug: string) =>
    (await ok(client.gql<{ theme: { threadCount: number } }>(THEME_COUNT, { s: slug }))).theme.threadCount;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    const users = {
      alice: await createUser(t, { handle: 'alice-elue' }),
      bob: await createUser(t, { handle: 'bob-elu' }),
      carol: await createUser(t, { handle: 'carol-elue' }),
    };
    anonymous = new Client(t);
    alice = await signedIn(t, users.alice);
    bob = await signedIn(t, users.bob);
    const carol = await signedIn(t, users.carol);
    moderator = await signedIn(t, await createUser(t, { role: 'MODERATOR' }));
    admin = await signedIn(t, await createUser(t, { role: 'ADMIN' }));
    const reactors: Client[] = [];
    for (let i = 0; i < 5; i++) reactors.push(await signedIn(t, await createUser(t)));

    await t.app.get(CaseStudiesSeeder).seed([
      {
        slug: 'eclairage-a-anost',
        title: 'Éclairage public à Anost',
        summary: 'Un résumé pour les questions sur ce retour d’expérience.',
        body: 'Ce que la commune a fait.',
        territoryCode: '71009',
        themeSlugs: ['eclairage-public'],
        authorHandles: ['carol-elue'],
        status: 'PUBLISHED',
        startedOn: null,
        endedOn: null,
        costEuros: null,
        fundingSources: [],
        results: '',
        environmentalAssessment: '',
        lessonsLearned: '',
        solutionsUsed: [],
        contact: '',
        publishedAt: '2025-01-01T00:00:00Z',
        viewCount: 0,
      },
    ]);
    [{ id: caseStudyId }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM case_study WHERE slug = 'eclairage-a-anost'`,
    );

    const ask = async (
      key: Key,
      client: Client,
      themeSlugs: string[],
      extra: Record<string, unknown> = {},
    ) => {
      const data = await ok(
        client.gql<{ createThread: { id: string } }>(CREATE_THREAD, {
          i: {
            title: `Question ${key} du jeu de test`,
            body: `Le corps de la question ${key}.`,
            themeSlugs,
            ...extra,
          },
        }),
      );
      ids[key] = data.createThread.id;
    };
    const answer = async (client: Client, key: Key) =>
      (
        await ok(
          client.gql<{ createReply: { id: string } }>(CREATE_REPLY, {
            i: { threadId: ids[key], body: `Une réponse à ${key}.` },
          }),
        )
      ).createReply.id;
    const useful = async (key: Key, n: number) => {
      for (const reactor of reactors.slice(0, n)) {
        await ok(reactor.gql(REACT, { i: { targetId: ids[key], kind: 'USEFUL' } }));
      }
    };

    await ask('a', alice, ['eclairage-public', 'dematerialisation-des-assemblees']);
    await ask('b', alice, ['territoire-de-la-demi-heure']);
    await ask('c', bob, ['eclairage-public', 'financements-et-aides'], { caseStudyId });
    await ask('d', bob, ['dematerialisation-des-assemblees']);
    await ask('e', carol, ['financements-et-aides']);
    await ask('f', carol, ['ville-du-quart-d-heure']);
    await ask('g', alice, ['eclairage-public']);

    await answer(bob, 'b');
    await ok(alice.gql(ACCEPT, { i: { replyId: await answer(carol, 'b') } }));
    await answer(alice, 'c');
    await ok(bob.gql(ACCEPT, { i: { replyId: await answer(carol, 'd') } }));
    await ok(moderator.gql(LOCK, { i: { threadId: ids.d } }));
    await ok(moderator.gql(PIN, { i: { threadId: ids.e } }));
    await ok(carol.gql(ACCEPT, { i: { replyId: await answer(alice, 'f') } }));
    await useful('b', 4);
    await useful('c', 2);
    await useful('e', 3);
    await useful('f', 1);
    await useful('g', 5);

    const dates: Record<Key, [string, string]> = {
      a: ['2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z'],
      b: ['2025-01-02T10:00:00Z', '2025-02-10T10:00:00Z'],
      c: ['2025-01-03T10:00:00Z', '2025-01-20T10:00:00Z'],
      d: ['2025-01-04T10:00:00Z', '2025-01-05T10:00:00Z'],
      e: ['2025-01-05T10:00:00Z', '2025-01-05T12:00:00Z'],
      f: ['2025-01-06T10:00:00Z', '2025-01-30T10:00:00Z'],
      g: ['2025-01-07T10:00:00Z', '2025-03-01T10:00:00Z'],
    };
    for (const [key, [createdAt, lastActivityAt]] of Object.entries(dates)) {
      await t.dataSource.query(`UPDATE thread SET created_at = $2, last_activity_at = $3 WHERE id = $1`, [
        ids[key as Key],
        createdAt,
        lastActivityAt,
      ]);
    }
    // Moderation comes later: hide by hand.
    await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [ids.g]);
  });
  afterAll(() => t.close());

  /** Threads with the same score come in descending id order. */
  const byIdDesc = (...k: Key[]) => [...k].sort((x, y) => (ids[y] < ids[x] ? -1 : 1));

  describe('orders', () => {
    it('puts pinned threads first, then the latest activity (the default order)', async () => {
      expect(await keys(anonymous, {})).toEqual({ keys: ['e', 'b', 'f', 'c', 'd', 'a'], total: 6 });
      expect(await keys(anonymous, { orderBy: 'LAST_ACTIVITY' })).toEqual({
        keys: ['e', 'b', 'f', 'c', 'd', 'a'],
        total: 6,
      });
    });

    it('orders by NEWEST question, pinned or not', async () => {
      expect(await keys(anonymous, { orderBy: 'NEWEST' })).toEqual({
        keys: ['f', 'e', 'd', 'c', 'b', 'a'],
        total: 6,
      });
    });

    it('orders by TOP score (USEFUL reactions), ties by id, pinned or not', async () => {
      expect(await keys(anonymous, { orderBy: 'TOP' })).toEqual({
        keys: ['b', 'e', 'c', 'f', ...byIdDesc('a', 'd')],
        total: 6,
      });
      const scores = (await ok(anonymous.gql<ListResult>(LIST, { orderBy: 'TOP' }))).threads.edges.map(
        (e) => e.node.score,
      );
      expect(scores).toEqual([4, 3, 2, 1, 0, 0]);
    });

    it('shows each thread’s state in the list', async () => {
      const nodes = (await ok(anonymous.gql<ListResult>(LIST, { orderBy: 'NEWEST' }))).threads.edges.map(
        (e) => ({
          key: keyOf(e.node.id),
          status: e.node.status,
          pinned: e.node.pinned,
          replyCount: e.node.replyCount,
        }),
      );
      expect(nodes).toEqual([
        { key: 'f', status: 'SOLVED', pinned: false, replyCount: 1 },
        { key: 'e', status: 'OPEN', pinned: true, replyCount: 0 },
        { key: 'd', status: 'LOCKED', pinned: false, replyCount: 1 },
        { key: 'c', status: 'OPEN', pinned: false, replyCount: 1 },
        { key: 'b', status: 'SOLVED', pinned: false, replyCount: 2 },
        { key: 'a', status: 'OPEN', pinned: false, replyCount: 0 },
      ]);
    });
  });

  describe('pages', () => {
    const ALL: Record<string, (viewerSeesHidden: boolean) => Key[]> = {
      LAST_ACTIVITY: (h) => (h ? ['e', 'g', 'b', 'f', 'c', 'd', 'a'] : ['e', 'b', 'f', 'c', 'd', 'a']),
      NEWEST: (h) => (h ? ['g', 'f', 'e', 'd', 'c', 'b', 'a'] : ['f', 'e', 'd', 'c', 'b', 'a']),
      TOP: (h) => [...(h ? ['g' as const] : []), 'b', 'e', 'c', 'f', ...byIdDesc('a', 'd')],
    };

    it.each([
      ['LAST_ACTIVITY', 'anonymous', false],
      ['NEWEST', 'anonymous', false],
      ['TOP', 'anonymous', false],
      ['LAST_ACTIVITY', 'alice (author of the hidden one)', true],
      ['NEWEST', 'a moderator', true],
      ['TOP', 'an admin', true],
    ] as const)(
      'pages through %s for %s, two by two, without gaps or repeats',
      async (orderBy, who, sees) => {
        const client =
          who === 'anonymous'
            ? anonymous
            : who.startsWith('alice')
              ? alice
              : who === 'a moderator'
                ? moderator
                : admin;
        const expected = ALL[orderBy](sees);
        const seen: Key[] = [];
        let after: string | null = null;
        for (let page = 0; page < 10; page++) {
          const res: GqlResponse<ListResult> = await client.gql<ListResult>(LIST, {
            orderBy,
            first: 2,
            after,
          });
          expect(res.errors).toBeUndefined();
          const { edges, pageInfo, totalCount } = res.data!.threads;
          expect(totalCount).toBe(expected.length);
          expect(pageInfo.hasPreviousPage).toBe(after !== null);
          expect(pageInfo.endCursor).toBe(edges[edges.length - 1]?.cursor ?? null);
          seen.push(...edges.map((e) => keyOf(e.node.id) as Key));
          if (!pageInfo.hasNextPage) break;
          after = pageInfo.endCursor;
        }
        expect(seen).toEqual(expected);
      },
    );

    it('pages through a filtered list', async () => {
      const first = await ok(anonymous.gql<ListResult>(LIST, { filter: { status: 'OPEN' }, first: 2 }));
      expect(first.threads.edges.map((e) => keyOf(e.node.id))).toEqual(['e', 'c']);
      const next = await ok(
        anonymous.gql<ListResult>(LIST, {
          filter: { status: 'OPEN' },
          first: 2,
          after: first.threads.pageInfo.endCursor,
        }),
      );
      expect(next.threads.edges.map((e) => keyOf(e.node.id))).toEqual(['a']);
      expect(next.threads.pageInfo.hasNextPage).toBe(false);
      expect([first.threads.totalCount, next.threads.totalCount]).toEqual([3, 3]);
    });

    it('refuses oversized or empty pages, forged cursors and cursors of another order', async () => {
      expect(badFields(await anonymous.gql(LIST, { first: 101 }))).toEqual(['first:range']);
      expect(badFields(await anonymous.gql(LIST, { first: 0 }))).toEqual(['first:range']);
      expect(await keys(anonymous, { first: 100 })).toMatchObject({ total: 6 });
      for (const after of [
        'garbage',
        Buffer.from('c1:[true,"2025-01-01T00:00:00Z","not-a-uuid"]').toString('base64url'),
        Buffer.from(`c1:[true,"not a date","${randomUUID()}"]`).toString('base64url'),
        Buffer.from(`c1:["yes","2025-01-01T00:00:00Z","${randomUUID()}"]`).toString('base64url'),
      ]) {
        expect(badFields(await anonymous.gql(LIST, { after }))).toEqual(['after:cursor']);
      }
      const cursorOf = async (orderBy: string) =>
        (await ok(anonymous.gql<ListResult>(LIST, { orderBy, first: 1 }))).threads.pageInfo.endCursor;
      for (const [from, to] of [
        ['LAST_ACTIVITY', 'NEWEST'],
        ['NEWEST', 'TOP'],
        ['TOP', 'NEWEST'],
        ['TOP', 'LAST_ACTIVITY'],
      ]) {
        expect(badFields(await anonymous.gql(LIST, { orderBy: to, after: await cursorOf(from) }))).toEqual([
          'after:cursor',
        ]);
      }
    });
  });

  describe('filters', () => {
    it.each<[string, Record<string, unknown>, Key[]]>([
      ['one theme', { themeSlugs: ['eclairage-public'] }, ['c', 'a']],
      ['a top-level theme covers its children', { themeSlugs: ['numerique-responsable'] }, ['c', 'd', 'a']],
      ['another top-level theme', { themeSlugs: ['amenagement-et-proximite'] }, ['b', 'f']],
      [
        'several themes match any of them, each thread once',
        {
          themeSlugs: ['eclairage-public', 'territoire-de-la-demi-heure', 'dematerialisation-des-assemblees'],
        },
        ['b', 'c', 'd', 'a'],
      ],
      ['slugs are trimmed and case-insensitive', { themeSlugs: [' Eclairage-Public '] }, ['c', 'a']],
      ['OPEN', { status: 'OPEN' }, ['e', 'c', 'a']],
      ['SOLVED', { status: 'SOLVED' }, ['b', 'f']],
      ['LOCKED (even with an accepted answer)', { status: 'LOCKED' }, ['d']],
      ['unanswered', { unanswered: true }, ['e', 'a']],
      ['answered', { unanswered: false }, ['b', 'f', 'c', 'd']],
      ['an author', { authorHandle: 'alice-elue' }, ['b', 'a']],
      ['an unknown author', { authorHandle: 'personne' }, []],
      ['an unknown case study', { caseStudyId: randomUUID() }, []],
      ['theme and status together', { themeSlugs: ['financements-et-aides'], status: 'OPEN' }, ['e', 'c']],
      ['author and status together', { authorHandle: 'bob-elu', status: 'LOCKED' }, ['d']],
      ['theme and unanswered together', { themeSlugs: ['numerique-responsable'], unanswered: true }, ['a']],
    ])('%s', async (_name, filter, expected) => {
      expect(await keys(anonymous, { filter })).toEqual({ keys: expected, total: expected.length });
    });

    it('lists the questions about a case study', async () => {
      expect(await keys(anonymous, { filter: { caseStudyId } })).toEqual({ keys: ['c'], total: 1 });
      expect(await keys(anonymous, { filter: { caseStudyId: caseStudyId.toUpperCase() } })).toEqual({
        keys: ['c'],
        total: 1,
      });
    });

    it('refuses an unknown theme, naming its place in the input', async () => {
      expect(badFields(await anonymous.gql(LIST, { filter: { themeSlugs: ['inconnue'] } }))).toEqual([
        'filter.themeSlugs.0:unknown',
      ]);
      expect(
        badFields(
          await anonymous.gql(LIST, {
            filter: { themeSlugs: ['eclairage-public', 'Eclairage-public', 'inconnue', 'autre-inconnue'] },
          }),
        ),
      ).toEqual(['filter.themeSlugs.2:unknown', 'filter.themeSlugs.3:unknown']);
    });

    it('refuses a case study filter that is not an id', async () => {
      expect(badFields(await anonymous.gql(LIST, { filter: { caseStudyId: 'pas-un-id' } }))).toEqual([
        'filter.caseStudyId:invalid',
      ]);
    });
  });

  describe('hidden threads', () => {
    it('are never listed or counted for others, whatever the filter', async () => {
      for (const client of [anonymous, bob]) {
        expect(await keys(client, { filter: { themeSlugs: ['eclairage-public'] } })).toEqual({
          keys: ['c', 'a'],
          total: 2,
        });
        expect(await keys(client, { filter: { authorHandle: 'alice-elue' } })).toEqual({
          keys: ['b', 'a'],
          total: 2,
        });
        expect(await keys(client, { orderBy: 'TOP', first: 1 })).toMatchObject({ keys: ['b'], total: 6 });
        expect(await keys(client, { filter: { unanswered: true, status: 'OPEN' } })).toEqual({
          keys: ['e', 'a'],
          total: 2,
        });
      }
    });

    it('are listed and counted for their author and moderators', async () => {
      for (const client of [alice, moderator, admin]) {
        expect(await keys(client, { filter: { themeSlugs: ['eclairage-public'] } })).toEqual({
          keys: ['g', 'c', 'a'],
          total: 3,
        });
        expect(await keys(client, { filter: { authorHandle: 'alice-elue' } })).toEqual({
          keys: ['g', 'b', 'a'],
          total: 3,
        });
      }
    });

    it('are null for others by id, readable by their author and moderators', async () => {
      const Q = `query($id: ID!) { thread(id: $id) { id } }`;
      for (const client of [anonymous, bob])
        expect((await ok(client.gql(Q, { id: ids.g }))).thread).toBeNull();
      for (const client of [alice, moderator, admin]) {
        expect((await ok(client.gql(Q, { id: ids.g }))).thread).toEqual({ id: ids.g });
      }
    });
  });

  describe('thread(id)', () => {
    it('answers null for a garbage or unknown id, and takes ids in any case', async () => {
      const Q = `query($id: ID!) { thread(id: $id) { id } }`;
      for (const id of ['garbage', "'; DROP TABLE thread; --", randomUUID(), '']) {
        const res = await anonymous.gql(Q, { id });
        expect(res.errors).toBeUndefined();
        expect(res.data).toEqual({ thread: null });
      }
      expect((await ok(anonymous.gql(Q, { id: ids.a.toUpperCase() }))).thread).toEqual({ id: ids.a });
    });
  });

  describe('Theme.threadCount', () => {
    it.each<[string, number, number]>([
      ['eclairage-public', 2, 3],
      ['dematerialisation-des-assemblees', 2, 2],
      ['numerique-responsable', 3, 4], // a and its two themes count once
      ['financements-et-aides', 2, 2],
      ['pilotage-et-cooperation', 2, 2],
      ['territoire-de-la-demi-heure', 1, 1],
      ['amenagement-et-proximite', 2, 2],
      ['impact-environnemental-du-numerique', 0, 0],
    ])(
      '%s: %i for others, %i for the hidden thread’s author and moderators',
      async (slug, others, privileged) => {
        expect(await themeCount(anonymous, slug)).toBe(others);
        expect(await themeCount(bob, slug)).toBe(others);
        expect(await themeCount(alice, slug)).toBe(privileged);
        expect(await themeCount(moderator, slug)).toBe(privileged);
      },
    );

    it('counts the whole tree in a few statements', async () => {
      const res = await anonymous.gql<{
        themes: Array<{
          slug: string;
          threadCount: number;
          children: Array<{ slug: string; threadCount: number }>;
        }>;
      }>(`{ themes { slug threadCount children { slug threadCount } } }`);
      expect(res.errors).toBeUndefined();
      const counts = Object.fromEntries(
        res.data!.themes.flatMap((p) => [
          [p.slug, p.threadCount],
          ...p.children.map((c) => [c.slug, c.threadCount]),
        ]),
      );
      expect(counts).toMatchObject({
        'numerique-responsable': 3,
        'eclairage-public': 2,
        'amenagement-et-proximite': 2,
        'pilotage-et-cooperation': 2,
        'services-aux-habitants': 0,
      });
      expect(res.sqlQueries).toBeLessThanOrEqual(4);
    });
  });
});

describe('pages of replies and view counts', () => {
  let t: TestApp;
  let anonymous: Client;
  let asker: Client;
  let askerUser: TestUser;
  let moderator: Client;
  let hiddenAuthor: Client;
  const repliers: Client[] = [];

  const REPLIES = `query($id: ID!, $first: Int, $after: String, $before: String, $last: Int, $from: ID) {
    thread(id: $id) {
      replies(first: $first, after: $after, before: $before, last: $last, from: $from) {
        edges { cursor node { id deleted body } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }`;
  interface Page {
    edges: Array<{ cursor: string; node: { id: string; deleted: boolean; body: string } }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    askerUser = await createUser(t, { handle: 'qui-demande' });
    asker = await signedIn(t, askerUser);
    anonymous = new Client(t);
    moderator = await signedIn(t, await createUser(t, { role: 'MODERATOR' }));
    for (let i = 0; i < 3; i++) repliers.push(await signedIn(t, await createUser(t)));
    hiddenAuthor = repliers[1];
  });
  afterAll(() => t.close());

  const ask = async () =>
    (
      await ok(
        asker.gql<{ createThread: { id: string } }>(CREATE_THREAD, {
          i: {
            title: 'Une question à plusieurs réponses',
            body: 'Le corps de la question.',
            themeSlugs: ['eclairage-public'],
          },
        }),
      )
    ).createThread.id;

  describe('Thread.replies', () => {
    /**
     * Nine replies r1…r9, one second apart: r3 deleted (a placeholder), r6 hidden (by
     * moderation, written by `hiddenAuthor`), r1 hidden too (to check "is there anything before").
     */
    let threadId: string;
    const r: string[] = [];
    const label = (id: string) => `r${r.indexOf(id) + 1}`;
    const page = async (client: Client, args: Record<string, unknown>) => {
      const data = await ok(client.gql<{ thread: { replies: Page } }>(REPLIES, { id: threadId, ...args }));
      const { edges, pageInfo } = data.thread.replies;
      return {
        ids: edges.map((e) => label(e.node.id)),
        next: pageInfo.hasNextPage,
        previous: pageInfo.hasPreviousPage,
        start: pageInfo.startCursor,
        end: pageInfo.endCursor,
        edges,
      };
    };

    beforeAll(async () => {
      threadId = await ask();
      for (let i = 0; i < 9; i++) {
        const author = i === 5 || i === 0 ? hiddenAuthor : repliers[i % 3 === 1 ? 0 : 2];
        const data = await ok(
          author.gql<{ createReply: { id: string } }>(CREATE_REPLY, {
            i: { threadId, body: `Réponse numéro ${i + 1}.` },
          }),
        );
        r.push(data.createReply.id);
      }
      for (const [i, id] of r.entries()) {
        await t.dataSource.query(`UPDATE reply SET created_at = $2 WHERE id = $1`, [
          id,
          new Date(Date.UTC(2025, 0, 1, 10, 0, i)).toISOString(),
        ]);
      }
      const authorOf3 = repliers[2];
      await ok(authorOf3.gql(DELETE_REPLY, { i: { replyId: r[2] } }));
      await t.dataSource.query(`UPDATE reply SET hidden_at = now() WHERE id = ANY($1::uuid[])`, [
        [r[0], r[5]],
      ]);
    });

    it('are chronological, with the deleted placeholder in place and hidden ones left out', async () => {
      const all = await page(anonymous, { first: 20 });
      expect(all.ids).toEqual(['r2', 'r3', 'r4', 'r5', 'r7', 'r8', 'r9']);
      expect(all.edges[1].node).toMatchObject({ deleted: true, body: '' });
      expect(all).toMatchObject({ next: false, previous: false });
      expect((await page(hiddenAuthor, { first: 20 })).ids).toEqual([
        'r1',
        'r2',
        'r3',
        'r4',
        'r5',
        'r6',
        'r7',
        'r8',
        'r9',
      ]);
      expect((await page(moderator, { first: 20 })).ids).toEqual([
        'r1',
        'r2',
        'r3',
        'r4',
        'r5',
        'r6',
        'r7',
        'r8',
        'r9',
      ]);
      expect((await page(asker, { first: 20 })).ids).toEqual(['r2', 'r3', 'r4', 'r5', 'r7', 'r8', 'r9']);
    });

    it('page forwards with first/after, without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      const shapes: Array<[boolean, boolean]> = [];
      for (let i = 0; i < 10; i++) {
        const p = await page(anonymous, { first: 3, after });
        seen.push(...p.ids);
        shapes.push([p.previous, p.next]);
        if (!p.next) break;
        after = p.end;
      }
      expect(seen).toEqual(['r2', 'r3', 'r4', 'r5', 'r7', 'r8', 'r9']);
      expect(shapes).toEqual([
        [false, true],
        [true, true],
        [true, false],
      ]);
    });

    it('start at a given reply with `from` (a stable link), telling whether anything comes before', async () => {
      expect(await page(anonymous, { from: r[4], first: 2 })).toMatchObject({
        ids: ['r5', 'r7'],
        previous: true,
        next: true,
      });
      expect(await page(anonymous, { from: r[7], first: 5 })).toMatchObject({
        ids: ['r8', 'r9'],
        previous: true,
        next: false,
      });
      // r1 is hidden: for others, nothing comes before r2.
      expect(await page(anonymous, { from: r[1], first: 2 })).toMatchObject({
        ids: ['r2', 'r3'],
        previous: false,
      });
      expect(await page(hiddenAuthor, { from: r[1], first: 2 })).toMatchObject({
        ids: ['r2', 'r3'],
        previous: true,
      });
      // The upper-case form of a link works too.
      expect((await page(anonymous, { from: r[4].toUpperCase(), first: 1 })).ids).toEqual(['r5']);
    });

    it('start at the beginning when `from` is not a reply of this thread (a stale link)', async () => {
      const elsewhere = await ask();
      const foreign = (
        await ok(
          repliers[0].gql<{ createReply: { id: string } }>(CREATE_REPLY, {
            i: { threadId: elsewhere, body: 'Ailleurs.' },
          }),
        )
      ).createReply.id;
      for (const from of [randomUUID(), foreign]) {
        expect(await page(anonymous, { from, first: 2 })).toMatchObject({
          ids: ['r2', 'r3'],
          previous: false,
          next: true,
        });
      }
    });

    it('page backwards with before/last, in chronological order', async () => {
      const tail = await page(anonymous, { from: r[6], first: 3 });
      expect(tail.ids).toEqual(['r7', 'r8', 'r9']);
      const back = await page(anonymous, { before: tail.start, last: 2 });
      expect(back).toMatchObject({ ids: ['r4', 'r5'], previous: true, next: true });
      const first = await page(anonymous, { before: back.start, last: 5 });
      expect(first).toMatchObject({ ids: ['r2', 'r3'], previous: false, next: true });
      // Pages back and forth meet: after the end of a backward page comes its start.
      expect((await page(anonymous, { after: first.end, first: 2 })).ids).toEqual(['r4', 'r5']);
    });

    it('refuse bad arguments with their field', async () => {
      const bad = async (args: Record<string, unknown>) =>
        badFields(await anonymous.gql(REPLIES, { id: threadId, ...args }));
      const { end } = await page(anonymous, { first: 1 });
      expect(await bad({ first: 101 })).toEqual(['first:range']);
      expect(await bad({ first: 0 })).toEqual(['first:range']);
      expect(await bad({ before: end, last: 101 })).toEqual(['last:range']);
      expect(await bad({ after: 'garbage' })).toEqual(['after:cursor']);
      expect(await bad({ before: 'garbage' })).toEqual(['before:cursor']);
      expect(
        await bad({ after: Buffer.from(`c1:["not a date","${randomUUID()}"]`).toString('base64url') }),
      ).toEqual(['after:cursor']);
      expect(await bad({ after: end, before: end })).toEqual(['before:exclusive']);
      expect(await bad({ from: 'pas-un-id' })).toEqual(['from:invalid']);
    });
  });

  describe('views', () => {
    const GET = `query($id: ID!) { thread(id: $id) { id viewCount } }`;
    const viewCount = async (id: string) =>
      (
        await t.dataSource.query<Array<{ view_count: number }>>(
          'SELECT view_count FROM thread WHERE id = $1',
          [id],
        )
      )[0].view_count;
    const row = async (id: string) =>
      (
        await t.dataSource.query<Array<Record<string, unknown>>>(
          'SELECT updated_at, last_activity_at, edited_at, view_count FROM thread WHERE id = $1',
          [id],
        )
      )[0];
    let views: ThreadViews;

    beforeAll(async () => {
      views = t.app.get(ThreadViews);
      // Stops the periodic flush (it flushes what is pending): from here on, only these tests
      // write view counts, so "nothing written yet" cannot be a lucky timing.
      await views.onModuleDestroy();
    });

    it('count once per viewer and hour, written later in one batch, never on the read', async () => {
      const id = await ask();
      const stranger = repliers[0];
      const before = await row(id);
      for (const reader of [anonymous, anonymous, stranger, stranger, moderator, asker, asker]) {
        const res = await reader.gql<{ thread: { viewCount: number } }>(GET, { id });
        expect(res.data?.thread.viewCount).toBe(0);
      }
      expect(await row(id)).toEqual(before); // reading wrote nothing

      await views.flush();
      expect(await viewCount(id)).toBe(3); // anonymous, stranger and moderator; not the author
      expect(await row(id)).toEqual({ ...before, view_count: 3 }); // a view is not activity nor an edit

      for (const reader of [anonymous, stranger, moderator]) await reader.gql(GET, { id });
      await views.flush();
      expect(await viewCount(id)).toBe(3); // the same viewers within the hour

      const otherVisitor = new Client(t); // another address
      await otherVisitor.gql(GET, { id });
      await views.flush();
      expect(await viewCount(id)).toBe(4);
      expect((await ok(anonymous.gql<{ thread: { viewCount: number } }>(GET, { id }))).thread.viewCount).toBe(
        4,
      );
    });

    it('are not counted by lists, nor for threads the viewer may not read', async () => {
      const id = await ask();
      await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [id]);
      await anonymous.gql(LIST, { filter: { authorHandle: 'qui-demande' } });
      expect((await ok(anonymous.gql(GET, { id }))).thread).toBeNull();
      await views.flush();
      expect(await viewCount(id)).toBe(0);
    });
  });
});

describe('thread list: SQL statements do not grow with the threads shown', () => {
  let t: TestApp;
  const PAGE = `query($first: Int) {
    threads(first: $first) {
      totalCount
      edges { node { id title status replyCount viewCount score lastActivityAt
        author { handle displayName mandates { role territory { name population } } }
        themes { slug name }
        participants { totalCount users { handle } } } }
    }
  }`;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    const territories = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM territory WHERE code = ANY($1)`,
      [['83050', '71009', '35238', '51108', 'DEP-71']],
    );
    expect(territories).toHaveLength(5);
    const clients: Client[] = [];
    for (let i = 0; i < 8; i++) {
      const user = await createUser(t);
      await t.dataSource.query(
        `INSERT INTO mandate (user_id, role, territory_id, verified_at) VALUES ($1, 'MAIRE', $2, now())`,
        [user.id, territories[i % territories.length].id],
      );
      clients.push(await signedIn(t, user));
    }
    const themes = [
      'eclairage-public',
      'financements-et-aides',
      'territoire-de-la-demi-heure',
      'mutualisation-entre-collectivites',
    ];
    for (let i = 0; i < 55; i++) {
      const data = await ok(
        clients[i % 8].gql<{ createThread: { id: string } }>(CREATE_THREAD, {
          i: {
            title: `Question en série numéro ${i + 1}`,
            body: 'Un corps de question suffisant.',
            themeSlugs: [themes[i % 4], themes[(i + 1) % 4]],
          },
        }),
      );
      for (let j = 1; j <= i % 4; j++) {
        await ok(
          clients[(i + j) % 8].gql(CREATE_REPLY, {
            i: { threadId: data.createThread.id, body: 'Une réponse.' },
          }),
        );
      }
    }
  });
  afterAll(() => t.close());

  // Page, count, users (with their mandates and territories): themes and participants come with
  // the thread rows. A member's request also reads the session.
  it.each([
    ['an anonymous visitor', false, 3],
    ['a signed-in member', true, 4],
  ])('for %s: the same number at 5 and 50 threads', async (_who, signed, bound) => {
    const client = signed ? await signedIn(t, await createUser(t)) : new Client(t);
    const counts: number[] = [];
    for (const first of [5, 50]) {
      const res = await client.gql<{
        threads: {
          totalCount: number;
          edges: Array<{
            node: {
              author: { mandates: Array<{ territory: { population: number } }> };
              themes: unknown[];
              participants: { totalCount: number; users: unknown[] };
            };
          }>;
        };
      }>(PAGE, { first });
      expect(res.errors).toBeUndefined();
      const { edges, totalCount } = res.data!.threads;
      expect(totalCount).toBe(55);
      expect(edges).toHaveLength(first);
      expect(edges.every((e) => e.node.author.mandates[0].territory.population > 0)).toBe(true);
      expect(edges.every((e) => e.node.themes.length === 2)).toBe(true);
      expect(
        edges.some((e) => e.node.participants.totalCount === 4 && e.node.participants.users.length === 4),
      ).toBe(true);
      counts.push(res.sqlQueries);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(bound);
  });
});
