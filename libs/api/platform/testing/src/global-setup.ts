// Decorator metadata must be readable in jest's outer process too (entities, GraphQL types).
import 'reflect-metadata';
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
  forgetDecoratorRegistries();
}

/**
 * Nest GraphQL and TypeORM keep their decorator registries on `globalThis`, and jest's node
 * environment copies the outer process's globals into every test context. Classes loaded here
 * (from dist/, in this realm) would then leak into the tests' schema with this realm's
 * `Boolean`/`String`, which the tests' GraphQL cannot map ("Cannot determine a GraphQL output
 * type"). The setup is done with them: drop the registries.
 */
function forgetDecoratorRegistries(): void {
  const registries = ['GqlTypeMetadataStorage', 'GqlLazyMetadataStorageHost', 'typeormMetadataArgsStorage'];
  for (const key of registries) Reflect.deleteProperty(globalThis, key);
}

export default function globalSetup(): Promise<void> {
  return setupTestDatabases();
}
