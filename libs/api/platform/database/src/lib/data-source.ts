import { DataSource, type DataSourceOptions } from 'typeorm';

type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming.strategy.js';
import { CountingTypeOrmLogger, type DatabaseLogSink } from './typeorm-logger.js';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** Application name shown in pg_stat_activity. */
  applicationName?: string;
  /**
   * `max_parallel_workers_per_gather` of these connections; unset keeps the server's. The API
   * sets 0 by default (`DB_PARALLEL_WORKERS`): its statements are short and many run at once, and
   * parallel plans made list counts slower (docs/operations.md).
   */
  parallelWorkers?: number;
  logSink?: DatabaseLogSink;
}

const silentSink: DatabaseLogSink = { warn: () => undefined, error: () => undefined };

/**
 * TypeORM options shared by the app, the CLI commands and the tests. Schema changes go
 * through migrations only (`synchronize: false`).
 */
export function dataSourceOptions(options: DatabaseOptions): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: options.url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['query', 'error', 'warn', 'migration'],
    maxQueryExecutionTime: 200,
    logger: new CountingTypeOrmLogger(options.logSink ?? silentSink),
    applicationName: options.applicationName ?? 'pairs',
    poolSize: options.poolSize ?? 10,
    extra: {
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // A runaway statement must not hold a connection forever.
      statement_timeout: 30_000,
      ...(options.parallelWorkers === undefined
        ? {}
        : { options: `-c max_parallel_workers_per_gather=${Math.trunc(options.parallelWorkers)}` }),
    },
  };
}

/** Arbitrary constant naming the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 72700002;

/**
 * Opens a data source on `url`, runs pending migrations, and closes it. Returns their names.
 * Several API instances may start at once: an advisory lock makes them migrate one at a time
 * (the later ones then find nothing pending).
 */
export async function runMigrations(url: string, logSink?: DatabaseLogSink): Promise<string[]> {
  const dataSource = new DataSource(
    dataSourceOptions({ url, poolSize: 2, applicationName: 'pairs-migrate', logSink }),
  );
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
