import type { GroupMembershipStatus } from '@pairs/shared-domain';
import type { Viewer } from '../auth/viewer.js';
import {
  groupAccess,
  organizationAccess,
  type GroupFacts,
  type OrganizationFacts,
} from './group-management-access.js';

const SELF = 'u-self';

/**
 * Who the viewer is, as the policy sees it: platform role, organisation role, membership in the
 * group. Every rule is checked against every kind of viewer.
 */
const KINDS = [
  'anonymous',
  'unverified',
  'stranger',
  'pending',
  'invited',
  'rejected',
  'banned',
  'member',
  'facilitator',
  'orgMember',
  'orgAdmin',
  'moderator',
  'admin',
] as const;
type Kind = (typeof KINDS)[number];

const viewerOf = (kind: Kind): Viewer => {
  switch (kind) {
    case 'anonymous':
      return null;
    case 'unverified':
      return { id: SELF, role: 'MEMBER', emailVerified: false };
    case 'moderator':
      return { id: SELF, role: 'MODERATOR', emailVerified: true };
    case 'admin':
      return { id: SELF, role: 'ADMIN', emailVerified: true };
    case 'stranger':
    case 'pending':
    case 'invited':
    case 'rejected':
    case 'banned':
    case 'member':
    case 'facilitator':
    case 'orgMember':
    case 'orgAdmin':
      return { id: SELF, role: 'MEMBER', emailVerified: true };
  }
};

const STATUS: Partial<Record<Kind, GroupMembershipStatus>> = {
  pending: 'PENDING',
  invited: 'INVITED',
  rejected: 'REJECTED',
  banned: 'BANNED',
  member: 'ACTIVE',
  facilitator: 'ACTIVE',
};

function groupOf(kind: Kind, group: Partial<GroupFacts> = {}): GroupFacts {
  return {
    visibility: 'PRIVATE',
    joinPolicy: 'REQUEST',
    requiresVerifiedMandate: false,
    viewerStatus: STATUS[kind] ?? null,
    viewerRole: kind === 'facilitator' ? 'FACILITATOR' : STATUS[kind] ? 'MEMBER' : null,
    viewerOrgRole: kind === 'orgAdmin' ? 'ADMIN' : kind === 'orgMember' ? 'MEMBER' : null,
    viewerHasVerifiedMandate: true,
    ...group,
  };
}
const orgOf = (kind: Kind): OrganizationFacts => ({
  viewerRole: kind === 'orgAdmin' ? 'ADMIN' : kind === 'orgMember' ? 'MEMBER' : null,
});

/** The kinds of viewers a rule allows; every other kind is refused. */
type Row = [rule: string, check: (kind: Kind) => boolean, allowed: readonly Kind[]];

const MANAGERS: readonly Kind[] = ['facilitator', 'orgAdmin', 'moderator', 'admin'];
const openGroup = (kind: Kind) => groupOf(kind, { joinPolicy: 'OPEN' });

const matrix: Row[] = [
  ['organisation: create', (k) => organizationAccess.canCreate(viewerOf(k)), ['moderator', 'admin']],
  [
    'organisation: update',
    (k) => organizationAccess.canUpdate(viewerOf(k), orgOf(k)),
    ['orgAdmin', 'moderator', 'admin'],
  ],
  [
    'organisation: manage members',
    (k) => organizationAccess.canManageMembers(viewerOf(k), orgOf(k)),
    ['orgAdmin', 'admin'],
  ],
  [
    'organisation: create a group',
    (k) => organizationAccess.canCreateGroup(viewerOf(k), orgOf(k)),
    ['orgAdmin', 'admin'],
  ],
  [
    'group: update',
    (k) => groupAccess.canUpdate(viewerOf(k), groupOf(k)),
    ['orgAdmin', 'moderator', 'admin'],
  ],
  [
    'group: open to the public, without content',
    (k) => groupAccess.canOpenToPublic(viewerOf(k), groupOf(k), false),
    ['orgAdmin', 'moderator', 'admin'],
  ],
  [
    'group: open to the public, holding content',
    (k) => groupAccess.canOpenToPublic(viewerOf(k), groupOf(k), true),
    ['moderator', 'admin'],
  ],
  ['group: manage members', (k) => groupAccess.canManageMembers(viewerOf(k), groupOf(k)), MANAGERS],
  [
    "group: decide someone else's request",
    (k) => groupAccess.canDecide(viewerOf(k), groupOf(k), 'u-other'),
    MANAGERS,
  ],
  ["group: decide one's own request", (k) => groupAccess.canDecide(viewerOf(k), groupOf(k), SELF), []],
  [
    'group: join an OPEN group',
    (k) => groupAccess.canJoin(viewerOf(k), openGroup(k)),
    ['stranger', 'invited', 'rejected', 'orgMember', 'orgAdmin', 'moderator', 'admin'],
  ],
  [
    'group: join (ask) a REQUEST group',
    (k) => groupAccess.canJoin(viewerOf(k), groupOf(k)),
    ['stranger', 'invited', 'rejected', 'orgMember', 'orgAdmin', 'moderator', 'admin'],
  ],
  [
    'group: join an INVITE group',
    (k) => groupAccess.canJoin(viewerOf(k), groupOf(k, { joinPolicy: 'INVITE' })),
    ['invited'],
  ],
  [
    'group: join, mandate required and missing',
    (k) =>
      groupAccess.canJoin(
        viewerOf(k),
        groupOf(k, { joinPolicy: 'OPEN', requiresVerifiedMandate: true, viewerHasVerifiedMandate: false }),
      ),
    [],
  ],
  [
    'group: join, mandate required and verified',
    (k) =>
      groupAccess.canJoin(viewerOf(k), groupOf(k, { joinPolicy: 'OPEN', requiresVerifiedMandate: true })),
    ['stranger', 'invited', 'rejected', 'orgMember', 'orgAdmin', 'moderator', 'admin'],
  ],
  [
    'group: accept an invitation',
    (k) => groupAccess.canAcceptInvitation(viewerOf(k), groupOf(k)),
    ['invited'],
  ],
  [
    'group: accept an invitation, mandate required and missing',
    (k) =>
      groupAccess.canAcceptInvitation(
        viewerOf(k),
        groupOf(k, { requiresVerifiedMandate: true, viewerHasVerifiedMandate: false }),
      ),
    [],
  ],
  [
    'PUBLIC group: see active members',
    (k) => groupAccess.canSeeMembers(viewerOf(k), groupOf(k, { visibility: 'PUBLIC' }), 'ACTIVE'),
    KINDS,
  ],
  [
    'PRIVATE group: see active members',
    (k) => groupAccess.canSeeMembers(viewerOf(k), groupOf(k), 'ACTIVE'),
    ['member', 'facilitator', 'orgAdmin', 'moderator', 'admin'],
  ],
  ...(['PENDING', 'INVITED', 'REJECTED', 'BANNED'] as const).map((status): Row => [
    `PUBLIC group: see ${status} memberships`,
    (k) => groupAccess.canSeeMembers(viewerOf(k), groupOf(k, { visibility: 'PUBLIC' }), status),
    MANAGERS,
  ]),
  [
    "group: see someone else's request message",
    (k) => groupAccess.canSeeRequestMessage(viewerOf(k), groupOf(k), 'u-other'),
    MANAGERS,
  ],
  [
    "group: see one's own request message",
    (k) => groupAccess.canSeeRequestMessage(viewerOf(k), groupOf(k), SELF),
    KINDS.filter((k) => k !== 'anonymous'),
  ],
  [
    'PRIVATE group: read content',
    (k) => groupAccess.canReadContent(viewerOf(k), groupOf(k)),
    ['member', 'facilitator', 'moderator', 'admin'],
  ],
  [
    'PUBLIC group: read content',
    (k) => groupAccess.canReadContent(viewerOf(k), groupOf(k, { visibility: 'PUBLIC' })),
    KINDS,
  ],
  [
    'group: post',
    (k) => groupAccess.canPost(viewerOf(k), groupOf(k, { visibility: 'PUBLIC' })),
    ['member', 'facilitator'],
  ],
  [
    'group: moderate threads',
    (k) => groupAccess.canModerate(viewerOf(k), groupOf(k)),
    ['facilitator', 'moderator', 'admin'],
  ],
];

describe('group management access matrix', () => {
  it.each(matrix)('%s', (_rule, check, allowed) => {
    const verdicts = Object.fromEntries(KINDS.map((k) => [k, check(k)]));
    const expected = Object.fromEntries(KINDS.map((k) => [k, allowed.includes(k)]));
    expect(verdicts).toEqual(expected);
  });

  it('an unverified active member may not post; an active facilitator may not join again', () => {
    const unverifiedMember = groupOf('member', { visibility: 'PUBLIC' });
    expect(groupAccess.canPost({ id: SELF, role: 'MEMBER', emailVerified: false }, unverifiedMember)).toBe(
      false,
    );
    expect(groupAccess.canJoin(viewerOf('facilitator'), groupOf('facilitator', { joinPolicy: 'OPEN' }))).toBe(
      false,
    );
  });

  it.each([
    ['OPEN', null, 'ACTIVE'],
    ['OPEN', 'REJECTED', 'ACTIVE'],
    ['REQUEST', null, 'PENDING'],
    ['REQUEST', 'REJECTED', 'PENDING'],
    ['INVITE', 'INVITED', 'ACTIVE'],
    ['REQUEST', 'INVITED', 'ACTIVE'],
    ['INVITE', null, null],
    ['OPEN', 'BANNED', null],
    ['OPEN', 'ACTIVE', null],
    ['REQUEST', 'PENDING', null],
  ] as const)('joining a %s group from %s leads to %s', (joinPolicy, viewerStatus, outcome) => {
    const group = groupOf('stranger', {
      joinPolicy,
      viewerStatus,
      viewerRole: viewerStatus ? 'MEMBER' : null,
    });
    expect(groupAccess.joinOutcome(viewerOf('stranger'), group)).toBe(outcome);
  });
});
