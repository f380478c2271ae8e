import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, printSchemaFile, SCHEMA_FILE } from '@pairs/api';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('generated artefacts stay in sync', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the committed schema.graphql is what the running API serves', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    const served = printSchemaFile(t.app.get(GraphQLSchemaHost).schema);
    expect(served).toBe(committed);
  });

  it('the schema built without a database (GraphQLSchemaFactory) is the same', async () => {
    expect(await buildSchema()).toBe(await readFile(SCHEMA_FILE, 'utf8'));
  });

  it('the migrations produce exactly the schema the entities describe', async () => {
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
