import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { buildSchema, SCHEMA_FILE } from '../schema/build-schema.js';

/** `npm run schema:generate` writes the schema file; with `--check` it fails when the file is stale. */
const check = process.argv.includes('--check');
const next = await buildSchema();
const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
if (check) {
  if (current !== next) {
    console.error(`${SCHEMA_FILE} is stale: run \`npm run schema:generate\` and commit the result.`);
    process.exit(1);
  }
  console.log('GraphQL schema file is up to date.');
} else if (current !== next) {
  await writeFile(SCHEMA_FILE, next);
  console.log(`Wrote ${SCHEMA_FILE}`);
} else {
  console.log('GraphQL schema file unchanged.');
}
