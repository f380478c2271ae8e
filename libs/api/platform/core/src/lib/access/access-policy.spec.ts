import type { Actor, Viewer } from '../auth/viewer.js';
import { accessPolicy } from './access-policy.js';
import { caseStudyAccess, caseStudyReadableSql, type CaseStudyAccessFacts } from './content-access.js';

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
    expect(render(viewers.anonymous)).toEqual({
      sql: "(cs.status IN ('PUBLISHED', 'ARCHIVED'))",
      params: [],
    });
  });

  it('adds the items a member authors, binding their id as a parameter', () => {
    const { sql, params } = render(viewers.member);
    expect(sql).toContain("cs.status IN ('PUBLISHED', 'ARCHIVED') OR EXISTS");
    expect(sql).toContain('csa_visibility.user_id = $1');
    expect(params).toEqual([SELF]);
  });
});
