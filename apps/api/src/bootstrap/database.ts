import path from 'node:path';
import pg from 'pg';
import {
  ensureDatabase,
  ensureEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '@pairs/platform-database';
import type { AppConfig } from '../config/config.js';

export interface ResolvedDatabase {
  url: string;
  /** Set when the embedded default is used. */
  embedded: EmbeddedPostgresHandle | null;
}

export class DatabaseUnreachableError extends Error {
  constructor(target: string, cause: string) {
    super(`Cannot connect to PostgreSQL at ${target}: ${cause}`);
    this.name = 'DatabaseUnreachableError';
  }
}

/** Name of the application database on the embedded server. */
export const EMBEDDED_DATABASE = 'pairs';

/**
 * `DATABASE_URL` when set, else the embedded server under `.data/pg` (started, or shared
 * when another Pairs process already runs it).
 */
export async function resolveDatabase(
  config: AppConfig,
  log: (m: string) => void,
): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    await assertReachable(config.databaseUrl);
    return { url: config.databaseUrl, embedded: null };
  }
  const embedded = await ensureEmbeddedPostgres({
    dataDir: path.join(config.dataDir, 'pg'),
    port: config.embeddedPgPort,
    log,
  });
  await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
  return { url: embedded.urlFor(EMBEDDED_DATABASE), embedded };
}

/** Fails fast, with one line naming the server, instead of retrying for a minute. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new DatabaseUnreachableError(describe(url), (error as Error).message || String(error));
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** host:port/database without credentials, for messages and logs. */
export function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
