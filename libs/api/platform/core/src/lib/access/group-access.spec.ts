import type { GroupMembershipStatus, GroupRole, GroupVisibility } from '@pairs/shared-domain';
import type { Actor, Viewer } from '../auth/viewer.js';
import {
  caseStudyAccess,
  replyAccess,
  threadAccess,
  threadReadableSql,
  caseStudyReadableSql,
} from './content-access.js';
import {
  contentGroupFactsSql,
  groupContentAccess,
  groupReadableSql,
  type ContentGroupFacts,
} from './group-access.js';

const SELF = 'u-self';
const member: Actor = { id: SELF, role: 'MEMBER', emailVerified: true };
const moderator: Actor = { id: 'u-mod', role: 'MODERATOR', emailVerified: true };

/** The viewer kinds of the leak matrix (issue 6), each with their membership in the group. */
const kinds = {
  anonymous: { viewer: null, status: null, role: null },
  outsider: { viewer: member, status: null, role: null },
  pending: { viewer: member, status: 'PENDING', role: null },
  invited: { viewer: member, status: 'INVITED', role: null },
  rejected: { viewer: member, status: 'REJECTED', role: null },
  banned: { viewer: member, status: 'BANNED', role: null },
  active: { viewer: member, status: 'ACTIVE', role: 'MEMBER' },
  facilitator: { viewer: member, status: 'ACTIVE', role: 'FACILITATOR' },
  platformModerator: { viewer: moderator, status: null, role: null },
} satisfies Record<string, { viewer: Viewer; status: GroupMembershipStatus | null; role: GroupRole | null }>;
type Kind = keyof typeof kinds;
const KINDS = Object.keys(kinds) as Kind[];

const facts = (kind: Kind, visibility: GroupVisibility): ContentGroupFacts => ({
  visibility,
  viewerStatus: kinds[kind].status,
  viewerRole: kinds[kind].role,
});
const only = (...yes: Kind[]): Record<Kind, boolean> =>
  Object.fromEntries(KINDS.map((k) => [k, yes.includes(k)])) as Record<Kind, boolean>;
const EVERYONE = only(...KINDS);
const MEMBERS = only('active', 'facilitator');
const MEMBERS_AND_MODERATORS = only('active', 'facilitator', 'platformModerator');

type Row = [
  rule: string,
  check: (viewer: Viewer, group: ContentGroupFacts) => boolean,
  expected: Record<Kind, boolean>,
];

/**
 * Content of a group, by SELF (an author who is also the viewer in the member kinds), so that the
 * author's own rights never open a group to them once outside it.
 */
const thread = (group: ContentGroupFacts) => ({ authorId: SELF, locked: false, hidden: false, group });
const otherThread = (group: ContentGroupFacts) => ({
  authorId: 'u-other',
  locked: false,
  hidden: false,
  group,
});
const reply = { authorId: SELF, deleted: false, hidden: false, accepted: false };
const caseStudy = (group: ContentGroupFacts, status: 'DRAFT' | 'PUBLISHED') => ({
  status,
  authorIds: [SELF],
  ownerId: SELF,
  group,
});

const PRIVATE_ROWS: Row[] = [
  ['read content', groupContentAccess.canRead, MEMBERS_AND_MODERATORS],
  ['post', groupContentAccess.canPost, MEMBERS],
  ['moderate threads', groupContentAccess.canModerate, only('facilitator', 'platformModerator')],
  ['read a thread of SELF', (v, g) => threadAccess.canRead(v, thread(g)), MEMBERS_AND_MODERATORS],
  ['ask a question', (v, g) => threadAccess.canCreate(v, g), MEMBERS],
  ['reply to a thread', (v, g) => threadAccess.canReply(v, otherThread(g)), MEMBERS_AND_MODERATORS],
  ['edit a thread of SELF', (v, g) => threadAccess.canEdit(v, thread(g)), MEMBERS_AND_MODERATORS],
  [
    'pin, lock, unlock a thread',
    (v, g) => threadAccess.canModerate(v, otherThread(g)),
    only('facilitator', 'platformModerator'),
  ],
  ['react to a thread', (v, g) => threadAccess.canReact(v, otherThread(g), otherThread(g)), MEMBERS],
  ['read a reply of SELF', (v, g) => replyAccess.canRead(v, otherThread(g), reply), MEMBERS_AND_MODERATORS],
  ['edit a reply of SELF', (v, g) => replyAccess.canEdit(v, otherThread(g), reply), MEMBERS_AND_MODERATORS],
  [
    'delete a reply of SELF',
    (v, g) => replyAccess.canDelete(v, otherThread(g), reply),
    MEMBERS_AND_MODERATORS,
  ],
  [
    'read a published case study of SELF',
    (v, g) => caseStudyAccess.canRead(v, caseStudy(g, 'PUBLISHED')),
    MEMBERS_AND_MODERATORS,
  ],
  // A draft stays its authors' (and moderators'): facilitators do not read other members' drafts.
  [
    'read a draft case study of SELF',
    (v, g) => caseStudyAccess.canRead(v, caseStudy(g, 'DRAFT')),
    MEMBERS_AND_MODERATORS,
  ],
  [
    'edit a case study of SELF',
    (v, g) => caseStudyAccess.canEdit(v, caseStudy(g, 'PUBLISHED')),
    MEMBERS_AND_MODERATORS,
  ],
  ['submit a draft of SELF', (v, g) => caseStudyAccess.canSubmit(v, caseStudy(g, 'DRAFT')), MEMBERS],
  ['write a case study', (v, g) => caseStudyAccess.canCreate(v, g), MEMBERS],
];

const PUBLIC_ROWS: Row[] = [
  ['read content', groupContentAccess.canRead, EVERYONE],
  ['post', groupContentAccess.canPost, MEMBERS],
  ['read a thread of SELF', (v, g) => threadAccess.canRead(v, thread(g)), EVERYONE],
  ['reply to a thread', (v, g) => threadAccess.canReply(v, otherThread(g)), MEMBERS_AND_MODERATORS],
  ['react to a thread', (v, g) => threadAccess.canReact(v, otherThread(g), otherThread(g)), MEMBERS],
  [
    'read a published case study of SELF',
    (v, g) => caseStudyAccess.canRead(v, caseStudy(g, 'PUBLISHED')),
    EVERYONE,
  ],
  // Outside the group, an author reads their own draft no more (it lives in the group).
  [
    'read a draft case study of SELF',
    (v, g) => caseStudyAccess.canRead(v, caseStudy(g, 'DRAFT')),
    only(...KINDS.filter((k) => k !== 'anonymous')),
  ],
  [
    'edit a case study of SELF',
    (v, g) => caseStudyAccess.canEdit(v, caseStudy(g, 'PUBLISHED')),
    MEMBERS_AND_MODERATORS,
  ],
];

describe.each([
  ['PRIVATE', PRIVATE_ROWS],
  ['PUBLIC', PUBLIC_ROWS],
] as const)('content of a %s group', (visibility, rows) => {
  for (const [rule, check, expected] of rows) {
    it.each(KINDS)(`${rule} — %s`, (kind) => {
      expect(check(kinds[kind].viewer, facts(kind, visibility))).toBe(expected[kind]);
    });
  }
});

describe('content of the public commons (no group)', () => {
  it.each(KINDS)('reads and posts as before — %s', (kind) => {
    const { viewer } = kinds[kind];
    expect(groupContentAccess.canRead(viewer, null)).toBe(true);
    expect(groupContentAccess.canPost(viewer, null)).toBe(true);
    expect(groupContentAccess.canModerate(viewer, null)).toBe(kind === 'platformModerator');
  });
});

describe('group visibility predicate (SQL twin of groupContentAccess.canRead)', () => {
  const render = (fn: (viewer: Viewer, column: string, param: SqlParam) => string, viewer: Viewer) => {
    const params: unknown[] = [];
    const sql = fn(viewer, 'x.group_id', (value) => {
      params.push(value);
      return `$${params.length}`;
    });
    return { sql: sql.replace(/\s+/g, ' '), params };
  };
  type SqlParam = (value: unknown) => string;

  it('lets platform moderators read every group', () => {
    expect(render(groupReadableSql, moderator)).toEqual({ sql: 'TRUE', params: [] });
  });

  it('limits anonymous visitors to the commons and public groups, with no parameter', () => {
    expect(render(groupReadableSql, null)).toEqual({
      sql: "(x.group_id IS NULL OR x.group_id IN (SELECT pg_visibility.id FROM peer_group pg_visibility WHERE pg_visibility.visibility = 'PUBLIC'))",
      params: [],
    });
  });

  it("adds a member's active groups, binding their id", () => {
    const { sql, params } = render(groupReadableSql, member);
    expect(sql).toContain('UNION ALL SELECT gm_visibility.group_id FROM group_membership gm_visibility');
    expect(sql).toContain("gm_visibility.user_id = $1 AND gm_visibility.status = 'ACTIVE'");
    expect(params).toEqual([SELF]);
  });

  it('is part of the thread and case-study predicates', () => {
    const p = () => '$1';
    expect(threadReadableSql(null, 't', p)).toContain('t.group_id IS NULL OR t.group_id IN');
    expect(threadReadableSql(member, 't', p)).toContain("gm_visibility.status = 'ACTIVE'");
    expect(caseStudyReadableSql(null, 'cs', p)).toContain('cs.group_id IS NULL OR cs.group_id IN');
    expect(caseStudyReadableSql(member, 'cs', p)).toContain("gm_visibility.status = 'ACTIVE'");
  });

  it("gives single items' group facts with the viewer's membership", () => {
    expect(render(contentGroupFactsSql, null).sql).toContain('gm_facts.user_id = NULL::uuid');
    const { sql, params } = render(contentGroupFactsSql, member);
    expect(sql).toContain('gm_facts.user_id = $1::uuid');
    expect(sql).toContain('WHERE g_facts.id = x.group_id');
    expect(params).toEqual([SELF]);
  });
});
