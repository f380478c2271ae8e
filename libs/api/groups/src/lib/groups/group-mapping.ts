import { groupAccess, type GroupFacts, type Viewer } from '@pairs/platform-core';
import type { GroupMembershipModel, GroupModel, GroupPermissionsModel } from './group.model.js';
import type { GroupRecord, MembershipRecord } from './groups.repository.js';

/** The policy's facts of a group row for its viewer. */
export function groupFacts(r: GroupRecord): GroupFacts {
  return {
    visibility: r.visibility,
    joinPolicy: r.joinPolicy,
    requiresVerifiedMandate: r.requiresVerifiedMandate,
    viewerStatus: r.viewerMembership?.status ?? null,
    viewerRole: r.viewerMembership?.role ?? null,
    viewerOrgRole: r.viewerOrgRole,
    viewerHasVerifiedMandate: r.viewerHasVerifiedMandate,
  };
}

export function groupPermissions(viewer: Viewer, facts: GroupFacts): GroupPermissionsModel {
  return {
    readContent: groupAccess.canReadContent(viewer, facts),
    join: groupAccess.canJoin(viewer, facts),
    post: groupAccess.canPost(viewer, facts),
    update: groupAccess.canUpdate(viewer, facts),
    manageMembers: groupAccess.canManageMembers(viewer, facts),
    moderate: groupAccess.canModerate(viewer, facts),
  };
}

/** A membership as GraphQL shows it; the request message only to those who may read it. */
export function toMembershipModel(r: MembershipRecord, showMessage: boolean): GroupMembershipModel {
  return {
    id: r.id,
    groupId: r.groupId,
    userId: r.userId,
    status: r.status,
    role: r.role,
    message: showMessage ? r.message : null,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    sortKey: r.sortKey,
  };
}

/** A group row mapped for its viewer: permissions and the viewer's membership computed here. */
export function toGroupModel(r: GroupRecord, viewer: Viewer): GroupModel {
  const facts = groupFacts(r);
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    organizationId: r.organizationId,
    visibility: r.visibility,
    joinPolicy: r.joinPolicy,
    requiresVerifiedMandate: r.requiresVerifiedMandate,
    memberCount: r.memberCount,
    createdAt: r.createdAt,
    viewerMembership: r.viewerMembership ? toMembershipModel(r.viewerMembership, true) : null,
    viewerCan: groupPermissions(viewer, facts),
    facts,
  };
}
