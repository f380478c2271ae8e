import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { ReactionKind, ThreadStatus } from '@pairs/shared-domain';
import { ConnectionArgs } from '@pairs/platform-core';
import { ThreadOrder } from './thread.model.js';

// Lengths and references are checked by the service, which reports every problem of an input at
// once with its field path; ids are checked here.

@InputType()
export class CreateThreadInput {
  @Field(() => String, { description: '5 to 200 characters.' })
  title!: string;

  @Field(() => String, { description: 'Markdown, at most 50 KB.' })
  body!: string;

  @Field(() => [String], { description: '1 to 5 active themes.' })
  themeSlugs!: string[];

  @Field(() => ID, { nullable: true, description: 'A published case study this question is about.' })
  @IsOptional()
  @IsUUID()
  caseStudyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "A group the author is an active member of; the question is then the group's (private to its members in a PRIVATE group). A question about a case study of a group lives in that group.",
  })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;
}

@InputType()
export class MoveThreadToGroupInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The group; null moves the thread to the public commons.' })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateThreadInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => [String], { nullable: true, description: 'Correct the themes (author or moderator).' })
  themeSlugs?: string[] | null;
}

@InputType()
export class CreateReplyInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field(() => String, { description: 'Markdown, at most 50 KB.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'A reply of the same thread this one quotes.' })
  @IsOptional()
  @IsUUID()
  quotedReplyId?: string | null;
}

@InputType()
export class UpdateReplyInput {
  @Field(() => ID)
  @IsUUID()
  replyId!: string;

  @Field(() => String)
  body!: string;
}

@InputType()
export class DeleteReplyInput {
  @Field(() => ID)
  @IsUUID()
  replyId!: string;
}

@InputType()
export class AcceptReplyInput {
  @Field(() => ID)
  @IsUUID()
  replyId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The thread the caller means; refused when the reply belongs to another one.',
  })
  @IsOptional()
  @IsUUID()
  threadId?: string | null;
}

@InputType()
export class UnacceptReplyInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;
}

@InputType()
export class ReactInput {
  @Field(() => ID, { description: 'A thread or a reply.' })
  @IsUUID()
  targetId!: string;

  @Field(() => ReactionKind)
  kind!: ReactionKind;
}

@InputType()
export class UnreactInput {
  @Field(() => ID)
  @IsUUID()
  targetId!: string;

  @Field(() => ReactionKind)
  kind!: ReactionKind;
}

/** Input of the moderators' thread actions that need only the thread. */
@InputType('ThreadActionInput', { isAbstract: true })
abstract class ThreadActionInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;
}

@InputType()
export class PinThreadInput extends ThreadActionInput {}

@InputType()
export class UnpinThreadInput extends ThreadActionInput {}

@InputType()
export class LockThreadInput extends ThreadActionInput {}

@InputType()
export class UnlockThreadInput extends ThreadActionInput {}

@InputType()
export class MoveThreadInput {
  @Field(() => ID)
  @IsUUID()
  threadId!: string;

  @Field(() => [String], { description: 'The new themes (1 to 5 active themes).' })
  themeSlugs!: string[];
}

@InputType()
export class ThreadFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Any of these themes (a top-level theme includes its children; merged slugs work).',
  })
  themeSlugs?: string[] | null;

  @Field(() => ThreadStatus, { nullable: true })
  status?: ThreadStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'true: no reply yet; false: at least one.' })
  unanswered?: boolean | null;

  @Field(() => String, { nullable: true })
  authorHandle?: string | null;

  @Field(() => ID, { nullable: true, description: 'Questions about this case study.' })
  caseStudyId?: string | null;

  @Field(() => String, { nullable: true, description: "A group's questions (those the viewer may read)." })
  groupSlug?: string | null;
}

@ArgsType()
export class ThreadsArgs extends ConnectionArgs {
  @Field(() => ThreadFilter, { nullable: true })
  filter?: ThreadFilter | null;

  @Field(() => ThreadOrder, { nullable: true, defaultValue: ThreadOrder.LAST_ACTIVITY })
  orderBy?: ThreadOrder | null;
}

@ArgsType()
export class GroupThreadsArgs extends ConnectionArgs {
  @Field(() => ThreadOrder, { nullable: true, defaultValue: ThreadOrder.LAST_ACTIVITY })
  orderBy?: ThreadOrder | null;
}

@ArgsType()
export class RepliesArgs extends ConnectionArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Start the page at this reply (inclusive): a stable link to a reply or the accepted answer. Ignored with `after` or `before`.',
  })
  from?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size when paging backwards with `before`.' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Opaque cursor: the replies just before this one.' })
  before?: string | null;
}
