import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Territories: régions, départements, EPCI and communes in one table, since mandates and
 * content point at any of them. `code` is unique across kinds (`DEP-27` vs `REG-27`);
 * `search_name` is the normalised name (written by the importer with the same function that
 * normalises queries). The search ranks exact names, then name prefixes (pattern index), then
 * names whose words start with the query's words (trigram indexes find candidates); within
 * each rank by population, which the population indexes let PostgreSQL read in order and stop
 * early on broad queries ("saint", "la").
 */
export class Territories1764489600000 implements MigrationInterface {
  name = 'Territories1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE territory (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code varchar(20) NOT NULL,
        kind varchar(12) NOT NULL,
        insee_code varchar(12) NOT NULL,
        name varchar(200) NOT NULL,
        search_name text NOT NULL,
        population integer,
        region_id uuid,
        departement_id uuid,
        epci_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT territory_pkey PRIMARY KEY (id),
        CONSTRAINT territory_code_key UNIQUE (code),
        CONSTRAINT territory_kind_check CHECK (kind IN ('REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE')),
        CONSTRAINT territory_population_check CHECK (population >= 0),
        CONSTRAINT territory_region_id_fkey FOREIGN KEY (region_id) REFERENCES territory (id),
        CONSTRAINT territory_departement_id_fkey FOREIGN KEY (departement_id) REFERENCES territory (id),
        CONSTRAINT territory_epci_id_fkey FOREIGN KEY (epci_id) REFERENCES territory (id)
      )`);
    await q.query(`CREATE INDEX territory_region_id_idx ON territory (region_id)`);
    await q.query(`CREATE INDEX territory_departement_id_idx ON territory (departement_id)`);
    await q.query(`CREATE INDEX territory_epci_id_idx ON territory (epci_id)`);
    await q.query(`CREATE INDEX territory_insee_code_idx ON territory (insee_code)`);
    await q.query(`CREATE INDEX territory_population_idx ON territory (population DESC NULLS LAST)`);
    await q.query(
      `CREATE INDEX territory_kind_population_idx ON territory (kind, population DESC NULLS LAST)`,
    );
    await q.query(
      `CREATE INDEX territory_search_name_pattern_idx ON territory (search_name text_pattern_ops)`,
    );
    await q.query(
      `CREATE INDEX territory_search_name_trgm_idx ON territory USING gin (search_name gin_trgm_ops)`,
    );
    // Words of one or two letters have no trigram of their own; padded at the start of a word
    // they do ("  l", " ly"), hence an index on the name with a leading space.
    await q.query(
      `CREATE INDEX territory_search_words_trgm_idx ON territory USING gin ((' ' || search_name) gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX territory_code_pattern_idx ON territory (code text_pattern_ops)`);
    // Whether to walk the population index or to collect the matches first depends on how many
    // names match a prefix; the default sample misjudges rare prefixes ("ly", "st") by an order
    // of magnitude and plans then vary from one ANALYZE to the next. 1,000 reads every row.
    await q.query(`ALTER TABLE territory ALTER COLUMN search_name SET STATISTICS 1000`);
    await q.query(`ALTER TABLE territory ALTER COLUMN code SET STATISTICS 1000`);
    await q.query(`ALTER INDEX territory_search_words_trgm_idx ALTER COLUMN 1 SET STATISTICS 1000`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE territory`);
  }
}
