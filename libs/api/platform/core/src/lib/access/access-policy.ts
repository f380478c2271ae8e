import { PlatformRole, type Actor, type Viewer } from '../auth/viewer.js';

/**
 * The one access policy (DESIGN.md §3), as small pure rules. Services call these before
 * acting; the API also returns them (`viewerCan…`) so the UI shows only valid actions.
 * Later issues add content visibility here: a pure `canRead(viewer, item)` and its SQL twin.
 */
export function isModerator(viewer: Viewer): viewer is Actor {
  return viewer !== null && (viewer.role === PlatformRole.MODERATOR || viewer.role === PlatformRole.ADMIN);
}

export function isAdmin(viewer: Viewer): viewer is Actor {
  return viewer !== null && viewer.role === PlatformRole.ADMIN;
}

export const accessPolicy = {
  /** Publishing anything (case studies, threads, replies) needs a verified email. */
  canPublish: (viewer: Viewer): boolean => viewer !== null && viewer.emailVerified,
  /** A user's email is personal data: only they and admins see it. */
  canSeeEmail: (viewer: Viewer, userId: string): boolean =>
    viewer !== null && (viewer.id === userId || isAdmin(viewer)),
  canEditProfile: (viewer: Viewer, userId: string): boolean => viewer !== null && viewer.id === userId,
  canSetUserRole: (viewer: Viewer): boolean => isAdmin(viewer),
  canVerifyMandate: (viewer: Viewer): boolean => isModerator(viewer),
  /** Sessions are private to their owner (admins cannot read them either). */
  canManageSession: (viewer: Viewer, sessionUserId: string): boolean =>
    viewer !== null && viewer.id === sessionUserId,
  canExportOwnData: (viewer: Viewer): boolean => viewer !== null,
  canDeleteOwnAccount: (viewer: Viewer): boolean => viewer !== null,
  /** The theme taxonomy is curated by moderators. */
  canManageThemes: (viewer: Viewer): boolean => isModerator(viewer),
} as const;

export type AccessRule = keyof typeof accessPolicy;
