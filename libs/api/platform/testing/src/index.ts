export * from './lib/test-database.js';
export * from './lib/gql.js';
export * from './lib/factory.js';
export * from './lib/server-process.js';
export { setupTestDatabases } from './global-setup.js';
