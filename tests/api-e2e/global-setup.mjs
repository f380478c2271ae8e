// jest globalSetup of the API black-box tests: one server and one template for the run, the
// template holding the real territories so that every test file's database has them (loading
// them takes seconds, cloning the template milliseconds). Loaded from the built dist/ of the
// libraries: the test target builds them first.
import 'reflect-metadata';
import { setupTestDatabases } from '@pairs/platform-testing';
import { loadTerritoriesIntoDatabase, territoriesDataKey } from '@pairs/territories';

export default function globalSetup() {
  return setupTestDatabases({
    // Changes with the data package's version and the importer's code: the template is rebuilt.
    key: `territories:${territoriesDataKey()}`,
    populate: (databaseUrl) => loadTerritoriesIntoDatabase(databaseUrl).then(() => undefined),
  });
}
