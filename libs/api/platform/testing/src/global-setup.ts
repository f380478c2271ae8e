import {
  dropLeftoverTestDatabases,
  prepareTemplate,
  startTestServer,
  TEST_ENV,
  type TestServer,
} from './lib/test-database.js';

/** jest globalSetup: one server and one migrated template for the whole run. */
export default async function globalSetup(): Promise<void> {
  const server = await startTestServer();
  (globalThis as { __pairsTestServer?: TestServer }).__pairsTestServer = server;
  await dropLeftoverTestDatabases(server.adminUrl);
  process.env[TEST_ENV.adminUrl] = server.adminUrl;
  process.env[TEST_ENV.template] = await prepareTemplate(server.adminUrl);
}
