export * from './lib/test-database.js';
export * from './lib/gql.js';
export * from './lib/factory.js';
