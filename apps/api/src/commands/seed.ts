import 'reflect-metadata';
import { runMigrations } from '@pairs/platform-database';
import { createApp } from '../app.factory.js';
import { resolveDatabase } from '../bootstrap/database.js';
import { seedDemoData } from '../seed/seed.js';
import { exitWith, loadConfigOrExit, logLine } from './cli-support.js';

/** `npm run db:seed`: loads the demo data (idempotent). Refused in production. */
const config = loadConfigOrExit();
if (config.isProduction) {
  process.stderr.write('Demo data is never seeded when NODE_ENV=production\n');
  process.exit(1);
}
try {
  const db = await resolveDatabase(config, logLine);
  try {
    await runMigrations(db.url);
    const app = await createApp({ config: { ...config, logLevel: 'warn' }, databaseUrl: db.url });
    await app.init();
    try {
      await seedDemoData(app, logLine);
    } finally {
      await app.close();
    }
  } finally {
    await db.embedded?.stop();
  }
} catch (error) {
  exitWith(error);
}
