import { domainEvent, type DomainEvent } from '@pairs/platform-core';
import type { GroupMembershipStatus, GroupRole } from '@pairs/shared-domain';

/** A membership as events carry it. */
export interface MembershipEventPayload {
  groupId: string;
  membershipId: string;
  userId: string;
  status: GroupMembershipStatus;
  role: GroupRole;
}

export type OrganizationCreated = DomainEvent<
  'groups.organization-created',
  { organizationId: string; slug: string }
>;
export type OrganizationUpdated = DomainEvent<
  'groups.organization-updated',
  { organizationId: string; slug: string }
>;
export type OrganizationMemberAdded = DomainEvent<
  'groups.organization-member-added',
  { organizationId: string; userId: string; role: string }
>;
export type OrganizationMemberRemoved = DomainEvent<
  'groups.organization-member-removed',
  { organizationId: string; userId: string }
>;
export type GroupCreated = DomainEvent<
  'groups.group-created',
  { groupId: string; slug: string; organizationId: string }
>;
export type GroupUpdated = DomainEvent<
  'groups.group-updated',
  { groupId: string; slug: string; organizationId: string; openedToPublic: boolean }
>;
/** OPEN policy, an accepted invitation, or an invitation of someone who had asked. */
export type GroupMemberJoined = DomainEvent<'groups.member-joined', MembershipEventPayload>;
export type GroupMembershipRequested = DomainEvent<'groups.membership-requested', MembershipEventPayload>;
export type GroupMembershipDecided = DomainEvent<
  'groups.membership-decided',
  MembershipEventPayload & { accepted: boolean }
>;
export type GroupMemberInvited = DomainEvent<'groups.member-invited', MembershipEventPayload>;
/** Left, withdrew a request or declined an invitation (`status` is the one before leaving). */
export type GroupMemberLeft = DomainEvent<
  'groups.member-left',
  MembershipEventPayload & { newFacilitatorUserId: string | null }
>;
export type GroupMemberRemoved = DomainEvent<
  'groups.member-removed',
  MembershipEventPayload & { banned: boolean }
>;
export type GroupRoleChanged = DomainEvent<
  'groups.role-changed',
  MembershipEventPayload & { previousRole: GroupRole }
>;

/** Facts the groups context publishes after commit (notifications, search, caches subscribe). */
export type GroupEvent =
  | OrganizationCreated
  | OrganizationUpdated
  | OrganizationMemberAdded
  | OrganizationMemberRemoved
  | GroupCreated
  | GroupUpdated
  | GroupMemberJoined
  | GroupMembershipRequested
  | GroupMembershipDecided
  | GroupMemberInvited
  | GroupMemberLeft
  | GroupMemberRemoved
  | GroupRoleChanged;
export type GroupEventType = GroupEvent['type'];

/** A typed group event, stamped now. */
export function groupEvent<T extends GroupEventType>(
  type: T,
  payload: Extract<GroupEvent, { type: T }>['payload'],
  actorId: string | null,
): Extract<GroupEvent, { type: T }> {
  return domainEvent(type, payload, actorId) as unknown as Extract<GroupEvent, { type: T }>;
}
