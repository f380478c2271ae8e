import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  ensureEmbeddedPostgres,
  quoteIdent,
  runMigrations,
  type EmbeddedPostgresHandle,
} from '@pairs/platform-database';

/**
 * One fresh database per test file, cloned from a migrated template (immich's "medium"
 * tests): cloning takes ~50 ms where migrating takes seconds once data loads grow.
 *
 * The server is `DATABASE_URL` when set (a maintenance database such as `postgres` on a
 * server where we may CREATE DATABASE), else an embedded PostgreSQL under `.data/pg-test`.
 */
export const TEST_ENV = {
  adminUrl: 'PAIRS_TEST_ADMIN_URL',
  template: 'PAIRS_TEST_TEMPLATE',
} as const;

const TEMPLATE_PREFIX = 'pairs_tpl_';
const TEST_DB_PREFIX = 'pairs_test_';
const EMBEDDED_TEST_PORT = 54330;

export function workspaceRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** Reference data loaded into the template after the migrations (e.g. French territories). */
export interface TemplatePopulation {
  /** Changes whenever the loaded data changes (a package version, a loader's source hash). */
  key: string;
  populate(databaseUrl: string): Promise<void>;
}

/** Template name derived from the migrations' source (and the population key), so any change rebuilds it. */
export function templateName(population?: TemplatePopulation): string {
  const dir = path.join(workspaceRoot(), 'libs/api/platform/database/src/lib/migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  if (population) hash.update(population.key);
  return TEMPLATE_PREFIX + hash.digest('hex').slice(0, 16);
}

export interface TestServer {
  adminUrl: string;
  embedded: EmbeddedPostgresHandle | null;
}

export async function startTestServer(): Promise<TestServer> {
  const url = process.env['DATABASE_URL'];
  if (url) return { adminUrl: url, embedded: null };
  const embedded = await ensureEmbeddedPostgres({
    dataDir: path.join(workspaceRoot(), '.data', 'pg-test'),
    port: Number(process.env['EMBEDDED_PG_TEST_PORT'] ?? EMBEDDED_TEST_PORT),
  });
  return { adminUrl: embedded.adminUrl, embedded };
}

export function urlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Makes sure the migrated template exists. Built under a temporary name then renamed, under
 * an advisory lock, so parallel runs never clone a half-migrated template.
 */
export async function prepareTemplate(adminUrl: string, population?: TemplatePopulation): Promise<string> {
  const template = templateName(population);
  await withAdmin(adminUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(7270001)');
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      const building = `${template}_build_${randomBytes(3).toString('hex')}`;
      await client.query(`CREATE DATABASE ${quoteIdent(building)}`);
      await runMigrations(urlFor(adminUrl, building));
      await population?.populate(urlFor(adminUrl, building));
      await client.query(`ALTER DATABASE ${quoteIdent(building)} RENAME TO ${quoteIdent(template)}`);
      // Templates of older migration sets are dead weight.
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2`,
        [`${TEMPLATE_PREFIX}%`, template],
      );
      for (const row of rows) {
        await client
          .query(`DROP DATABASE IF EXISTS ${quoteIdent(row.datname)} WITH (FORCE)`)
          .catch(() => undefined);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(7270001)');
    }
  });
  return template;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file. Call `drop()` in `afterAll`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const template = process.env[TEST_ENV.template];
  if (!adminUrl || !template) {
    throw new Error(
      'No test database server: run the tests through jest with the platform-testing globalSetup',
    );
  }
  const name = `${TEST_DB_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
  );
  return {
    name,
    url: urlFor(adminUrl, name),
    drop: () =>
      withAdmin(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

/** Drops test databases left by runs that crashed: their process is gone and nobody is connected. */
export async function dropLeftoverTestDatabases(adminUrl: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT d.datname FROM pg_database d
        WHERE d.datname LIKE $1
          AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`,
      [`${TEST_DB_PREFIX}%`],
    );
    for (const row of rows) {
      const pid = Number(row.datname.slice(TEST_DB_PREFIX.length).split('_')[0]);
      if (pid && isAlive(pid)) continue;
      await client
        .query(`DROP DATABASE IF EXISTS ${quoteIdent(row.datname)} WITH (FORCE)`)
        .catch(() => undefined);
    }
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
