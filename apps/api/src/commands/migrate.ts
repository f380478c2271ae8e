import 'reflect-metadata';
import { runMigrations } from '@pairs/platform-database';
import { resolveDatabase } from '../bootstrap/database.js';
import { exitWith, loadConfigOrExit, logLine } from './cli-support.js';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
const config = loadConfigOrExit();
try {
  const db = await resolveDatabase(config, logLine);
  try {
    const applied = await runMigrations(db.url);
    logLine(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'No pending migration');
  } finally {
    await db.embedded?.stop();
  }
} catch (error) {
  exitWith(error);
}
