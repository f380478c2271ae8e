import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { requestContext } from '@pairs/platform-core';

/** Minimal structured logger the database layer writes to (pino in the app). */
export interface DatabaseLogSink {
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * Counts every SQL statement against the current request (tests and the `x-sql-queries`
 * header read it) and logs failing and slow queries. Query texts never reach clients.
 */
export class CountingTypeOrmLogger implements TypeOrmLogger {
  constructor(
    private readonly sink: DatabaseLogSink,
    private readonly slowQueryMs = 200,
  ) {}

  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    requestContext.countSqlQuery();
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    this.sink.error(
      { err: error, query, requestId: requestContext.current()?.requestId },
      'SQL query failed',
    );
  }

  logQuerySlow(time: number, query: string): void {
    if (time >= this.slowQueryMs) {
      this.sink.warn(
        { durationMs: time, query, requestId: requestContext.current()?.requestId },
        'Slow SQL query',
      );
    }
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.sink.warn({ migration: message }, 'Migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.sink.warn({ detail: message }, 'TypeORM warning');
  }
}
