import {
  dropLeftoverTestDatabases,
  prepareTemplate,
  startTestServer,
  TEST_ENV,
  type TemplatePopulation,
  type TestServer,
} from './lib/test-database.js';

/**
 * jest globalSetup: one server and one migrated template for the whole run. Projects that need
 * reference data in the template call `setupTestDatabases(population)` from their own setup.
 */
export async function setupTestDatabases(population?: TemplatePopulation): Promise<void> {
  const server = await startTestServer();
  (globalThis as { __pairsTestServer?: TestServer }).__pairsTestServer = server;
  await dropLeftoverTestDatabases(server.adminUrl);
  process.env[TEST_ENV.adminUrl] = server.adminUrl;
  process.env[TEST_ENV.template] = await prepareTemplate(server.adminUrl, population);
}

export default function globalSetup(): Promise<void> {
  return setupTestDatabases();
}
