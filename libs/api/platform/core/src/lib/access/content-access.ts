import type { CaseStudyStatus } from '@pairs/shared-domain';
import type { Viewer } from '../auth/viewer.js';
import { isModerator } from './access-policy.js';

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
}

/** Published and archived case studies are public; drafts, items in review and hidden ones are not. */
const PUBLIC_CASE_STUDY_STATUSES: readonly CaseStudyStatus[] = ['PUBLISHED', 'ARCHIVED'];

const isAuthor = (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
  viewer !== null && item.authorIds.includes(viewer.id);

export const caseStudyAccess = {
  /** Everyone reads public items; authors and moderators read the others. */
  canRead: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    PUBLIC_CASE_STUDY_STATUSES.includes(item.status) || caseStudyAccess.canSeeWorkingNotes(viewer, item),
  /**
   * The working side of a case study — drafts, pre-publication revisions, the moderator's review
   * comment — is for its authors and moderators.
   */
  canSeeWorkingNotes: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    isAuthor(viewer, item) || isModeratorViewer(viewer),
  /** Members with a verified email write case studies. */
  canCreate: (viewer: Viewer): boolean => viewer !== null && viewer.emailVerified,
  /** Authors (and moderators, who curate) edit until the item is archived or hidden. */
  canEdit: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    viewer !== null &&
    viewer.emailVerified &&
    (isAuthor(viewer, item) || isModeratorViewer(viewer)) &&
    (item.status === 'DRAFT' || item.status === 'IN_REVIEW' || item.status === 'PUBLISHED'),
  /** Authors send a draft to review. */
  canSubmit: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    viewer !== null && viewer.emailVerified && isAuthor(viewer, item) && item.status === 'DRAFT',
  /** Moderators publish an item in review, or send it back with a comment. */
  canReview: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    isModeratorViewer(viewer) && item.status === 'IN_REVIEW',
  /** Authors and moderators archive a published item (it stays readable, marked as archived). */
  canArchive: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    viewer !== null && (isAuthor(viewer, item) || isModeratorViewer(viewer)) && item.status === 'PUBLISHED',
  /** The owner and moderators add or remove co-authors. */
  canManageAuthors: (viewer: Viewer, item: CaseStudyAccessFacts): boolean =>
    viewer !== null &&
    viewer.emailVerified &&
    (viewer.id === item.ownerId || isModeratorViewer(viewer)) &&
    (item.status === 'DRAFT' || item.status === 'IN_REVIEW' || item.status === 'PUBLISHED'),
  /**
   * Revisions saved before the first publication are working drafts: only those who may edit
   * see them. Revisions from publication on are public history.
   */
  canReadRevision: (viewer: Viewer, item: CaseStudyAccessFacts, revision: { public: boolean }): boolean =>
    caseStudyAccess.canRead(viewer, item) &&
    (revision.public || caseStudyAccess.canSeeWorkingNotes(viewer, item)),
} as const;

/** Adds a bound parameter to a statement and returns its placeholder (`$3`). */
export type SqlParam = (value: unknown) => string;

/**
 * SQL twin of `caseStudyAccess.canRead`, for a `case_study` row aliased `alias`: a boolean
 * expression to AND into every statement that lists, counts or joins case studies.
 */
export function caseStudyReadableSql(viewer: Viewer, alias: string, param: SqlParam): string {
  if (isModeratorViewer(viewer)) return 'TRUE';
  const publicStatuses = `${alias}.status IN (${PUBLIC_CASE_STUDY_STATUSES.map((s) => `'${s}'`).join(', ')})`;
  if (viewer === null) return `(${publicStatuses})`;
  return `(${publicStatuses} OR EXISTS (SELECT 1 FROM case_study_author csa_visibility
    WHERE csa_visibility.case_study_id = ${alias}.id AND csa_visibility.user_id = ${param(viewer.id)}))`;
}

/** What the policy needs to know about a thread. */
export interface ThreadAccessFacts {
  authorId: string;
  locked: boolean;
  /** Hidden by moderation (a later issue sets it): for its author and moderators only. */
  hidden: boolean;
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

/**
 * Q&A threads and replies. Everyone reads what is not hidden; members with a verified email
 * ask, answer and react; authors edit their posts while the thread is not locked; moderators
 * may do everything, locked or not.
 */
export const threadAccess = {
  canRead: (viewer: Viewer, thread: ThreadAccessFacts): boolean =>
    !thread.hidden || isThreadAuthor(viewer, thread) || isModeratorViewer(viewer),
  canCreate: (viewer: Viewer): boolean => isVerifiedMember(viewer),
  canReply: (viewer: Viewer, thread: ThreadAccessFacts): boolean =>
    isVerifiedMember(viewer) && threadAccess.canRead(viewer, thread) && openOrModerator(viewer, thread),
  /** Title, body and themes: the author (not on a locked thread) and moderators. */
  canEdit: (viewer: Viewer, thread: ThreadAccessFacts): boolean =>
    isVerifiedMember(viewer) &&
    (isThreadAuthor(viewer, thread) || isModeratorViewer(viewer)) &&
    openOrModerator(viewer, thread),
  /** Accept or unaccept an answer: the thread's author (not on a locked thread) and moderators. */
  canAccept: (viewer: Viewer, thread: ThreadAccessFacts): boolean => threadAccess.canEdit(viewer, thread),
  /** Pin, lock, unlock, move to other themes. */
  canModerate: (viewer: Viewer): boolean => isModeratorViewer(viewer),
  /** Reactions: members, never on their own posts; allowed on locked threads (reading stays open). */
  canReact: (viewer: Viewer, post: { authorId: string }): boolean =>
    isVerifiedMember(viewer) && !isThreadAuthor(viewer, post),
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
  if (viewer === null) return `(${alias}.hidden_at IS NULL)`;
  return `(${alias}.hidden_at IS NULL OR ${alias}.author_id = ${param(viewer.id)})`;
}

/** SQL twin of the reply part of `replyAccess.canRead` (the thread is checked with `threadReadableSql`). */
export function replyReadableSql(viewer: Viewer, alias: string, param: SqlParam): string {
  return threadReadableSql(viewer, alias, param);
}
