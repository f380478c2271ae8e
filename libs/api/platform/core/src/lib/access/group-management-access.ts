import type {
  GroupJoinPolicy,
  GroupMembershipStatus,
  GroupRole,
  GroupVisibility,
  OrganizationRole,
} from '@pairs/shared-domain';
import type { Viewer } from '../auth/viewer.js';
import { isAdmin, isModerator } from './access-policy.js';
import { groupContentAccess, type ContentGroupFacts } from './group-access.js';

/** Without narrowing: `isModerator` is a type guard, which would make an actor `never` when false. */
const isModeratorViewer = (viewer: Viewer): boolean => isModerator(viewer);
const isAdminViewer = (viewer: Viewer): boolean => isAdmin(viewer);

/** What the policy needs to know about an organisation, as seen by one viewer. */
export interface OrganizationFacts {
  /** The viewer's role in the organisation; null for anonymous visitors and non-members. */
  viewerRole: OrganizationRole | null;
}

/**
 * Organisations (hubs de territoires, agencies…): platform moderators create and edit them;
 * their own admins edit them, manage their members and create their groups, as platform admins do.
 */
export const organizationAccess = {
  canCreate: (viewer: Viewer): boolean => isModeratorViewer(viewer),
  canUpdate: (viewer: Viewer, org: OrganizationFacts): boolean =>
    isModeratorViewer(viewer) || (viewer !== null && org.viewerRole === 'ADMIN'),
  canManageMembers: (viewer: Viewer, org: OrganizationFacts): boolean =>
    isAdminViewer(viewer) || (viewer !== null && org.viewerRole === 'ADMIN'),
  canCreateGroup: (viewer: Viewer, org: OrganizationFacts): boolean =>
    isAdminViewer(viewer) || (viewer !== null && org.viewerRole === 'ADMIN'),
} as const;

/** What the policy needs to know about a group, as seen by one viewer. */
export interface GroupFacts {
  visibility: GroupVisibility;
  joinPolicy: GroupJoinPolicy;
  requiresVerifiedMandate: boolean;
  /** The viewer's membership; null for anonymous visitors and people who never joined. */
  viewerStatus: GroupMembershipStatus | null;
  viewerRole: GroupRole | null;
  /** The viewer's role in the organisation that runs the group. */
  viewerOrgRole: OrganizationRole | null;
  /** The viewer holds at least one mandate verified by a moderator. */
  viewerHasVerifiedMandate: boolean;
}

const contentFacts = (group: GroupFacts): ContentGroupFacts => ({
  visibility: group.visibility,
  viewerStatus: group.viewerStatus,
  viewerRole: group.viewerRole,
});
const isOrgAdmin = (viewer: Viewer, group: GroupFacts): boolean =>
  viewer !== null && group.viewerOrgRole === 'ADMIN';
const isActiveFacilitator = (viewer: Viewer, group: GroupFacts): boolean =>
  viewer !== null && group.viewerStatus === 'ACTIVE' && group.viewerRole === 'FACILITATOR';
/** Where joining leads from the viewer's current state, or null when joining is not possible. */
function joinOutcome(viewer: Viewer, group: GroupFacts): 'ACTIVE' | 'PENDING' | null {
  if (viewer === null || !viewer.emailVerified) return null;
  if (group.requiresVerifiedMandate && !group.viewerHasVerifiedMandate) return null;
  switch (group.viewerStatus) {
    case 'INVITED':
      return 'ACTIVE';
    case null:
    case 'REJECTED':
      if (group.joinPolicy === 'OPEN') return 'ACTIVE';
      return group.joinPolicy === 'REQUEST' ? 'PENDING' : null;
    case 'ACTIVE':
    case 'PENDING':
    case 'BANNED':
      return null;
  }
}

/**
 * Groups (DESIGN.md §3): who edits a group, manages its members, joins it and sees its members.
 * Reading and posting its content is `groupContentAccess` (group-access.ts); these rules use it.
 */
export const groupAccess = {
  /** Name, description, themes, visibility and policies: its organisation's admins, platform moderators. */
  canUpdate: (viewer: Viewer, group: GroupFacts): boolean =>
    isModeratorViewer(viewer) || isOrgAdmin(viewer, group),
  /**
   * Turning a PRIVATE group that holds threads or case studies PUBLIC publishes them: platform
   * moderators only. Without content, whoever may update the group may open it.
   */
  canOpenToPublic: (viewer: Viewer, group: GroupFacts, holdsContent: boolean): boolean =>
    groupAccess.canUpdate(viewer, group) && (!holdsContent || isModeratorViewer(viewer)),
  /** Decide requests, invite, remove, ban, name facilitators: active facilitators, org admins, platform moderators. */
  canManageMembers: (viewer: Viewer, group: GroupFacts): boolean =>
    isModeratorViewer(viewer) || isOrgAdmin(viewer, group) || isActiveFacilitator(viewer, group),
  /** A request is decided by someone else than the person who asked. */
  canDecide: (viewer: Viewer, group: GroupFacts, requesterId: string): boolean =>
    viewer !== null && viewer.id !== requesterId && groupAccess.canManageMembers(viewer, group),
  /** `joinGroup` would succeed now: it makes the viewer an ACTIVE member or files a request. */
  canJoin: (viewer: Viewer, group: GroupFacts): boolean => joinOutcome(viewer, group) !== null,
  /** What `joinGroup` leads to for this viewer (null: refused). */
  joinOutcome,
  /** Accepting an invitation: the invited person, verified email and (when required) a verified mandate. */
  canAcceptInvitation: (viewer: Viewer, group: GroupFacts): boolean =>
    viewer !== null &&
    viewer.emailVerified &&
    group.viewerStatus === 'INVITED' &&
    (!group.requiresVerifiedMandate || group.viewerHasVerifiedMandate),
  /**
   * Member lists. ACTIVE members: anyone for a PUBLIC group; for a PRIVATE one, those who read its
   * content (active members, platform moderators) and its organisation's admins. Requests,
   * invitations, rejections and bans: those who manage members.
   */
  canSeeMembers: (viewer: Viewer, group: GroupFacts, status: GroupMembershipStatus): boolean =>
    status === 'ACTIVE'
      ? groupContentAccess.canRead(viewer, contentFacts(group)) || isOrgAdmin(viewer, group)
      : groupAccess.canManageMembers(viewer, group),
  /** A join request's message: its author and those who manage members. */
  canSeeRequestMessage: (viewer: Viewer, group: GroupFacts, requesterId: string): boolean =>
    (viewer !== null && viewer.id === requesterId) || groupAccess.canManageMembers(viewer, group),
  canReadContent: (viewer: Viewer, group: GroupFacts): boolean =>
    groupContentAccess.canRead(viewer, contentFacts(group)),
  canPost: (viewer: Viewer, group: GroupFacts): boolean =>
    viewer !== null && viewer.emailVerified && groupContentAccess.canPost(viewer, contentFacts(group)),
  canModerate: (viewer: Viewer, group: GroupFacts): boolean =>
    groupContentAccess.canModerate(viewer, contentFacts(group)),
} as const;
