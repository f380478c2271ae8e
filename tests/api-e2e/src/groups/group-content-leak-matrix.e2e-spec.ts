import { randomUUID } from 'node:crypto';
import { errorCodes, type GqlResponse } from '@pairs/platform-testing';
import { ThemesSeeder } from '@pairs/knowledge';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie, type TestUser } from '../support/identity.js';

/**
 * Leak matrix of private groups (issue 6): viewer kind × surface, for content living in a PRIVATE
 * group — a thread T, its reply R, a published case study CS and a draft case study D — with the
 * expected outcome written per cell. Columns, in order:
 *
 *   anonymous · outsider (member of the platform, not of the group) · PENDING requester · INVITED ·
 *   REJECTED · BANNED · ACTIVE member · facilitator · admin of another organisation · platform moderator
 *
 * The content is written by two other active members (the author and a replier), so that no viewer
 * holds an author's rights. CS was published in the commons, asked about there (public thread P),
 * then moved into the group by a moderator; T is a question about CS asked in the group.
 *
 * Reading cells: 'Y' = sees it, '-' = does not (exactly as for an id that does not exist). Writing
 * cells: 'Y' = done, else the error code: U = UNAUTHENTICATED, F = FORBIDDEN, N = NOT_FOUND; a
 * refused write changes nothing. Documented in docs/security/access-matrix.md.
 */
const KINDS = [
  'anonymous',
  'outsider',
  'pending',
  'invited',
  'rejected',
  'banned',
  'member',
  'facilitator',
  'otherOrgAdmin',
  'moderator',
] as const;
type Kind = (typeof KINDS)[number];

// prettier-ignore
const READ: Record<string, string> = {
  //                                                AOPIRBMFXZ
  'thread(id) T':                                  '------YY-Y',
  'threads edges (theme)':                         '------YY-Y',
  'threads totalCount (theme)':                    '------YY-Y',
  'threads (groupSlug)':                           '------YY-Y',
  "threads (authorHandle: the author's activity)": '------YY-Y',
  'threads (caseStudyId)':                         '------YY-Y',
  'Theme.threadCount':                             '------YY-Y',
  'Thread.revisions':                              '------YY-Y',
  'Thread.reactions':                              '------YY-Y',
  'reply(id) R':                                   '------YY-Y',
  'reply(id).thread':                              '------YY-Y',
  'Reply.revisions':                               '------YY-Y',
  'Reply.reactions':                               '------YY-Y',
  'Thread.replies':                                '------YY-Y',
  'Thread.acceptedReply':                          '------YY-Y',
  'caseStudy(slug) CS':                            '------YY-Y',
  'caseStudies edges (theme)':                     '------YY-Y',
  'caseStudies totalCount (theme)':                '------YY-Y',
  'caseStudies facets (theme count)':              '------YY-Y',
  'caseStudies (groupSlug)':                       '------YY-Y',
  "caseStudies (authorHandle: the author's activity)": '------YY-Y',
  'similarCaseStudies (of a public sibling)':      '------YY-Y',
  'similarCaseStudies (of CS itself)':             '------YY-Y',
  'Theme.caseStudyCount':                          '------YY-Y',
  'caseStudyRevisions(id) CS':                     '------YY-Y',
  // Its first revision is the published version: public history, for those who read CS.
  'caseStudyRevision(id, 1) CS':                   '------YY-Y',
  'thread(id) P (public) .caseStudy':              '------YY-Y',
  'caseStudy(slug) D (draft)':                     '---------Y',
  'caseStudies (DRAFT, authorHandle) D':           '---------Y',
  'caseStudyRevisions(id) D':                      '---------Y',
  // The group itself is listed to everyone; its content and members are not.
  'groups edges (the group is listed)':            'YYYYYYYYYY',
  'group(slug) (name, memberCount)':               'YYYYYYYYYY',
  'Group.threads':                                 '------YY-Y',
  'Group.caseStudies':                             '------YY-Y',
  'Group.members (ACTIVE)':                        '------YY-Y',
  'Group.viewerCan.readContent':                   '------YY-Y',
  'Thread.group (of T)':                           '------YY-Y',
};

// Each on the writing fixture (thread W, reply WR), in this order; cells in the order of KINDS.
// prettier-ignore
const WRITE: Array<[string, string]> = [
  //                                                AOPIRBMFXZ
  ['createThread (groupId)',                       'UFFFFFYYFF'],
  ['createCaseStudy (groupId)',                    'UFFFFFYYFF'],
  ['createReply',                                  'UNNNNNYYNY'],
  ['react (thread)',                               'UNNNNNYYNF'],
  ['react (reply)',                                'UNNNNNYYNF'],
  ['pinThread',                                    'UNNNNNFYNY'],
  ['lockThread',                                   'UNNNNNFYNY'],
  ['unlockThread',                                 'UNNNNNFYNY'],
  // Last: the moderator's move publishes W.
  ['moveThreadToGroup (to the commons)',           'UNNNNNFFNY'],
];

const CODES: Record<string, string> = {
  UNAUTHENTICATED: 'U',
  FORBIDDEN: 'F',
  NOT_FOUND: 'N',
  CONFLICT: 'C',
  BAD_USER_INPUT: 'B',
};

const THEME = 'mutualisation-entre-collectivites';
const PUBLIC_THEME = 'financements-et-aides';
const MEMBERSHIP: Partial<Record<Kind, [status: string, role: string]>> = {
  pending: ['PENDING', 'MEMBER'],
  invited: ['INVITED', 'MEMBER'],
  rejected: ['REJECTED', 'MEMBER'],
  banned: ['BANNED', 'MEMBER'],
  member: ['ACTIVE', 'MEMBER'],
  facilitator: ['ACTIVE', 'FACILITATOR'],
};

const CASE_STUDY = {
  summary: 'Un résumé pour la matrice des groupes.',
  body: 'Ce que nous avons fait, en détail.',
  territoryCode: '83050',
  themeSlugs: [THEME],
};

describe('private groups: leak matrix', () => {
  let t: TestApp;
  const clients = {} as Record<Kind, Client>;
  const users = {} as Record<Exclude<Kind, 'anonymous'>, TestUser>;
  let author: Client;
  let authorUser: TestUser;
  let replier: Client;
  let groupId: string;
  const ids = {} as Record<'T' | 'R' | 'P' | 'W' | 'WR' | 'CS' | 'PUB' | 'D', string>;
  const slugs = {} as Record<'CS' | 'PUB' | 'D', string>;
  const GROUP_SLUG = 'matrice-groupe-prive';

  async function ok<T>(pending: Promise<GqlResponse<T>>): Promise<T> {
    const res = await pending;
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  const createThread = (c: Client, i: Record<string, unknown>) =>
    c.gql<{ createThread: { id: string } }>(
      `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
      {
        i: { body: 'Une question posée pour la matrice des groupes.', themeSlugs: [THEME], ...i },
      },
    );
  const createReply = (c: Client, threadId: string, body = 'Une réponse dans le groupe.') =>
    c.gql<{ createReply: { id: string } }>(
      `mutation($i: CreateReplyInput!) { createReply(input: $i) { id } }`,
      {
        i: { threadId, body },
      },
    );
  const createCaseStudy = (c: Client, i: Record<string, unknown>) =>
    c.gql<{ createCaseStudy: { id: string; slug: string } }>(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id slug } }`,
      { i: { ...CASE_STUDY, ...i } },
    );
  async function publish(id: string) {
    await ok(
      author.gql(`mutation($i: SubmitCaseStudyInput!) { submitCaseStudy(input: $i) { id } }`, { i: { id } }),
    );
    await ok(
      clients.moderator.gql(`mutation($i: PublishCaseStudyInput!) { publishCaseStudy(input: $i) { id } }`, {
        i: { id },
      }),
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    clients.anonymous = new Client(t);
    for (const kind of KINDS) {
      if (kind === 'anonymous') continue;
      users[kind] = await createUser(t, {
        role: kind === 'moderator' ? 'MODERATOR' : 'MEMBER',
        handle: `matrice-${kind.toLowerCase()}`,
      });
      clients[kind] = new Client(t);
      clients[kind].useCookie(await sessionCookie(t, users[kind]));
    }
    authorUser = await createUser(t, { handle: 'matrice-autrice' });
    author = new Client(t);
    author.useCookie(await sessionCookie(t, authorUser));
    const replierUser = await createUser(t, { handle: 'matrice-repondant' });
    replier = new Client(t);
    replier.useCookie(await sessionCookie(t, replierUser));

    // The organisations, the group and its memberships, written directly: this file tests what
    // content the states give access to, the membership transitions are tested elsewhere.
    const [org] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO organization (slug, name, kind, search_text) VALUES ('hub-matrice', 'Hub matrice', 'HUB_TERRITORIAL', 'hub matrice') RETURNING id`,
    );
    const [other] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO organization (slug, name, kind, search_text) VALUES ('autre-matrice', 'Autre matrice', 'AGENCE_ETAT', 'autre matrice') RETURNING id`,
    );
    await t.dataSource.query(
      `INSERT INTO organization_member (organization_id, user_id, role) VALUES ($1, $2, 'ADMIN')`,
      [other.id, users.otherOrgAdmin.id],
    );
    const [group] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO peer_group (slug, name, organization_id, visibility, join_policy, member_count)
       VALUES ($1, 'Groupe privé de la matrice', $2, 'PRIVATE', 'REQUEST', 4) RETURNING id`,
      [GROUP_SLUG, org.id],
    );
    groupId = group.id;
    const members: Array<[string, string, string]> = [
      [authorUser.id, 'ACTIVE', 'MEMBER'],
      [replierUser.id, 'ACTIVE', 'MEMBER'],
      ...Object.entries(MEMBERSHIP).map(
        ([kind, [status, role]]) =>
          [users[kind as Exclude<Kind, 'anonymous'>].id, status, role] as [string, string, string],
      ),
    ];
    for (const [userId, status, role] of members) {
      await t.dataSource.query(
        `INSERT INTO group_membership (group_id, user_id, status, role) VALUES ($1, $2, $3, $4)`,
        [groupId, userId, status, role],
      );
    }

    // CS: published in the commons, asked about publicly (P), then moved into the group.
    const cs = (await ok(createCaseStudy(author, { title: 'Matrice : retour d’expérience du groupe' })))
      .createCaseStudy;
    await publish(cs.id);
    ids.CS = cs.id;
    slugs.CS = cs.slug;
    ids.P = (
      await ok(
        createThread(author, {
          title: 'Question publique sur le retour',
          caseStudyId: cs.id,
          themeSlugs: [PUBLIC_THEME],
        }),
      )
    ).createThread.id;
    await ok(
      clients.moderator.gql(
        `mutation($i: MoveCaseStudyToGroupInput!) { moveCaseStudyToGroup(input: $i) { id } }`,
        {
          i: { caseStudyId: cs.id, groupId },
        },
      ),
    );
    // PUB: a public sibling sharing the theme (similar case studies).
    const pub = (await ok(createCaseStudy(author, { title: 'Matrice : retour public voisin' })))
      .createCaseStudy;
    await publish(pub.id);
    ids.PUB = pub.id;
    slugs.PUB = pub.slug;
    // D: a draft in the group.
    const d = (await ok(createCaseStudy(author, { title: 'Matrice : brouillon du groupe', groupId })))
      .createCaseStudy;
    ids.D = d.id;
    slugs.D = d.slug;

    // T: a question about CS in the group (it lives there), edited once, with an accepted reply R.
    ids.T = (
      await ok(createThread(author, { title: 'Question privée du groupe', caseStudyId: cs.id, groupId }))
    ).createThread.id;
    await ok(
      author.gql(`mutation($i: UpdateThreadInput!) { updateThread(input: $i) { id } }`, {
        i: { threadId: ids.T, body: 'Une question posée pour la matrice des groupes, précisée.' },
      }),
    );
    ids.R = (await ok(createReply(replier, ids.T))).createReply.id;
    await ok(
      replier.gql(`mutation($i: UpdateReplyInput!) { updateReply(input: $i) { id } }`, {
        i: { replyId: ids.R, body: 'Une réponse dans le groupe, précisée.' },
      }),
    );
    await ok(
      author.gql(`mutation($i: AcceptReplyInput!) { acceptReply(input: $i) { id } }`, {
        i: { replyId: ids.R },
      }),
    );
    await ok(
      replier.gql(`mutation($i: ReactInput!) { react(input: $i) { useful } }`, {
        i: { targetId: ids.T, kind: 'USEFUL' },
      }),
    );
    await ok(
      author.gql(`mutation($i: ReactInput!) { react(input: $i) { useful } }`, {
        i: { targetId: ids.R, kind: 'USEFUL' },
      }),
    );

    // W and WR: the writing fixture.
    ids.W = (
      await ok(createThread(author, { title: 'Question du groupe pour écrire', groupId }))
    ).createThread.id;
    ids.WR = (await ok(createReply(replier, ids.W))).createReply.id;
  });
  afterAll(() => t.close());

  // ---------------------------------------------------------------- reading

  const data = async <T>(c: Client, query: string, variables?: Record<string, unknown>) =>
    ok(c.gql<T>(query, variables));
  const threadOf = (c: Client, id: string) =>
    data<{
      thread: null | {
        id: string;
        revisions: { totalCount: number };
        reactions: { useful: number };
        replies: { edges: Array<{ node: { id: string } }> };
        acceptedReply: { id: string } | null;
        caseStudy: { id: string } | null;
        group: { slug: string } | null;
      };
    }>(
      c,
      `query($id: ID!) { thread(id: $id) { id revisions { totalCount } reactions { useful }
         replies(first: 10) { edges { node { id } } } acceptedReply { id } caseStudy { id } group { slug } } }`,
      { id },
    ).then((d) => d.thread);
  const replyOf = (c: Client, id: string) =>
    data<{
      reply: null | {
        id: string;
        thread: { id: string } | null;
        revisions: { totalCount: number };
        reactions: { useful: number };
      };
    }>(
      c,
      `query($id: ID!) { reply(id: $id) { id thread { id } revisions { totalCount } reactions { useful } } }`,
      { id },
    ).then((d) => d.reply);
  const threads = (c: Client, filter: Record<string, unknown>) =>
    data<{ threads: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      c,
      `query($f: ThreadFilter) { threads(filter: $f, first: 100) { totalCount edges { node { id } } } }`,
      { f: filter },
    ).then((d) => d.threads);
  const caseStudies = (c: Client, filter: Record<string, unknown>) =>
    data<{
      caseStudies: {
        totalCount: number;
        edges: Array<{ node: { id: string } }>;
        facets: { themes: Array<{ theme: { slug: string }; count: number }> };
      };
    }>(
      c,
      `query($f: CaseStudyFilter) { caseStudies(filter: $f, first: 100) { totalCount edges { node { id } }
         facets { themes { theme { slug } count } } } }`,
      { f: filter },
    ).then((d) => d.caseStudies);
  const theme = (c: Client) =>
    data<{ theme: { threadCount: number; caseStudyCount: number } }>(
      c,
      `query($s: String!) { theme(slug: $s) { threadCount caseStudyCount } }`,
      { s: THEME },
    ).then((d) => d.theme);
  const caseStudy = (c: Client, slug: string) =>
    data<{ caseStudy: { id: string } | null }>(c, `query($s: String!) { caseStudy(slug: $s) { id } }`, {
      s: slug,
    }).then((d) => d.caseStudy);
  const revisions = async (c: Client, id: string) => {
    const res = await c.gql<{ caseStudyRevisions: { totalCount: number } }>(
      `query($id: ID!) { caseStudyRevisions(id: $id) { totalCount } }`,
      { id },
    );
    if (res.errors) {
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      return false;
    }
    return (res.data?.caseStudyRevisions.totalCount ?? 0) > 0;
  };
  const has = (edges: Array<{ node: { id: string } }>, id: string) => edges.some((e) => e.node.id === id);
  const groupOf = (c: Client) =>
    data<{
      group: null | {
        name: string;
        memberCount: number;
        viewerCan: { readContent: boolean };
        threads: { edges: Array<{ node: { id: string } }> };
        caseStudies: { edges: Array<{ node: { id: string } }> };
        members: { totalCount: number };
      };
    }>(
      c,
      `query($s: String!) { group(slug: $s) { name memberCount viewerCan { readContent }
         threads(first: 50) { edges { node { id } } } caseStudies(first: 50) { edges { node { id } } }
         members(first: 50) { totalCount } } }`,
      { s: GROUP_SLUG },
    ).then((d) => d.group);

  const READERS: Record<string, (c: Client) => Promise<boolean>> = {
    'thread(id) T': async (c) => (await threadOf(c, ids.T))?.id === ids.T,
    'threads edges (theme)': async (c) => has((await threads(c, { themeSlugs: [THEME] })).edges, ids.T),
    // T and W are the only threads with this theme.
    'threads totalCount (theme)': async (c) => (await threads(c, { themeSlugs: [THEME] })).totalCount === 2,
    'threads (groupSlug)': async (c) => has((await threads(c, { groupSlug: GROUP_SLUG })).edges, ids.T),
    "threads (authorHandle: the author's activity)": async (c) =>
      has((await threads(c, { authorHandle: authorUser.handle })).edges, ids.T),
    'threads (caseStudyId)': async (c) => has((await threads(c, { caseStudyId: ids.CS })).edges, ids.T),
    'Theme.threadCount': async (c) => (await theme(c)).threadCount === 2,
    'Thread.revisions': async (c) => (await threadOf(c, ids.T))?.revisions.totalCount === 2,
    'Thread.reactions': async (c) => (await threadOf(c, ids.T))?.reactions.useful === 1,
    'reply(id) R': async (c) => (await replyOf(c, ids.R))?.id === ids.R,
    'reply(id).thread': async (c) => (await replyOf(c, ids.R))?.thread?.id === ids.T,
    'Reply.revisions': async (c) => (await replyOf(c, ids.R))?.revisions.totalCount === 2,
    'Reply.reactions': async (c) => (await replyOf(c, ids.R))?.reactions.useful === 1,
    'Thread.replies': async (c) => has((await threadOf(c, ids.T))?.replies.edges ?? [], ids.R),
    'Thread.acceptedReply': async (c) => (await threadOf(c, ids.T))?.acceptedReply?.id === ids.R,
    'caseStudy(slug) CS': async (c) => (await caseStudy(c, slugs.CS))?.id === ids.CS,
    'caseStudies edges (theme)': async (c) =>
      has((await caseStudies(c, { themeSlugs: [THEME] })).edges, ids.CS),
    // CS and PUB are the only published case studies with this theme.
    'caseStudies totalCount (theme)': async (c) =>
      (await caseStudies(c, { themeSlugs: [THEME] })).totalCount === 2,
    'caseStudies facets (theme count)': async (c) =>
      (await caseStudies(c, { themeSlugs: [THEME] })).facets.themes.find((f) => f.theme.slug === THEME)
        ?.count === 2,
    'caseStudies (groupSlug)': async (c) =>
      has((await caseStudies(c, { groupSlug: GROUP_SLUG })).edges, ids.CS),
    "caseStudies (authorHandle: the author's activity)": async (c) =>
      has((await caseStudies(c, { authorHandle: authorUser.handle })).edges, ids.CS),
    'similarCaseStudies (of a public sibling)': async (c) =>
      (
        await data<{ similarCaseStudies: Array<{ id: string }> }>(
          c,
          `query($s: String!) { similarCaseStudies(slug: $s, first: 20) { id } }`,
          { s: slugs.PUB },
        )
      ).similarCaseStudies.some((cs) => cs.id === ids.CS),
    // Outsiders get what a slug that does not exist gives: an empty list.
    'similarCaseStudies (of CS itself)': async (c) =>
      (
        await data<{ similarCaseStudies: Array<{ id: string }> }>(
          c,
          `query($s: String!) { similarCaseStudies(slug: $s, first: 20) { id } }`,
          { s: slugs.CS },
        )
      ).similarCaseStudies.some((cs) => cs.id === ids.PUB),
    'Theme.caseStudyCount': async (c) => (await theme(c)).caseStudyCount === 2,
    'caseStudyRevisions(id) CS': (c) => revisions(c, ids.CS),
    'caseStudyRevision(id, 1) CS': async (c) =>
      (
        await data<{ caseStudyRevision: { number: number } | null }>(
          c,
          `query($id: ID!) { caseStudyRevision(id: $id, number: 1) { number } }`,
          { id: ids.CS },
        )
      ).caseStudyRevision?.number === 1,
    'thread(id) P (public) .caseStudy': async (c) => {
      const p = await threadOf(c, ids.P);
      expect(p?.id).toBe(ids.P); // the public thread itself stays readable by everyone
      return p?.caseStudy?.id === ids.CS;
    },
    'caseStudy(slug) D (draft)': async (c) => (await caseStudy(c, slugs.D))?.id === ids.D,
    'caseStudies (DRAFT, authorHandle) D': async (c) =>
      has((await caseStudies(c, { status: 'DRAFT', authorHandle: authorUser.handle })).edges, ids.D),
    'caseStudyRevisions(id) D': (c) => revisions(c, ids.D),
    'groups edges (the group is listed)': async (c) =>
      (
        await data<{ groups: { edges: Array<{ node: { slug: string } }> } }>(
          c,
          `{ groups(first: 100) { edges { node { slug } } } }`,
        )
      ).groups.edges.some((e) => e.node.slug === GROUP_SLUG),
    'group(slug) (name, memberCount)': async (c) => {
      const g = (await groupOf(c))!;
      return g.name === 'Groupe privé de la matrice' && g.memberCount === 4;
    },
    'Group.threads': async (c) => has((await groupOf(c))!.threads.edges, ids.T),
    'Group.caseStudies': async (c) => has((await groupOf(c))!.caseStudies.edges, ids.CS),
    'Group.members (ACTIVE)': async (c) => (await groupOf(c))!.members.totalCount > 0,
    'Group.viewerCan.readContent': async (c) => (await groupOf(c))!.viewerCan.readContent,
    'Thread.group (of T)': async (c) => (await threadOf(c, ids.T))?.group?.slug === GROUP_SLUG,
  };

  it('has a reader for every row and a row for every reader', () => {
    expect(Object.keys(READERS).sort()).toEqual(Object.keys(READ).sort());
  });

  describe.each(Object.entries(READ))('%s', (surface, cells) => {
    it.each(KINDS.map((kind, i) => [kind, cells[i] === 'Y'] as const))('%s → %s', async (kind, expected) => {
      expect(await READERS[surface](clients[kind])).toBe(expected);
    });
  });

  it('answers an outsider exactly as for ids that do not exist', async () => {
    const outsider = clients.outsider;
    const missing = randomUUID();
    expect(await threadOf(outsider, ids.T)).toBeNull();
    expect(await replyOf(outsider, ids.R)).toBeNull();
    const asPrivate = await createReply(outsider, ids.T);
    const asMissing = await createReply(outsider, missing);
    expect(asPrivate.errors?.[0]?.message).toBe(asMissing.errors?.[0]?.message);
    expect(errorCodes(asPrivate)).toEqual(errorCodes(asMissing));
    const reactPrivate = await outsider.gql(`mutation($i: ReactInput!) { react(input: $i) { useful } }`, {
      i: { targetId: ids.R, kind: 'THANKS' },
    });
    const reactMissing = await outsider.gql(`mutation($i: ReactInput!) { react(input: $i) { useful } }`, {
      i: { targetId: missing, kind: 'THANKS' },
    });
    expect(reactPrivate.errors?.[0]?.message).toBe(reactMissing.errors?.[0]?.message);
    const revPrivate = await outsider.gql(`query($id: ID!) { caseStudyRevisions(id: $id) { totalCount } }`, {
      id: ids.CS,
    });
    const revMissing = await outsider.gql(`query($id: ID!) { caseStudyRevisions(id: $id) { totalCount } }`, {
      id: missing,
    });
    expect(revPrivate.errors?.[0]?.message).toBe(revMissing.errors?.[0]?.message);
  });

  // ---------------------------------------------------------------- writing

  const snapshot = async () =>
    JSON.stringify(
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM thread) AS threads, (SELECT count(*) FROM reply) AS replies,
                (SELECT count(*) FROM case_study) AS case_studies,
                (SELECT count(*) FROM thread_reaction) AS thread_reactions,
                (SELECT count(*) FROM reply_reaction) AS reply_reactions,
                (SELECT row(pinned, locked, group_id) FROM thread WHERE id = $1)::text AS w`,
        [ids.W],
      ),
    );

  const WRITERS: Record<string, (c: Client, kind: Kind) => Promise<GqlResponse<unknown>>> = {
    'createThread (groupId)': (c, kind) =>
      createThread(c, { title: `Question de ${kind} dans le groupe`, groupId }),
    'createCaseStudy (groupId)': (c, kind) =>
      createCaseStudy(c, { title: `Retour de ${kind} dans le groupe`, groupId }),
    createReply: (c) => createReply(c, ids.W),
    'react (thread)': (c) =>
      c.gql(`mutation($i: ReactInput!) { react(input: $i) { useful } }`, {
        i: { targetId: ids.W, kind: 'USEFUL' },
      }),
    'react (reply)': (c) =>
      c.gql(`mutation($i: ReactInput!) { react(input: $i) { useful } }`, {
        i: { targetId: ids.WR, kind: 'USEFUL' },
      }),
    pinThread: (c) =>
      c.gql(`mutation($i: PinThreadInput!) { pinThread(input: $i) { id } }`, { i: { threadId: ids.W } }),
    lockThread: (c) =>
      c.gql(`mutation($i: LockThreadInput!) { lockThread(input: $i) { id } }`, { i: { threadId: ids.W } }),
    unlockThread: (c) =>
      c.gql(`mutation($i: UnlockThreadInput!) { unlockThread(input: $i) { id } }`, {
        i: { threadId: ids.W },
      }),
    'moveThreadToGroup (to the commons)': (c) =>
      c.gql(`mutation($i: MoveThreadToGroupInput!) { moveThreadToGroup(input: $i) { id } }`, {
        i: { threadId: ids.W, groupId: null },
      }),
  };

  it('has a writer for every row', () => {
    expect(Object.keys(WRITERS).sort()).toEqual(WRITE.map(([name]) => name).sort());
  });

  // In order: each row runs for every kind before the next row.
  describe.each(WRITE)('%s', (surface, cells) => {
    it.each(KINDS.map((kind, i) => [kind, cells[i]] as const))('%s → %s', async (kind, expected) => {
      const before = await snapshot();
      const res = await WRITERS[surface](clients[kind], kind);
      const code = String(errorCodes(res)[0]);
      const got = res.errors ? (CODES[code] ?? code) : 'Y';
      expect(got).toBe(expected);
      if (got !== 'Y') expect(await snapshot()).toBe(before);
    });
  });
});
