/** API answers for the groups and organisations specs, with the `__typename`s Apollo caches by. */

export const GROUP_ID = 'group-demi-heure';
export const GROUP_SLUG = 'elus-ruraux-et-demi-heure';
export const ORGANIZATION_ID = 'org-artois';
export const ORGANIZATION_SLUG = 'agence-d-urbanisme-de-l-artois';

export function userRef(handle: string, displayName: string) {
  return { __typename: 'User', id: `user-${handle}`, handle, displayName, deleted: false };
}

export function organizationRef(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Organization',
    id: ORGANIZATION_ID,
    slug: ORGANIZATION_SLUG,
    name: "Agence d'urbanisme de l'Artois",
    ...overrides,
  };
}

export function groupPermissions(
  overrides: Partial<
    Record<'readContent' | 'join' | 'post' | 'update' | 'manageMembers' | 'moderate', boolean>
  > = {},
) {
  return {
    __typename: 'GroupPermissions',
    readContent: false,
    join: false,
    post: false,
    update: false,
    manageMembers: false,
    moderate: false,
    ...overrides,
  };
}

/** Fields of the `GroupCard` fragment. */
export function groupCard(slug: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Group',
    id: `group-${slug}`,
    slug,
    name,
    description: `Description de ${name}.`,
    visibility: 'PUBLIC',
    joinPolicy: 'OPEN',
    memberCount: 4,
    organization: organizationRef(),
    themes: [
      {
        __typename: 'Theme',
        id: 'theme-demi-heure',
        slug: 'territoire-de-la-demi-heure',
        name: 'Territoire de la demi-heure',
      },
    ],
    ...overrides,
  };
}

export function groupConnection(
  nodes: ReturnType<typeof groupCard>[],
  { totalCount = nodes.length, endCursor = null as string | null, hasNextPage = false } = {},
) {
  return {
    __typename: 'GroupConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: nodes.map((node) => ({ __typename: 'GroupEdge', node })),
  };
}

export function membership(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'GroupMembership',
    id: 'membership-viewer',
    status: 'ACTIVE',
    role: 'MEMBER',
    message: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    ...overrides,
  };
}

/** Every field of the `GroupPage` query: a private group on request, seen by a non-member. */
export function groupDetails(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Group',
    id: GROUP_ID,
    slug: GROUP_SLUG,
    name: 'Élus ruraux et demi-heure',
    description: 'Adapter le territoire de la demi-heure aux communes rurales.',
    visibility: 'PRIVATE',
    joinPolicy: 'REQUEST',
    requiresVerifiedMandate: false,
    memberCount: 3,
    createdAt: '2026-01-10T10:00:00.000Z',
    organization: organizationRef(),
    themes: [
      {
        __typename: 'Theme',
        id: 'theme-demi-heure',
        slug: 'territoire-de-la-demi-heure',
        name: 'Territoire de la demi-heure',
      },
    ],
    facilitators: [userRef('thomas-delattre', 'Thomas Delattre')],
    viewerMembership: null,
    viewerCan: groupPermissions(),
    ...overrides,
  };
}

/** Fields of the `GroupMember` fragment. */
export function groupMember(handle: string, displayName: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'GroupMembership',
    id: `membership-${handle}`,
    status: 'ACTIVE',
    role: 'MEMBER',
    message: null,
    createdAt: '2026-02-01T10:00:00.000Z',
    user: userRef(handle, displayName),
    ...overrides,
  };
}

export function membershipConnection(nodes: ReturnType<typeof groupMember>[]) {
  return {
    __typename: 'GroupMembershipConnection',
    totalCount: nodes.length,
    edges: nodes.map((node) => ({ __typename: 'GroupMembershipEdge', node })),
  };
}

/** Answer of `GroupMembers`. */
export function groupMembersAnswer(nodes: ReturnType<typeof groupMember>[]) {
  return { data: { group: { __typename: 'Group', id: GROUP_ID, members: membershipConnection(nodes) } } };
}

/** Answer of `GroupManagement`. */
export function groupManagementAnswer(
  pending: ReturnType<typeof groupMember>[],
  invited: ReturnType<typeof groupMember>[] = [],
) {
  return {
    data: {
      group: {
        __typename: 'Group',
        id: GROUP_ID,
        pending: membershipConnection(pending),
        invited: membershipConnection(invited),
      },
    },
  };
}

function emptyConnection(typename: string) {
  return {
    __typename: typename,
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [],
  };
}

/** Answers of the content sections, with nothing in them unless given. */
export function groupThreadsAnswer(threads: unknown[] = []) {
  return {
    data: {
      group: {
        __typename: 'Group',
        id: GROUP_ID,
        threads: {
          ...emptyConnection('ThreadConnection'),
          totalCount: threads.length,
          edges: threads.map((node) => ({ __typename: 'ThreadEdge', node })),
        },
      },
    },
  };
}

export function groupCaseStudiesAnswer() {
  return {
    data: {
      group: { __typename: 'Group', id: GROUP_ID, caseStudies: emptyConnection('CaseStudyConnection') },
    },
  };
}

/** Fields of the `OrganizationCard` fragment. */
export function organizationCard(slug: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Organization',
    id: `org-${slug}`,
    slug,
    name,
    kind: 'HUB_TERRITORIAL',
    description: `Description de ${name}.`,
    memberCount: 2,
    territory: {
      __typename: 'Territory',
      id: 'territory-reg-27',
      code: 'REG-27',
      name: 'Bourgogne-Franche-Comté',
    },
    ...overrides,
  };
}

export function organizationConnection(
  nodes: ReturnType<typeof organizationCard>[],
  { totalCount = nodes.length, endCursor = null as string | null, hasNextPage = false } = {},
) {
  return {
    __typename: 'OrganizationConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: nodes.map((node) => ({ __typename: 'OrganizationEdge', node })),
  };
}
