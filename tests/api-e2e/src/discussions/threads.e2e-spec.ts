import { randomUUID } from 'node:crypto';
import { errorCodes, type GqlResponse } from '@pairs/platform-testing';
import { CaseStudiesSeeder, ThemesSeeder, type DemoCaseStudy } from '@pairs/knowledge';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie, type TestUser } from '../support/identity.js';

/**
 * Q&A threads (issue 5), writing rules: asking, replying, editing with revisions, deleting,
 * accepting an answer, reactions and the moderators' actions. Every refusal is checked with its
 * error code (and field), and against the database: nothing changed.
 */

const REPLY = `id body bodyHtml score accepted deleted deletedAt revisionCount createdAt editedAt
  author { handle } quotedReply { id deleted body } myReaction reactions { targetId useful thanks mine }
  viewerCan { edit delete accept react }`;
const THREAD = `id title body bodyHtml status pinned replyCount viewCount score revisionCount
  lastActivityAt createdAt editedAt author { handle } themes { slug } caseStudy { id }
  participants { totalCount users { handle } } acceptedReply { id accepted }
  myReaction reactions { targetId useful thanks mine } viewerCan { reply edit accept moderate react }`;

const CREATE_THREAD = `mutation($i: CreateThreadInput!) { createThread(input: $i) { ${THREAD} } }`;
const UPDATE_THREAD = `mutation($i: UpdateThreadInput!) { updateThread(input: $i) { ${THREAD} } }`;
const MOVE_THREAD = `mutation($i: MoveThreadInput!) { moveThread(input: $i) { ${THREAD} } }`;
const PIN = `mutation($i: PinThreadInput!) { pinThread(input: $i) { id pinned status } }`;
const UNPIN = `mutation($i: UnpinThreadInput!) { unpinThread(input: $i) { id pinned status } }`;
const LOCK = `mutation($i: LockThreadInput!) { lockThread(input: $i) { id pinned status } }`;
const UNLOCK = `mutation($i: UnlockThreadInput!) { unlockThread(input: $i) { id pinned status } }`;
const CREATE_REPLY = `mutation($i: CreateReplyInput!) { createReply(input: $i) { ${REPLY} } }`;
const UPDATE_REPLY = `mutation($i: UpdateReplyInput!) { updateReply(input: $i) { ${REPLY} } }`;
const DELETE_REPLY = `mutation($i: DeleteReplyInput!) { deleteReply(input: $i) { ${REPLY} } }`;
const ACCEPT = `mutation($i: AcceptReplyInput!) { acceptReply(input: $i) { ${THREAD} } }`;
const UNACCEPT = `mutation($i: UnacceptReplyInput!) { unacceptReply(input: $i) { ${THREAD} } }`;
const REACT = `mutation($i: ReactInput!) { react(input: $i) { targetId useful thanks mine } }`;
const UNREACT = `mutation($i: UnreactInput!) { unreact(input: $i) { targetId useful thanks mine } }`;
const GET_THREAD = `query($id: ID!) { thread(id: $id) { ${THREAD}
  replies(first: 100) { edges { node { ${REPLY} } } }
  revisions { totalCount edges { node { number title body bodyHtml createdAt author { handle } } } } } }`;
const GET_REPLY = `query($id: ID!) { reply(id: $id) { ${REPLY}
  revisions { totalCount edges { node { number title body createdAt author { handle } } } } } }`;
const THREADS_OF_CASE_STUDY = `query($id: ID!) { threads(filter: { caseStudyId: $id }) {
  totalCount edges { node { id caseStudy { id } } } } }`;

interface Reply {
  id: string;
  body: string;
  bodyHtml: string;
  score: number;
  accepted: boolean;
  deleted: boolean;
  deletedAt: string | null;
  revisionCount: number;
  createdAt: string;
  editedAt: string | null;
  author: { handle: string } | null;
  quotedReply: { id: string; deleted: boolean; body: string } | null;
  myReaction: string[];
  reactions: { targetId: string; useful: number; thanks: number; mine: string[] };
  viewerCan: { edit: boolean; delete: boolean; accept: boolean; react: boolean };
  revisions?: Revisions;
}

interface Revisions {
  totalCount: number;
  edges: Array<{
    node: {
      number: number;
      title: string | null;
      body: string;
      createdAt: string;
      author: { handle: string };
    };
  }>;
}

interface Thread {
  id: string;
  title: string;
  body: string;
  bodyHtml: string;
  status: 'OPEN' | 'SOLVED' | 'LOCKED';
  pinned: boolean;
  replyCount: number;
  viewCount: number;
  score: number;
  revisionCount: number;
  lastActivityAt: string;
  createdAt: string;
  editedAt: string | null;
  author: { handle: string } | null;
  themes: Array<{ slug: string }>;
  caseStudy: { id: string } | null;
  participants: { totalCount: number; users: Array<{ handle: string }> };
  acceptedReply: { id: string; accepted: boolean } | null;
  myReaction: string[];
  reactions: { targetId: string; useful: number; thanks: number; mine: string[] };
  viewerCan: { reply: boolean; edit: boolean; accept: boolean; moderate: boolean; react: boolean };
  replies?: { edges: Array<{ node: Reply }> };
  revisions?: Revisions;
}

const VALID = {
  title: 'Comment avez-vous financé l’étude « territoire de la demi-heure » ?',
  body: 'Notre conseil hésite : **quel budget** et quelles aides avez-vous obtenues ?',
  themeSlugs: ['territoire-de-la-demi-heure'],
};
const ARCHIVED_THEME = 'impact-environnemental-du-numerique';

function caseStudy(slug: string, status: 'PUBLISHED' | 'DRAFT', authorHandle: string): DemoCaseStudy {
  return {
    slug,
    title: `Retour d'expérience ${slug}`,
    summary: 'Un résumé pour les questions sur ce retour d’expérience.',
    body: 'Ce que la commune a fait.',
    territoryCode: '71009',
    themeSlugs: ['territoire-de-la-demi-heure'],
    authorHandles: [authorHandle],
    status,
    startedOn: null,
    endedOn: null,
    costEuros: null,
    fundingSources: [],
    results: '',
    environmentalAssessment: '',
    lessonsLearned: '',
    solutionsUsed: [],
    contact: '',
    publishedAt: status === 'PUBLISHED' ? '2025-01-01T00:00:00Z' : null,
    viewCount: 0,
  };
}

describe('threads: writing rules', () => {
  let t: TestApp;
  let askerUser: TestUser;
  let asker: Client;
  let replierUser: TestUser;
  let replier: Client;
  let secondReplier: Client;
  let stranger: Client;
  let unverified: Client;
  let moderator: Client;
  let admin: Client;
  let anonymous: Client;
  let publishedCaseStudyId: string;
  let draftCaseStudyId: string;

  const signedIn = async (user: TestUser) => {
    const client = new Client(t);
    client.useCookie(await sessionCookie(t, user));
    return client;
  };

  /** Data of a response that must succeed. */
  async function ok<T>(pending: Promise<GqlResponse<T>>): Promise<T> {
    const res = await pending;
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  const ask = async (client: Client = asker, overrides: Record<string, unknown> = {}) =>
    (await ok(client.gql<{ createThread: Thread }>(CREATE_THREAD, { i: { ...VALID, ...overrides } })))
      .createThread;
  const answer = async (
    client: Client,
    threadId: string,
    body = 'Nous avons obtenu une aide de la DETR.',
    quotedReplyId: string | null = null,
  ) =>
    (await ok(client.gql<{ createReply: Reply }>(CREATE_REPLY, { i: { threadId, body, quotedReplyId } })))
      .createReply;
  const getThread = async (client: Client, id: string) =>
    (await ok(client.gql<{ thread: Thread | null }>(GET_THREAD, { id }))).thread;
  const getReply = async (client: Client, id: string) =>
    (await ok(client.gql<{ reply: Reply | null }>(GET_REPLY, { id }))).reply;
  const lock = async (threadId: string) => ok(moderator.gql(LOCK, { i: { threadId } }));

  /**
   * Everything a refused write could have touched: row counts of every discussion table and the
   * rows of the given threads and replies (view counts aside: they are flushed in the background).
   */
  async function dbState(ids: string[]) {
    const [counts] = await t.dataSource.query<Array<Record<string, number>>>(
      `SELECT (SELECT count(*) FROM thread)::int AS thread, (SELECT count(*) FROM thread_theme)::int AS thread_theme,
              (SELECT count(*) FROM thread_revision)::int AS thread_revision,
              (SELECT count(*) FROM thread_reaction)::int AS thread_reaction,
              (SELECT count(*) FROM reply)::int AS reply, (SELECT count(*) FROM reply_revision)::int AS reply_revision,
              (SELECT count(*) FROM reply_reaction)::int AS reply_reaction`,
    );
    const threads = await t.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT t.*, ARRAY(SELECT theme_id FROM thread_theme WHERE thread_id = t.id ORDER BY theme_id) AS themes
       FROM thread t WHERE t.id = ANY($1::uuid[]) ORDER BY t.id`,
      [ids],
    );
    const replies = await t.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT * FROM reply WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    );
    for (const row of threads) delete row['view_count'];
    return { counts, threads, replies };
  }

  /** Runs a write that must be refused with `code` (and these fields) and change nothing. */
  async function refused(
    run: () => Promise<GqlResponse<unknown>>,
    code: string,
    ids: string[],
    fields?: Array<{ field: string; reason: string }>,
  ): Promise<GqlResponse<unknown>> {
    const before = await dbState(ids);
    const res = await run();
    expect(errorCodes(res)).toEqual([code]);
    expect(res.data ?? null).toBeNull();
    if (fields) {
      const got = (res.errors?.[0]?.extensions?.['fields'] ?? []) as Array<{ field: string; reason: string }>;
      expect(got.map(({ field, reason }) => ({ field, reason })).sort(byField)).toEqual(
        [...fields].sort(byField),
      );
    }
    expect(await dbState(ids)).toEqual(before);
    return res;
  }
  const byField = (a: { field: string }, b: { field: string }) => a.field.localeCompare(b.field);

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    await t.dataSource.query(`UPDATE theme SET status = 'ARCHIVED' WHERE slug = $1`, [ARCHIVED_THEME]);
    const [archived] = await t.dataSource.query<Array<{ status: string }>>(
      'SELECT status FROM theme WHERE slug = $1',
      [ARCHIVED_THEME],
    );
    expect(archived).toEqual({ status: 'ARCHIVED' });
    askerUser = await createUser(t, { handle: 'maire-qui-demande' });
    replierUser = await createUser(t, { handle: 'maire-qui-repond' });
    asker = await signedIn(askerUser);
    replier = await signedIn(replierUser);
    secondReplier = await signedIn(await createUser(t, { handle: 'deuxieme-avis' }));
    stranger = await signedIn(await createUser(t, { handle: 'passante' }));
    unverified = await signedIn(await createUser(t, { verified: false, handle: 'non-verifiee' }));
    moderator = await signedIn(await createUser(t, { role: 'MODERATOR', handle: 'moderatrice' }));
    admin = await signedIn(await createUser(t, { role: 'ADMIN', handle: 'administratrice' }));
    anonymous = new Client(t);
    await t.app
      .get(CaseStudiesSeeder)
      .seed([
        caseStudy('questions-publiees', 'PUBLISHED', askerUser.handle),
        caseStudy('questions-brouillon', 'DRAFT', askerUser.handle),
      ]);
    const rows = await t.dataSource.query<Array<{ id: string; slug: string }>>(
      `SELECT id, slug FROM case_study WHERE slug LIKE 'questions-%'`,
    );
    publishedCaseStudyId = rows.find((r) => r.slug === 'questions-publiees')!.id;
    draftCaseStudyId = rows.find((r) => r.slug === 'questions-brouillon')!.id;
  });
  afterAll(() => t.close());

  describe('createThread', () => {
    it('asks an OPEN question with its first revision, rendered safely, its themes and its author', async () => {
      const thread = await ask(asker, {
        title: '   Comment   financer la demi-heure ?  ',
        body: 'Quel **budget** ? <script>alert(1)</script> <img src=x onerror=alert(1)> [lien](javascript:alert(1))',
        themeSlugs: ['territoire-de-la-demi-heure', 'Financements-et-aides', 'territoire-de-la-demi-heure'],
      });
      expect(thread).toMatchObject({
        title: 'Comment financer la demi-heure ?',
        status: 'OPEN',
        pinned: false,
        replyCount: 0,
        viewCount: 0,
        score: 0,
        revisionCount: 1,
        editedAt: null,
        author: { handle: 'maire-qui-demande' },
        themes: [{ slug: 'financements-et-aides' }, { slug: 'territoire-de-la-demi-heure' }],
        caseStudy: null,
        participants: { totalCount: 1, users: [{ handle: 'maire-qui-demande' }] },
        acceptedReply: null,
        myReaction: [],
        reactions: { targetId: thread.id, useful: 0, thanks: 0, mine: [] },
        viewerCan: { reply: true, edit: true, accept: true, moderate: false, react: false },
      });
      expect(thread.lastActivityAt).toBe(thread.createdAt);
      expect(thread.bodyHtml).toContain('<strong>budget</strong>');
      expect(thread.bodyHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(thread.bodyHtml).not.toMatch(/<script|<img|href="javascript/i);
      const revisions = await t.dataSource.query<Array<Record<string, unknown>>>(
        `SELECT number, author_id AS "authorId", title, body FROM thread_revision WHERE thread_id = $1`,
        [thread.id],
      );
      expect(revisions).toEqual([
        { number: 1, authorId: askerUser.id, title: thread.title, body: thread.body },
      ]);
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      ['an empty title', { title: '' }, 'title', 'required'],
      ['a blank title', { title: '  \n ' }, 'title', 'required'],
      ['a title of 4 characters', { title: 'Aide' }, 'title', 'minLength'],
      ['a title over 200 characters', { title: 'a'.repeat(201) }, 'title', 'maxLength'],
      ['an empty body', { body: '' }, 'body', 'required'],
      ['a body under 10 characters', { body: 'Budget ?' }, 'body', 'minLength'],
      ['a body over 50 KB in UTF-8 (25,001 × é)', { body: 'é'.repeat(25_001) }, 'body', 'maxLength'],
      ['no theme', { themeSlugs: [] }, 'themeSlugs', 'required'],
      [
        'six themes',
        {
          themeSlugs: [
            'eclairage-public',
            'financements-et-aides',
            'territoire-de-la-demi-heure',
            'ville-du-quart-d-heure',
            'mutualisation-entre-collectivites',
            'dematerialisation-des-assemblees',
          ],
        },
        'themeSlugs',
        'maxSize',
      ],
      ['an unknown theme', { themeSlugs: ['eclairage-public', 'inconnue'] }, 'themeSlugs.1', 'unknown'],
      ['an archived theme', { themeSlugs: [ARCHIVED_THEME] }, 'themeSlugs.0', 'archived'],
      ['an unknown case study', { caseStudyId: randomUUID() }, 'caseStudyId', 'unknown'],
    ])('refuses %s with its field, and saves nothing', async (_name, overrides, field, reason) => {
      await refused(
        () => asker.gql(CREATE_THREAD, { i: { ...VALID, ...overrides } }),
        'BAD_USER_INPUT',
        [],
        [{ field, reason }],
      );
    });

    it('refuses a draft case study, even its own author’s', async () => {
      await refused(
        () => asker.gql(CREATE_THREAD, { i: { ...VALID, caseStudyId: draftCaseStudyId } }),
        'BAD_USER_INPUT',
        [],
        [{ field: 'caseStudyId', reason: 'unknown' }],
      );
      await refused(
        () => stranger.gql(CREATE_THREAD, { i: { ...VALID, caseStudyId: draftCaseStudyId } }),
        'BAD_USER_INPUT',
        [],
        [{ field: 'caseStudyId', reason: 'unknown' }],
      );
    });

    it('reports every problem of an input at once', async () => {
      await refused(
        () =>
          asker.gql(CREATE_THREAD, {
            i: {
              title: '',
              body: 'é'.repeat(25_001),
              themeSlugs: ['eclairage-public', 'inconnue'],
              caseStudyId: draftCaseStudyId,
            },
          }),
        'BAD_USER_INPUT',
        [],
        [
          { field: 'title', reason: 'required' },
          { field: 'body', reason: 'maxLength' },
          { field: 'themeSlugs.1', reason: 'unknown' },
          { field: 'caseStudyId', reason: 'unknown' },
        ],
      );
    });

    it('needs a signed-in member with a verified email', async () => {
      await refused(() => anonymous.gql(CREATE_THREAD, { i: VALID }), 'UNAUTHENTICATED', []);
      await refused(() => unverified.gql(CREATE_THREAD, { i: VALID }), 'FORBIDDEN', []);
    });

    it('attaches a question to a published case study: listed on its page, and only there', async () => {
      const about = await ask(stranger, { caseStudyId: publishedCaseStudyId });
      const other = await ask(stranger);
      expect(about.caseStudy).toEqual({ id: publishedCaseStudyId });
      const list = await ok(
        anonymous.gql<{
          threads: { totalCount: number; edges: Array<{ node: { id: string; caseStudy: { id: string } } }> };
        }>(THREADS_OF_CASE_STUDY, { id: publishedCaseStudyId }),
      );
      expect(list.threads).toEqual({
        totalCount: 1,
        edges: [{ node: { id: about.id, caseStudy: { id: publishedCaseStudyId } } }],
      });
      expect(list.threads.edges.map((e) => e.node.id)).not.toContain(other.id);
    });
  });

  describe('createReply', () => {
    it('answers: the reply counts, bumps the activity and lists its author among the participants', async () => {
      const thread = await ask();
      await new Promise((r) => setTimeout(r, 5));
      const reply = await answer(replier, thread.id, 'Nous avons obtenu **40 %** de DETR. <b>gras</b>');
      expect(reply).toMatchObject({
        author: { handle: 'maire-qui-repond' },
        score: 0,
        accepted: false,
        deleted: false,
        deletedAt: null,
        revisionCount: 1,
        editedAt: null,
        quotedReply: null,
        myReaction: [],
        reactions: { targetId: reply.id, useful: 0, thanks: 0, mine: [] },
        viewerCan: { edit: true, delete: true, accept: false, react: false },
      });
      expect(reply.bodyHtml).toContain('<strong>40 %</strong>');
      expect(reply.bodyHtml).toContain('&lt;b&gt;gras&lt;/b&gt;');
      const after = await getThread(anonymous, thread.id);
      expect(after).toMatchObject({
        replyCount: 1,
        participants: {
          totalCount: 2,
          users: [{ handle: 'maire-qui-demande' }, { handle: 'maire-qui-repond' }],
        },
      });
      expect(Date.parse(after!.lastActivityAt)).toBeGreaterThan(Date.parse(thread.lastActivityAt));
      expect(Date.parse(after!.lastActivityAt)).toBe(Date.parse(reply.createdAt));
      const [revision] = await t.dataSource.query<Array<{ number: number; author_id: string }>>(
        'SELECT number, author_id FROM reply_revision WHERE reply_id = $1',
        [reply.id],
      );
      expect(revision).toEqual({ number: 1, author_id: replierUser.id });
    });

    it('lists the author, then repliers in order of first reply (5 at most), counting every distinct one', async () => {
      const thread = await ask();
      const repliers = [replier, secondReplier, stranger, moderator, admin];
      const extra = await signedIn(await createUser(t, { handle: 'sixieme-avis' }));
      await answer(replier, thread.id);
      await answer(asker, thread.id, 'Merci, et pour le fonctionnement ?'); // the author is already first
      await answer(secondReplier, thread.id);
      await answer(replier, thread.id, 'Je complète ma réponse.');
      for (const client of repliers.slice(2)) await answer(client, thread.id);
      const last = await answer(extra, thread.id);
      const participants = (await getThread(anonymous, thread.id))!.participants;
      expect(participants).toEqual({
        totalCount: 7,
        users: [
          { handle: 'maire-qui-demande' },
          { handle: 'maire-qui-repond' },
          { handle: 'deuxieme-avis' },
          { handle: 'passante' },
          { handle: 'moderatrice' },
        ],
      });
      // A replier whose only reply is deleted no longer takes part.
      await ok(extra.gql(DELETE_REPLY, { i: { replyId: last.id } }));
      expect((await getThread(anonymous, thread.id))!.participants.totalCount).toBe(6);
    });

    it('quotes a reply of the same thread', async () => {
      const thread = await ask();
      const first = await answer(replier, thread.id);
      const quoting = await answer(secondReplier, thread.id, 'Je confirme.', first.id);
      expect(quoting.quotedReply).toEqual({ id: first.id, deleted: false, body: first.body });
    });

    it('refuses to quote a reply of another thread, a deleted reply or an unknown one', async () => {
      const thread = await ask();
      const elsewhere = await answer(replier, (await ask()).id);
      const deleted = await answer(replier, thread.id);
      await ok(replier.gql(DELETE_REPLY, { i: { replyId: deleted.id } }));
      for (const quotedReplyId of [elsewhere.id, deleted.id, randomUUID()]) {
        await refused(
          () =>
            secondReplier.gql(CREATE_REPLY, { i: { threadId: thread.id, body: 'Je cite.', quotedReplyId } }),
          'BAD_USER_INPUT',
          [thread.id, elsewhere.id, deleted.id],
          [{ field: 'quotedReplyId', reason: 'unknown' }],
        );
      }
    });

    it.each<[string, string, string]>([
      ['an empty body', '', 'required'],
      ['a body over 50 KB in UTF-8', 'é'.repeat(25_001), 'maxLength'],
      ['a body of 1 character', 'x', 'minLength'],
    ])('refuses %s', async (_name, body, reason) => {
      const thread = await ask();
      await refused(
        () => replier.gql(CREATE_REPLY, { i: { threadId: thread.id, body } }),
        'BAD_USER_INPUT',
        [thread.id],
        [{ field: 'body', reason }],
      );
    });

    it('refuses an unknown thread with NOT_FOUND', async () => {
      await refused(
        () => replier.gql(CREATE_REPLY, { i: { threadId: randomUUID(), body: 'Bonjour.' } }),
        'NOT_FOUND',
        [],
      );
    });

    it('needs a signed-in member with a verified email', async () => {
      const thread = await ask();
      await refused(
        () => anonymous.gql(CREATE_REPLY, { i: { threadId: thread.id, body: 'Oui.' } }),
        'UNAUTHENTICATED',
        [thread.id],
      );
      await refused(
        () => unverified.gql(CREATE_REPLY, { i: { threadId: thread.id, body: 'Oui.' } }),
        'FORBIDDEN',
        [thread.id],
      );
    });

    it('refuses replies to a locked thread, except from moderators', async () => {
      const thread = await ask();
      await lock(thread.id);
      for (const client of [replier, asker]) {
        await refused(
          () => client.gql(CREATE_REPLY, { i: { threadId: thread.id, body: 'Encore une remarque.' } }),
          'FORBIDDEN',
          [thread.id],
        );
      }
      const fromModerator = await answer(moderator, thread.id, 'Le sujet est clos, merci à tous.');
      expect(fromModerator.author).toEqual({ handle: 'moderatrice' });
      expect((await getThread(anonymous, thread.id))!.replyCount).toBe(1);
    });
  });

  describe('updateThread', () => {
    it('keeps every edit as a revision, newest first, with its author and date ("modifié")', async () => {
      const thread = await ask();
      const edited = (
        await ok(
          asker.gql<{ updateThread: Thread }>(UPDATE_THREAD, {
            i: {
              threadId: thread.id,
              title: 'Financer la demi-heure : vos retours ?',
              body: 'Corps **révisé** du message.',
            },
          }),
        )
      ).updateThread;
      expect(edited).toMatchObject({
        title: 'Financer la demi-heure : vos retours ?',
        body: 'Corps **révisé** du message.',
        revisionCount: 2,
      });
      expect(edited.bodyHtml).toContain('<strong>révisé</strong>');
      expect(edited.editedAt).not.toBeNull();
      await ok(
        moderator.gql(UPDATE_THREAD, {
          i: { threadId: thread.id, body: 'Corps reformulé par la modération.' },
        }),
      );
      const read = (await getThread(anonymous, thread.id))!;
      expect(read.revisionCount).toBe(3);
      expect(read.revisions!.totalCount).toBe(3);
      expect(
        read.revisions!.edges.map((e) => [e.node.number, e.node.author.handle, e.node.title, e.node.body]),
      ).toEqual([
        [3, 'moderatrice', 'Financer la demi-heure : vos retours ?', 'Corps reformulé par la modération.'],
        [2, 'maire-qui-demande', 'Financer la demi-heure : vos retours ?', 'Corps **révisé** du message.'],
        [1, 'maire-qui-demande', VALID.title, VALID.body],
      ]);
      const dates = read.revisions!.edges.map((e) => Date.parse(e.node.createdAt));
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      expect(Date.parse(read.editedAt!)).toBe(dates[0]);
    });

    it('adds no revision when nothing changes', async () => {
      const thread = await ask();
      const before = await dbState([thread.id]);
      const same = (
        await ok(
          asker.gql<{ updateThread: Thread }>(UPDATE_THREAD, {
            i: { threadId: thread.id, title: ` ${VALID.title} `, body: VALID.body },
          }),
        )
      ).updateThread;
      expect(same).toMatchObject({ revisionCount: 1, editedAt: null });
      expect(await dbState([thread.id])).toEqual(before);
    });

    it('lets the author correct the themes (no text revision)', async () => {
      const thread = await ask();
      const fixed = (
        await ok(
          asker.gql<{ updateThread: Thread }>(UPDATE_THREAD, {
            i: { threadId: thread.id, themeSlugs: ['financements-et-aides', 'eclairage-public'] },
          }),
        )
      ).updateThread;
      expect(fixed.themes).toEqual([{ slug: 'eclairage-public' }, { slug: 'financements-et-aides' }]);
      expect(fixed.revisionCount).toBe(1);
    });

    it.each<[string, Record<string, unknown>, Array<{ field: string; reason: string }>]>([
      ['an empty title', { title: '' }, [{ field: 'title', reason: 'required' }]],
      ['a null title', { title: null }, [{ field: 'title', reason: 'required' }]],
      ['a title over 200 characters', { title: 'é'.repeat(201) }, [{ field: 'title', reason: 'maxLength' }]],
      ['a body over 50 KB', { body: 'é'.repeat(25_001) }, [{ field: 'body', reason: 'maxLength' }]],
      ['no theme', { themeSlugs: [] }, [{ field: 'themeSlugs', reason: 'required' }]],
      ['an unknown theme', { themeSlugs: ['inconnue'] }, [{ field: 'themeSlugs.0', reason: 'unknown' }]],
      [
        'several problems',
        { title: 'abc', body: '', themeSlugs: ['eclairage-public', ARCHIVED_THEME] },
        [
          { field: 'title', reason: 'minLength' },
          { field: 'body', reason: 'required' },
          { field: 'themeSlugs.1', reason: 'archived' },
        ],
      ],
    ])('refuses %s and changes nothing', async (_name, changes, fields) => {
      const thread = await ask();
      await refused(
        () => asker.gql(UPDATE_THREAD, { i: { threadId: thread.id, ...changes } }),
        'BAD_USER_INPUT',
        [thread.id],
        fields,
      );
    });

    it('refuses to edit someone else’s question (and anonymous or unknown ones)', async () => {
      const thread = await ask();
      const edit = { threadId: thread.id, title: 'Titre détourné par un tiers' };
      for (const client of [replier, stranger]) {
        await refused(() => client.gql(UPDATE_THREAD, { i: edit }), 'FORBIDDEN', [thread.id]);
      }
      await refused(() => anonymous.gql(UPDATE_THREAD, { i: edit }), 'UNAUTHENTICATED', [thread.id]);
      await refused(() => asker.gql(UPDATE_THREAD, { i: { ...edit, threadId: randomUUID() } }), 'NOT_FOUND', [
        thread.id,
      ]);
    });

    it('refuses its author on a locked thread, lets moderators edit it', async () => {
      const thread = await ask();
      await lock(thread.id);
      await refused(
        () => asker.gql(UPDATE_THREAD, { i: { threadId: thread.id, title: 'Une correction tardive' } }),
        'FORBIDDEN',
        [thread.id],
      );
      await refused(
        () => asker.gql(UPDATE_THREAD, { i: { threadId: thread.id, themeSlugs: ['eclairage-public'] } }),
        'FORBIDDEN',
        [thread.id],
      );
      const edited = (
        await ok(
          moderator.gql<{ updateThread: Thread }>(UPDATE_THREAD, {
            i: { threadId: thread.id, title: 'Titre corrigé par la modération' },
          }),
        )
      ).updateThread;
      expect(edited).toMatchObject({
        title: 'Titre corrigé par la modération',
        revisionCount: 2,
        status: 'LOCKED',
      });
    });
  });

  describe('moveThread', () => {
    it('lets moderators replace the themes', async () => {
      const thread = await ask();
      for (const [client, slug] of [
        [moderator, 'eclairage-public'],
        [admin, 'financements-et-aides'],
      ] as const) {
        const moved = (
          await ok(
            client.gql<{ moveThread: Thread }>(MOVE_THREAD, {
              i: { threadId: thread.id, themeSlugs: [slug] },
            }),
          )
        ).moveThread;
        expect(moved.themes).toEqual([{ slug }]);
        expect(moved.revisionCount).toBe(1);
      }
    });

    it('is refused to the author and other members, and to anonymous visitors', async () => {
      const thread = await ask();
      const move = { threadId: thread.id, themeSlugs: ['eclairage-public'] };
      for (const client of [asker, stranger]) {
        await refused(() => client.gql(MOVE_THREAD, { i: move }), 'FORBIDDEN', [thread.id]);
      }
      await refused(() => anonymous.gql(MOVE_THREAD, { i: move }), 'UNAUTHENTICATED', [thread.id]);
    });

    it.each<[string, string[], string, string]>([
      ['an unknown theme', ['eclairage-public', 'inconnue'], 'themeSlugs.1', 'unknown'],
      ['an archived theme', [ARCHIVED_THEME], 'themeSlugs.0', 'archived'],
      ['no theme', [], 'themeSlugs', 'required'],
    ])('refuses %s and keeps the themes', async (_name, themeSlugs, field, reason) => {
      const thread = await ask();
      await refused(
        () => moderator.gql(MOVE_THREAD, { i: { threadId: thread.id, themeSlugs } }),
        'BAD_USER_INPUT',
        [thread.id],
        [{ field, reason }],
      );
    });
  });

  describe('updateReply', () => {
    it('keeps every edit as a revision, newest first, with its author', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id, 'Première version.');
      const edited = (
        await ok(
          replier.gql<{ updateReply: Reply }>(UPDATE_REPLY, {
            i: { replyId: reply.id, body: 'Version **corrigée**.' },
          }),
        )
      ).updateReply;
      expect(edited).toMatchObject({ body: 'Version **corrigée**.', revisionCount: 2 });
      expect(edited.bodyHtml).toContain('<strong>corrigée</strong>');
      expect(edited.editedAt).not.toBeNull();
      await ok(moderator.gql(UPDATE_REPLY, { i: { replyId: reply.id, body: 'Version modérée.' } }));
      const read = (await getReply(anonymous, reply.id))!;
      expect(read.revisions!.totalCount).toBe(3);
      expect(
        read.revisions!.edges.map((e) => [e.node.number, e.node.author.handle, e.node.title, e.node.body]),
      ).toEqual([
        [3, 'moderatrice', null, 'Version modérée.'],
        [2, 'maire-qui-repond', null, 'Version **corrigée**.'],
        [1, 'maire-qui-repond', null, 'Première version.'],
      ]);
      expect(read.editedAt).toBe(read.revisions!.edges[0].node.createdAt);
    });

    it('adds no revision when nothing changes', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id, 'Même texte.');
      const before = await dbState([thread.id, reply.id]);
      const same = (
        await ok(
          replier.gql<{ updateReply: Reply }>(UPDATE_REPLY, {
            i: { replyId: reply.id, body: '  Même texte.\n' },
          }),
        )
      ).updateReply;
      expect(same).toMatchObject({ revisionCount: 1, editedAt: null });
      expect(await dbState([thread.id, reply.id])).toEqual(before);
    });

    it('refuses a bad body', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      for (const [body, reason] of [
        ['', 'required'],
        ['é'.repeat(25_001), 'maxLength'],
      ]) {
        await refused(
          () => replier.gql(UPDATE_REPLY, { i: { replyId: reply.id, body } }),
          'BAD_USER_INPUT',
          [thread.id, reply.id],
          [{ field: 'body', reason }],
        );
      }
    });

    it('refuses to edit someone else’s reply, even as the thread’s author', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      for (const client of [asker, stranger]) {
        await refused(
          () => client.gql(UPDATE_REPLY, { i: { replyId: reply.id, body: 'Texte détourné.' } }),
          'FORBIDDEN',
          [thread.id, reply.id],
        );
      }
      await refused(
        () => anonymous.gql(UPDATE_REPLY, { i: { replyId: reply.id, body: 'Texte détourné.' } }),
        'UNAUTHENTICATED',
        [thread.id, reply.id],
      );
      await refused(
        () => replier.gql(UPDATE_REPLY, { i: { replyId: randomUUID(), body: 'Texte.' } }),
        'NOT_FOUND',
        [thread.id, reply.id],
      );
    });

    it('refuses its author on a locked thread, lets moderators edit it', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await lock(thread.id);
      await refused(
        () => replier.gql(UPDATE_REPLY, { i: { replyId: reply.id, body: 'Une correction tardive.' } }),
        'FORBIDDEN',
        [thread.id, reply.id],
      );
      const edited = (
        await ok(
          moderator.gql<{ updateReply: Reply }>(UPDATE_REPLY, {
            i: { replyId: reply.id, body: 'Corrigé par la modération.' },
          }),
        )
      ).updateReply;
      expect(edited.revisionCount).toBe(2);
    });

    it('refuses to edit a deleted reply (CONFLICT)', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await ok(replier.gql(DELETE_REPLY, { i: { replyId: reply.id } }));
      await refused(
        () => replier.gql(UPDATE_REPLY, { i: { replyId: reply.id, body: 'Je reviens dessus.' } }),
        'CONFLICT',
        [thread.id, reply.id],
      );
    });
  });

  describe('deleteReply', () => {
    it('leaves a placeholder in place, uncounted, its text and history for moderators only', async () => {
      const thread = await ask();
      const before = await answer(secondReplier, thread.id, 'Avant.');
      const reply = await answer(replier, thread.id, 'Un texte **regretté**.');
      const after = await answer(secondReplier, thread.id, 'Après.', reply.id);
      await ok(
        replier.gql(UPDATE_REPLY, { i: { replyId: reply.id, body: 'Un texte corrigé puis regretté.' } }),
      );

      const deleted = (
        await ok(replier.gql<{ deleteReply: Reply }>(DELETE_REPLY, { i: { replyId: reply.id } }))
      ).deleteReply;
      expect(deleted).toMatchObject({ id: reply.id, deleted: true, body: '', bodyHtml: '' });
      expect(deleted.deletedAt).not.toBeNull();

      for (const client of [anonymous, stranger, asker, replier]) {
        const read = (await getThread(client, thread.id))!;
        expect(read.replyCount).toBe(2);
        expect(
          read.replies!.edges.map((e) => [e.node.id, e.node.deleted, e.node.body, e.node.bodyHtml]),
        ).toEqual([
          [before.id, false, 'Avant.', '<p>Avant.</p>\n'],
          [reply.id, true, '', ''],
          [after.id, false, 'Après.', '<p>Après.</p>\n'],
        ]);
        expect(read.replies!.edges[2].node.quotedReply).toEqual({ id: reply.id, deleted: true, body: '' });
        const single = (await getReply(client, reply.id))!;
        expect(single).toMatchObject({ deleted: true, body: '', bodyHtml: '', revisionCount: 2 });
        expect(single.revisions).toEqual({ totalCount: 0, edges: [] });
      }
      for (const client of [moderator, admin]) {
        const single = (await getReply(client, reply.id))!;
        expect(single).toMatchObject({ deleted: true, body: 'Un texte corrigé puis regretté.' });
        expect(single.revisions!.edges.map((e) => e.node.body)).toEqual([
          'Un texte corrigé puis regretté.',
          'Un texte **regretté**.',
        ]);
      }
      const [row] = await t.dataSource.query<
        Array<{ deleted_at: Date | null; body: string; deleted_by_id: string }>
      >('SELECT deleted_at, body, deleted_by_id FROM reply WHERE id = $1', [reply.id]);
      expect(row).toMatchObject({ body: 'Un texte corrigé puis regretté.', deleted_by_id: replierUser.id });
      expect(row.deleted_at).not.toBeNull();
    });

    it('refuses someone else (even the thread’s author), anonymous visitors and unknown replies', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      for (const client of [asker, stranger]) {
        await refused(() => client.gql(DELETE_REPLY, { i: { replyId: reply.id } }), 'FORBIDDEN', [
          thread.id,
          reply.id,
        ]);
      }
      await refused(() => anonymous.gql(DELETE_REPLY, { i: { replyId: reply.id } }), 'UNAUTHENTICATED', [
        thread.id,
        reply.id,
      ]);
      await refused(() => replier.gql(DELETE_REPLY, { i: { replyId: randomUUID() } }), 'NOT_FOUND', [
        thread.id,
      ]);
    });

    it('refuses to delete twice (CONFLICT)', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await ok(replier.gql(DELETE_REPLY, { i: { replyId: reply.id } }));
      await refused(() => replier.gql(DELETE_REPLY, { i: { replyId: reply.id } }), 'CONFLICT', [
        thread.id,
        reply.id,
      ]);
      await refused(() => moderator.gql(DELETE_REPLY, { i: { replyId: reply.id } }), 'CONFLICT', [
        thread.id,
        reply.id,
      ]);
      expect((await getThread(anonymous, thread.id))!.replyCount).toBe(0);
    });

    it('refuses its author the accepted answer (CONFLICT) until it is unaccepted', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await ok(asker.gql(ACCEPT, { i: { replyId: reply.id } }));
      await refused(() => replier.gql(DELETE_REPLY, { i: { replyId: reply.id } }), 'CONFLICT', [
        thread.id,
        reply.id,
      ]);
      await ok(asker.gql(UNACCEPT, { i: { threadId: thread.id } }));
      expect(
        (await ok(replier.gql<{ deleteReply: Reply }>(DELETE_REPLY, { i: { replyId: reply.id } })))
          .deleteReply.deleted,
      ).toBe(true);
    });

    it('lets moderators delete the accepted answer: the thread is OPEN again', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await ok(asker.gql(ACCEPT, { i: { replyId: reply.id } }));
      await ok(moderator.gql(DELETE_REPLY, { i: { replyId: reply.id } }));
      const read = (await getThread(anonymous, thread.id))!;
      expect(read).toMatchObject({ status: 'OPEN', acceptedReply: null, replyCount: 0 });
      expect(read.replies!.edges[0].node).toMatchObject({ id: reply.id, deleted: true, accepted: false });
    });

    it('refuses its author on a locked thread, lets moderators delete there', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await lock(thread.id);
      await refused(() => replier.gql(DELETE_REPLY, { i: { replyId: reply.id } }), 'FORBIDDEN', [
        thread.id,
        reply.id,
      ]);
      await ok(moderator.gql(DELETE_REPLY, { i: { replyId: reply.id } }));
      expect((await getThread(anonymous, thread.id))!.replyCount).toBe(0);
    });
  });

  describe('acceptReply and unacceptReply', () => {
    it('lets the thread’s author accept an answer: SOLVED, shown first, marked accepted', async () => {
      const thread = await ask();
      const first = await answer(replier, thread.id);
      const second = await answer(secondReplier, thread.id);
      const solved = (
        await ok(
          asker.gql<{ acceptReply: Thread }>(ACCEPT, { i: { replyId: second.id, threadId: thread.id } }),
        )
      ).acceptReply;
      expect(solved).toMatchObject({ status: 'SOLVED', acceptedReply: { id: second.id, accepted: true } });
      expect((await getReply(anonymous, second.id))!.accepted).toBe(true);
      const read = (await getThread(anonymous, thread.id))!;
      expect(read.replies!.edges.map((e) => [e.node.id, e.node.accepted])).toEqual([
        [first.id, false],
        [second.id, true],
      ]);
      // Another answer replaces it.
      const switched = (await ok(asker.gql<{ acceptReply: Thread }>(ACCEPT, { i: { replyId: first.id } })))
        .acceptReply;
      expect(switched).toMatchObject({ status: 'SOLVED', acceptedReply: { id: first.id } });
      expect((await getReply(anonymous, second.id))!.accepted).toBe(false);
      // And unaccepting opens the question again.
      const reopened = (
        await ok(asker.gql<{ unacceptReply: Thread }>(UNACCEPT, { i: { threadId: thread.id } }))
      ).unacceptReply;
      expect(reopened).toMatchObject({ status: 'OPEN', acceptedReply: null });
    });

    it('lets moderators accept and unaccept', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      expect(
        (await ok(moderator.gql<{ acceptReply: Thread }>(ACCEPT, { i: { replyId: reply.id } }))).acceptReply
          .status,
      ).toBe('SOLVED');
      expect(
        (await ok(admin.gql<{ unacceptReply: Thread }>(UNACCEPT, { i: { threadId: thread.id } })))
          .unacceptReply.status,
      ).toBe('OPEN');
    });

    it('refuses a reply of another thread', async () => {
      const mine = await ask();
      const theirs = await ask(stranger);
      const foreign = await answer(replier, theirs.id);
      const ids = [mine.id, theirs.id, foreign.id];
      // Without saying which thread, it is a thread the caller did not ask.
      await refused(() => asker.gql(ACCEPT, { i: { replyId: foreign.id } }), 'FORBIDDEN', ids);
      await refused(
        () => asker.gql(ACCEPT, { i: { replyId: foreign.id, threadId: mine.id } }),
        'BAD_USER_INPUT',
        ids,
        [{ field: 'replyId', reason: 'otherThread' }],
      );
      // Even a moderator names the right thread.
      await refused(
        () => moderator.gql(ACCEPT, { i: { replyId: foreign.id, threadId: mine.id } }),
        'BAD_USER_INPUT',
        ids,
        [{ field: 'replyId', reason: 'otherThread' }],
      );
    });

    it('refuses other members, the reply’s author, unverified and anonymous callers', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      for (const client of [stranger, replier]) {
        await refused(() => client.gql(ACCEPT, { i: { replyId: reply.id } }), 'FORBIDDEN', [
          thread.id,
          reply.id,
        ]);
      }
      await refused(() => anonymous.gql(ACCEPT, { i: { replyId: reply.id } }), 'UNAUTHENTICATED', [
        thread.id,
        reply.id,
      ]);
      await refused(() => unverified.gql(ACCEPT, { i: { replyId: reply.id } }), 'FORBIDDEN', [
        thread.id,
        reply.id,
      ]);
      await ok(asker.gql(ACCEPT, { i: { replyId: reply.id } }));
      await refused(() => stranger.gql(UNACCEPT, { i: { threadId: thread.id } }), 'FORBIDDEN', [
        thread.id,
        reply.id,
      ]);
      await refused(() => anonymous.gql(UNACCEPT, { i: { threadId: thread.id } }), 'UNAUTHENTICATED', [
        thread.id,
      ]);
    });

    it('refuses to accept the accepted answer again, and to unaccept when none is (CONFLICT)', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await refused(() => asker.gql(UNACCEPT, { i: { threadId: thread.id } }), 'CONFLICT', [thread.id]);
      await ok(asker.gql(ACCEPT, { i: { replyId: reply.id } }));
      await refused(() => asker.gql(ACCEPT, { i: { replyId: reply.id } }), 'CONFLICT', [thread.id, reply.id]);
    });

    it('refuses a deleted reply and an unknown one', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await ok(replier.gql(DELETE_REPLY, { i: { replyId: reply.id } }));
      await refused(
        () => asker.gql(ACCEPT, { i: { replyId: reply.id } }),
        'BAD_USER_INPUT',
        [thread.id, reply.id],
        [{ field: 'replyId', reason: 'deleted' }],
      );
      await refused(() => asker.gql(ACCEPT, { i: { replyId: randomUUID() } }), 'NOT_FOUND', [thread.id]);
      await refused(() => asker.gql(UNACCEPT, { i: { threadId: randomUUID() } }), 'NOT_FOUND', [thread.id]);
    });

    it('on a locked thread: refused to its author, allowed to moderators; LOCKED shows over SOLVED', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await lock(thread.id);
      await refused(() => asker.gql(ACCEPT, { i: { replyId: reply.id } }), 'FORBIDDEN', [
        thread.id,
        reply.id,
      ]);
      const accepted = (
        await ok(moderator.gql<{ acceptReply: Thread }>(ACCEPT, { i: { replyId: reply.id } }))
      ).acceptReply;
      expect(accepted).toMatchObject({ status: 'LOCKED', acceptedReply: { id: reply.id } });
      await refused(() => asker.gql(UNACCEPT, { i: { threadId: thread.id } }), 'FORBIDDEN', [
        thread.id,
        reply.id,
      ]);
      const unlocked = (
        await ok(moderator.gql<{ unlockThread: { status: string } }>(UNLOCK, { i: { threadId: thread.id } }))
      ).unlockThread;
      expect(unlocked.status).toBe('SOLVED');
    });
  });

  describe('react and unreact', () => {
    const react = (client: Client, targetId: string, kind: string) =>
      client.gql<{ react: { targetId: string; useful: number; thanks: number; mine: string[] } }>(REACT, {
        i: { targetId, kind },
      });

    it('counts USEFUL and THANKS on a question, one of each per member; the score counts USEFUL', async () => {
      const thread = await ask();
      expect((await ok(react(replier, thread.id, 'USEFUL'))).react).toEqual({
        targetId: thread.id,
        useful: 1,
        thanks: 0,
        mine: ['USEFUL'],
      });
      expect((await ok(react(replier, thread.id, 'THANKS'))).react).toEqual({
        targetId: thread.id,
        useful: 1,
        thanks: 1,
        mine: ['THANKS', 'USEFUL'],
      });
      expect((await ok(react(stranger, thread.id, 'THANKS'))).react).toEqual({
        targetId: thread.id,
        useful: 1,
        thanks: 2,
        mine: ['THANKS'],
      });
      const seen = async (client: Client) => {
        const read = (await getThread(client, thread.id))!;
        return { score: read.score, myReaction: read.myReaction, reactions: read.reactions };
      };
      const summary = { targetId: thread.id, useful: 1, thanks: 2 };
      expect(await seen(replier)).toEqual({
        score: 1,
        myReaction: ['THANKS', 'USEFUL'],
        reactions: { ...summary, mine: ['THANKS', 'USEFUL'] },
      });
      expect(await seen(stranger)).toEqual({
        score: 1,
        myReaction: ['THANKS'],
        reactions: { ...summary, mine: ['THANKS'] },
      });
      expect(await seen(anonymous)).toEqual({
        score: 1,
        myReaction: [],
        reactions: { ...summary, mine: [] },
      });
      expect(await seen(asker)).toEqual({ score: 1, myReaction: [], reactions: { ...summary, mine: [] } });

      expect(
        (await ok(replier.gql<{ unreact: unknown }>(UNREACT, { i: { targetId: thread.id, kind: 'USEFUL' } })))
          .unreact,
      ).toEqual({
        targetId: thread.id,
        useful: 0,
        thanks: 2,
        mine: ['THANKS'],
      });
      expect((await getThread(anonymous, thread.id))!.score).toBe(0);
    });

    it('counts reactions on a reply the same way', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await ok(react(asker, reply.id, 'USEFUL'));
      await ok(react(stranger, reply.id, 'USEFUL'));
      expect((await ok(react(stranger, reply.id, 'THANKS'))).react).toEqual({
        targetId: reply.id,
        useful: 2,
        thanks: 1,
        mine: ['THANKS', 'USEFUL'],
      });
      const fromAsker = (await getThread(asker, thread.id))!.replies!.edges[0].node;
      expect(fromAsker).toMatchObject({
        score: 2,
        myReaction: ['USEFUL'],
        reactions: { targetId: reply.id, useful: 2, thanks: 1, mine: ['USEFUL'] },
      });
      expect((await getReply(anonymous, reply.id))!).toMatchObject({ score: 2, myReaction: [] });
      await ok(stranger.gql(UNREACT, { i: { targetId: reply.id, kind: 'USEFUL' } }));
      expect((await getReply(anonymous, reply.id))!.score).toBe(1);
    });

    it('refuses a second reaction of the same kind (CONFLICT on kind)', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      for (const targetId of [thread.id, reply.id]) {
        await ok(react(stranger, targetId, 'USEFUL'));
        await refused(
          () => react(stranger, targetId, 'USEFUL'),
          'CONFLICT',
          [thread.id, reply.id],
          [{ field: 'kind', reason: 'duplicate' }],
        );
      }
    });

    it('refuses to remove a reaction that does not exist (CONFLICT on kind)', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await ok(react(stranger, reply.id, 'USEFUL'));
      for (const [targetId, kind] of [
        [thread.id, 'USEFUL'],
        [reply.id, 'THANKS'],
      ]) {
        await refused(
          () => stranger.gql(UNREACT, { i: { targetId, kind } }),
          'CONFLICT',
          [thread.id, reply.id],
          [{ field: 'kind', reason: 'missing' }],
        );
      }
    });

    it('refuses reactions to one’s own posts', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await refused(() => react(asker, thread.id, 'USEFUL'), 'FORBIDDEN', [thread.id, reply.id]);
      await refused(() => react(replier, reply.id, 'THANKS'), 'FORBIDDEN', [thread.id, reply.id]);
      await refused(() => replier.gql(UNREACT, { i: { targetId: reply.id, kind: 'THANKS' } }), 'FORBIDDEN', [
        thread.id,
        reply.id,
      ]);
    });

    it('refuses unknown targets, unverified members and anonymous visitors', async () => {
      const thread = await ask();
      await refused(() => react(stranger, randomUUID(), 'USEFUL'), 'NOT_FOUND', [thread.id]);
      await refused(
        () => stranger.gql(UNREACT, { i: { targetId: randomUUID(), kind: 'USEFUL' } }),
        'NOT_FOUND',
        [thread.id],
      );
      await refused(() => react(unverified, thread.id, 'USEFUL'), 'FORBIDDEN', [thread.id]);
      await refused(() => react(anonymous, thread.id, 'USEFUL'), 'UNAUTHENTICATED', [thread.id]);
    });

    it('allows reactions on a locked thread', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await lock(thread.id);
      expect((await ok(react(stranger, thread.id, 'USEFUL'))).react.useful).toBe(1);
      expect((await ok(react(stranger, reply.id, 'THANKS'))).react.thanks).toBe(1);
    });

    it('refuses reactions on a deleted reply', async () => {
      const thread = await ask();
      const reply = await answer(replier, thread.id);
      await ok(replier.gql(DELETE_REPLY, { i: { replyId: reply.id } }));
      await refused(
        () => react(stranger, reply.id, 'USEFUL'),
        'BAD_USER_INPUT',
        [thread.id, reply.id],
        [{ field: 'targetId', reason: 'deleted' }],
      );
    });
  });

  describe('pin, unpin, lock and unlock', () => {
    it('are for moderators and admins', async () => {
      const thread = await ask();
      const data = async (client: Client, query: string, key: string) =>
        (
          await ok(
            client.gql<Record<string, { pinned: boolean; status: string }>>(query, {
              i: { threadId: thread.id },
            }),
          )
        )[key];
      expect(await data(moderator, PIN, 'pinThread')).toEqual({
        id: thread.id,
        pinned: true,
        status: 'OPEN',
      });
      expect(await data(admin, LOCK, 'lockThread')).toEqual({
        id: thread.id,
        pinned: true,
        status: 'LOCKED',
      });
      expect((await getThread(stranger, thread.id))!.viewerCan).toEqual({
        reply: false,
        edit: false,
        accept: false,
        moderate: false,
        react: true,
      });
      expect((await getThread(moderator, thread.id))!.viewerCan).toEqual({
        reply: true,
        edit: true,
        accept: true,
        moderate: true,
        react: true,
      });
      expect(await data(moderator, UNLOCK, 'unlockThread')).toEqual({
        id: thread.id,
        pinned: true,
        status: 'OPEN',
      });
      expect(await data(admin, UNPIN, 'unpinThread')).toEqual({
        id: thread.id,
        pinned: false,
        status: 'OPEN',
      });
    });

    it.each([
      ['pinThread', PIN],
      ['unpinThread', UNPIN],
      ['lockThread', LOCK],
      ['unlockThread', UNLOCK],
    ])('%s is refused to the author, other members and anonymous visitors', async (_name, mutation) => {
      const thread = await ask();
      for (const client of [asker, stranger, unverified]) {
        await refused(() => client.gql(mutation, { i: { threadId: thread.id } }), 'FORBIDDEN', [thread.id]);
      }
      await refused(() => anonymous.gql(mutation, { i: { threadId: thread.id } }), 'UNAUTHENTICATED', [
        thread.id,
      ]);
      await refused(() => moderator.gql(mutation, { i: { threadId: randomUUID() } }), 'NOT_FOUND', [
        thread.id,
      ]);
    });
  });
});
