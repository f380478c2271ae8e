import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Discussions: Q&A threads tagged by theme, optionally about a case study; chronological
 * replies (a deleted one stays as a placeholder); reactions (one of each kind per member and
 * post) counted on the post; a revision per edit. Markdown is rendered at write time and stored
 * next to its source. Thread status is derived: LOCKED when locked, SOLVED with an accepted reply.
 */
export class Discussions1764835200000 implements MigrationInterface {
  name = 'Discussions1764835200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        author_id uuid NOT NULL REFERENCES app_user (id),
        case_study_id uuid REFERENCES case_study (id) ON DELETE SET NULL,
        accepted_reply_id uuid,
        pinned boolean NOT NULL DEFAULT false,
        locked boolean NOT NULL DEFAULT false,
        reply_count integer NOT NULL DEFAULT 0,
        view_count integer NOT NULL DEFAULT 0,
        useful_count integer NOT NULL DEFAULT 0,
        thanks_count integer NOT NULL DEFAULT 0,
        revision_count integer NOT NULL DEFAULT 1,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        hidden_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT thread_counts_check
          CHECK (reply_count >= 0 AND view_count >= 0 AND useful_count >= 0 AND thanks_count >= 0)
      )`);
    await q.query(`CREATE INDEX thread_author_id_idx ON thread (author_id)`);
    await q.query(`CREATE INDEX thread_case_study_id_idx ON thread (case_study_id)`);
    await q.query(`CREATE INDEX thread_accepted_reply_id_idx ON thread (accepted_reply_id)`);
    // Keyset pagination of each order. Pinned threads come first in the default order.
    await q.query(
      `CREATE INDEX thread_activity_order_idx ON thread (pinned DESC, last_activity_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX thread_newest_order_idx ON thread (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX thread_top_order_idx ON thread (useful_count DESC, id DESC)`);
    // Counts and filters read this narrow index alone (an index-only scan) instead of thread rows,
    // whose inline markdown and HTML make a full scan of 100,000 threads read ~200 MB.
    await q.query(
      `CREATE INDEX thread_filter_idx ON thread (id)
       INCLUDE (hidden_at, author_id, locked, accepted_reply_id, reply_count, case_study_id)`,
    );

    await q.query(`
      CREATE TABLE thread_theme (
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme (id),
        CONSTRAINT thread_theme_pkey PRIMARY KEY (thread_id, theme_id)
      )`);
    await q.query(`CREATE INDEX thread_theme_theme_id_idx ON thread_theme (theme_id, thread_id)`);

    await q.query(`
      CREATE TABLE reply (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES app_user (id),
        body text NOT NULL,
        body_html text NOT NULL,
        quoted_reply_id uuid REFERENCES reply (id) ON DELETE SET NULL,
        useful_count integer NOT NULL DEFAULT 0,
        thanks_count integer NOT NULL DEFAULT 0,
        revision_count integer NOT NULL DEFAULT 1,
        edited_at timestamptz,
        deleted_at timestamptz,
        deleted_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        hidden_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reply_counts_check CHECK (useful_count >= 0 AND thanks_count >= 0)
      )`);
    // A thread's replies in order; the author rides along for participants (index-only).
    await q.query(
      `CREATE INDEX reply_thread_order_idx ON reply (thread_id, created_at, id) INCLUDE (author_id)`,
    );
    // A thread's participants (visible replies' authors, by first reply) from the index alone.
    await q.query(
      `CREATE INDEX reply_participant_idx ON reply (thread_id, author_id, created_at)
       WHERE deleted_at IS NULL AND hidden_at IS NULL`,
    );
    await q.query(`CREATE INDEX reply_author_id_idx ON reply (author_id)`);
    await q.query(`CREATE INDEX reply_quoted_reply_id_idx ON reply (quoted_reply_id)`);
    await q.query(`CREATE INDEX reply_deleted_by_id_idx ON reply (deleted_by_id)`);
    await q.query(`
      ALTER TABLE thread ADD CONSTRAINT thread_accepted_reply_id_fkey
        FOREIGN KEY (accepted_reply_id) REFERENCES reply (id) ON DELETE SET NULL`);

    for (const target of ['thread', 'reply']) {
      await q.query(`
        CREATE TABLE ${target}_reaction (
          ${target}_id uuid NOT NULL REFERENCES ${target} (id) ON DELETE CASCADE,
          user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
          kind varchar(10) NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT ${target}_reaction_pkey PRIMARY KEY (${target}_id, user_id, kind),
          CONSTRAINT ${target}_reaction_kind_check CHECK (kind IN ('USEFUL', 'THANKS'))
        )`);
      await q.query(
        `CREATE INDEX ${target}_reaction_user_id_idx ON ${target}_reaction (user_id, ${target}_id)`,
      );
    }

    await q.query(`
      CREATE TABLE thread_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        number integer NOT NULL,
        author_id uuid NOT NULL REFERENCES app_user (id),
        title varchar(200) NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX thread_revision_number_key ON thread_revision (thread_id, number)`);
    await q.query(`CREATE INDEX thread_revision_author_id_idx ON thread_revision (author_id)`);

    await q.query(`
      CREATE TABLE reply_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reply_id uuid NOT NULL REFERENCES reply (id) ON DELETE CASCADE,
        number integer NOT NULL,
        author_id uuid NOT NULL REFERENCES app_user (id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX reply_revision_number_key ON reply_revision (reply_id, number)`);
    await q.query(`CREATE INDEX reply_revision_author_id_idx ON reply_revision (author_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reply_revision`);
    await q.query(`DROP TABLE thread_revision`);
    await q.query(`DROP TABLE reply_reaction`);
    await q.query(`DROP TABLE thread_reaction`);
    await q.query(`ALTER TABLE thread DROP CONSTRAINT thread_accepted_reply_id_fkey`);
    await q.query(`DROP TABLE reply`);
    await q.query(`DROP TABLE thread_theme`);
    await q.query(`DROP TABLE thread`);
  }
}
