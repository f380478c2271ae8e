/**
 * Discussions (Q&A threads): states, reactions and limits shared by the API (validation) and
 * the web app (forms, counters).
 */
export const ThreadStatus = {
  OPEN: 'OPEN',
  SOLVED: 'SOLVED',
  LOCKED: 'LOCKED',
} as const;
export type ThreadStatus = (typeof ThreadStatus)[keyof typeof ThreadStatus];

export const ReactionKind = {
  USEFUL: 'USEFUL',
  THANKS: 'THANKS',
} as const;
export type ReactionKind = (typeof ReactionKind)[keyof typeof ReactionKind];
export const REACTION_KINDS: readonly ReactionKind[] = Object.values(ReactionKind);

export const DISCUSSION_LIMITS = {
  titleMin: 5,
  titleMax: 200,
  /** Thread and reply bodies, in UTF-8 bytes (markdown source). */
  bodyMaxBytes: 50_000,
  /** A thread body may be short ("Tout est dans le titre ?" is not enough: one sentence). */
  threadBodyMin: 10,
  replyBodyMin: 2,
  themesMin: 1,
  themesMax: 5,
  /** Participants listed on a thread (the rest are counted). */
  participantsShown: 5,
} as const;
