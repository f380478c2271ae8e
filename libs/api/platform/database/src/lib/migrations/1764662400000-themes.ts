import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge base, part 1: the curated theme taxonomy (two levels at most). A merged theme stays
 * as a row pointing at its target, so its slug keeps redirecting.
 */
export class Themes1764662400000 implements MigrationInterface {
  name = 'Themes1764662400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE theme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL,
        name varchar(120) NOT NULL,
        description text NOT NULL DEFAULT '',
        parent_id uuid REFERENCES theme (id),
        status varchar(10) NOT NULL DEFAULT 'ACTIVE',
        synonyms text[] NOT NULL DEFAULT '{}',
        merged_into_id uuid REFERENCES theme (id),
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT theme_status_check CHECK (status IN ('ACTIVE', 'ARCHIVED', 'MERGED'))
      )`);
    await q.query(`CREATE UNIQUE INDEX theme_slug_key ON theme (slug)`);
    await q.query(`CREATE INDEX theme_parent_id_idx ON theme (parent_id)`);
    await q.query(`CREATE INDEX theme_merged_into_id_idx ON theme (merged_into_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE theme`);
  }
}
