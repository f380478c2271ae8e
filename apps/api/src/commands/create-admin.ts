import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { IdentitySeeder } from '@pairs/identity';
import { runMigrations } from '@pairs/platform-database';
import { createApp } from '../app.factory.js';
import { resolveDatabase } from '../bootstrap/database.js';
import { exitWith, loadConfigOrExit, logLine } from './cli-support.js';

/** `npm run user:create-admin -- --email a@b.fr --password '…' [--handle h] [--name "Nom"]` */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    handle: { type: 'string' },
    name: { type: 'string' },
  },
});
if (!values.email || !values.password) {
  process.stderr.write(
    'Usage: npm run user:create-admin -- --email <email> --password <password> [--handle <handle>] [--name <name>]\n',
  );
  process.exit(2);
}
const config = loadConfigOrExit();
try {
  const db = await resolveDatabase(config, logLine);
  try {
    await runMigrations(db.url);
    const app = await createApp({ config: { ...config, logLevel: 'warn' }, databaseUrl: db.url });
    await app.init();
    try {
      const admin = await app.get(IdentitySeeder).createAdmin({
        email: values.email,
        password: values.password,
        handle: values.handle,
        displayName: values.name,
      });
      logLine(`Administrator ready: ${admin.email} (@${admin.handle})`);
    } finally {
      await app.close();
    }
  } finally {
    await db.embedded?.stop();
  }
} catch (error) {
  exitWith(error);
}
