import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge base, part 2: structured case studies ("retours d'expérience"), their themes,
 * authors and revisions. Every edit is a revision; `revision_count` is the optimistic lock
 * editors send back (`expectedRevision`).
 */
export class CaseStudies1764748800000 implements MigrationInterface {
  name = 'CaseStudies1764748800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_study (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL,
        title varchar(200) NOT NULL,
        summary varchar(600) NOT NULL,
        body text NOT NULL,
        results text NOT NULL DEFAULT '',
        environmental_assessment text NOT NULL DEFAULT '',
        lessons_learned text NOT NULL DEFAULT '',
        solutions_used text[] NOT NULL DEFAULT '{}',
        contact varchar(500) NOT NULL DEFAULT '',
        territory_id uuid NOT NULL REFERENCES territory (id),
        status varchar(12) NOT NULL DEFAULT 'DRAFT',
        started_on date,
        ended_on date,
        cost_euros integer,
        funding_sources jsonb NOT NULL DEFAULT '[]',
        review_comment text,
        review_comment_at timestamptz,
        review_comment_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_by_id uuid NOT NULL REFERENCES app_user (id),
        submitted_at timestamptz,
        published_at timestamptz,
        revision_count integer NOT NULL DEFAULT 1,
        view_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_study_status_check
          CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED', 'HIDDEN')),
        CONSTRAINT case_study_cost_check CHECK (cost_euros >= 0),
        CONSTRAINT case_study_dates_check CHECK (ended_on >= started_on)
      )`);
    await q.query(`CREATE UNIQUE INDEX case_study_slug_key ON case_study (slug)`);
    await q.query(`CREATE INDEX case_study_territory_id_idx ON case_study (territory_id)`);
    await q.query(`CREATE INDEX case_study_created_by_id_idx ON case_study (created_by_id)`);
    await q.query(`CREATE INDEX case_study_review_comment_by_id_idx ON case_study (review_comment_by_id)`);
    // Keyset pagination of each order, within a status (published lists are the hot path). The
    // territory id rides along so that counts and facets of published lists read the index only.
    await q.query(
      `CREATE INDEX case_study_published_order_idx ON case_study (status, published_at DESC NULLS LAST, id DESC)
       INCLUDE (territory_id)`,
    );
    await q.query(
      `CREATE INDEX case_study_updated_order_idx ON case_study (status, updated_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX case_study_popularity_order_idx ON case_study (status, view_count DESC, id DESC)`,
    );

    await q.query(`
      CREATE TABLE case_study_theme (
        case_study_id uuid NOT NULL REFERENCES case_study (id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme (id),
        CONSTRAINT case_study_theme_pkey PRIMARY KEY (case_study_id, theme_id)
      )`);
    await q.query(`CREATE INDEX case_study_theme_theme_id_idx ON case_study_theme (theme_id, case_study_id)`);

    await q.query(`
      CREATE TABLE case_study_author (
        case_study_id uuid NOT NULL REFERENCES case_study (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        role varchar(10) NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_study_author_pkey PRIMARY KEY (case_study_id, user_id),
        CONSTRAINT case_study_author_role_check CHECK (role IN ('OWNER', 'CO_AUTHOR'))
      )`);
    await q.query(`CREATE INDEX case_study_author_user_id_idx ON case_study_author (user_id, case_study_id)`);

    await q.query(`
      CREATE TABLE case_study_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_study_id uuid NOT NULL REFERENCES case_study (id) ON DELETE CASCADE,
        number integer NOT NULL,
        author_id uuid NOT NULL REFERENCES app_user (id),
        content jsonb NOT NULL,
        public boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX case_study_revision_number_key ON case_study_revision (case_study_id, number)`,
    );
    await q.query(`CREATE INDEX case_study_revision_author_id_idx ON case_study_revision (author_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_study_revision`);
    await q.query(`DROP TABLE case_study_author`);
    await q.query(`DROP TABLE case_study_theme`);
    await q.query(`DROP TABLE case_study`);
  }
}
