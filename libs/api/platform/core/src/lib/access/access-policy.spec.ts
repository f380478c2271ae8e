import type { Actor, Viewer } from '../auth/viewer.js';
import { accessPolicy } from './access-policy.js';

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
];

describe('access policy matrix', () => {
  for (const [rule, check, expected] of matrix) {
    it.each(Object.keys(viewers))(`${rule} — %s`, (name) => {
      expect(check(viewers[name])).toBe(expected[name]);
    });
  }
});
