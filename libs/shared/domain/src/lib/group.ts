/**
 * Organisations (hubs de territoires, agencies…) and the peer groups they run: kinds, roles,
 * states and limits shared by the API (validation) and the web app (forms, labels).
 */
export const OrganizationKind = {
  HUB_TERRITORIAL: 'HUB_TERRITORIAL',
  SYNDICAT_MIXTE: 'SYNDICAT_MIXTE',
  AGENCE_URBANISME: 'AGENCE_URBANISME',
  AGENCE_ETAT: 'AGENCE_ETAT',
  ASSOCIATION_ELUS: 'ASSOCIATION_ELUS',
  COLLECTIVITE: 'COLLECTIVITE',
  AUTRE: 'AUTRE',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = Object.values(OrganizationKind);

export const OrganizationRole = {
  ADMIN: 'ADMIN',
  MEMBER: 'MEMBER',
} as const;
export type OrganizationRole = (typeof OrganizationRole)[keyof typeof OrganizationRole];

/** PUBLIC: anyone reads, members post. PRIVATE: listed, but only members read or post. */
export const GroupVisibility = {
  PUBLIC: 'PUBLIC',
  PRIVATE: 'PRIVATE',
} as const;
export type GroupVisibility = (typeof GroupVisibility)[keyof typeof GroupVisibility];
export const GROUP_VISIBILITIES: readonly GroupVisibility[] = Object.values(GroupVisibility);

/** OPEN: joining is immediate. REQUEST: a facilitator decides. INVITE: by invitation only. */
export const GroupJoinPolicy = {
  OPEN: 'OPEN',
  REQUEST: 'REQUEST',
  INVITE: 'INVITE',
} as const;
export type GroupJoinPolicy = (typeof GroupJoinPolicy)[keyof typeof GroupJoinPolicy];
export const GROUP_JOIN_POLICIES: readonly GroupJoinPolicy[] = Object.values(GroupJoinPolicy);

export const GroupMembershipStatus = {
  ACTIVE: 'ACTIVE',
  PENDING: 'PENDING',
  INVITED: 'INVITED',
  REJECTED: 'REJECTED',
  BANNED: 'BANNED',
} as const;
export type GroupMembershipStatus = (typeof GroupMembershipStatus)[keyof typeof GroupMembershipStatus];
export const GROUP_MEMBERSHIP_STATUSES: readonly GroupMembershipStatus[] =
  Object.values(GroupMembershipStatus);

export const GroupRole = {
  MEMBER: 'MEMBER',
  FACILITATOR: 'FACILITATOR',
} as const;
export type GroupRole = (typeof GroupRole)[keyof typeof GroupRole];

export const GROUP_LIMITS = {
  nameMin: 3,
  nameMax: 120,
  descriptionMax: 5_000,
  organizationNameMax: 200,
  organizationDescriptionMax: 5_000,
  websiteMax: 500,
  /** A join request's message to the facilitators. */
  joinMessageMax: 1_000,
  themesMax: 5,
  /** Organisation and group slugs (from the name, with a -2, -3… suffix on collision). */
  slugMax: 100,
} as const;
