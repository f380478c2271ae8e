import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { MarkdownRenderer } from '@pairs/platform-core';
import { demoId } from '@pairs/platform-database';
import { validatePostText } from './thread-content.js';
import { DEMO_THREADS, type DemoThread } from './threads.demo-data.js';

const HOUR = 3_600_000;

/**
 * Demo threads (see threads.demo-data.ts), dated relative to now. Idempotent: each demo thread
 * has a stable id and is replaced with its replies, reactions and revisions. Every text passes the
 * API's rules.
 */
@Injectable()
export class ThreadsSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly markdown: MarkdownRenderer,
  ) {}

  async seed(threads: readonly DemoThread[] = DEMO_THREADS, now = new Date()): Promise<number> {
    await this.dataSource.transaction(async (manager) => {
      const lookup = async (sql: string, keys: string[]) =>
        new Map(
          (await manager.query<Array<{ key: string; id: string }>>(sql, [keys])).map((r) => [r.key, r.id]),
        );
      const handles = threads.flatMap((t) => [
        t.author,
        ...(t.useful ?? []),
        ...(t.thanks ?? []),
        ...t.replies.flatMap((r) => [r.author, ...(r.useful ?? []), ...(r.thanks ?? [])]),
      ]);
      const users = await lookup('SELECT handle AS key, id FROM app_user WHERE handle = ANY($1)', handles);
      const themes = await lookup(
        'SELECT slug AS key, id FROM theme WHERE slug = ANY($1)',
        threads.flatMap((t) => t.themeSlugs),
      );
      const caseStudies = await lookup(
        'SELECT slug AS key, id FROM case_study WHERE slug = ANY($1)',
        threads.flatMap((t) => (t.caseStudySlug ? [t.caseStudySlug] : [])),
      );
      const groups = await lookup(
        'SELECT slug AS key, id FROM peer_group WHERE slug = ANY($1)',
        threads.flatMap((t) => (t.groupSlug ? [t.groupSlug] : [])),
      );
      const need = (map: Map<string, string>, key: string, what: string) => {
        const id = map.get(key);
        if (!id) throw new Error(`Demo thread refers to an unknown ${what}: ${key}`);
        return id;
      };
      for (const demo of threads)
        await this.seedOne(manager, demo, now, { users, themes, caseStudies, groups, need });
    });
    return threads.length;
  }

  private async seedOne(
    manager: EntityManager,
    demo: DemoThread,
    now: Date,
    refs: {
      users: Map<string, string>;
      themes: Map<string, string>;
      caseStudies: Map<string, string>;
      groups: Map<string, string>;
      need: (map: Map<string, string>, key: string, what: string) => string;
    },
  ): Promise<void> {
    const { users, themes, caseStudies, groups, need } = refs;
    const check = (
      input: { title?: string; body?: string; themeSlugs?: string[] },
      kind: 'thread' | 'reply',
    ) => {
      const result = validatePostText(input, kind, []);
      if (result.problems.length) {
        throw new Error(`Demo thread ${demo.key} is invalid: ${JSON.stringify(result.problems)}`);
      }
      return result;
    };
    const id = demoId(`thread:${demo.key}`);
    const createdAt = new Date(now.getTime() - demo.daysAgo * 24 * HOUR);
    const at = (hours: number) => new Date(createdAt.getTime() + hours * HOUR);
    const versions = [{ title: demo.title, body: demo.body }];
    for (const edit of demo.edits ?? []) {
      const last = versions[versions.length - 1];
      versions.push({ title: edit.title ?? last.title, body: edit.body ?? last.body });
    }
    versions.forEach((v) => check({ ...v, themeSlugs: demo.themeSlugs }, 'thread'));
    const current = versions[versions.length - 1];
    const authorId = need(users, demo.author, 'user');
    const visibleReplies = demo.replies.filter((r) => !r.deleted);
    const lastReply = demo.replies[demo.replies.length - 1];
    const lastActivity = lastReply ? at(lastReply.hoursAfter) : createdAt;

    await manager.query(`DELETE FROM thread WHERE id = $1`, [id]);
    await manager.query(
      `INSERT INTO thread (id, title, body, body_html, author_id, case_study_id, pinned, locked, reply_count,
         view_count, revision_count, last_activity_at, edited_at, created_at, updated_at, group_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15)`,
      [
        id,
        current.title,
        current.body,
        this.markdown.render(current.body),
        authorId,
        demo.caseStudySlug ? need(caseStudies, demo.caseStudySlug, 'case study') : null,
        demo.pinned ?? false,
        demo.locked ?? false,
        visibleReplies.length,
        // Plausible readership: more for threads with more replies and time online.
        15 + demo.replies.length * 23 + Math.round(demo.daysAgo * 1.5),
        versions.length,
        lastActivity,
        versions.length > 1 ? at(2) : null,
        createdAt,
        demo.groupSlug ? need(groups, demo.groupSlug, 'group') : null,
      ],
    );
    await manager.query(`INSERT INTO thread_theme (thread_id, theme_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      [...new Set(demo.themeSlugs.map((slug) => need(themes, slug, 'theme')))],
    ]);
    for (const [i, v] of versions.entries()) {
      await manager.query(
        `INSERT INTO thread_revision (thread_id, number, author_id, title, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, i + 1, authorId, v.title, v.body, i === 0 ? createdAt : at(2)],
      );
    }
    await this.react(manager, 'thread', id, demo.useful, demo.thanks, users, need);

    const replyIds = new Map(demo.replies.map((r) => [r.key, demoId(`reply:${demo.key}:${r.key}`)]));
    for (const reply of demo.replies) {
      const bodies = [reply.body, ...(reply.edits ?? [])];
      bodies.forEach((body) => check({ body }, 'reply'));
      const replyId = replyIds.get(reply.key) as string;
      const replyAuthor = need(users, reply.author, 'user');
      const body = bodies[bodies.length - 1];
      const posted = at(reply.hoursAfter);
      await manager.query(
        `INSERT INTO reply (id, thread_id, author_id, body, body_html, quoted_reply_id, revision_count, edited_at,
           deleted_at, deleted_by_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
        [
          replyId,
          id,
          replyAuthor,
          body,
          this.markdown.render(body),
          reply.quotes ? need(replyIds, reply.quotes, 'quoted reply') : null,
          bodies.length,
          bodies.length > 1 ? new Date(posted.getTime() + HOUR) : null,
          reply.deleted ? new Date(posted.getTime() + 2 * HOUR) : null,
          reply.deleted ? replyAuthor : null,
          posted,
        ],
      );
      for (const [i, b] of bodies.entries()) {
        await manager.query(
          `INSERT INTO reply_revision (reply_id, number, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5)`,
          [replyId, i + 1, replyAuthor, b, i === 0 ? posted : new Date(posted.getTime() + HOUR)],
        );
      }
      await this.react(manager, 'reply', replyId, reply.useful, reply.thanks, users, need);
    }
    if (demo.acceptedReply) {
      await manager.query(`UPDATE thread SET accepted_reply_id = $2 WHERE id = $1`, [
        id,
        need(replyIds, demo.acceptedReply, 'accepted reply'),
      ]);
    }
  }

  private async react(
    manager: EntityManager,
    target: 'thread' | 'reply',
    id: string,
    useful: string[] | undefined,
    thanks: string[] | undefined,
    users: Map<string, string>,
    need: (map: Map<string, string>, key: string, what: string) => string,
  ): Promise<void> {
    const rows = [
      ...(useful ?? []).map((h) => [need(users, h, 'user'), 'USEFUL']),
      ...(thanks ?? []).map((h) => [need(users, h, 'user'), 'THANKS']),
    ];
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO ${target}_reaction (${target}_id, user_id, kind) SELECT $1, u, k FROM unnest($2::uuid[], $3::text[]) AS x(u, k)`,
      [id, rows.map((r) => r[0]), rows.map((r) => r[1])],
    );
    await manager.query(`UPDATE ${target} SET useful_count = $2, thanks_count = $3 WHERE id = $1`, [
      id,
      useful?.length ?? 0,
      thanks?.length ?? 0,
    ]);
  }
}
