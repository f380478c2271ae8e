import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  buildConnection,
  decodeCursor,
  DomainError,
  DomainEventBus,
  domainEvent,
  encodeCursor,
  MarkdownRenderer,
  groupByKeys,
  orderByKeys,
  replyAccess,
  threadAccess,
  toPageRequest,
  type Actor,
  type Connection,
  type ContentGroupFacts,
  type DomainEvent,
  type LoaderRegistry,
  type ReplyAccessFacts,
  type ThreadAccessFacts,
  type Viewer,
} from '@pairs/platform-core';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type FieldErrorDetail,
  type ReactionKind,
  type ThreadStatus,
  isUuid,
} from '@pairs/shared-domain';
import { GroupsService } from '@pairs/groups';
import { ProfilesService } from '@pairs/identity';
import { CaseStudiesService, ThemesService } from '@pairs/knowledge';
import { validatePostText } from './thread-content.js';
import type {
  AcceptReplyInput,
  CreateReplyInput,
  CreateThreadInput,
  MoveThreadInput,
  MoveThreadToGroupInput,
  ReactInput,
  RepliesArgs,
  ThreadsArgs,
  UpdateReplyInput,
  UpdateThreadInput,
} from './thread.inputs.js';
import {
  ThreadOrder,
  type PostRevisionModel,
  type ReactionSummaryModel,
  type ReplyModel,
  type ReplyPermissionsModel,
  type ThreadConnection,
  type ThreadModel,
  type ThreadPermissionsModel,
} from './thread.model.js';
import {
  ThreadsRepository,
  type LockedThread,
  type ReplyPageStart,
  type ReplyRecord,
  type RevisionRecord,
  type ThreadCursor,
  type ThreadQuery,
  type ThreadRecord,
} from './threads.repository.js';

function statusOf(r: { locked: boolean; acceptedReplyId: string | null }): ThreadStatus {
  if (r.locked) return 'LOCKED';
  return r.acceptedReplyId ? 'SOLVED' : 'OPEN';
}

/** Facts facing the policy. */
const threadFacts = (t: {
  authorId: string;
  locked: boolean;
  hidden: boolean;
  group: ContentGroupFacts | null;
}): ThreadAccessFacts => ({
  authorId: t.authorId,
  locked: t.locked,
  hidden: t.hidden,
  group: t.group,
});
const replyThreadFacts = (r: ReplyRecord | ReplyModel): ThreadAccessFacts =>
  'threadAuthorId' in r
    ? { authorId: r.threadAuthorId, locked: r.threadLocked, hidden: r.threadHidden, group: r.threadGroup }
    : r.threadFacts;
const replyFacts = (r: {
  authorId: string;
  deleted: boolean;
  hidden: boolean;
  accepted: boolean;
}): ReplyAccessFacts => ({
  authorId: r.authorId,
  deleted: r.deleted,
  hidden: r.hidden,
  accepted: r.accepted,
});

const NO_THREAD_PERMISSIONS: ThreadPermissionsModel = {
  reply: false,
  edit: false,
  accept: false,
  moderate: false,
  react: false,
};
const NO_REPLY_PERMISSIONS: ReplyPermissionsModel = {
  edit: false,
  delete: false,
  accept: false,
  react: false,
};

/** Facts other contexts (moderation, search, notifications) subscribe to. */
export type DiscussionEventType =
  | 'discussions.thread-created'
  | 'discussions.thread-updated'
  | 'discussions.thread-pinned'
  | 'discussions.thread-unpinned'
  | 'discussions.thread-locked'
  | 'discussions.thread-unlocked'
  | 'discussions.thread-moved'
  | 'discussions.thread-moved-to-group'
  | 'discussions.reply-created'
  | 'discussions.reply-updated'
  | 'discussions.reply-deleted'
  | 'discussions.reply-accepted'
  | 'discussions.reply-unaccepted'
  | 'discussions.reaction-added'
  | 'discussions.reaction-removed';
export type DiscussionEvent = DomainEvent<
  DiscussionEventType,
  { threadId: string; replyId: string | null; authorId: string; kind?: ReactionKind }
>;

/**
 * Q&A threads: asking, replying, accepting an answer, reactions, edits kept as revisions and the
 * moderators' actions, all read through the one access policy (`threadAccess`/`replyAccess` for an
 * item, their SQL twins for every list and count).
 */
@Injectable()
export class ThreadsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: ThreadsRepository,
    private readonly themes: ThemesService,
    private readonly caseStudies: CaseStudiesService,
    private readonly profiles: ProfilesService,
    private readonly markdown: MarkdownRenderer,
    private readonly events: DomainEventBus,
    private readonly groups: GroupsService,
  ) {}

  onModuleInit(): void {
    this.themes.registerMergeParticipant({
      name: 'threads',
      moveTags: (manager, sourceId, targetId) => this.repo.moveThemeTags(manager, sourceId, targetId),
    });
  }

  // ---------------------------------------------------------------- mapping

  toThread(r: ThreadRecord, viewer: Viewer): ThreadModel {
    const thread: ThreadModel = {
      id: r.id,
      title: r.title,
      body: r.body,
      bodyHtml: r.bodyHtml,
      status: statusOf(r),
      pinned: r.pinned,
      replyCount: r.replyCount,
      viewCount: r.viewCount,
      score: r.usefulCount,
      revisionCount: r.revisionCount,
      lastActivityAt: r.lastActivityAt,
      createdAt: r.createdAt,
      editedAt: r.editedAt,
      authorId: r.authorId,
      caseStudyId: r.caseStudyId,
      groupId: r.groupId,
      group: r.group,
      acceptedReplyId: r.acceptedReplyId,
      locked: r.locked,
      hidden: r.hidden,
      usefulCount: r.usefulCount,
      thanksCount: r.thanksCount,
      themeIds: r.themes.map((theme) => theme.id),
      participants: {
        userIds: [r.authorId, ...r.participantIds],
        totalCount: 1 + r.otherParticipantCount,
      },
      myReaction: r.myReactions,
      reactions: { targetId: r.id, useful: r.usefulCount, thanks: r.thanksCount, mine: r.myReactions },
      acceptedReply: null,
      viewerCan: NO_THREAD_PERMISSIONS,
    };
    const accepted = r.acceptedReply ? this.toReply(r.acceptedReply, viewer) : null;
    thread.acceptedReply = accepted && this.canReadReply(viewer, accepted) ? accepted : null;
    thread.viewerCan = this.threadPermissions(viewer, thread);
    return thread;
  }

  /** Deleted replies keep their place with an empty body (moderators still see the text). */
  toReply(r: ReplyRecord, viewer: Viewer): ReplyModel {
    const deleted = r.deletedAt !== null;
    const blank = deleted && !replyAccess.canSeeDeletedContent(viewer);
    const quoted = r.quoted === undefined ? undefined : r.quoted ? this.toReply(r.quoted, viewer) : null;
    const reply: ReplyModel = {
      id: r.id,
      body: blank ? '' : r.body,
      bodyHtml: blank ? '' : r.bodyHtml,
      score: r.usefulCount,
      accepted: r.accepted,
      deleted,
      deletedAt: r.deletedAt,
      revisionCount: r.revisionCount,
      createdAt: r.createdAt,
      editedAt: r.editedAt,
      threadId: r.threadId,
      authorId: r.authorId,
      quotedReplyId: r.quotedReplyId,
      quoted: quoted && this.canReadReply(viewer, quoted) ? quoted : quoted === undefined ? undefined : null,
      hidden: r.hidden,
      usefulCount: r.usefulCount,
      thanksCount: r.thanksCount,
      myReaction: r.myReactions,
      reactions: { targetId: r.id, useful: r.usefulCount, thanks: r.thanksCount, mine: r.myReactions },
      viewerCan: NO_REPLY_PERMISSIONS,
      sortKey: r.sortKey,
      threadFacts: replyThreadFacts(r),
    };
    reply.viewerCan = this.replyPermissions(viewer, reply);
    return reply;
  }

  canReadReplyRevisions(viewer: Viewer, reply: ReplyModel): boolean {
    return replyAccess.canReadRevisions(viewer, replyFacts(reply));
  }

  private canReadReply(viewer: Viewer, reply: ReplyModel): boolean {
    return replyAccess.canRead(viewer, replyThreadFacts(reply), replyFacts(reply));
  }

  // ---------------------------------------------------------------- reading

  /** Threads by id for this request (one statement per batch); null when unreadable or missing. */
  threadLoader(loaders: LoaderRegistry, viewer: Viewer) {
    return loaders.get<string, ThreadModel | null>('discussions.threadById', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const records = await this.repo.findThreads(viewer, valid);
      this.primeThemes(loaders, records);
      const rows = records.map((r) => this.toThread(r, viewer));
      return orderByKeys(ids, rows, (t) => t.id).map((t) =>
        t && threadAccess.canRead(viewer, threadFacts(t)) ? t : null,
      );
    });
  }

  replyLoader(loaders: LoaderRegistry, viewer: Viewer) {
    return loaders.get<string, ReplyModel | null>('discussions.replyById', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows = (await this.repo.findReplies(viewer, valid)).map((r) => this.toReply(r, viewer));
      return orderByKeys(ids, rows, (r) => r.id).map((r) => (r && this.canReadReply(viewer, r) ? r : null));
    });
  }

  /** Themes come with thread rows: the `themes` fields then resolve without a query. */
  private primeThemes(loaders: LoaderRegistry, records: readonly ThreadRecord[]): void {
    this.themes.primeById(
      loaders,
      records.flatMap((r) => r.themes),
    );
  }

  /** A page of threads; `groupId` limits it to a group's (the `Group.threads` field). */
  async list(
    viewer: Viewer,
    loaders: LoaderRegistry,
    args: ThreadsArgs,
    groupId?: string,
  ): Promise<ThreadConnection> {
    const order = args.orderBy ?? ThreadOrder.LAST_ACTIVITY;
    const arity = order === ThreadOrder.LAST_ACTIVITY ? 3 : 2;
    const page = toPageRequest(args, arity);
    const after = page.after ? this.checkThreadCursor(page.after, order) : null;
    const resolved = await this.resolveQuery(viewer, args);
    const query = resolved && groupId ? { ...resolved, groupId } : resolved;
    const rows = query ? await this.repo.findPage(query, order, after, page.first + 1) : [];
    this.primeThemes(loaders, rows);
    const connection = buildConnection(rows, page, (r) =>
      order === ThreadOrder.LAST_ACTIVITY ? [r.pinned, r.sortKey, r.id] : [r.sortKey, r.id],
    );
    return {
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: this.toThread(e.node, viewer) })),
      pageInfo: connection.pageInfo,
      query,
    };
  }

  /** Number of threads of a list, computed once per list and request. */
  async totalCount(loaders: LoaderRegistry, connection: ThreadConnection): Promise<number> {
    const query = connection.query as ThreadQuery | null;
    if (!query) return 0;
    const loader = loaders.get<ThreadQuery, number>('discussions.threadCount', (queries) =>
      Promise.all(queries.map((q) => this.repo.count(q))),
    );
    return loader.load(query);
  }

  /** Readable threads per theme (with its children). */
  themeCountLoader(loaders: LoaderRegistry, viewer: Viewer) {
    return loaders.get<string, number>('discussions.themeThreadCount', async (themeIds) => {
      const rows = await this.repo.countByTheme(viewer, themeIds);
      return orderByKeys(themeIds, rows, (r) => r.themeId).map((r) => r?.count ?? 0);
    });
  }

  /**
   * A page of a thread's replies, chronological. Batched over threads asked with the same page
   * arguments: one statement whatever the number of threads and replies.
   */
  async replies(viewer: Viewer, loaders: LoaderRegistry, threadId: string, args: RepliesArgs) {
    const { start, size, backwards } = this.replyPageArgs(args);
    const loader = loaders.get<string, ReplyRecord[]>(
      `discussions.replyPage:${JSON.stringify(start)}:${size}`,
      async (threadIds) => {
        const rows = await this.repo.findReplyPages(viewer, threadIds, start, size + 1);
        return groupByKeys(threadIds, rows, (row) => row.threadId);
      },
    );
    let rows = await loader.load(threadId);
    const more = rows.length > size;
    rows = rows.slice(0, size);
    if (backwards) rows = rows.reverse();
    const edges = rows.map((r) => ({
      cursor: encodeCursor([r.sortKey, r.id]),
      node: this.toReply(r, viewer),
    }));
    const hasBefore = rows[0]?.hasBefore ?? false;
    const pageInfo = {
      hasNextPage: backwards ? true : more,
      hasPreviousPage: backwards ? more : start.kind === 'after' || (start.kind === 'from' && hasBefore),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    };
    if (backwards && !edges.length) pageInfo.hasNextPage = start.kind === 'before';
    return { edges, pageInfo } as Connection<ReplyModel>;
  }

  private replyPageArgs(args: RepliesArgs): { start: ReplyPageStart; size: number; backwards: boolean } {
    const invalidCursor = (field: string) =>
      DomainError.badField(field, 'cursor', `${field} is not a valid cursor`);
    const size = (value: number | null | undefined, field: string) => {
      const n = value ?? DEFAULT_PAGE_SIZE;
      if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
        throw DomainError.badField(field, 'range', `${field} must be between 1 and ${MAX_PAGE_SIZE}`);
      }
      return n;
    };
    const keyOf = (cursor: string, field: string) => {
      let decoded: unknown[];
      try {
        decoded = decodeCursor(cursor, 2);
      } catch {
        throw invalidCursor(field);
      }
      const [key, id] = decoded;
      if (typeof key !== 'string' || Number.isNaN(Date.parse(key)) || typeof id !== 'string' || !isUuid(id)) {
        throw invalidCursor(field);
      }
      return { key, id };
    };
    if (args.after != null && args.before != null) {
      throw DomainError.badField('before', 'exclusive', 'Use either after or before');
    }
    if (args.before != null) {
      return {
        start: { kind: 'before', ...keyOf(args.before, 'before') },
        size: size(args.last, 'last'),
        backwards: true,
      };
    }
    const first = size(args.first, 'first');
    if (args.after != null)
      return { start: { kind: 'after', ...keyOf(args.after, 'after') }, size: first, backwards: false };
    if (args.from != null) {
      if (!isUuid(args.from)) throw DomainError.badField('from', 'invalid', 'from must be a reply id');
      return { start: { kind: 'from', replyId: args.from.toLowerCase() }, size: first, backwards: false };
    }
    return { start: { kind: 'start' }, size: first, backwards: false };
  }

  /** The quoted reply: embedded by page statements, loaded otherwise. */
  async quotedReply(viewer: Viewer, loaders: LoaderRegistry, reply: ReplyModel): Promise<ReplyModel | null> {
    if (!reply.quotedReplyId) return null;
    if (reply.quoted !== undefined) return reply.quoted;
    return this.replyLoader(loaders, viewer).load(reply.quotedReplyId);
  }

  threadPermissions(viewer: Viewer, t: ThreadModel): ThreadPermissionsModel {
    const f = threadFacts(t);
    return {
      reply: threadAccess.canReply(viewer, f),
      edit: threadAccess.canEdit(viewer, f),
      accept: threadAccess.canAccept(viewer, f),
      moderate: threadAccess.canModerate(viewer, f),
      react: threadAccess.canReact(viewer, f, t),
    };
  }

  replyPermissions(viewer: Viewer, r: ReplyModel): ReplyPermissionsModel {
    const t = replyThreadFacts(r);
    const f = replyFacts(r);
    return {
      edit: replyAccess.canEdit(viewer, t, f),
      delete: replyAccess.canDelete(viewer, t, f),
      accept: threadAccess.canAccept(viewer, t) && !r.deleted,
      react: threadAccess.canReact(viewer, t, r) && !r.deleted,
    };
  }

  /** Revisions of a question or a reply, newest first, batched over targets asked the same way. */
  async revisions(
    viewer: Viewer,
    loaders: LoaderRegistry,
    target: { kind: 'thread' | 'reply'; id: string; revisionCount: number },
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<PostRevisionModel> & { totalCount: number }> {
    const page = toPageRequest(args, 1);
    const before = page.after ? page.after[0] : null;
    if (before !== null && !Number.isInteger(before)) {
      throw DomainError.badField('after', 'cursor', 'after is not a valid cursor');
    }
    const loader = loaders.get<string, RevisionRecord[]>(
      `discussions.revisions:${target.kind}:${String(before)}:${page.first}`,
      async (ids) => {
        const rows = await this.repo.findRevisions(target.kind, ids, before as number | null, page.first + 1);
        return groupByKeys(ids, rows, (r) => r.targetId);
      },
    );
    const rows = (await loader.load(target.id)).map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      body: r.body,
      bodyHtml: this.markdown.render(r.body),
      createdAt: r.createdAt,
      authorId: r.authorId,
    }));
    return buildConnection(
      rows,
      page,
      (r) => [r.number],
      target.revisionCount,
    ) as Connection<PostRevisionModel> & {
      totalCount: number;
    };
  }

  // ---------------------------------------------------------------- threads: writing

  async createThread(actor: Actor, input: CreateThreadInput): Promise<ThreadModel> {
    if (!threadAccess.canCreate(actor))
      throw DomainError.forbidden('Verify your email address before asking');
    const text = validatePostText(input, 'thread', ['title', 'body', 'themeSlugs']);
    const problems = [...text.problems];
    const themeIds = await this.resolveThemes(input.themeSlugs, text.themeSlugs, problems);
    let caseStudyId: string | null = null;
    let groupId = input.groupId ? input.groupId.toLowerCase() : null;
    if (input.caseStudyId) {
      // Only published case studies take questions (a draft's readers are its authors).
      const cs = await this.caseStudies.byId(actor, input.caseStudyId);
      if (!cs || cs.status !== 'PUBLISHED') {
        problems.push({
          field: 'caseStudyId',
          reason: 'unknown',
          message: 'Unknown or unpublished case study',
        });
      } else {
        caseStudyId = cs.id;
        // A question about a group's case study lives in that group: its readers are the case study's.
        if (input.groupId == null) groupId = cs.groupId;
        else if (groupId !== cs.groupId) {
          problems.push({
            field: 'groupId',
            reason: 'mismatch',
            message: 'A question about a case study lives where the case study lives',
          });
        }
      }
    }
    const group = groupId ? await this.groups.contentFacts(actor, groupId) : null;
    if (groupId && !group) problems.push({ field: 'groupId', reason: 'unknown', message: 'Unknown group' });
    if (problems.length) throw DomainError.badInput(problems);
    if (!threadAccess.canCreate(actor, group)) {
      throw DomainError.forbidden('Only active members of the group post in it');
    }
    const title = text.title as string;
    const body = text.body as string;
    const id = await this.dataSource.transaction(async (manager) => {
      const id = await this.repo.insertThread(
        { title, body, bodyHtml: this.markdown.render(body), authorId: actor.id, caseStudyId, groupId },
        manager,
      );
      await this.repo.setThemes(id, themeIds, manager);
      await this.repo.insertThreadRevision(id, 1, actor.id, { title, body }, manager);
      return id;
    });
    await this.publish(
      'discussions.thread-created',
      { threadId: id, replyId: null, authorId: actor.id },
      actor,
    );
    return this.loadThread(actor, id);
  }

  async updateThread(actor: Actor, input: UpdateThreadInput): Promise<ThreadModel> {
    const current = await this.readableThread(actor, input.threadId);
    if (!threadAccess.canEdit(actor, threadFacts(current))) throw this.refusedEdit(actor, current);
    const text = validatePostText(input, 'thread', []);
    const problems = [...text.problems];
    if (input.title === null)
      problems.push({ field: 'title', reason: 'required', message: 'title is required' });
    if (input.body === null)
      problems.push({ field: 'body', reason: 'required', message: 'body is required' });
    const themeIds =
      input.themeSlugs == null ? null : await this.resolveThemes(input.themeSlugs, text.themeSlugs, problems);
    if (problems.length) throw DomainError.badInput(problems);
    const title = text.title ?? current.title;
    const body = text.body ?? current.body;
    const contentChanged = title !== current.title || body !== current.body;
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.repo.lockThread(actor, current.id, manager);
      if (!locked) throw DomainError.notFound('Thread');
      if (!threadAccess.canEdit(actor, threadFacts(locked)))
        throw this.refusedEdit(actor, { ...current, ...locked });
      if (contentChanged) {
        await this.repo.updateThreadContent(
          current.id,
          { title, body, bodyHtml: this.markdown.render(body) },
          actor.id,
          manager,
        );
      }
      if (themeIds) await this.repo.setThemes(current.id, themeIds, manager);
    });
    if (contentChanged || themeIds) {
      await this.publish(
        'discussions.thread-updated',
        { threadId: current.id, replyId: null, authorId: current.authorId },
        actor,
      );
    }
    return this.loadThread(actor, current.id);
  }

  async moveThread(actor: Actor, input: MoveThreadInput): Promise<ThreadModel> {
    return this.moderate(
      actor,
      input.threadId,
      'discussions.thread-moved',
      'move',
      async (thread, manager, problems) => {
        const text = validatePostText({ themeSlugs: input.themeSlugs }, 'thread', ['themeSlugs']);
        problems.push(...text.problems);
        const ids = await this.resolveThemes(input.themeSlugs, text.themeSlugs, problems);
        if (problems.length) throw DomainError.badInput(problems);
        await this.repo.setThemes(thread.id, ids, manager);
      },
    );
  }

  setPinned(actor: Actor, threadId: string, pinned: boolean): Promise<ThreadModel> {
    return this.moderate(
      actor,
      threadId,
      pinned ? 'discussions.thread-pinned' : 'discussions.thread-unpinned',
      'moderate',
      (t, m) => this.repo.setThreadFlags(t.id, { pinned }, m),
    );
  }

  setLocked(actor: Actor, threadId: string, locked: boolean): Promise<ThreadModel> {
    return this.moderate(
      actor,
      threadId,
      locked ? 'discussions.thread-locked' : 'discussions.thread-unlocked',
      'moderate',
      (t, m) => this.repo.setThreadFlags(t.id, { locked }, m),
    );
  }

  /**
   * Moves a thread into a group or to the public commons (`groupId: null`): a deliberate act of a
   * platform moderator, since moving out of a private group publishes the thread and its replies.
   */
  async moveThreadToGroup(actor: Actor, input: MoveThreadToGroupInput): Promise<ThreadModel> {
    const groupId = input.groupId ? input.groupId.toLowerCase() : null;
    return this.moderate(
      actor,
      input.threadId,
      'discussions.thread-moved-to-group',
      'move',
      async (thread, manager) => {
        if (groupId && !(await this.groups.contentFacts(actor, groupId))) {
          throw DomainError.badField('groupId', 'unknown', 'Unknown group');
        }
        if (thread.groupId === groupId) throw DomainError.conflict('The thread is already there');
        await this.repo.setGroup(thread.id, groupId, manager);
      },
    );
  }

  /**
   * A moderator's action under the thread's row lock: `moderate` (pin, lock, unlock: platform
   * moderators and the group's facilitators) or `move` (themes, group: platform moderators).
   */
  private async moderate(
    actor: Actor,
    threadId: string,
    event: DiscussionEventType,
    power: 'moderate' | 'move',
    apply: (thread: LockedThread, manager: EntityManager, problems: FieldErrorDetail[]) => Promise<void>,
  ): Promise<ThreadModel> {
    const thread = await this.readableThread(actor, threadId);
    const allowed = (t: ThreadAccessFacts) =>
      power === 'move' ? threadAccess.canMove(actor) : threadAccess.canModerate(actor, t);
    const refused = () =>
      DomainError.forbidden(
        power === 'move' ? 'Only moderators do this' : "Only moderators and the group's facilitators do this",
      );
    if (!allowed(threadFacts(thread))) throw refused();
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.repo.lockThread(actor, thread.id, manager);
      if (!locked) throw DomainError.notFound('Thread');
      if (!allowed(threadFacts(locked))) throw refused();
      await apply(locked, manager, []);
    });
    await this.publish(event, { threadId: thread.id, replyId: null, authorId: thread.authorId }, actor);
    return this.loadThread(actor, thread.id);
  }

  // ---------------------------------------------------------------- replies: writing

  async createReply(actor: Actor, input: CreateReplyInput): Promise<ReplyModel> {
    const thread = await this.readableThread(actor, input.threadId);
    const text = validatePostText(input, 'reply', ['body']);
    const problems = [...text.problems];
    let quoted: ReplyModel | null = null;
    if (input.quotedReplyId) {
      quoted = await this.readableReplyOrNull(actor, input.quotedReplyId);
      if (!quoted || quoted.threadId !== thread.id || quoted.deleted) {
        problems.push({ field: 'quotedReplyId', reason: 'unknown', message: 'Not a reply of this thread' });
      }
    }
    if (!threadAccess.canReply(actor, threadFacts(thread))) throw this.refusedReply(actor, thread);
    if (problems.length) throw DomainError.badInput(problems);
    const body = text.body as string;
    const id = await this.dataSource.transaction(async (manager) => {
      const locked = await this.repo.lockThread(actor, thread.id, manager);
      if (!locked) throw DomainError.notFound('Thread');
      if (!threadAccess.canReply(actor, threadFacts(locked))) throw this.refusedReply(actor, locked);
      const id = await this.repo.insertReply(
        {
          threadId: thread.id,
          authorId: actor.id,
          body,
          bodyHtml: this.markdown.render(body),
          quotedReplyId: quoted?.id ?? null,
        },
        manager,
      );
      await this.repo.insertReplyRevision(id, 1, actor.id, body, manager);
      await this.repo.countReply(thread.id, 1, manager);
      return id;
    });
    await this.publish(
      'discussions.reply-created',
      { threadId: thread.id, replyId: id, authorId: actor.id },
      actor,
    );
    return this.loadReply(actor, id);
  }

  async updateReply(actor: Actor, input: UpdateReplyInput): Promise<ReplyModel> {
    const reply = await this.readableReply(actor, input.replyId);
    const text = validatePostText(input, 'reply', ['body']);
    if (!replyAccess.canEdit(actor, replyThreadFacts(reply), replyFacts(reply)))
      throw this.refusedReplyEdit(actor, reply);
    if (text.problems.length) throw DomainError.badInput(text.problems);
    const body = text.body as string;
    if (body === reply.body) return reply; // nothing changed: no revision
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.repo.lockThread(actor, reply.threadId, manager);
      if (!locked) throw DomainError.notFound('Reply');
      const [fresh] = await this.repo.findReplies(actor, [reply.id], manager);
      const model = fresh ? this.toReply(fresh, actor) : null;
      if (!model || !replyAccess.canEdit(actor, replyThreadFacts(model), replyFacts(model))) {
        throw model ? this.refusedReplyEdit(actor, model) : DomainError.notFound('Reply');
      }
      await this.repo.updateReplyContent(
        reply.id,
        { body, bodyHtml: this.markdown.render(body) },
        actor.id,
        manager,
      );
    });
    await this.publish(
      'discussions.reply-updated',
      { threadId: reply.threadId, replyId: reply.id, authorId: reply.authorId },
      actor,
    );
    return this.loadReply(actor, reply.id);
  }

  async deleteReply(actor: Actor, replyId: string): Promise<ReplyModel> {
    const reply = await this.readableReply(actor, replyId);
    await this.dataSource.transaction(async (manager) => {
      const thread = await this.repo.lockThread(actor, reply.threadId, manager);
      if (!thread) throw DomainError.notFound('Reply');
      const [fresh] = await this.repo.findReplies(actor, [reply.id], manager);
      const model = fresh ? this.toReply(fresh, actor) : null;
      if (!model) throw DomainError.notFound('Reply');
      if (!replyAccess.canDelete(actor, replyThreadFacts(model), replyFacts(model)))
        throw this.refusedDelete(actor, model);
      await this.repo.markReplyDeleted(model.id, actor.id, manager);
      if (!model.hidden) await this.repo.countReply(model.threadId, -1, manager);
      if (thread.acceptedReplyId === model.id)
        await this.repo.setThreadFlags(thread.id, { acceptedReplyId: null }, manager);
    });
    await this.publish(
      'discussions.reply-deleted',
      { threadId: reply.threadId, replyId: reply.id, authorId: reply.authorId },
      actor,
    );
    return this.loadReply(actor, reply.id);
  }

  async acceptReply(actor: Actor, input: AcceptReplyInput): Promise<ThreadModel> {
    const reply = await this.readableReply(actor, input.replyId);
    if (input.threadId && input.threadId.toLowerCase() !== reply.threadId) {
      throw DomainError.badField('replyId', 'otherThread', 'This reply belongs to another thread');
    }
    await this.dataSource.transaction(async (manager) => {
      const thread = await this.repo.lockThread(actor, reply.threadId, manager);
      if (!thread) throw DomainError.notFound('Reply');
      if (!threadAccess.canAccept(actor, threadFacts(thread))) throw this.refusedAccept(actor, thread);
      const [fresh] = await this.repo.findReplies(actor, [reply.id], manager);
      if (!fresh || fresh.deletedAt)
        throw DomainError.badField('replyId', 'deleted', 'A deleted reply cannot be accepted');
      if (thread.acceptedReplyId === reply.id)
        throw DomainError.conflict('This reply is already the accepted answer');
      await this.repo.setThreadFlags(thread.id, { acceptedReplyId: reply.id }, manager);
    });
    await this.publish(
      'discussions.reply-accepted',
      { threadId: reply.threadId, replyId: reply.id, authorId: reply.authorId },
      actor,
    );
    return this.loadThread(actor, reply.threadId);
  }

  async unacceptReply(actor: Actor, threadId: string): Promise<ThreadModel> {
    const current = await this.readableThread(actor, threadId);
    let previous: string | null = null;
    await this.dataSource.transaction(async (manager) => {
      const thread = await this.repo.lockThread(actor, current.id, manager);
      if (!thread) throw DomainError.notFound('Thread');
      if (!threadAccess.canAccept(actor, threadFacts(thread))) throw this.refusedAccept(actor, thread);
      if (!thread.acceptedReplyId) throw DomainError.conflict('This thread has no accepted answer');
      previous = thread.acceptedReplyId;
      await this.repo.setThreadFlags(thread.id, { acceptedReplyId: null }, manager);
    });
    await this.publish(
      'discussions.reply-unaccepted',
      { threadId: current.id, replyId: previous, authorId: current.authorId },
      actor,
    );
    return this.loadThread(actor, current.id);
  }

  // ---------------------------------------------------------------- reactions

  async react(actor: Actor, input: ReactInput, add: boolean): Promise<ReactionSummaryModel> {
    const target = await this.reactionTarget(actor, input.targetId);
    if (!threadAccess.canReact(actor, target.thread, target)) {
      if (!actor.emailVerified) throw DomainError.forbidden('Verify your email address first');
      if (actor.id !== target.authorId) throw DomainError.forbidden('Only members of the group react in it');
      throw DomainError.forbidden('You cannot react to your own post');
    }
    // A deleted reply takes no new reaction; taking one's reaction back stays possible.
    if (add && target.deleted) throw DomainError.badField('targetId', 'deleted', 'This reply was deleted');
    const changed = await this.dataSource.transaction((manager) =>
      add
        ? this.repo.addReaction(target.kind, target.id, actor.id, input.kind, manager)
        : this.repo.removeReaction(target.kind, target.id, actor.id, input.kind, manager),
    );
    if (!changed) {
      throw new DomainError(
        'CONFLICT',
        add ? `You already reacted ${input.kind}` : `You have no ${input.kind} reaction here`,
        [
          {
            field: 'kind',
            reason: add ? 'duplicate' : 'missing',
            message: add ? 'Already reacted' : 'No such reaction',
          },
        ],
      );
    }
    await this.publish(
      add ? 'discussions.reaction-added' : 'discussions.reaction-removed',
      {
        threadId: target.threadId,
        replyId: target.kind === 'reply' ? target.id : null,
        authorId: target.authorId,
        kind: input.kind,
      },
      actor,
    );
    return (await this.reactionTarget(actor, target.id)).reactions;
  }

  /** A thread or a reply the viewer may read, by id. */
  private async reactionTarget(viewer: Viewer, id: string) {
    if (!isUuid(id)) throw DomainError.notFound('Thread or reply');
    const [thread] = await this.repo.findThreads(viewer, [id]);
    if (thread) {
      const model = this.toThread(thread, viewer);
      if (!threadAccess.canRead(viewer, threadFacts(model))) throw DomainError.notFound('Thread or reply');
      return {
        kind: 'thread' as const,
        id,
        threadId: id,
        thread: threadFacts(model),
        authorId: model.authorId,
        deleted: false,
        reactions: model.reactions,
      };
    }
    const reply = await this.readableReplyOrNull(viewer, id);
    if (!reply) throw DomainError.notFound('Thread or reply');
    return {
      kind: 'reply' as const,
      id,
      threadId: reply.threadId,
      thread: reply.threadFacts,
      authorId: reply.authorId,
      deleted: reply.deleted,
      reactions: reply.reactions,
    };
  }

  // ---------------------------------------------------------------- helpers

  private async readableThread(viewer: Viewer, id: string): Promise<ThreadModel> {
    if (!isUuid(id)) throw DomainError.notFound('Thread');
    const [row] = await this.repo.findThreads(viewer, [id]);
    const thread = row ? this.toThread(row, viewer) : null;
    if (!thread || !threadAccess.canRead(viewer, threadFacts(thread))) throw DomainError.notFound('Thread');
    return thread;
  }

  private async readableReplyOrNull(viewer: Viewer, id: string): Promise<ReplyModel | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.repo.findReplies(viewer, [id]);
    const reply = row ? this.toReply(row, viewer) : null;
    return reply && this.canReadReply(viewer, reply) ? reply : null;
  }

  private async readableReply(viewer: Viewer, id: string): Promise<ReplyModel> {
    const reply = await this.readableReplyOrNull(viewer, id);
    if (!reply) throw DomainError.notFound('Reply');
    return reply;
  }

  private async loadThread(viewer: Viewer, id: string): Promise<ThreadModel> {
    const [row] = await this.repo.findThreads(viewer, [id]);
    if (!row) throw DomainError.notFound('Thread');
    return this.toThread(row, viewer);
  }

  private async loadReply(viewer: Viewer, id: string): Promise<ReplyModel> {
    const [row] = await this.repo.findReplies(viewer, [id]);
    if (!row) throw DomainError.notFound('Reply');
    return this.toReply(row, viewer);
  }

  private refusedEdit(actor: Actor, thread: { authorId: string; locked: boolean }): DomainError {
    if (!actor.emailVerified) return DomainError.forbidden('Verify your email address first');
    if (actor.id === thread.authorId && thread.locked) return DomainError.forbidden('This thread is locked');
    return DomainError.forbidden('Only its author and moderators edit a question');
  }

  private refusedReply(actor: Actor, thread: { locked: boolean }): DomainError {
    if (!actor.emailVerified) return DomainError.forbidden('Verify your email address before replying');
    if (thread.locked) return DomainError.forbidden('This thread is locked');
    return DomainError.forbidden();
  }

  private refusedReplyEdit(actor: Actor, reply: ReplyModel): DomainError {
    if (!actor.emailVerified) return DomainError.forbidden('Verify your email address first');
    if (reply.deleted) return DomainError.conflict('This reply was deleted');
    if (actor.id === reply.authorId && reply.threadFacts.locked)
      return DomainError.forbidden('This thread is locked');
    return DomainError.forbidden('Only its author and moderators edit a reply');
  }

  private refusedDelete(actor: Actor, reply: ReplyModel): DomainError {
    if (reply.deleted) return DomainError.conflict('This reply was already deleted');
    if (actor.id !== reply.authorId)
      return DomainError.forbidden('Only its author and moderators delete a reply');
    if (!actor.emailVerified) return DomainError.forbidden('Verify your email address first');
    if (reply.threadFacts.locked) return DomainError.forbidden('This thread is locked');
    if (reply.hidden || reply.threadFacts.hidden) return DomainError.forbidden('Hidden by moderation');
    return DomainError.conflict('The accepted answer cannot be deleted; unaccept it first');
  }

  private refusedAccept(actor: Actor, thread: { authorId: string; locked: boolean }): DomainError {
    if (actor.id === thread.authorId && thread.locked) return DomainError.forbidden('This thread is locked');
    if (!actor.emailVerified && actor.id === thread.authorId)
      return DomainError.forbidden('Verify your email address first');
    return DomainError.forbidden('Only the author of the question and moderators accept an answer');
  }

  /** Checks theme slugs (problems at their input positions); the ids of the valid ones. */
  private async resolveThemes(
    raw: readonly string[] | null | undefined,
    normalized: string[] | undefined,
    problems: FieldErrorDetail[],
  ): Promise<string[]> {
    if (!raw || !normalized) return [];
    return (await this.themes.forTagging(raw, 'themeSlugs', problems)).ids;
  }

  private checkThreadCursor(after: unknown[], order: ThreadOrder): ThreadCursor {
    const invalid = () => DomainError.badField('after', 'cursor', 'after is not a valid cursor');
    const values = order === ThreadOrder.LAST_ACTIVITY ? after : [false, ...after];
    const [pinned, key, id] = values;
    if (typeof pinned !== 'boolean' || typeof id !== 'string' || !isUuid(id)) throw invalid();
    if (
      order === ThreadOrder.TOP
        ? !Number.isInteger(key)
        : typeof key !== 'string' || Number.isNaN(Date.parse(key))
    ) {
      throw invalid();
    }
    return { pinned, key: key as string | number, id };
  }

  /** Resolves a filter's references; null when it can match nothing (unknown author or case study). */
  private async resolveQuery(viewer: Viewer, args: ThreadsArgs): Promise<ThreadQuery | null> {
    const filter = args.filter ?? {};
    const problems: FieldErrorDetail[] = [];
    let themeIds: string[] | null = null;
    if (filter.themeSlugs?.length) {
      themeIds = await this.themes.forFilter(filter.themeSlugs, 'filter.themeSlugs', problems);
    }
    if (filter.caseStudyId && !isUuid(filter.caseStudyId)) {
      problems.push({ field: 'filter.caseStudyId', reason: 'invalid', message: 'caseStudyId must be an id' });
    }
    if (problems.length) throw DomainError.badInput(problems);
    let authorId: string | null = null;
    if (filter.authorHandle) {
      const author = await this.profiles.byHandle(filter.authorHandle);
      if (!author) return null;
      authorId = author.id;
    }
    let groupId: string | null = null;
    if (filter.groupSlug) {
      groupId = await this.groups.idBySlug(filter.groupSlug);
      if (!groupId) return null;
    }
    return {
      viewer,
      themeIds,
      status: filter.status ?? null,
      unanswered: filter.unanswered ?? null,
      authorId,
      caseStudyId: filter.caseStudyId ? filter.caseStudyId.toLowerCase() : null,
      groupId,
    };
  }

  private async publish(
    type: DiscussionEventType,
    payload: DiscussionEvent['payload'],
    actor: Actor,
  ): Promise<void> {
    await this.events.publish(domainEvent(type, payload, actor.id));
  }
}
