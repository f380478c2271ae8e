import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '@pairs/platform-database';
import { normalizeSearchText } from './search-text.js';
import { TerritoryKind } from './territory-kind.js';

/** What one run of the importer loaded (rows per kind) and changed. */
export interface TerritoryLoadSummary {
  regions: number;
  departements: number;
  epcis: number;
  communes: number;
  inserted: number;
  updated: number;
}

// The shapes of @etalab/decoupage-administratif's data files, as far as we read them.
interface SourceRegion {
  code: string;
  nom: string;
}
interface SourceDepartement {
  code: string;
  nom: string;
  region: string;
}
interface SourceCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  population?: number;
}
interface SourceEpci {
  code: string;
  nom: string;
  populationMunicipale?: number;
  membres: Array<{ code: string }>;
}

interface TerritoryRow {
  code: string;
  kind: TerritoryKind;
  inseeCode: string;
  name: string;
  population: number | null;
  regionCode: string | null;
  departementCode: string | null;
  epciCode: string | null;
}

const PACKAGE = '@etalab/decoupage-administratif';
const BATCH_SIZE = 1_000;
/** Serialises concurrent imports (the seed and `npm run db:territories` may run together). */
const IMPORT_LOCK = 72700003;

const require = createRequire(import.meta.url);

function packageDir(): string {
  return path.dirname(require.resolve(`${PACKAGE}/package.json`));
}

/** The data package's version: a new version means new names, populations or communes. */
export function territoriesDataVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageDir(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Identifies what the importer writes: the data package's version and this module's and the
 * normaliser's code. Test templates holding territories are rebuilt when it changes.
 */
export function territoriesDataKey(): string {
  const self = fileURLToPath(import.meta.url);
  const normaliser = path.join(path.dirname(self), `search-text${path.extname(self)}`);
  const hash = createHash('sha256').update(readFileSync(self)).update(readFileSync(normaliser));
  return `${territoriesDataVersion()}-${hash.digest('hex').slice(0, 12)}`;
}

async function readData<T>(file: string): Promise<T[]> {
  const value: unknown = JSON.parse(await readFile(path.join(packageDir(), 'data', file), 'utf8'));
  if (!Array.isArray(value)) throw new Error(`${PACKAGE}/data/${file} is not a list`);
  return value as T[];
}

/** The one value every item shares, or null when they differ (or there are none). */
function shared(values: ReadonlyArray<string | null | undefined>): string | null {
  const distinct = new Set(values);
  const [only] = distinct;
  return distinct.size === 1 && only ? only : null;
}

/** Reads the package and builds the rows, parents first (régions, départements, EPCI, communes). */
async function buildRows(): Promise<
  Record<'regions' | 'departements' | 'epcis' | 'communes', TerritoryRow[]>
> {
  const [regions, departements, allCommunes, epcis] = await Promise.all([
    readData<SourceRegion>('regions.json'),
    readData<SourceDepartement>('departements.json'),
    readData<SourceCommune>('communes.json'),
    readData<SourceEpci>('epci.json'),
  ]);
  // Communes déléguées and associées, and the arrondissements of Paris, Lyon and Marseille,
  // are parts of a commune, not communes: mandates are held in the commune itself.
  const communes = allCommunes.filter((c) => c.type === 'commune-actuelle');
  const epciOf = new Map<string, string>();
  for (const epci of epcis) for (const member of epci.membres) epciOf.set(member.code, epci.code);
  const communeByCode = new Map(communes.map((c) => [c.code, c]));

  // The package gives no population for régions and départements: they are their communes' sum.
  const regionPopulation = new Map<string, number>();
  const departementPopulation = new Map<string, number>();
  for (const c of communes) {
    const add = (totals: Map<string, number>, code: string | undefined) => {
      if (code) totals.set(code, (totals.get(code) ?? 0) + (c.population ?? 0));
    };
    add(regionPopulation, c.region);
    add(departementPopulation, c.departement);
  }

  return {
    regions: regions.map((r) => ({
      code: `REG-${r.code}`,
      kind: TerritoryKind.REGION,
      inseeCode: r.code,
      name: r.nom,
      population: regionPopulation.get(r.code) ?? 0,
      regionCode: null,
      departementCode: null,
      epciCode: null,
    })),
    departements: departements.map((d) => ({
      code: `DEP-${d.code}`,
      kind: TerritoryKind.DEPARTEMENT,
      inseeCode: d.code,
      name: d.nom,
      population: departementPopulation.get(d.code) ?? 0,
      regionCode: `REG-${d.region}`,
      departementCode: null,
      epciCode: null,
    })),
    epcis: epcis.map((e) => {
      // An EPCI may straddle départements: it gets one only when all its communes share it.
      const members = e.membres.map((m) => communeByCode.get(m.code));
      const departement = shared(members.map((c) => c?.departement));
      const region = shared(members.map((c) => c?.region));
      return {
        code: e.code,
        kind: TerritoryKind.EPCI,
        inseeCode: e.code,
        name: e.nom,
        population: e.populationMunicipale ?? null,
        regionCode: region ? `REG-${region}` : null,
        departementCode: departement ? `DEP-${departement}` : null,
        epciCode: null,
      };
    }),
    communes: communes.map((c) => ({
      code: c.code,
      kind: TerritoryKind.COMMUNE,
      inseeCode: c.code,
      name: c.nom,
      population: c.population ?? null,
      regionCode: c.region ? `REG-${c.region}` : null,
      departementCode: c.departement ? `DEP-${c.departement}` : null,
      epciCode: epciOf.get(c.code) ?? null,
    })),
  };
}

/**
 * Inserts or updates one batch in one statement. Parents are found by code (they were loaded
 * before); rows whose values did not change are left alone, so a re-run rewrites nothing.
 */
async function upsertBatch(
  manager: EntityManager,
  rows: TerritoryRow[],
): Promise<{ inserted: number; updated: number }> {
  const result: Array<{ inserted: boolean }> = await manager.query(
    `INSERT INTO territory (code, kind, insee_code, name, search_name, population, region_id, departement_id, epci_id)
     SELECT v.code, v.kind, v.insee_code, v.name, v.search_name, v.population, r.id, d.id, e.id
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[])
            AS v(code, kind, insee_code, name, search_name, population, region_code, departement_code, epci_code)
       LEFT JOIN territory r ON r.code = v.region_code
       LEFT JOIN territory d ON d.code = v.departement_code
       LEFT JOIN territory e ON e.code = v.epci_code
     ON CONFLICT (code) DO UPDATE SET
            kind = EXCLUDED.kind,
            insee_code = EXCLUDED.insee_code,
            name = EXCLUDED.name,
            search_name = EXCLUDED.search_name,
            population = EXCLUDED.population,
            region_id = EXCLUDED.region_id,
            departement_id = EXCLUDED.departement_id,
            epci_id = EXCLUDED.epci_id,
            updated_at = now()
      WHERE (territory.kind, territory.insee_code, territory.name, territory.search_name, territory.population,
             territory.region_id, territory.departement_id, territory.epci_id)
            IS DISTINCT FROM
            (EXCLUDED.kind, EXCLUDED.insee_code, EXCLUDED.name, EXCLUDED.search_name, EXCLUDED.population,
             EXCLUDED.region_id, EXCLUDED.departement_id, EXCLUDED.epci_id)
     RETURNING (xmax = 0) AS inserted`,
    [
      rows.map((r) => r.code),
      rows.map((r) => r.kind),
      rows.map((r) => r.inseeCode),
      rows.map((r) => r.name),
      rows.map((r) => normalizeSearchText(r.name)),
      rows.map((r) => r.population),
      rows.map((r) => r.regionCode),
      rows.map((r) => r.departementCode),
      rows.map((r) => r.epciCode),
    ],
  );
  const inserted = result.filter((r) => r.inserted).length;
  return { inserted, updated: result.length - inserted };
}

/**
 * Loads régions, départements, EPCI and communes from `@etalab/decoupage-administratif` into
 * `territory`: idempotent (an upsert by code that updates names, populations and links, and
 * touches only rows that changed), in one transaction, by batches of 1,000 rows. Territories
 * that left the data (merged communes) are kept: mandates may still point at them.
 */
export async function loadTerritories(
  dataSource: DataSource,
  log: (message: string) => void = () => undefined,
): Promise<TerritoryLoadSummary> {
  const started = performance.now();
  const rows = await buildRows();
  const changes = { inserted: 0, updated: 0 };
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    for (const level of [rows.regions, rows.departements, rows.epcis, rows.communes]) {
      for (let i = 0; i < level.length; i += BATCH_SIZE) {
        const batch = await upsertBatch(manager, level.slice(i, i + BATCH_SIZE));
        changes.inserted += batch.inserted;
        changes.updated += batch.updated;
      }
    }
    // Fresh statistics right away: the search's plans depend on them (autovacuum would come later).
    await manager.query('ANALYZE territory');
  });
  const summary: TerritoryLoadSummary = {
    regions: rows.regions.length,
    departements: rows.departements.length,
    epcis: rows.epcis.length,
    communes: rows.communes.length,
    ...changes,
  };
  log(
    `Territories (${PACKAGE} ${territoriesDataVersion()}): ${summary.regions} régions, ${summary.departements} départements, ` +
      `${summary.epcis} EPCI, ${summary.communes} communes; ${summary.inserted} inserted, ${summary.updated} updated ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
  return summary;
}

/** `loadTerritories` on a database given by URL (the command, test templates, the bench). */
export async function loadTerritoriesIntoDatabase(
  databaseUrl: string,
  log?: (message: string) => void,
): Promise<TerritoryLoadSummary> {
  const dataSource = new DataSource(
    dataSourceOptions({ url: databaseUrl, poolSize: 1, applicationName: 'pairs-territories' }),
  );
  await dataSource.initialize();
  try {
    return await loadTerritories(dataSource, log);
  } finally {
    await dataSource.destroy();
  }
}
