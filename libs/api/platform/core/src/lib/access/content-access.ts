import type { CaseStudyStatus } from '@pairs/shared-domain';
import type { Viewer } from '../auth/viewer.js';
import { isModerator } from './access-policy.js';
import { groupContentAccess, groupReadableSql, type ContentGroupFacts } from './group-access.js';
import type { SqlParam } from './sql-params.js';

/** Without narrowing: `isModerator` is a type guard, which would make an actor `never` when false. */
const isModeratorViewer = (viewer: Viewer): boolean => isModerator(viewer);
/**
 * Who may read which content (DESIGN.md §3), written once: a pure function for one item and
 * its SQL twin for lists, counts, facets and joins. Both must agree; the access test matrix
 * checks the function, the API tests check the predicate through every list.
 */

/** What the policy needs to know about a case study. */
export interface CaseStudyAccessFacts {
  status: CaseStudyStatus;
  /** Owner and co-authors. */
  authorIds: readonly string[];
  /** The owner (who may manage co-authors). */
  ownerId: string;
  /** The group it lives in, null in the public commons. */
  group: ContentGroupFacts | null;
}

/** Published and archived case studies are public; drafts, items in review and hidden ones are not. */
const PUBLIC_CASE_STUDY_STATUSES: readonly CaseStudyStatus[] = ['PUBLISHED', 'ARCHIVED'];

const isAuthor = (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
  viewer !== null && item.authorIds.includes(viewer.id);
/**
 * Writing needs a place to write in: the commons, or a group one is an active member of. An author
 * who left or was removed from a group keeps no hand on what they wrote there; moderators keep theirs.
 */
const mayWriteIn = (viewer: Viewer, group: ContentGroupFacts | null): boolean =>
  groupContentAccess.canPost(viewer, group) || isModeratorViewer(viewer);

export const caseStudyAccess = {
  /**
   * Everyone who may read the item's group (everyone in the commons) reads public items; authors
   * and moderators read the others.
   */
  canRead: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    groupContentAccess.canRead(viewer, item.group) &&
    (PUBLIC_CASE_STUDY_STATUSES.includes(item.status) || isAuthor(viewer, item) || isModeratorViewer(viewer)),
  /**
   * The working side of a case study — drafts, pre-publication revisions, the moderator's review
   * comment — is for its authors and moderators.
   */
  canSeeWorkingNotes: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    groupContentAccess.canRead(viewer, item.group) && (isAuthor(viewer, item) || isModeratorViewer(viewer)),
  /** Members with a verified email write case studies: in the commons, or in a group they are active in. */
  canCreate: (viewer: Viewer, group: ContentGroupFacts | null = null): boolean =>
    viewer !== null && viewer.emailVerified && groupContentAccess.canPost(viewer, group),
  /** Authors (and moderators, who curate) edit until the item is archived or hidden. */
  canEdit: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    viewer !== null &&
    viewer.emailVerified &&
    (isAuthor(viewer, item) || isModeratorViewer(viewer)) &&
    mayWriteIn(viewer, item.group) &&
    (item.status === 'DRAFT' || item.status === 'IN_REVIEW' || item.status === 'PUBLISHED'),
  /** Authors send a draft to review. */
  canSubmit: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    viewer !== null &&
    viewer.emailVerified &&
    isAuthor(viewer, item) &&
    mayWriteIn(viewer, item.group) &&
    item.status === 'DRAFT',
  /** Moderators publish an item in review, or send it back with a comment. */
  canReview: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    isModeratorViewer(viewer) && item.status === 'IN_REVIEW',
  /** Authors and moderators archive a published item (it stays readable, marked as archived). */
  canArchive: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    viewer !== null &&
    (isAuthor(viewer, item) || isModeratorViewer(viewer)) &&
    mayWriteIn(viewer, item.group) &&
    item.status === 'PUBLISHED',
  /** The owner and moderators add or remove co-authors. */
  canManageAuthors: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    viewer !== null &&
    viewer.emailVerified &&
    (viewer.id === item.ownerId || isModeratorViewer(viewer)) &&
    mayWriteIn(viewer, item.group) &&
    (item.status === 'DRAFT' || item.status === 'IN_REVIEW' || item.status === 'PUBLISHED'),
  /**
   * Revisions saved before the first publication are working drafts: only those who may edit
   * see them. Revisions from publication on are public history.
   */
  canReadRevision: (viewer: Viewer, item: CaseStudyAccessFacts, revision: { public: boolean }): boolean =>
    caseStudyAccess.canRead(viewer, item) &&
    (revision.public || caseStudyAccess.canSeeWorkingNotes(viewer, item)),
  /** Moving an item into or out of a group (out of a private one publishes it): platform moderators only. */
  canMoveToGroup: (viewer: Viewer): boolean => isModeratorViewer(viewer),
} as const;

/**
 * SQL twin of `caseStudyAccess.canRead`, for a `case_study` row aliased `alias`: a boolean
 * expression to AND into every statement that lists, counts or joins case studies.
 */
export function caseStudyReadableSql(viewer: Viewer, alias: string, param: SqlParam): string {
  if (isModeratorViewer(viewer)) return 'TRUE';
  const publicStatuses = `${alias}.status IN (${PUBLIC_CASE_STUDY_STATUSES.map((s) => `'${s}'`).join(', ')})`;
  const group = groupReadableSql(viewer, `${alias}.group_id`, param);
  if (viewer === null) return `(${publicStatuses} AND ${group})`;
  return `((${publicStatuses} OR EXISTS (SELECT 1 FROM case_study_author csa_visibility
    WHERE csa_visibility.case_study_id = ${alias}.id AND csa_visibility.user_id = ${param(viewer.id)})) AND ${group})`;
}

/** What the policy needs to know about a thread. */
export interface ThreadAccessFacts {
  authorId: string;
  locked: boolean;
  /** Hidden by moderation (a later issue sets it): for its author and moderators only. */
  hidden: boolean;
  /** The group it lives in, null in the public commons. */
  group: ContentGroupFacts | null;
}

/** What the policy needs to know about a reply (with its thread's facts). */
export interface ReplyAccessFacts {
  authorId: string;
  deleted: boolean;
  hidden: boolean;
  /** It is the thread's accepted answer. */
  accepted: boolean;
}

const isVerifiedMember = (viewer: Viewer): boolean => viewer !== null && viewer.emailVerified;
const isThreadAuthor = (viewer: Viewer, item: { authorId: string }): boolean =>
  viewer !== null && viewer.id === item.authorId;
/**
 * Moderators act on locked and hidden threads; nobody else changes anything there (a hidden item
 * stays readable by its author but frozen until moderation decides, as for case studies).
 */
const openOrModerator = (viewer: Viewer, thread: ThreadAccessFacts): boolean =>
  (!thread.locked && !thread.hidden) || isModeratorViewer(viewer);
/** Writing in a thread needs the right to post in its group (any member in the commons). */
const mayPostIn = (viewer: Viewer, thread: ThreadAccessFacts): boolean =>
  groupContentAccess.canPost(viewer, thread.group) || isModeratorViewer(viewer);

/**
 * Q&A threads and replies. Everyone reads what is not hidden; members with a verified email
 * ask, answer and react; authors edit their posts while the thread is not locked; moderators
 * may do everything, locked or not.
 */
export const threadAccess = {
  canRead: (viewer: Viewer, thread: ThreadAccessFacts): boolean =>
    groupContentAccess.canRead(viewer, thread.group) &&
    (!thread.hidden || isThreadAuthor(viewer, thread) || isModeratorViewer(viewer)),
  /** Verified members ask in the commons, or in a group they are an active member of. */
  canCreate: (viewer: Viewer, group: ContentGroupFacts | null = null): boolean =>
    isVerifiedMember(viewer) && groupContentAccess.canPost(viewer, group),
  canReply: (viewer: Viewer, thread: ThreadAccessFacts): boolean =>
    isVerifiedMember(viewer) &&
    threadAccess.canRead(viewer, thread) &&
    mayPostIn(viewer, thread) &&
    openOrModerator(viewer, thread),
  /** Title, body and themes: the author (not on a locked thread) and moderators. */
  canEdit: (viewer: Viewer, thread: ThreadAccessFacts): boolean =>
    isVerifiedMember(viewer) &&
    (isThreadAuthor(viewer, thread) || isModeratorViewer(viewer)) &&
    threadAccess.canRead(viewer, thread) &&
    mayPostIn(viewer, thread) &&
    openOrModerator(viewer, thread),
  /** Accept or unaccept an answer: the thread's author (not on a locked thread) and moderators. */
  canAccept: (viewer: Viewer, thread: ThreadAccessFacts): boolean => threadAccess.canEdit(viewer, thread),
  /** Pin, lock, unlock: platform moderators everywhere, facilitators in their group. */
  canModerate: (viewer: Viewer, thread: ThreadAccessFacts): boolean =>
    threadAccess.canRead(viewer, thread) && groupContentAccess.canModerate(viewer, thread.group),
  /** Move to other themes, or into or out of a group (out of a private one publishes it): platform moderators. */
  canMove: (viewer: Viewer): boolean => isModeratorViewer(viewer),
  /**
   * Reactions: members who may post where the post lives, never on their own posts; allowed on
   * locked threads (reading stays open).
   */
  canReact: (viewer: Viewer, thread: ThreadAccessFacts, post: { authorId: string }): boolean =>
    isVerifiedMember(viewer) &&
    threadAccess.canRead(viewer, thread) &&
    groupContentAccess.canPost(viewer, thread.group) &&
    !isThreadAuthor(viewer, post),
} as const;

export const replyAccess = {
  canRead: (viewer: Viewer, thread: ThreadAccessFacts, reply: ReplyAccessFacts): boolean =>
    threadAccess.canRead(viewer, thread) &&
    (!reply.hidden || isThreadAuthor(viewer, reply) || isModeratorViewer(viewer)),
  /** The text of a deleted reply stays in the database for moderators only. */
  canSeeDeletedContent: (viewer: Viewer): boolean => isModeratorViewer(viewer),
  canEdit: (viewer: Viewer, thread: ThreadAccessFacts, reply: ReplyAccessFacts): boolean =>
    isVerifiedMember(viewer) &&
    !reply.deleted &&
    replyAccess.canRead(viewer, thread, reply) &&
    mayPostIn(viewer, thread) &&
    (isModeratorViewer(viewer) || (isThreadAuthor(viewer, reply) && !reply.hidden)) &&
    openOrModerator(viewer, thread),
  /**
   * Authors delete their reply while the thread is open (not locked, not hidden), the reply not hidden
   * and not the accepted answer (unaccept it first); moderators always. The reply stays as a placeholder.
   */
  canDelete: (viewer: Viewer, thread: ThreadAccessFacts, reply: ReplyAccessFacts): boolean =>
    !reply.deleted &&
    (isModeratorViewer(viewer) ||
      (isVerifiedMember(viewer) &&
        isThreadAuthor(viewer, reply) &&
        replyAccess.canRead(viewer, thread, reply) &&
        mayPostIn(viewer, thread) &&
        openOrModerator(viewer, thread) &&
        !reply.hidden &&
        !reply.accepted)),
  /** Revisions of a deleted reply would give its text back: moderators only. */
  canReadRevisions: (viewer: Viewer, reply: ReplyAccessFacts): boolean =>
    !reply.deleted || isModeratorViewer(viewer),
} as const;

/**
 * SQL twin of `threadAccess.canRead` for a `thread` row aliased `alias`: a boolean expression to
 * AND into every statement that lists, counts or joins threads.
 */
export function threadReadableSql(viewer: Viewer, alias: string, param: SqlParam): string {
  if (isModeratorViewer(viewer)) return 'TRUE';
  const group = groupReadableSql(viewer, `${alias}.group_id`, param);
  if (viewer === null) return `(${alias}.hidden_at IS NULL AND ${group})`;
  return `((${alias}.hidden_at IS NULL OR ${alias}.author_id = ${param(viewer.id)}) AND ${group})`;
}

/**
 * SQL twin of the reply part of `replyAccess.canRead`. Replies carry no group: a statement that
 * reads replies must also check their thread with `threadReadableSql` (every one does, through its
 * thread's id or a join).
 */
export function replyReadableSql(viewer: Viewer, alias: string, param: SqlParam): string {
  if (isModeratorViewer(viewer)) return 'TRUE';
  if (viewer === null) return `(${alias}.hidden_at IS NULL)`;
  return `(${alias}.hidden_at IS NULL OR ${alias}.author_id = ${param(viewer.id)})`;
}
