import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConnectionArgs,
  CurrentUser,
  CurrentViewer,
  Public,
  type Actor,
  type GraphQLContext,
  type Viewer,
} from '@pairs/platform-core';
import { ProfilesService, UserModel } from '@pairs/identity';
import { CaseStudiesService, CaseStudyModel, ThemeModel, ThemesService } from '@pairs/knowledge';
import { GroupModel, GroupsService } from '@pairs/groups';
import { ThreadViews } from './thread-views.js';
import {
  AcceptReplyInput,
  CreateReplyInput,
  CreateThreadInput,
  DeleteReplyInput,
  LockThreadInput,
  MoveThreadInput,
  MoveThreadToGroupInput,
  PinThreadInput,
  ReactInput,
  RepliesArgs,
  ThreadsArgs,
  GroupThreadsArgs,
  UnacceptReplyInput,
  UnlockThreadInput,
  UnpinThreadInput,
  UnreactInput,
  UpdateReplyInput,
  UpdateThreadInput,
} from './thread.inputs.js';
import {
  PostRevisionConnection,
  PostRevisionModel,
  ReactionSummaryModel,
  ReplyConnection,
  ReplyModel,
  ThreadConnection,
  ThreadModel,
  ThreadParticipantsModel,
} from './thread.model.js';
import { ThreadsService } from './threads.service.js';

const present = <T>(items: ReadonlyArray<T | null | Error>): T[] =>
  items.filter((x): x is T => x !== null && !(x instanceof Error));

@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly service: ThreadsService,
    private readonly views: ThreadViews,
    private readonly profiles: ProfilesService,
    private readonly themeService: ThemesService,
    private readonly caseStudies: CaseStudiesService,
    private readonly groups: GroupsService,
  ) {}

  @Public() // threads are public; the policy filters hidden ones
  @Query(() => ThreadModel, {
    nullable: true,
    description: 'A thread by id; null when it does not exist or the viewer may not read it.',
  })
  async thread(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<ThreadModel | null> {
    const thread = await this.service.threadLoader(ctx.loaders, viewer).load(id.toLowerCase());
    if (thread && !(viewer !== null && viewer.id === thread.authorId)) {
      this.views.recordFor(ctx, thread.id);
    }
    return thread;
  }

  @Public() // threads are public; the policy filters hidden ones
  @Query(() => ThreadConnection, { description: 'Threads the viewer may read, filtered and sorted.' })
  threads(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ThreadsArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<ThreadConnection> {
    return this.service.list(viewer, ctx.loaders, args);
  }

  @Public() // replies of public threads are public; the policy filters the rest
  @Query(() => ReplyModel, {
    nullable: true,
    description: 'A reply by id (stable links); null when it does not exist or the viewer may not read it.',
  })
  reply(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<ReplyModel | null> {
    return this.service.replyLoader(ctx.loaders, viewer).load(id.toLowerCase());
  }

  @Mutation(() => ThreadModel, { description: 'Asks a question (verified email needed).' })
  createThread(@CurrentUser() actor: Actor, @Args('input') input: CreateThreadInput): Promise<ThreadModel> {
    return this.service.createThread(actor, input);
  }

  @Mutation(() => ThreadModel, {
    description: 'Edits the title, body or themes (author, moderators); each text edit is a revision.',
  })
  updateThread(@CurrentUser() actor: Actor, @Args('input') input: UpdateThreadInput): Promise<ThreadModel> {
    return this.service.updateThread(actor, input);
  }

  @Mutation(() => ReplyModel)
  createReply(@CurrentUser() actor: Actor, @Args('input') input: CreateReplyInput): Promise<ReplyModel> {
    return this.service.createReply(actor, input);
  }

  @Mutation(() => ReplyModel, { description: 'Each edit is kept as a revision.' })
  updateReply(@CurrentUser() actor: Actor, @Args('input') input: UpdateReplyInput): Promise<ReplyModel> {
    return this.service.updateReply(actor, input);
  }

  @Mutation(() => ReplyModel, {
    description:
      'Leaves a placeholder. Authors: not on a locked thread, not the accepted answer; moderators: always.',
  })
  deleteReply(@CurrentUser() actor: Actor, @Args('input') input: DeleteReplyInput): Promise<ReplyModel> {
    return this.service.deleteReply(actor, input.replyId);
  }

  @Mutation(() => ThreadModel, {
    description: 'The thread author or a moderator; the thread becomes SOLVED.',
  })
  acceptReply(@CurrentUser() actor: Actor, @Args('input') input: AcceptReplyInput): Promise<ThreadModel> {
    return this.service.acceptReply(actor, input);
  }

  @Mutation(() => ThreadModel)
  unacceptReply(@CurrentUser() actor: Actor, @Args('input') input: UnacceptReplyInput): Promise<ThreadModel> {
    return this.service.unacceptReply(actor, input.threadId);
  }

  @Mutation(() => ReactionSummaryModel, {
    description: 'One reaction of each kind per member and post; not on your own posts.',
  })
  react(@CurrentUser() actor: Actor, @Args('input') input: ReactInput): Promise<ReactionSummaryModel> {
    return this.service.react(actor, input, true);
  }

  @Mutation(() => ReactionSummaryModel)
  unreact(@CurrentUser() actor: Actor, @Args('input') input: UnreactInput): Promise<ReactionSummaryModel> {
    return this.service.react(actor, input, false);
  }

  @Mutation(() => ThreadModel, { description: "Moderators; in a group, also the group's facilitators." })
  pinThread(@CurrentUser() actor: Actor, @Args('input') input: PinThreadInput): Promise<ThreadModel> {
    return this.service.setPinned(actor, input.threadId, true);
  }

  @Mutation(() => ThreadModel, { description: "Moderators; in a group, also the group's facilitators." })
  unpinThread(@CurrentUser() actor: Actor, @Args('input') input: UnpinThreadInput): Promise<ThreadModel> {
    return this.service.setPinned(actor, input.threadId, false);
  }

  @Mutation(() => ThreadModel, {
    description:
      "Moderators; in a group, also the group's facilitators: no more replies or edits except by platform moderators.",
  })
  lockThread(@CurrentUser() actor: Actor, @Args('input') input: LockThreadInput): Promise<ThreadModel> {
    return this.service.setLocked(actor, input.threadId, true);
  }

  @Mutation(() => ThreadModel, { description: "Moderators; in a group, also the group's facilitators." })
  unlockThread(@CurrentUser() actor: Actor, @Args('input') input: UnlockThreadInput): Promise<ThreadModel> {
    return this.service.setLocked(actor, input.threadId, false);
  }

  @Mutation(() => ThreadModel, { description: 'Moderators: replaces the themes of a thread.' })
  moveThread(@CurrentUser() actor: Actor, @Args('input') input: MoveThreadInput): Promise<ThreadModel> {
    return this.service.moveThread(actor, input);
  }

  @Mutation(() => ThreadModel, {
    description:
      'Platform moderators: moves a thread (with its replies) into a group, or to the public commons with `groupId: null`. Moving out of a private group publishes it: a deliberate act, never a side effect.',
  })
  moveThreadToGroup(
    @CurrentUser() actor: Actor,
    @Args('input') input: MoveThreadToGroupInput,
  ): Promise<ThreadModel> {
    return this.service.moveThreadToGroup(actor, input);
  }

  @ResolveField(() => UserModel, { nullable: true })
  author(@Parent() thread: ThreadModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return this.profiles.usersLoader(ctx.loaders).load(thread.authorId);
  }

  @ResolveField(() => [ThemeModel], { description: 'In alphabetical order.' })
  async themes(@Parent() thread: ThreadModel, @Context() ctx: GraphQLContext): Promise<ThemeModel[]> {
    const themes = present(await this.themeService.byIdLoader(ctx.loaders).loadMany(thread.themeIds));
    return themes.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  @ResolveField(() => GroupModel, {
    nullable: true,
    description: 'The group it lives in (its members only read it when PRIVATE); null in the public commons.',
  })
  group(
    @Parent() thread: ThreadModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<GroupModel | null> | null {
    return thread.groupId ? this.groups.byIdLoader(ctx.loaders, viewer).load(thread.groupId) : null;
  }

  @ResolveField(() => CaseStudyModel, {
    nullable: true,
    description: 'The case study this question is about, when the viewer may read it.',
  })
  caseStudy(
    @Parent() thread: ThreadModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<CaseStudyModel | null> | null {
    return thread.caseStudyId
      ? this.caseStudies.byIdLoader(ctx.loaders, viewer).load(thread.caseStudyId)
      : null;
  }

  @ResolveField(() => ReplyConnection, {
    description: 'Chronological. `from` starts at a given reply; `before` + `last` page backwards.',
  })
  replies(
    @Parent() thread: ThreadModel,
    @Args() args: RepliesArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    return this.service.replies(viewer, ctx.loaders, thread.id, args);
  }

  @ResolveField(() => PostRevisionConnection, { description: 'Versions of the question, newest first.' })
  revisions(
    @Parent() thread: ThreadModel,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    return this.service.revisions(viewer, ctx.loaders, { kind: 'thread', ...thread }, args);
  }
}

@Resolver(() => ReplyModel)
export class ReplyResolver {
  constructor(
    private readonly service: ThreadsService,
    private readonly profiles: ProfilesService,
  ) {}

  @ResolveField(() => ThreadModel)
  async thread(
    @Parent() reply: ReplyModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<ThreadModel> {
    const thread = await this.service.threadLoader(ctx.loaders, viewer).load(reply.threadId);
    if (!thread) throw new Error(`Thread ${reply.threadId} of readable reply ${reply.id} is unreadable`);
    return thread;
  }

  @ResolveField(() => UserModel, { nullable: true })
  author(@Parent() reply: ReplyModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return this.profiles.usersLoader(ctx.loaders).load(reply.authorId);
  }

  @ResolveField(() => ReplyModel, {
    nullable: true,
    description: 'The reply this one quotes, when readable.',
  })
  quotedReply(
    @Parent() reply: ReplyModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<ReplyModel | null> {
    return this.service.quotedReply(viewer, ctx.loaders, reply);
  }

  @ResolveField(() => PostRevisionConnection, {
    description: 'Versions of the reply, newest first (moderators only once it is deleted).',
  })
  async revisions(
    @Parent() reply: ReplyModel,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    if (!this.service.canReadReplyRevisions(viewer, reply)) {
      return {
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        totalCount: 0,
      };
    }
    return this.service.revisions(viewer, ctx.loaders, { kind: 'reply', ...reply }, args);
  }
}

@Resolver(() => ThreadParticipantsModel)
export class ThreadParticipantsResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @ResolveField(() => [UserModel], { description: 'The author first, then the first repliers (5 at most).' })
  async users(
    @Parent() participants: ThreadParticipantsModel,
    @Context() ctx: GraphQLContext,
  ): Promise<UserModel[]> {
    return present(await this.profiles.usersLoader(ctx.loaders).loadMany(participants.userIds));
  }
}

@Resolver(() => PostRevisionModel)
export class PostRevisionResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @ResolveField(() => UserModel, { nullable: true })
  author(@Parent() revision: PostRevisionModel, @Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return this.profiles.usersLoader(ctx.loaders).load(revision.authorId);
  }
}

@Resolver(() => ThreadConnection)
export class ThreadConnectionResolver {
  constructor(private readonly service: ThreadsService) {}

  @ResolveField(() => Int, { description: 'Number of threads the viewer may read with this filter.' })
  totalCount(@Parent() connection: ThreadConnection, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.totalCount(ctx.loaders, connection);
  }
}

@Resolver(() => ThemeModel)
export class ThemeThreadsResolver {
  constructor(private readonly service: ThreadsService) {}

  @ResolveField(() => Int, {
    description: 'Threads tagged with this theme (or, for a top-level theme, its children).',
  })
  threadCount(
    @Parent() theme: ThemeModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<number> {
    return this.service.themeCountLoader(ctx.loaders, viewer).load(theme.id);
  }
}

/** `Group.threads`: a group's questions, through the same policy as every list. */
@Resolver(() => GroupModel)
export class GroupThreadsResolver {
  constructor(private readonly service: ThreadsService) {}

  @ResolveField(() => ThreadConnection, {
    description:
      "The group's questions; empty for who may not read its content (a PRIVATE group's outsiders).",
  })
  threads(
    @Parent() group: GroupModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
    @Args() args: GroupThreadsArgs,
  ): Promise<ThreadConnection> {
    return this.service.list(viewer, ctx.loaders, { ...args, filter: null }, group.id);
  }
}
