import 'reflect-metadata';
import { runMigrations } from '@pairs/platform-database';
import { createApp } from './app.factory.js';
import { resolveDatabase } from './bootstrap/database.js';
import { exitWith, loadConfigOrExit, logLine } from './commands/cli-support.js';
import { seedDemoData } from './seed/seed.js';
import { SiteService } from './site/site.service.js';

const SHUTDOWN_TIMEOUT_MS = 25_000;

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfigOrExit();
  let db;
  try {
    db = await resolveDatabase(config, logLine);
    const applied = await runMigrations(db.url);
    if (applied.length) logLine(`Applied migrations: ${applied.join(', ')}`);
  } catch (error) {
    await db?.embedded?.stop().catch(() => undefined);
    exitWith(error);
  }
  const database = db;

  if (config.redisUrl) {
    // Validated now so deployments can set it; the Redis pub/sub engine is not wired yet.
    logLine(
      'REDIS_URL is set, but this version still uses in-process pub/sub (one instance per subscription)',
    );
  }
  const app = await createApp({ config, databaseUrl: database.url });
  await app.init();
  if (config.seedDemoData && !(await app.get(SiteService).demoDataLoadedAt())) {
    await seedDemoData(app, logLine);
  }

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logLine(`${signal} received: draining in-flight requests`);
    const timer = setTimeout(() => {
      process.stderr.write('Shutdown took too long, exiting\n');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    try {
      await app.close(); // stops accepting, waits for in-flight requests, closes the pool
      await database.embedded?.stop();
      logLine('Stopped cleanly');
      process.exit(0);
    } catch (error) {
      process.stderr.write(`Error during shutdown: ${(error as Error).message}\n`);
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  logLine(`Pairs is ready on ${config.publicUrl} (${Date.now() - startedAt} ms)`);
}

main().catch(exitWith);
