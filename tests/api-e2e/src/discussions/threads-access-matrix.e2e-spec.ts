import { errorCodes, type GqlResponse } from '@pairs/platform-testing';
import type { PlatformRole } from '@pairs/platform-core';
import { ThemesSeeder } from '@pairs/knowledge';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie, type TestUser } from '../support/identity.js';

/**
 * Q&A access matrix (issue 5): viewer kind × surface × state, the expected outcome written per
 * cell. Columns, in order:
 *
 *   anonymous · unverified member · member · thread author · reply author · moderator · admin
 *
 * Each state has a question T by the thread author with a reply R by the reply author, and a
 * reply Q (by someone else) quoting R. In the reading fixtures T and R were edited once (two
 * revisions each) and R is T's accepted answer (except when R is deleted: a deleted reply is never
 * the accepted answer). States: OPEN; LOCKED (by a moderator); THREAD_HIDDEN and REPLY_HIDDEN
 * (`hidden_at` set by SQL: moderation comes later); REPLY_DELETED (by its author).
 *
 * Reading cells: 'Y' = sees it, '-' = does not. Writing cells (each on a fresh fixture): 'Y' = done,
 * otherwise the error code: U = UNAUTHENTICATED, F = FORBIDDEN, N = NOT_FOUND, C = CONFLICT,
 * B = BAD_USER_INPUT; a refused write changes nothing.
 */
const KINDS = [
  'anonymous',
  'unverified',
  'member',
  'threadAuthor',
  'replyAuthor',
  'moderator',
  'admin',
] as const;
type Kind = (typeof KINDS)[number];
const STATES = ['OPEN', 'LOCKED', 'THREAD_HIDDEN', 'REPLY_DELETED', 'REPLY_HIDDEN'] as const;
type State = (typeof STATES)[number];
type Cells = readonly [string, string, string, string, string];

// prettier-ignore
const READ: Record<string, Cells> = {
  //                                       OPEN       LOCKED     THREAD_H.  REPLY_DEL. REPLY_HID.
  'thread(id)':                          ['YYYYYYY', 'YYYYYYY', '---Y-YY', 'YYYYYYY', 'YYYYYYY'],
  'threads edges':                       ['YYYYYYY', 'YYYYYYY', '---Y-YY', 'YYYYYYY', 'YYYYYYY'],
  'threads totalCount':                  ['YYYYYYY', 'YYYYYYY', '---Y-YY', 'YYYYYYY', 'YYYYYYY'],
  'Theme.threadCount':                   ['YYYYYYY', 'YYYYYYY', '---Y-YY', 'YYYYYYY', 'YYYYYYY'],
  'reply(id)':                           ['YYYYYYY', 'YYYYYYY', '---Y-YY', 'YYYYYYY', '----YYY'],
  'reply(id) text':                      ['YYYYYYY', 'YYYYYYY', '---Y-YY', '-----YY', '----YYY'],
  'Thread.replies':                      ['YYYYYYY', 'YYYYYYY', '---Y-YY', 'YYYYYYY', '----YYY'],
  'Thread.replies text':                 ['YYYYYYY', 'YYYYYYY', '---Y-YY', '-----YY', '----YYY'],
  'Thread.acceptedReply':                ['YYYYYYY', 'YYYYYYY', '---Y-YY', '-------', '----YYY'],
  'Thread.participants (reply author)':  ['YYYYYYY', 'YYYYYYY', '---Y-YY', '-------', '-------'],
  'Reply.quotedReply (reply(id))':       ['YYYYYYY', 'YYYYYYY', '---Y-YY', 'YYYYYYY', '----YYY'],
  'Reply.quotedReply (Thread.replies)':  ['YYYYYYY', 'YYYYYYY', '---Y-YY', 'YYYYYYY', '----YYY'],
  'Thread.revisions':                    ['YYYYYYY', 'YYYYYYY', '---Y-YY', 'YYYYYYY', 'YYYYYYY'],
  'Reply.revisions':                     ['YYYYYYY', 'YYYYYYY', '---Y-YY', '-----YY', '----YYY'],
  'Thread.viewerCan.reply':              ['--YYYYY', '-----YY', '-----YY', '--YYYYY', '--YYYYY'],
  'Thread.viewerCan.edit':               ['---Y-YY', '-----YY', '-----YY', '---Y-YY', '---Y-YY'],
  'Reply.viewerCan.edit':                ['----YYY', '-----YY', '-----YY', '-------', '-----YY'],
  // R is the accepted answer here: its author may not delete it (unaccept first).
  'Reply.viewerCan.delete':              ['-----YY', '-----YY', '-----YY', '-------', '-----YY'],
  'Reply.viewerCan.react':               ['--YY-YY', '--YY-YY', '---Y-YY', '-------', '-----YY'],
};

// prettier-ignore
const WRITE: Record<string, Cells> = {
  //                                       OPEN       LOCKED     THREAD_H.  REPLY_DEL. REPLY_HID.
  'createReply':                         ['UFYYYYY', 'UFFFFYY', 'UNNFNYY', 'UFYYYYY', 'UFYYYYY'],
  'updateThread':                        ['UFFYFYY', 'UFFFFYY', 'UNNFNYY', 'UFFYFYY', 'UFFYFYY'],
  'updateReply':                         ['UFFFYYY', 'UFFFFYY', 'UNNFNYY', 'UFCCCCC', 'UNNNFYY'],
  'deleteReply':                         ['UFFFYYY', 'UFFFFYY', 'UNNFNYY', 'UCCCCCC', 'UNNNFYY'],
  'acceptReply':                         ['UFFYFYY', 'UFFFFYY', 'UNNFNYY', 'UFFBFBB', 'UNNNFYY'],
  'react (thread)':                      ['UFYFYYY', 'UFYFYYY', 'UNNFNYY', 'UFYFYYY', 'UFYFYYY'],
  'unreact (thread)':                    ['UFYFYYY', 'UFYFYYY', 'UNNFNYY', 'UFYFYYY', 'UFYFYYY'],
  'react (reply)':                       ['UFYYFYY', 'UFYYFYY', 'UNNYNYY', 'UFBBFBB', 'UNNNFYY'],
  'unreact (reply)':                     ['UFYYFYY', 'UFYYFYY', 'UNNYNYY', 'UFYYFYY', 'UNNNFYY'],
  'pinThread':                           ['UFFFFYY', 'UFFFFYY', 'UNNFNYY', 'UFFFFYY', 'UFFFFYY'],
  'lockThread':                          ['UFFFFYY', 'UFFFFYY', 'UNNFNYY', 'UFFFFYY', 'UFFFFYY'],
  'unlockThread':                        ['UFFFFYY', 'UFFFFYY', 'UNNFNYY', 'UFFFFYY', 'UFFFFYY'],
  'moveThread':                          ['UFFFFYY', 'UFFFFYY', 'UNNFNYY', 'UFFFFYY', 'UFFFFYY'],
};

/** Each reading fixture has a theme of its own (so theme counts and lists isolate it). */
const THEME_OF: Record<State, string> = {
  OPEN: 'eclairage-public',
  LOCKED: 'territoire-de-la-demi-heure',
  THREAD_HIDDEN: 'financements-et-aides',
  REPLY_DELETED: 'ville-du-quart-d-heure',
  REPLY_HIDDEN: 'mutualisation-entre-collectivites',
};
const WRITE_THEME = 'dematerialisation-des-assemblees';

const ROLES: Record<Exclude<Kind, 'anonymous'>, { role: PlatformRole; verified: boolean; handle: string }> = {
  unverified: { role: 'MEMBER', verified: false, handle: 'matrice-non-verifiee' },
  member: { role: 'MEMBER', verified: true, handle: 'matrice-membre' },
  threadAuthor: { role: 'MEMBER', verified: true, handle: 'matrice-qui-demande' },
  replyAuthor: { role: 'MEMBER', verified: true, handle: 'matrice-qui-repond' },
  moderator: { role: 'MODERATOR', verified: true, handle: 'matrice-moderatrice' },
  admin: { role: 'ADMIN', verified: true, handle: 'matrice-admin' },
};

const CODES: Record<string, string> = {
  UNAUTHENTICATED: 'U',
  FORBIDDEN: 'F',
  NOT_FOUND: 'N',
  CONFLICT: 'C',
  BAD_USER_INPUT: 'B',
};

interface Fixture {
  threadId: string;
  replyId: string;
  quoteId: string | null;
}

describe('Q&A access matrix', () => {
  let t: TestApp;
  const clients = {} as Record<Kind, Client>;
  const users = {} as Record<Exclude<Kind, 'anonymous'>, TestUser>;
  let quoter: Client;
  const reading = {} as Record<State, Fixture>;

  async function ok<T>(pending: Promise<GqlResponse<T>>): Promise<T> {
    const res = await pending;
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  /** A question with a reply in the given state (see the header). */
  async function fixture(state: State, reading: boolean): Promise<Fixture> {
    const asked = await ok(
      clients.threadAuthor.gql<{ createThread: { id: string } }>(
        `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
        {
          i: {
            title: `Matrice d’accès : ${state}`,
            body: 'Une question posée pour la matrice d’accès.',
            themeSlugs: [reading ? THEME_OF[state] : WRITE_THEME],
          },
        },
      ),
    );
    const threadId = asked.createThread.id;
    const reply = (client: Client, body: string, quotedReplyId: string | null = null) =>
      ok(
        client.gql<{ createReply: { id: string } }>(
          `mutation($i: CreateReplyInput!) { createReply(input: $i) { id } }`,
          { i: { threadId, body, quotedReplyId } },
        ),
      ).then((d) => d.createReply.id);
    const replyId = await reply(clients.replyAuthor, 'Une réponse pour la matrice.');
    let quoteId: string | null = null;
    if (reading) {
      quoteId = await reply(quoter, 'Je cite la réponse.', replyId);
      await ok(
        clients.threadAuthor.gql(`mutation($i: UpdateThreadInput!) { updateThread(input: $i) { id } }`, {
          i: { threadId, body: 'Une question posée pour la matrice d’accès, précisée.' },
        }),
      );
      await ok(
        clients.replyAuthor.gql(`mutation($i: UpdateReplyInput!) { updateReply(input: $i) { id } }`, {
          i: { replyId, body: 'Une réponse pour la matrice, précisée.' },
        }),
      );
      if (state !== 'REPLY_DELETED') {
        await ok(
          clients.threadAuthor.gql(`mutation($i: AcceptReplyInput!) { acceptReply(input: $i) { id } }`, {
            i: { replyId },
          }),
        );
      }
    }
    switch (state) {
      case 'OPEN':
        break;
      case 'LOCKED':
        await ok(
          clients.moderator.gql(`mutation($i: LockThreadInput!) { lockThread(input: $i) { id } }`, {
            i: { threadId },
          }),
        );
        break;
      case 'THREAD_HIDDEN':
        await t.dataSource.query(`UPDATE thread SET hidden_at = now() WHERE id = $1`, [threadId]);
        break;
      case 'REPLY_DELETED':
        await ok(
          clients.replyAuthor.gql(`mutation($i: DeleteReplyInput!) { deleteReply(input: $i) { id } }`, {
            i: { replyId },
          }),
        );
        break;
      case 'REPLY_HIDDEN':
        await t.dataSource.query(`UPDATE reply SET hidden_at = now() WHERE id = $1`, [replyId]);
        break;
    }
    return { threadId, replyId, quoteId };
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    clients.anonymous = new Client(t);
    for (const kind of KINDS) {
      if (kind === 'anonymous') continue;
      users[kind] = await createUser(t, ROLES[kind]);
      clients[kind] = new Client(t);
      clients[kind].useCookie(await sessionCookie(t, users[kind]));
    }
    quoter = new Client(t);
    quoter.useCookie(await sessionCookie(t, await createUser(t, { handle: 'matrice-qui-cite' })));
    for (const state of STATES) reading[state] = await fixture(state, true);
  });
  afterAll(() => t.close());

  // ---------------------------------------------------------------- reading

  const THREAD = `query($id: ID!) { thread(id: $id) {
    id acceptedReply { id } participants { users { handle } }
    replies(first: 10) { edges { node { id body quotedReply { id } } } }
    revisions { totalCount edges { node { number } } }
    viewerCan { reply edit }
  } }`;
  const REPLY = `query($id: ID!) { reply(id: $id) {
    id body quotedReply { id } revisions { totalCount edges { node { number } } }
    viewerCan { edit delete react }
  } }`;
  interface ThreadData {
    thread: {
      id: string;
      acceptedReply: { id: string } | null;
      participants: { users: Array<{ handle: string }> };
      replies: { edges: Array<{ node: { id: string; body: string; quotedReply: { id: string } | null } }> };
      revisions: { totalCount: number; edges: unknown[] };
      viewerCan: { reply: boolean; edit: boolean };
    } | null;
  }
  interface ReplyData {
    reply: {
      id: string;
      body: string;
      quotedReply: { id: string } | null;
      revisions: { totalCount: number; edges: unknown[] };
      viewerCan: { edit: boolean; delete: boolean; react: boolean };
    } | null;
  }
  const thread = (c: Client, s: State) =>
    ok(c.gql<ThreadData>(THREAD, { id: reading[s].threadId })).then((d) => d.thread);
  const reply = (c: Client, id: string) => ok(c.gql<ReplyData>(REPLY, { id })).then((d) => d.reply);
  const list = (c: Client, s: State) =>
    ok(
      c.gql<{ threads: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
        `query($f: ThreadFilter) { threads(filter: $f) { totalCount edges { node { id } } } }`,
        { f: { authorHandle: ROLES.threadAuthor.handle, themeSlugs: [THEME_OF[s]] } },
      ),
    ).then((d) => d.threads);
  const nodeOf = async (c: Client, s: State, id: string | null) =>
    (await thread(c, s))?.replies.edges.find((e) => e.node.id === id)?.node ?? null;

  const READERS: Record<string, (c: Client, s: State) => Promise<boolean>> = {
    'thread(id)': async (c, s) => (await thread(c, s))?.id === reading[s].threadId,
    'threads edges': async (c, s) => (await list(c, s)).edges.some((e) => e.node.id === reading[s].threadId),
    'threads totalCount': async (c, s) => (await list(c, s)).totalCount === 1,
    'Theme.threadCount': async (c, s) =>
      (
        await ok(
          c.gql<{ theme: { threadCount: number } }>(
            `query($s: String!) { theme(slug: $s) { threadCount } }`,
            {
              s: THEME_OF[s],
            },
          ),
        )
      ).theme.threadCount === 1,
    'reply(id)': async (c, s) => (await reply(c, reading[s].replyId))?.id === reading[s].replyId,
    'reply(id) text': async (c, s) => ((await reply(c, reading[s].replyId))?.body ?? '') !== '',
    'Thread.replies': async (c, s) => (await nodeOf(c, s, reading[s].replyId)) !== null,
    'Thread.replies text': async (c, s) => ((await nodeOf(c, s, reading[s].replyId))?.body ?? '') !== '',
    'Thread.acceptedReply': async (c, s) => (await thread(c, s))?.acceptedReply?.id === reading[s].replyId,
    'Thread.participants (reply author)': async (c, s) =>
      (await thread(c, s))?.participants.users.some((u) => u.handle === ROLES.replyAuthor.handle) ?? false,
    'Reply.quotedReply (reply(id))': async (c, s) =>
      (await reply(c, reading[s].quoteId!))?.quotedReply?.id === reading[s].replyId,
    'Reply.quotedReply (Thread.replies)': async (c, s) =>
      (await nodeOf(c, s, reading[s].quoteId))?.quotedReply?.id === reading[s].replyId,
    'Thread.revisions': async (c, s) => {
      const revisions = (await thread(c, s))?.revisions;
      return revisions?.totalCount === 2 && revisions.edges.length === 2;
    },
    'Reply.revisions': async (c, s) => {
      const revisions = (await reply(c, reading[s].replyId))?.revisions;
      if (revisions && revisions.totalCount === 0) expect(revisions.edges).toEqual([]);
      return revisions?.totalCount === 2 && revisions.edges.length === 2;
    },
    'Thread.viewerCan.reply': async (c, s) => (await thread(c, s))?.viewerCan.reply ?? false,
    'Thread.viewerCan.edit': async (c, s) => (await thread(c, s))?.viewerCan.edit ?? false,
    'Reply.viewerCan.edit': async (c, s) => (await reply(c, reading[s].replyId))?.viewerCan.edit ?? false,
    'Reply.viewerCan.delete': async (c, s) => (await reply(c, reading[s].replyId))?.viewerCan.delete ?? false,
    'Reply.viewerCan.react': async (c, s) => (await reply(c, reading[s].replyId))?.viewerCan.react ?? false,
  };

  for (const [surface, byState] of Object.entries(READ)) {
    describe(surface, () => {
      for (const [column, state] of STATES.entries()) {
        it.each(KINDS.map((kind, i) => [kind, byState[column][i] === 'Y'] as const))(
          `${state} — %s sees it: %s`,
          async (kind, expected) => {
            expect(await READERS[surface](clients[kind], state)).toBe(expected);
          },
        );
      }
    });
  }

  // ---------------------------------------------------------------- writing

  /** Rows a refused write could have touched (view counts aside: they are flushed in the background). */
  async function snapshot(f: Fixture) {
    const q = (sql: string) => t.dataSource.query<Array<Record<string, unknown>>>(sql, [f.threadId]);
    const threads = await q(`SELECT * FROM thread WHERE id = $1`);
    for (const row of threads) delete row['view_count'];
    return {
      threads,
      themes: await q(`SELECT theme_id FROM thread_theme WHERE thread_id = $1 ORDER BY theme_id`),
      replies: await q(`SELECT * FROM reply WHERE thread_id = $1 ORDER BY id`),
      threadRevisions: await q(`SELECT * FROM thread_revision WHERE thread_id = $1 ORDER BY number`),
      replyRevisions: await q(
        `SELECT v.* FROM reply_revision v JOIN reply r ON r.id = v.reply_id WHERE r.thread_id = $1 ORDER BY v.id`,
      ),
      threadReactions: await q(`SELECT * FROM thread_reaction WHERE thread_id = $1 ORDER BY user_id, kind`),
      replyReactions: await q(
        `SELECT x.* FROM reply_reaction x JOIN reply r ON r.id = x.reply_id WHERE r.thread_id = $1
         ORDER BY x.user_id, x.kind`,
      ),
    };
  }

  /** The viewer's USEFUL reaction, put in place by SQL so that there is one to remove. */
  async function reactedBefore(kind: Kind, target: 'thread' | 'reply', id: string): Promise<void> {
    if (kind === 'anonymous') return;
    await t.dataSource.query(
      `INSERT INTO ${target}_reaction (${target}_id, user_id, kind) VALUES ($1, $2, 'USEFUL')`,
      [id, users[kind].id],
    );
    await t.dataSource.query(`UPDATE ${target} SET useful_count = useful_count + 1 WHERE id = $1`, [id]);
  }

  const mutation = (name: string, input: string) =>
    `mutation($i: ${input}!) { ${name}(input: $i) { __typename } }`;
  /** What a write needs in place beforehand (part of the state a refusal must leave as it was). */
  const PREPARE: Record<string, (f: Fixture, kind: Kind) => Promise<void>> = {
    'unreact (thread)': (f, kind) => reactedBefore(kind, 'thread', f.threadId),
    'unreact (reply)': (f, kind) => reactedBefore(kind, 'reply', f.replyId),
  };
  const WRITERS: Record<string, (c: Client, f: Fixture) => Promise<GqlResponse<unknown>>> = {
    createReply: (c, f) =>
      c.gql(mutation('createReply', 'CreateReplyInput'), {
        i: { threadId: f.threadId, body: 'Encore une réponse.' },
      }),
    updateThread: (c, f) =>
      c.gql(mutation('updateThread', 'UpdateThreadInput'), {
        i: { threadId: f.threadId, body: 'Une question reformulée pour la matrice.' },
      }),
    updateReply: (c, f) =>
      c.gql(mutation('updateReply', 'UpdateReplyInput'), {
        i: { replyId: f.replyId, body: 'Une réponse reformulée.' },
      }),
    deleteReply: (c, f) => c.gql(mutation('deleteReply', 'DeleteReplyInput'), { i: { replyId: f.replyId } }),
    acceptReply: (c, f) => c.gql(mutation('acceptReply', 'AcceptReplyInput'), { i: { replyId: f.replyId } }),
    'react (thread)': (c, f) =>
      c.gql(mutation('react', 'ReactInput'), { i: { targetId: f.threadId, kind: 'USEFUL' } }),
    'unreact (thread)': (c, f) =>
      c.gql(mutation('unreact', 'UnreactInput'), { i: { targetId: f.threadId, kind: 'USEFUL' } }),
    'react (reply)': (c, f) =>
      c.gql(mutation('react', 'ReactInput'), { i: { targetId: f.replyId, kind: 'USEFUL' } }),
    'unreact (reply)': (c, f) =>
      c.gql(mutation('unreact', 'UnreactInput'), { i: { targetId: f.replyId, kind: 'USEFUL' } }),
    pinThread: (c, f) => c.gql(mutation('pinThread', 'PinThreadInput'), { i: { threadId: f.threadId } }),
    lockThread: (c, f) => c.gql(mutation('lockThread', 'LockThreadInput'), { i: { threadId: f.threadId } }),
    unlockThread: (c, f) =>
      c.gql(mutation('unlockThread', 'UnlockThreadInput'), { i: { threadId: f.threadId } }),
    moveThread: (c, f) =>
      c.gql(mutation('moveThread', 'MoveThreadInput'), {
        i: { threadId: f.threadId, themeSlugs: ['eclairage-public'] },
      }),
  };

  for (const [surface, byState] of Object.entries(WRITE)) {
    describe(surface, () => {
      for (const [column, state] of STATES.entries()) {
        it.each(KINDS.map((kind, i) => [kind, byState[column][i]] as const))(
          `${state} — %s: %s`,
          async (kind, expected) => {
            const f = await fixture(state, false);
            await PREPARE[surface]?.(f, kind);
            const before = await snapshot(f);
            const res = await WRITERS[surface](clients[kind], f);
            const code = String(errorCodes(res)[0]);
            const outcome = res.errors ? (CODES[code] ?? code) : 'Y';
            expect(outcome).toBe(expected);
            if (outcome === 'Y') expect(await snapshot(f)).not.toEqual(before);
            else expect(await snapshot(f)).toEqual(before);
          },
        );
      }
    });
  }
});
