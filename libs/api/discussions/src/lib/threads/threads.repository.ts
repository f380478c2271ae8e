import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  contentGroupFactsSql,
  replyReadableSql,
  SqlParams,
  threadReadableSql,
  type ContentGroupFacts,
  type SqlParam,
  type Viewer,
} from '@pairs/platform-core';
import { DISCUSSION_LIMITS, type ReactionKind, type ThreadStatus } from '@pairs/shared-domain';
import { themeJsonSql, type ThemesService } from '@pairs/knowledge';
import type { ThreadOrder } from './thread.model.js';

export type ThemeRow = Parameters<ThemesService['primeById']>[1][number];

/** A thread row as the service maps it. */
export interface ThreadRecord {
  id: string;
  title: string;
  body: string;
  bodyHtml: string;
  authorId: string;
  caseStudyId: string | null;
  groupId: string | null;
  /** The group's facts for the viewer (null in the commons). */
  group: ContentGroupFacts | null;
  acceptedReplyId: string | null;
  pinned: boolean;
  locked: boolean;
  replyCount: number;
  viewCount: number;
  usefulCount: number;
  thanksCount: number;
  revisionCount: number;
  lastActivityAt: Date;
  editedAt: Date | null;
  hidden: boolean;
  createdAt: Date;
  /** Its themes, by name (read with the thread: the themes loader is primed with them). */
  themes: ThemeRow[];
  /** Repliers other than the author, in order of their first reply (4 at most). */
  participantIds: string[];
  otherParticipantCount: number;
  myReactions: ReactionKind[];
  acceptedReply: ReplyRecord | null;
  /** Sort key of the requested order (exact timestamps as text), for cursors. */
  sortKey: string | number | null;
}

/** A reply row with the facts of its thread that the policy needs. */
export interface ReplyRecord {
  id: string;
  threadId: string;
  authorId: string;
  body: string;
  bodyHtml: string;
  quotedReplyId: string | null;
  usefulCount: number;
  thanksCount: number;
  revisionCount: number;
  editedAt: Date | null;
  deletedAt: Date | null;
  hidden: boolean;
  createdAt: Date;
  sortKey: string;
  accepted: boolean;
  threadAuthorId: string;
  threadLocked: boolean;
  threadHidden: boolean;
  threadGroup: ContentGroupFacts | null;
  myReactions: ReactionKind[];
  /** Embedded quoted reply (page statements only). */
  quoted?: ReplyRecord | null;
  /** A readable reply exists before this one (pages started with `from` or `before`). */
  hasBefore?: boolean;
}

export interface RevisionRecord {
  id: string;
  targetId: string;
  number: number;
  authorId: string;
  title: string | null;
  body: string;
  createdAt: Date;
}

/** What writes check under the thread's row lock. */
export interface LockedThread {
  id: string;
  authorId: string;
  locked: boolean;
  hidden: boolean;
  acceptedReplyId: string | null;
  groupId: string | null;
  /** The group's facts for the writer. */
  group: ContentGroupFacts | null;
}

/** A list filter with every reference resolved to ids. */
export interface ThreadQuery {
  viewer: Viewer;
  themeIds: string[] | null;
  status: ThreadStatus | null;
  unanswered: boolean | null;
  authorId: string | null;
  caseStudyId: string | null;
  groupId: string | null;
}

export type ThreadCursor = { pinned?: boolean; key: string | number; id: string };

/** Where a page of replies starts. */
export type ReplyPageStart =
  | { kind: 'start' }
  | { kind: 'after'; key: string; id: string }
  | { kind: 'from'; replyId: string }
  | { kind: 'before'; key: string; id: string };

/** Dates inside `row_to_json` come back as strings. */
function reviveReply(json: Record<string, unknown> | null): ReplyRecord | null {
  if (!json) return null;
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return {
    ...(json as unknown as ReplyRecord),
    createdAt: new Date(json['createdAt'] as string),
    editedAt: date(json['editedAt']),
    deletedAt: date(json['deletedAt']),
    quoted: json['quoted'] === undefined ? undefined : reviveReply(json['quoted'] as Record<string, unknown>),
  };
}

function myReactionsSql(table: 'thread' | 'reply', alias: string, viewer: Viewer, p: SqlParam): string {
  if (viewer === null) return `'{}'::text[]`;
  return `ARRAY(SELECT my.kind FROM ${table}_reaction my
    WHERE my.${table}_id = ${alias}.id AND my.user_id = ${p(viewer.id)} ORDER BY my.kind)::text[]`;
}

/** Columns of a reply `r` joined with its thread `th`. */
function replyColumns(r: string, th: string, viewer: Viewer, p: SqlParam): string {
  return `${r}.id, ${r}.thread_id AS "threadId", ${r}.author_id AS "authorId", ${r}.body,
    ${r}.body_html AS "bodyHtml", ${r}.quoted_reply_id AS "quotedReplyId",
    ${r}.useful_count AS "usefulCount", ${r}.thanks_count AS "thanksCount",
    ${r}.revision_count AS "revisionCount", ${r}.edited_at AS "editedAt", ${r}.deleted_at AS "deletedAt",
    ${r}.hidden_at IS NOT NULL AS hidden, ${r}.created_at AS "createdAt", ${r}.created_at::text AS "sortKey",
    ${th}.accepted_reply_id IS NOT DISTINCT FROM ${r}.id AS accepted, ${th}.author_id AS "threadAuthorId",
    ${th}.locked AS "threadLocked", ${th}.hidden_at IS NOT NULL AS "threadHidden",
    ${contentGroupFactsSql(viewer, `${th}.group_id`, p)} AS "threadGroup",
    ${myReactionsSql('reply', r, viewer, p)} AS "myReactions"`;
}

/** A reply as JSON (for embedding in another row), or null. */
function replyJson(idExpr: string, viewer: Viewer, p: SqlParam, tag: string, withQuoted = false): string {
  const quoted = withQuoted
    ? `, ${replyJson(`${tag}r.quoted_reply_id`, viewer, p, `${tag}q`)} AS quoted`
    : '';
  return `(SELECT row_to_json(j) FROM (SELECT ${replyColumns(`${tag}r`, `${tag}t`, viewer, p)}${quoted}
    FROM reply ${tag}r JOIN thread ${tag}t ON ${tag}t.id = ${tag}r.thread_id WHERE ${tag}r.id = ${idExpr}) j)`;
}

/**
 * Repliers of thread `t` other than its author (visible replies only), in order of their first
 * reply: the first ones (the author makes `participantsShown`) and how many in all, in one pass over
 * `reply_participant_idx`.
 */
const PARTICIPANTS_SQL = (t: string) => `(SELECT json_build_object(
    'ids', COALESCE((array_agg(x.author_id ORDER BY x.first_at, x.author_id))[1:${DISCUSSION_LIMITS.participantsShown - 1}], '{}'),
    'count', count(*))
  FROM (SELECT p.author_id, min(p.created_at) AS first_at FROM reply p
        WHERE p.thread_id = ${t}.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL
          AND p.author_id <> ${t}.author_id
        GROUP BY p.author_id) x)`;

function threadColumns(viewer: Viewer, p: SqlParam): string {
  return `t.id, t.title, t.body, t.body_html AS "bodyHtml", t.author_id AS "authorId",
    t.case_study_id AS "caseStudyId", t.group_id AS "groupId",
    ${contentGroupFactsSql(viewer, 't.group_id', p)} AS "group", t.accepted_reply_id AS "acceptedReplyId", t.pinned, t.locked,
    t.reply_count AS "replyCount", t.view_count AS "viewCount", t.useful_count AS "usefulCount",
    t.thanks_count AS "thanksCount", t.revision_count AS "revisionCount",
    t.last_activity_at AS "lastActivityAt", t.edited_at AS "editedAt", t.hidden_at IS NOT NULL AS hidden,
    t.created_at AS "createdAt",
    COALESCE((SELECT json_agg(${themeJsonSql('th')} ORDER BY th.name) FROM thread_theme tt
      JOIN theme th ON th.id = tt.theme_id WHERE tt.thread_id = t.id), '[]') AS themes,
    ${PARTICIPANTS_SQL('t')} AS "otherParticipants",
    ${myReactionsSql('thread', 't', viewer, p)} AS "myReactions",
    ${replyJson('t.accepted_reply_id', viewer, p, 'a', true)} AS "acceptedReply"`;
}

type ThreadRow = Omit<ThreadRecord, 'participantIds' | 'otherParticipantCount' | 'acceptedReply'> & {
  otherParticipants: { ids: string[]; count: number };
  acceptedReply: Record<string, unknown> | null;
};

function mapThread({ otherParticipants, acceptedReply, ...row }: ThreadRow): ThreadRecord {
  return {
    ...row,
    participantIds: otherParticipants.ids,
    otherParticipantCount: otherParticipants.count,
    acceptedReply: reviveReply(acceptedReply),
  };
}

/**
 * Each order is a keyset, every column descending (the ORDER BY matches the order indexes of the
 * migration); the default order puts pinned threads first.
 */
const ORDERS: Record<ThreadOrder, { key: string; type: string; pinned: boolean }> = {
  LAST_ACTIVITY: { key: 't.last_activity_at', type: 'timestamptz', pinned: true },
  NEWEST: { key: 't.created_at', type: 'timestamptz', pinned: false },
  TOP: { key: 't.useful_count', type: 'integer', pinned: false },
};

@Injectable()
export class ThreadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // ---------------------------------------------------------------- threads

  /** Threads by id, whatever their state (the service applies the policy). */
  async findThreads(
    viewer: Viewer,
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<ThreadRecord[]> {
    if (!ids.length) return [];
    const p = new SqlParams();
    const rows: ThreadRow[] = await this.m(manager).query(
      `SELECT ${threadColumns(viewer, p.add)}, NULL AS "sortKey" FROM thread t WHERE t.id = ANY(${p.add(ids)}::uuid[])`,
      p.values,
    );
    return rows.map(mapThread);
  }

  /**
   * The facts a write needs, under a row lock (serializes replies, accepts and moderator actions),
   * with the group's facts for the writer.
   */
  async lockThread(viewer: Viewer, id: string, manager: EntityManager): Promise<LockedThread | null> {
    const p = new SqlParams();
    const rows: LockedThread[] = await manager.query(
      `SELECT t.id, t.author_id AS "authorId", t.locked, t.hidden_at IS NOT NULL AS hidden,
              t.accepted_reply_id AS "acceptedReplyId", t.group_id AS "groupId",
              ${contentGroupFactsSql(viewer, 't.group_id', p.add)} AS "group"
       FROM thread t WHERE t.id = ${p.add(id)} FOR UPDATE OF t`,
      p.values,
    );
    return rows[0] ?? null;
  }

  /** Moves a thread (its replies follow) into a group or, with null, to the public commons. */
  async setGroup(threadId: string, groupId: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE thread SET group_id = $2, updated_at = now() WHERE id = $1`, [
      threadId,
      groupId,
    ]);
  }

  private conditions(q: ThreadQuery, p: SqlParams): string[] {
    const where = [threadReadableSql(q.viewer, 't', p.add)];
    if (q.themeIds) {
      where.push(
        `EXISTS (SELECT 1 FROM thread_theme f WHERE f.thread_id = t.id AND f.theme_id = ANY(${p.add(q.themeIds)}::uuid[]))`,
      );
    }
    if (q.status === 'LOCKED') where.push('t.locked');
    if (q.status === 'SOLVED') where.push('NOT t.locked AND t.accepted_reply_id IS NOT NULL');
    if (q.status === 'OPEN') where.push('NOT t.locked AND t.accepted_reply_id IS NULL');
    if (q.unanswered === true) where.push('t.reply_count = 0');
    if (q.unanswered === false) where.push('t.reply_count > 0');
    if (q.authorId) where.push(`t.author_id = ${p.add(q.authorId)}`);
    if (q.caseStudyId) where.push(`t.case_study_id = ${p.add(q.caseStudyId)}`);
    if (q.groupId) where.push(`t.group_id = ${p.add(q.groupId)}`);
    return where;
  }

  /** One page in the requested order (keyset), `limit` rows at most. */
  async findPage(
    q: ThreadQuery,
    order: ThreadOrder,
    after: ThreadCursor | null,
    limit: number,
  ): Promise<ThreadRecord[]> {
    const p = new SqlParams();
    const o = ORDERS[order];
    const where = this.conditions(q, p);
    if (after) {
      const key = `${p.add(after.key)}::${o.type}`;
      const id = `${p.add(after.id)}::uuid`;
      where.push(
        o.pinned
          ? `(t.pinned, ${o.key}, t.id) < (${p.add(after.pinned ?? false)}::boolean, ${key}, ${id})`
          : `(${o.key}, t.id) < (${key}, ${id})`,
      );
    }
    const orderBy = `${o.pinned ? 't.pinned DESC, ' : ''}${o.key} DESC, t.id DESC`;
    const rows: ThreadRow[] = await this.m().query(
      `SELECT ${threadColumns(q.viewer, p.add)}, ${o.key}${o.type === 'integer' ? '' : '::text'} AS "sortKey"
       FROM thread t WHERE ${where.join(' AND ')} ORDER BY ${orderBy} LIMIT ${p.add(limit)}`,
      p.values,
    );
    return rows.map(mapThread);
  }

  async count(q: ThreadQuery): Promise<number> {
    const p = new SqlParams();
    const rows: Array<{ count: number }> = await this.m().query(
      `SELECT count(*)::int AS count FROM thread t WHERE ${this.conditions(q, p).join(' AND ')}`,
      p.values,
    );
    return rows[0]?.count ?? 0;
  }

  /** Readable threads per theme (with its children, for a top-level theme). */
  async countByTheme(
    viewer: Viewer,
    themeIds: readonly string[],
  ): Promise<Array<{ themeId: string; count: number }>> {
    if (!themeIds.length) return [];
    const p = new SqlParams();
    const ids = p.add(themeIds);
    return this.m().query(
      `SELECT th.id AS "themeId", count(DISTINCT t.id)::int AS count
       FROM theme th
       JOIN theme tagged ON tagged.id = th.id OR tagged.parent_id = th.id
       JOIN thread_theme tt ON tt.theme_id = tagged.id
       JOIN thread t ON t.id = tt.thread_id
       WHERE th.id = ANY(${ids}::uuid[]) AND ${threadReadableSql(viewer, 't', p.add)}
       GROUP BY th.id`,
      p.values,
    );
  }

  async insertThread(
    values: {
      title: string;
      body: string;
      bodyHtml: string;
      authorId: string;
      caseStudyId: string | null;
      groupId: string | null;
    },
    manager: EntityManager,
  ): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO thread (title, body, body_html, author_id, case_study_id, group_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [values.title, values.body, values.bodyHtml, values.authorId, values.caseStudyId, values.groupId],
    );
    return rows[0].id;
  }

  async setThemes(threadId: string, themeIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query(
      `DELETE FROM thread_theme WHERE thread_id = $1 AND NOT (theme_id = ANY($2::uuid[]))`,
      [threadId, themeIds],
    );
    await manager.query(
      `INSERT INTO thread_theme (thread_id, theme_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [threadId, themeIds],
    );
  }

  /** Saves new content as the next revision. */
  async updateThreadContent(
    id: string,
    content: { title: string; body: string; bodyHtml: string },
    authorId: string,
    manager: EntityManager,
  ): Promise<void> {
    // TypeORM answers an UPDATE (or DELETE) … RETURNING with [rows, affected] on PostgreSQL.
    const [rows]: [Array<{ number: number }>, number] = await manager.query(
      `UPDATE thread SET title = $2, body = $3, body_html = $4, revision_count = revision_count + 1,
              edited_at = now(), updated_at = now()
       WHERE id = $1 RETURNING revision_count AS number`,
      [id, content.title, content.body, content.bodyHtml],
    );
    await this.insertThreadRevision(id, rows[0].number, authorId, content, manager);
  }

  async insertThreadRevision(
    threadId: string,
    number: number,
    authorId: string,
    content: { title: string; body: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO thread_revision (thread_id, number, author_id, title, body) VALUES ($1, $2, $3, $4, $5)`,
      [threadId, number, authorId, content.title, content.body],
    );
  }

  async setThreadFlags(
    id: string,
    flags: { pinned?: boolean; locked?: boolean; acceptedReplyId?: string | null },
    manager: EntityManager,
  ): Promise<void> {
    const sets: string[] = [];
    const values: unknown[] = [id];
    for (const [column, value] of [
      ['pinned', flags.pinned],
      ['locked', flags.locked],
      ['accepted_reply_id', flags.acceptedReplyId],
    ] as const) {
      if (value === undefined) continue;
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    }
    if (sets.length) {
      await manager.query(`UPDATE thread SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, values);
    }
  }

  async moveThemeTags(manager: EntityManager, sourceThemeId: string, targetThemeId: string): Promise<void> {
    await manager.query(
      `INSERT INTO thread_theme (thread_id, theme_id)
       SELECT thread_id, $2 FROM thread_theme WHERE theme_id = $1
       ON CONFLICT DO NOTHING`,
      [sourceThemeId, targetThemeId],
    );
    await manager.query(`DELETE FROM thread_theme WHERE theme_id = $1`, [sourceThemeId]);
  }

  /** Adds buffered view counts in one statement. */
  async addViews(counts: Map<string, number>): Promise<void> {
    if (!counts.size) return;
    await this.m().query(
      `UPDATE thread t SET view_count = t.view_count + v.n
       FROM unnest($1::uuid[], $2::int[]) AS v(id, n) WHERE t.id = v.id`,
      [[...counts.keys()], [...counts.values()]],
    );
  }

  // ---------------------------------------------------------------- replies

  async findReplies(viewer: Viewer, ids: readonly string[], manager?: EntityManager): Promise<ReplyRecord[]> {
    if (!ids.length) return [];
    const p = new SqlParams();
    const rows: ReplyRecord[] = await this.m(manager).query(
      `SELECT ${replyColumns('r', 'th', viewer, p.add)}
       FROM reply r JOIN thread th ON th.id = r.thread_id WHERE r.id = ANY(${p.add(ids)}::uuid[])`,
      p.values,
    );
    return rows;
  }

  /**
   * A page of replies of each thread, chronological, in one statement (one index range per thread),
   * with the quoted reply embedded. `limit` rows at most per thread; backwards for `before`.
   */
  async findReplyPages(
    viewer: Viewer,
    threadIds: readonly string[],
    start: ReplyPageStart,
    limit: number,
  ): Promise<ReplyRecord[]> {
    if (!threadIds.length) return [];
    const p = new SqlParams();
    const where = [`r.thread_id = k.thread_id`, replyReadableSql(viewer, 'r', p.add)];
    let direction = 'ASC';
    if (start.kind === 'after') {
      where.push(`(r.created_at, r.id) > (${p.add(start.key)}::timestamptz, ${p.add(start.id)}::uuid)`);
    } else if (start.kind === 'before') {
      where.push(`(r.created_at, r.id) < (${p.add(start.key)}::timestamptz, ${p.add(start.id)}::uuid)`);
      direction = 'DESC';
    } else if (start.kind === 'from') {
      // An id that is not a reply of this thread starts at the beginning (a stale link still works).
      const match = `FROM reply f WHERE f.id = ${p.add(start.replyId)}::uuid AND f.thread_id = k.thread_id`;
      where.push(
        `(NOT EXISTS (SELECT 1 ${match}) OR (r.created_at, r.id) >= (SELECT f.created_at, f.id ${match}))`,
      );
    }
    const hasBefore =
      start.kind === 'start' || start.kind === 'after'
        ? ''
        : `, EXISTS (SELECT 1 FROM reply e WHERE e.thread_id = r.thread_id
             AND (e.created_at, e.id) < (r.created_at, r.id) AND ${replyReadableSql(viewer, 'e', p.add)}) AS "hasBefore"`;
    const rows: Array<ReplyRecord & { quoted: unknown }> = await this.m().query(
      `SELECT x.* FROM unnest(${p.add(threadIds)}::uuid[]) AS k(thread_id)
       CROSS JOIN LATERAL (
         SELECT ${replyColumns('r', 'th', viewer, p.add)},
                ${replyJson('r.quoted_reply_id', viewer, p.add, 'q')} AS quoted${hasBefore}
         FROM reply r JOIN thread th ON th.id = r.thread_id
         WHERE ${where.join(' AND ')}
         ORDER BY r.created_at ${direction}, r.id ${direction}
         LIMIT ${p.add(limit)}
       ) x`,
      p.values,
    );
    return rows.map((row) => ({ ...row, quoted: reviveReply(row.quoted as Record<string, unknown> | null) }));
  }

  async insertReply(
    values: {
      threadId: string;
      authorId: string;
      body: string;
      bodyHtml: string;
      quotedReplyId: string | null;
    },
    manager: EntityManager,
  ): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO reply (thread_id, author_id, body, body_html, quoted_reply_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [values.threadId, values.authorId, values.body, values.bodyHtml, values.quotedReplyId],
    );
    return rows[0].id;
  }

  async insertReplyRevision(
    replyId: string,
    number: number,
    authorId: string,
    body: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO reply_revision (reply_id, number, author_id, body) VALUES ($1, $2, $3, $4)`,
      [replyId, number, authorId, body],
    );
  }

  /** A reply was added (+1) or deleted (-1): the count and, for a new one, the activity date. */
  async countReply(threadId: string, delta: 1 | -1, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE thread SET reply_count = reply_count + $2${delta > 0 ? ', last_activity_at = now()' : ''}
       WHERE id = $1`,
      [threadId, delta],
    );
  }

  async updateReplyContent(
    id: string,
    content: { body: string; bodyHtml: string },
    authorId: string,
    manager: EntityManager,
  ): Promise<void> {
    const [rows]: [Array<{ number: number }>, number] = await manager.query(
      `UPDATE reply SET body = $2, body_html = $3, revision_count = revision_count + 1, edited_at = now(),
              updated_at = now()
       WHERE id = $1 RETURNING revision_count AS number`,
      [id, content.body, content.bodyHtml],
    );
    await this.insertReplyRevision(id, rows[0].number, authorId, content.body, manager);
  }

  /** Soft deletion: the row stays as a placeholder. False when it was already deleted. */
  async markReplyDeleted(id: string, byId: string, manager: EntityManager): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE reply SET deleted_at = now(), deleted_by_id = $2, updated_at = now()
       WHERE id = $1 AND deleted_at IS NULL RETURNING id`,
      [id, byId],
    );
    return rows.length > 0;
  }

  // ---------------------------------------------------------------- reactions

  /** Adds one reaction and counts it; false when it already exists. */
  async addReaction(
    target: 'thread' | 'reply',
    targetId: string,
    userId: string,
    kind: ReactionKind,
    manager: EntityManager,
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO ${target}_reaction (${target}_id, user_id, kind) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING kind`,
      [targetId, userId, kind],
    );
    if (!inserted.length) return false;
    await manager.query(
      `UPDATE ${target} SET ${kind === 'USEFUL' ? 'useful_count = useful_count' : 'thanks_count = thanks_count'} + 1 WHERE id = $1`,
      [targetId],
    );
    return true;
  }

  /** Removes one reaction and uncounts it; false when there was none. */
  async removeReaction(
    target: 'thread' | 'reply',
    targetId: string,
    userId: string,
    kind: ReactionKind,
    manager: EntityManager,
  ): Promise<boolean> {
    const [deleted]: [unknown[], number] = await manager.query(
      `DELETE FROM ${target}_reaction WHERE ${target}_id = $1 AND user_id = $2 AND kind = $3 RETURNING kind`,
      [targetId, userId, kind],
    );
    if (!deleted.length) return false;
    await manager.query(
      `UPDATE ${target} SET ${kind === 'USEFUL' ? 'useful_count = useful_count' : 'thanks_count = thanks_count'} - 1 WHERE id = $1`,
      [targetId],
    );
    return true;
  }

  // ---------------------------------------------------------------- revisions

  /** Revisions of each target, newest first, `limit` at most per target (before `beforeNumber`). */
  async findRevisions(
    target: 'thread' | 'reply',
    targetIds: readonly string[],
    beforeNumber: number | null,
    limit: number,
  ): Promise<RevisionRecord[]> {
    if (!targetIds.length) return [];
    const title = target === 'thread' ? 'v.title' : 'NULL::text AS title';
    return this.m().query(
      `SELECT x.* FROM unnest($1::uuid[]) AS k(target_id)
       CROSS JOIN LATERAL (
         SELECT v.id, v.${target}_id AS "targetId", v.number, v.author_id AS "authorId", ${title}, v.body,
                v.created_at AS "createdAt"
         FROM ${target}_revision v
         WHERE v.${target}_id = k.target_id AND ($2::int IS NULL OR v.number < $2)
         ORDER BY v.number DESC LIMIT $3
       ) x`,
      [targetIds, beforeNumber, limit],
    );
  }
}
