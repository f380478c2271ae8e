import 'reflect-metadata';
import { runMigrations } from '@pairs/platform-database';
import { loadTerritoriesIntoDatabase } from '@pairs/territories';
import { resolveDatabase } from '../bootstrap/database.js';
import { exitWith, loadConfigOrExit, logLine } from './cli-support.js';

/**
 * `npm run db:territories`: loads or refreshes régions, départements, EPCI and communes from
 * `@etalab/decoupage-administratif` (idempotent) into DATABASE_URL or the embedded database.
 * Reference data, so it runs in production too.
 */
const config = loadConfigOrExit();
try {
  const db = await resolveDatabase(config, logLine);
  try {
    await runMigrations(db.url);
    await loadTerritoriesIntoDatabase(db.url, logLine);
  } finally {
    await db.embedded?.stop();
  }
} catch (error) {
  exitWith(error);
}
