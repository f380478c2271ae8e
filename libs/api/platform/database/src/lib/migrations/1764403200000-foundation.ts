import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation: the extensions later contexts rely on (French full-text search and fuzzy
 * matching), an immutable unaccent usable in generated columns and indexes, and the site
 * settings table that holds seeded facts such as the welcome text.
 */
export class Foundation1764403200000 implements MigrationInterface {
  name = 'Foundation1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE (it depends on a dictionary setting); generated columns and
    // index expressions need an IMMUTABLE function, so we pin the dictionary explicitly.
    await q.query(`
      CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await q.query(`
      CREATE TABLE site_setting (
        key varchar(64) PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE site_setting`);
    await q.query(`DROP FUNCTION immutable_unaccent(text)`);
  }
}
