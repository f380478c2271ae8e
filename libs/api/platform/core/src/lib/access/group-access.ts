import type { GroupMembershipStatus, GroupRole, GroupVisibility } from '@pairs/shared-domain';
import type { Viewer } from '../auth/viewer.js';
import { isModerator } from './access-policy.js';
import type { SqlParam } from './sql-params.js';

/**
 * What the policy needs to know about the group a content item lives in, as seen by one viewer.
 * Content of the public commons has no group (`null`).
 */
export interface ContentGroupFacts {
  visibility: GroupVisibility;
  /** The viewer's membership in the group; null for anonymous visitors and non-members. */
  viewerStatus: GroupMembershipStatus | null;
  viewerRole: GroupRole | null;
}

const isModeratorViewer = (viewer: Viewer): boolean => isModerator(viewer);
const isActiveMember = (group: ContentGroupFacts): boolean => group.viewerStatus === 'ACTIVE';

/**
 * Group membership's part of content access (DESIGN.md §3): public-commons and PUBLIC-group content
 * is for everyone; PRIVATE-group content for the group's ACTIVE members (pending, invited, rejected
 * and banned people are outsiders) and platform moderators, who keep their powers everywhere.
 * Content rules (status, hidden, authors) apply on top of this one.
 */
export const groupContentAccess = {
  canRead: (viewer: Viewer, group: ContentGroupFacts | null): boolean =>
    group === null || group.visibility === 'PUBLIC' || isActiveMember(group) || isModeratorViewer(viewer),
  /** Posting into a group (threads, replies, case studies) is for its active members. */
  canPost: (viewer: Viewer, group: ContentGroupFacts | null): boolean =>
    group === null || (viewer !== null && isActiveMember(group)),
  /** Pin, lock and unlock a group's threads: its active facilitators, and platform moderators. */
  canModerate: (viewer: Viewer, group: ContentGroupFacts | null): boolean =>
    isModeratorViewer(viewer) ||
    (group !== null && viewer !== null && isActiveMember(group) && group.viewerRole === 'FACILITATOR'),
} as const;

/**
 * SQL twin of `groupContentAccess.canRead` for a content row whose group column is `groupColumn`
 * (`t.group_id`): the group is null, public, or one the viewer is an active member of. Both lists
 * are uncorrelated sub-selects, which PostgreSQL reads once per statement (a hashed sub-plan)
 * whatever the number of rows, through `peer_group_visibility_idx` and
 * `group_membership_user_status_idx`.
 */
export function groupReadableSql(viewer: Viewer, groupColumn: string, param: SqlParam): string {
  if (isModeratorViewer(viewer)) return 'TRUE';
  const publicGroups = `SELECT pg_visibility.id FROM peer_group pg_visibility WHERE pg_visibility.visibility = 'PUBLIC'`;
  if (viewer === null) return `(${groupColumn} IS NULL OR ${groupColumn} IN (${publicGroups}))`;
  const myGroups = `SELECT gm_visibility.group_id FROM group_membership gm_visibility
      WHERE gm_visibility.user_id = ${param(viewer.id)} AND gm_visibility.status = 'ACTIVE'`;
  return `(${groupColumn} IS NULL OR ${groupColumn} IN (${publicGroups} UNION ALL ${myGroups}))`;
}

/**
 * A column expression giving a content row's `ContentGroupFacts` as JSON (null in the public
 * commons), for the statements that load single items: the pure function then decides.
 */
export function contentGroupFactsSql(viewer: Viewer, groupColumn: string, param: SqlParam): string {
  const viewerId = viewer === null ? 'NULL::uuid' : `${param(viewer.id)}::uuid`;
  // The CASE skips the sub-select for the commons (most rows).
  return `CASE WHEN ${groupColumn} IS NULL THEN NULL ELSE (SELECT json_build_object(
      'visibility', g_facts.visibility, 'viewerStatus', gm_facts.status, 'viewerRole', gm_facts.role)
    FROM peer_group g_facts
    LEFT JOIN group_membership gm_facts ON gm_facts.group_id = g_facts.id AND gm_facts.user_id = ${viewerId}
    WHERE g_facts.id = ${groupColumn}) END`;
}
