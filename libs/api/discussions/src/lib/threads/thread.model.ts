import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, type ContentGroupFacts, type ThreadAccessFacts } from '@pairs/platform-core';
import { ReactionKind, ThreadStatus } from '@pairs/shared-domain';

registerEnumType(ThreadStatus, {
  name: 'ThreadStatus',
  valuesMap: {
    OPEN: { description: 'Waiting for an accepted answer.' },
    SOLVED: { description: 'Its author (or a moderator) accepted an answer.' },
    LOCKED: { description: 'Closed by a moderator: readable, no new replies or edits.' },
  },
});

registerEnumType(ReactionKind, {
  name: 'ReactionKind',
  valuesMap: {
    USEFUL: { description: '"Utile": counts in the score.' },
    THANKS: { description: '"Merci".' },
  },
});

export const ThreadOrder = {
  LAST_ACTIVITY: 'LAST_ACTIVITY',
  NEWEST: 'NEWEST',
  TOP: 'TOP',
} as const;
export type ThreadOrder = (typeof ThreadOrder)[keyof typeof ThreadOrder];
registerEnumType(ThreadOrder, {
  name: 'ThreadOrder',
  valuesMap: {
    LAST_ACTIVITY: { description: 'Pinned threads first, then the most recent reply or question.' },
    NEWEST: { description: 'Most recently asked first.' },
    TOP: { description: 'Highest score (USEFUL reactions) first.' },
  },
});

@ObjectType('ReactionSummary', { description: 'Reactions on a thread or a reply.' })
export class ReactionSummaryModel {
  @Field(() => ID, { description: 'The thread or reply.' })
  targetId!: string;

  @Field(() => Int)
  useful!: number;

  @Field(() => Int)
  thanks!: number;

  @Field(() => [ReactionKind], { description: "The viewer's reactions (empty for anonymous visitors)." })
  mine!: ReactionKind[];
}

@ObjectType('ThreadPermissions', { description: 'What the viewer may do with this thread.' })
export class ThreadPermissionsModel {
  @Field(() => Boolean)
  reply!: boolean;

  @Field(() => Boolean, { description: 'Edit the title, body and themes.' })
  edit!: boolean;

  @Field(() => Boolean, { description: 'Accept or unaccept an answer.' })
  accept!: boolean;

  @Field(() => Boolean, { description: 'Pin, lock, unlock, move (moderators).' })
  moderate!: boolean;

  @Field(() => Boolean, { description: 'React (members, not on their own posts).' })
  react!: boolean;
}

@ObjectType('ReplyPermissions', { description: 'What the viewer may do with this reply.' })
export class ReplyPermissionsModel {
  @Field(() => Boolean)
  edit!: boolean;

  @Field(() => Boolean)
  delete!: boolean;

  @Field(() => Boolean, { description: 'Accept it as the answer (thread author, moderators).' })
  accept!: boolean;

  @Field(() => Boolean)
  react!: boolean;
}

@ObjectType('ThreadParticipants', {
  description: 'The author, then repliers in order of their first reply (first 5), and how many in all.',
})
export class ThreadParticipantsModel {
  @Field(() => Int)
  totalCount!: number;

  userIds!: string[];
}

@ObjectType('Thread', {
  description: 'A question asked by a member under one or more themes, with its replies.',
})
export class ThreadModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Markdown source.' })
  body!: string;

  @Field(() => String, { description: 'Safe HTML rendered from `body`.' })
  bodyHtml!: string;

  @Field(() => ThreadStatus)
  status!: ThreadStatus;

  @Field(() => Boolean, { description: 'Shown first in the default order.' })
  pinned!: boolean;

  @Field(() => Int, { description: 'Replies, not counting deleted ones.' })
  replyCount!: number;

  @Field(() => Int, {
    description: 'Views, counted at most once per viewer and hour (updated every few seconds).',
  })
  viewCount!: number;

  @Field(() => Int, { description: 'USEFUL reactions on the question.' })
  score!: number;

  @Field(() => Int, { description: 'Saved versions of the question (1 when never edited).' })
  revisionCount!: number;

  @Field(() => Date, { description: 'The question or its latest reply.' })
  lastActivityAt!: Date;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last edit of the title or body ("modifié").' })
  editedAt!: Date | null;

  // Computed when the row is mapped (for this viewer), as plain fields: no resolver call per item.

  /** The accepted reply, read with the thread (no extra statement). */
  @Field(() => ReplyModel, { nullable: true })
  acceptedReply!: ReplyModel | null;

  @Field(() => ThreadParticipantsModel)
  participants!: ThreadParticipantsModel;

  @Field(() => ReactionSummaryModel)
  reactions!: ReactionSummaryModel;

  @Field(() => [ReactionKind], { description: "The viewer's reactions to the question." })
  myReaction!: ReactionKind[];

  @Field(() => ThreadPermissionsModel)
  viewerCan!: ThreadPermissionsModel;

  // Read by relation fields and the access policy; not part of the GraphQL type.
  authorId!: string;
  caseStudyId!: string | null;
  /** The group it lives in (null: the public commons) and its facts for the viewer. */
  groupId!: string | null;
  group!: ContentGroupFacts | null;
  acceptedReplyId!: string | null;
  locked!: boolean;
  hidden!: boolean;
  usefulCount!: number;
  thanksCount!: number;
  themeIds!: string[];
}

@ObjectType('Reply', {
  description:
    'A reply in a thread. A deleted reply stays in place with an empty body (`deleted: true`), so the thread stays readable.',
})
export class ReplyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Markdown source (empty when deleted).' })
  body!: string;

  @Field(() => String, { description: 'Safe HTML rendered from `body` (empty when deleted).' })
  bodyHtml!: string;

  @Field(() => Int, { description: 'USEFUL reactions.' })
  score!: number;

  @Field(() => Boolean, { description: "The thread's accepted answer." })
  accepted!: boolean;

  @Field(() => Boolean)
  deleted!: boolean;

  @Field(() => Date, { nullable: true })
  deletedAt!: Date | null;

  @Field(() => Int, { description: 'Saved versions (1 when never edited).' })
  revisionCount!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last edit ("modifié").' })
  editedAt!: Date | null;

  // Computed when the row is mapped (for this viewer), as plain fields: no resolver call per reply.

  @Field(() => [ReactionKind], { description: "The viewer's reactions (one of each kind at most)." })
  myReaction!: ReactionKind[];

  @Field(() => ReactionSummaryModel)
  reactions!: ReactionSummaryModel;

  @Field(() => ReplyPermissionsModel)
  viewerCan!: ReplyPermissionsModel;

  threadId!: string;
  authorId!: string;
  quotedReplyId!: string | null;
  /** The quoted reply, read with this one when the statement embeds it. */
  quoted?: ReplyModel | null;
  hidden!: boolean;
  usefulCount!: number;
  thanksCount!: number;
  /** What the policy needs to know about its thread. */
  threadFacts!: ThreadAccessFacts;
  /** Sort key of the chronological order, exact (text), for cursors. */
  sortKey!: string;
}

@ObjectType('PostRevision', {
  description: 'A saved version of a question or a reply (the first one is the original).',
})
export class PostRevisionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String, { nullable: true, description: 'The title (questions only).' })
  title!: string | null;

  @Field(() => String)
  body!: string;

  @Field(() => String)
  bodyHtml!: string;

  @Field(() => Date)
  createdAt!: Date;

  authorId!: string;
}

@ObjectType('ThreadConnection', { description: '`totalCount` is computed only when asked for.' })
export class ThreadConnection extends ConnectionType(ThreadModel, 'Thread', { extensible: true }) {
  /** The resolved filter, kept for the lazily computed `totalCount`. */
  query!: unknown;
}

export const ReplyConnection = ConnectionType(ReplyModel, 'Reply');
export const PostRevisionConnection = ConnectionType(PostRevisionModel, 'PostRevision', {
  totalCount: true,
});
