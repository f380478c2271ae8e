import type { Actor, Viewer } from '../auth/viewer.js';
import { accessPolicy } from './access-policy.js';
import {
  caseStudyAccess,
  caseStudyReadableSql,
  replyAccess,
  replyReadableSql,
  threadAccess,
  threadReadableSql,
  type CaseStudyAccessFacts,
  type ReplyAccessFacts,
  type ThreadAccessFacts,
} from './content-access.js';
import type { SqlParam } from './sql-params.js';

const SELF = 'u-self';
const viewers: Record<string, Viewer> = {
  anonymous: null,
  unverified: { id: SELF, role: 'MEMBER', emailVerified: false },
  member: { id: SELF, role: 'MEMBER', emailVerified: true },
  otherMember: { id: 'u-other', role: 'MEMBER', emailVerified: true } satisfies Actor,
  moderator: { id: 'u-mod', role: 'MODERATOR', emailVerified: true },
  admin: { id: 'u-admin', role: 'ADMIN', emailVerified: true },
};

type Row = [rule: string, check: (v: Viewer) => boolean, expected: Record<keyof typeof viewers, boolean>];

/** Verdicts shared by the discussion rows. */
const ALL = {
  anonymous: true,
  unverified: true,
  member: true,
  otherMember: true,
  moderator: true,
  admin: true,
};
const NONE = {
  anonymous: false,
  unverified: false,
  member: false,
  otherMember: false,
  moderator: false,
  admin: false,
};
const MODERATORS = { ...NONE, moderator: true, admin: true };
const VERIFIED = { ...NONE, member: true, otherMember: true, moderator: true, admin: true };

/** The access matrix of identity operations; later issues add their rows. */
const matrix: Row[] = [
  [
    'publish',
    accessPolicy.canPublish,
    { anonymous: false, unverified: false, member: true, otherMember: true, moderator: true, admin: true },
  ],
  [
    'see email of SELF',
    (v) => accessPolicy.canSeeEmail(v, SELF),
    { anonymous: false, unverified: true, member: true, otherMember: false, moderator: false, admin: true },
  ],
  [
    'edit profile of SELF',
    (v) => accessPolicy.canEditProfile(v, SELF),
    { anonymous: false, unverified: true, member: true, otherMember: false, moderator: false, admin: false },
  ],
  [
    'set a user role',
    accessPolicy.canSetUserRole,
    { anonymous: false, unverified: false, member: false, otherMember: false, moderator: false, admin: true },
  ],
  [
    'verify a mandate',
    accessPolicy.canVerifyMandate,
    { anonymous: false, unverified: false, member: false, otherMember: false, moderator: true, admin: true },
  ],
  [
    'manage a session of SELF',
    (v) => accessPolicy.canManageSession(v, SELF),
    { anonymous: false, unverified: true, member: true, otherMember: false, moderator: false, admin: false },
  ],
  [
    'export own data',
    accessPolicy.canExportOwnData,
    { anonymous: false, unverified: true, member: true, otherMember: true, moderator: true, admin: true },
  ],
  [
    'delete own account',
    accessPolicy.canDeleteOwnAccount,
    { anonymous: false, unverified: true, member: true, otherMember: true, moderator: true, admin: true },
  ],
  [
    'manage themes',
    accessPolicy.canManageThemes,
    { anonymous: false, unverified: false, member: false, otherMember: false, moderator: true, admin: true },
  ],
  ...caseStudyRows(),
  ...threadRows(),
  ...replyRows(),
];

/** A case study owned by SELF in each state; otherMember is a stranger to it. */
function caseStudyRows(): Row[] {
  const all = {
    anonymous: true,
    unverified: true,
    member: true,
    otherMember: true,
    moderator: true,
    admin: true,
  };
  const none = {
    anonymous: false,
    unverified: false,
    member: false,
    otherMember: false,
    moderator: false,
    admin: false,
  };
  const authorsAndModerators = { ...none, unverified: true, member: true, moderator: true, admin: true };
  const verifiedAuthorsAndModerators = { ...none, member: true, moderator: true, admin: true };
  const moderators = { ...none, moderator: true, admin: true };
  const item = (status: CaseStudyAccessFacts['status']): CaseStudyAccessFacts => ({
    status,
    authorIds: [SELF],
    ownerId: SELF,
    group: null,
  });
  return [
    ['read a DRAFT case study', (v) => caseStudyAccess.canRead(v, item('DRAFT')), authorsAndModerators],
    [
      'see the working notes of a PUBLISHED case study',
      (v) => caseStudyAccess.canSeeWorkingNotes(v, item('PUBLISHED')),
      authorsAndModerators,
    ],
    [
      'read an IN_REVIEW case study',
      (v) => caseStudyAccess.canRead(v, item('IN_REVIEW')),
      authorsAndModerators,
    ],
    ['read a PUBLISHED case study', (v) => caseStudyAccess.canRead(v, item('PUBLISHED')), all],
    ['read an ARCHIVED case study', (v) => caseStudyAccess.canRead(v, item('ARCHIVED')), all],
    ['read a HIDDEN case study', (v) => caseStudyAccess.canRead(v, item('HIDDEN')), authorsAndModerators],
    ['create a case study', caseStudyAccess.canCreate, { ...all, anonymous: false, unverified: false }],
    [
      'edit a DRAFT case study',
      (v) => caseStudyAccess.canEdit(v, item('DRAFT')),
      verifiedAuthorsAndModerators,
    ],
    [
      'edit a PUBLISHED case study',
      (v) => caseStudyAccess.canEdit(v, item('PUBLISHED')),
      verifiedAuthorsAndModerators,
    ],
    ['edit an ARCHIVED case study', (v) => caseStudyAccess.canEdit(v, item('ARCHIVED')), none],
    ['edit a HIDDEN case study', (v) => caseStudyAccess.canEdit(v, item('HIDDEN')), none],
    [
      'submit a DRAFT case study',
      (v) => caseStudyAccess.canSubmit(v, item('DRAFT')),
      { ...none, member: true },
    ],
    ['submit a PUBLISHED case study', (v) => caseStudyAccess.canSubmit(v, item('PUBLISHED')), none],
    ['review an IN_REVIEW case study', (v) => caseStudyAccess.canReview(v, item('IN_REVIEW')), moderators],
    ['review a DRAFT case study', (v) => caseStudyAccess.canReview(v, item('DRAFT')), none],
    [
      'archive a PUBLISHED case study',
      (v) => caseStudyAccess.canArchive(v, item('PUBLISHED')),
      authorsAndModerators,
    ],
    ['archive a DRAFT case study', (v) => caseStudyAccess.canArchive(v, item('DRAFT')), none],
    [
      'manage co-authors of a DRAFT',
      (v) => caseStudyAccess.canManageAuthors(v, item('DRAFT')),
      verifiedAuthorsAndModerators,
    ],
    [
      'read a pre-publication revision of a PUBLISHED case study',
      (v) => caseStudyAccess.canReadRevision(v, item('PUBLISHED'), { public: false }),
      authorsAndModerators,
    ],
    [
      'read a public revision of a PUBLISHED case study',
      (v) => caseStudyAccess.canReadRevision(v, item('PUBLISHED'), { public: true }),
      all,
    ],
    [
      'read a public revision of a HIDDEN case study',
      (v) => caseStudyAccess.canReadRevision(v, item('HIDDEN'), { public: true }),
      authorsAndModerators,
    ],
  ];
}

/** A thread asked by SELF, in each state; otherMember is a stranger to it. */
function threadRows(): Row[] {
  const thread = (state: Partial<ThreadAccessFacts> = {}): ThreadAccessFacts => ({
    authorId: SELF,
    locked: false,
    hidden: false,
    group: null,
    ...state,
  });
  const open = thread();
  const locked = thread({ locked: true });
  const hidden = thread({ hidden: true });
  const authorAndModerators = { ...MODERATORS, member: true };
  return [
    ['read an open thread', (v) => threadAccess.canRead(v, open), ALL],
    ['read a locked thread', (v) => threadAccess.canRead(v, locked), ALL],
    [
      'read a hidden thread',
      (v) => threadAccess.canRead(v, hidden),
      { ...authorAndModerators, unverified: true },
    ],
    ['ask a question', threadAccess.canCreate, VERIFIED],
    ['reply to an open thread', (v) => threadAccess.canReply(v, open), VERIFIED],
    ['reply to a locked thread', (v) => threadAccess.canReply(v, locked), MODERATORS],
    // Hidden items stay readable by their author but are frozen until moderation decides.
    ['reply to a hidden thread', (v) => threadAccess.canReply(v, hidden), MODERATORS],
    ['edit an open thread', (v) => threadAccess.canEdit(v, open), authorAndModerators],
    ['edit a locked thread', (v) => threadAccess.canEdit(v, locked), MODERATORS],
    ['edit a hidden thread', (v) => threadAccess.canEdit(v, hidden), MODERATORS],
    ['accept an answer on a hidden thread', (v) => threadAccess.canAccept(v, hidden), MODERATORS],
    ['accept an answer on an open thread', (v) => threadAccess.canAccept(v, open), authorAndModerators],
    ['accept an answer on a locked thread', (v) => threadAccess.canAccept(v, locked), MODERATORS],
    ['pin, lock or unlock a thread', (v) => threadAccess.canModerate(v, open), MODERATORS],
    ['move a thread to other themes or groups', threadAccess.canMove, MODERATORS],
    [
      'react to a thread of SELF',
      (v) => threadAccess.canReact(v, open, open),
      { ...VERIFIED, member: false },
    ],
    [
      'react to a locked thread of SELF',
      (v) => threadAccess.canReact(v, locked, locked),
      { ...VERIFIED, member: false },
    ],
  ];
}

/** A reply by SELF in a thread asked by otherMember, in each state. */
function replyRows(): Row[] {
  const thread = (state: Partial<ThreadAccessFacts> = {}): ThreadAccessFacts => ({
    authorId: 'u-other',
    locked: false,
    hidden: false,
    group: null,
    ...state,
  });
  const reply = (state: Partial<ReplyAccessFacts> = {}): ReplyAccessFacts => ({
    authorId: SELF,
    deleted: false,
    hidden: false,
    accepted: false,
    ...state,
  });
  const authorAndModerators = { ...MODERATORS, member: true };
  return [
    ['read a reply', (v) => replyAccess.canRead(v, thread(), reply()), ALL],
    [
      'read a reply of a locked thread',
      (v) => replyAccess.canRead(v, thread({ locked: true }), reply()),
      ALL,
    ],
    [
      'read a hidden reply',
      (v) => replyAccess.canRead(v, thread(), reply({ hidden: true })),
      { ...authorAndModerators, unverified: true },
    ],
    [
      'read a reply of a hidden thread',
      (v) => replyAccess.canRead(v, thread({ hidden: true }), reply()),
      { ...MODERATORS, otherMember: true },
    ],
    [
      'read a deleted reply (placeholder)',
      (v) => replyAccess.canRead(v, thread(), reply({ deleted: true })),
      ALL,
    ],
    ['read the text of a deleted reply', replyAccess.canSeeDeletedContent, MODERATORS],
    ['edit a reply', (v) => replyAccess.canEdit(v, thread(), reply()), authorAndModerators],
    [
      'edit a reply of a locked thread',
      (v) => replyAccess.canEdit(v, thread({ locked: true }), reply()),
      MODERATORS,
    ],
    ['edit a deleted reply', (v) => replyAccess.canEdit(v, thread(), reply({ deleted: true })), NONE],
    ['edit a hidden reply', (v) => replyAccess.canEdit(v, thread(), reply({ hidden: true })), MODERATORS],
    [
      'edit a reply of a hidden thread',
      (v) => replyAccess.canEdit(v, thread({ hidden: true }), reply()),
      MODERATORS,
    ],
    [
      'edit the accepted answer',
      (v) => replyAccess.canEdit(v, thread(), reply({ accepted: true })),
      authorAndModerators,
    ],
    ['delete a reply', (v) => replyAccess.canDelete(v, thread(), reply()), authorAndModerators],
    [
      'delete a reply of a locked thread',
      (v) => replyAccess.canDelete(v, thread({ locked: true }), reply()),
      MODERATORS,
    ],
    [
      'delete the accepted answer',
      (v) => replyAccess.canDelete(v, thread(), reply({ accepted: true })),
      MODERATORS,
    ],
    ['delete a deleted reply', (v) => replyAccess.canDelete(v, thread(), reply({ deleted: true })), NONE],
    ['delete a hidden reply', (v) => replyAccess.canDelete(v, thread(), reply({ hidden: true })), MODERATORS],
    [
      'delete a reply of a hidden thread',
      (v) => replyAccess.canDelete(v, thread({ hidden: true }), reply()),
      MODERATORS,
    ],
    ['read the revisions of a reply', (v) => replyAccess.canReadRevisions(v, reply()), ALL],
    [
      'read the revisions of a deleted reply',
      (v) => replyAccess.canReadRevisions(v, reply({ deleted: true })),
      MODERATORS,
    ],
    [
      'react to a reply of SELF',
      (v) => threadAccess.canReact(v, thread(), reply()),
      { ...VERIFIED, member: false },
    ],
  ];
}

describe('access policy matrix', () => {
  for (const [rule, check, expected] of matrix) {
    it.each(Object.keys(viewers))(`${rule} — %s`, (name) => {
      expect(check(viewers[name])).toBe(expected[name]);
    });
  }
});

describe('case study visibility predicate (SQL twin of canRead)', () => {
  const render = (viewer: Viewer) => {
    const params: unknown[] = [];
    const sql = caseStudyReadableSql(viewer, 'cs', (value) => {
      params.push(value);
      return `$${params.length}`;
    });
    return { sql, params };
  };

  it('lets moderators and admins read everything', () => {
    expect(render(viewers.moderator).sql).toBe('TRUE');
    expect(render(viewers.admin).sql).toBe('TRUE');
  });

  it('limits anonymous visitors to public states, with no parameter', () => {
    const { sql, params } = render(viewers.anonymous);
    expect(sql).toMatch(/^\(cs\.status IN \('PUBLISHED', 'ARCHIVED'\) AND \(cs\.group_id IS NULL OR/);
    expect(params).toEqual([]);
  });

  it('adds the items a member authors, binding their id as a parameter', () => {
    const { sql, params } = render(viewers.member);
    expect(sql).toContain("cs.status IN ('PUBLISHED', 'ARCHIVED') OR EXISTS");
    expect(sql).toContain('csa_visibility.user_id = $2');
    expect(sql).toContain('gm_visibility.user_id = $1');
    expect(params).toEqual([SELF, SELF]);
  });
});

describe('thread and reply visibility predicates (SQL twins of canRead)', () => {
  const render = (fn: (v: Viewer, alias: string, p: SqlParam) => string, viewer: Viewer, alias: string) => {
    const params: unknown[] = [];
    const sql = fn(viewer, alias, (value) => {
      params.push(value);
      return `$${params.length}`;
    });
    return { sql: sql.replace(/\s+/g, ' '), params };
  };

  it.each([
    ['threads', threadReadableSql, 't'],
    ['replies', replyReadableSql, 'r'],
  ] as const)('%s: moderators and admins read hidden ones', (_, fn, alias) => {
    expect(render(fn, viewers.moderator, alias)).toEqual({ sql: 'TRUE', params: [] });
    expect(render(fn, viewers.admin, alias)).toEqual({ sql: 'TRUE', params: [] });
  });

  it('threads: anonymous visitors read what is not hidden in the commons and public groups', () => {
    const { sql, params } = render(threadReadableSql, viewers.anonymous, 't');
    expect(sql).toMatch(/^\(t\.hidden_at IS NULL AND \(t\.group_id IS NULL OR t\.group_id IN \(SELECT/);
    expect(params).toEqual([]);
  });

  it('threads: members also read their own hidden ones and their groups, their id bound', () => {
    for (const viewer of [viewers.member, viewers.unverified]) {
      const { sql, params } = render(threadReadableSql, viewer, 't');
      expect(sql).toContain('(t.hidden_at IS NULL OR t.author_id = $2) AND (t.group_id IS NULL OR');
      expect(sql).toContain('gm_visibility.user_id = $1');
      expect(params).toEqual([SELF, SELF]);
    }
  });

  it('replies: what is not hidden, and a member their own hidden ones (the thread checks the group)', () => {
    expect(render(replyReadableSql, viewers.anonymous, 'r')).toEqual({
      sql: '(r.hidden_at IS NULL)',
      params: [],
    });
    expect(render(replyReadableSql, viewers.member, 'r')).toEqual({
      sql: '(r.hidden_at IS NULL OR r.author_id = $1)',
      params: [SELF],
    });
  });
});
