// Public entry of the API package for black-box tests (tests/api-e2e, tests/web-e2e) and tools.
export { createApp, type CreateAppOptions } from './app.factory.js';
export { loadConfig, ConfigError, type AppConfig } from './config/config.js';
export { findWorkspaceRoot } from './config/workspace-root.js';
export { resolveDatabase, assertReachable, EMBEDDED_DATABASE } from './bootstrap/database.js';
export { seedDemoData } from './seed/seed.js';
export { GRAPHQL_LIMITS } from './graphql/graphql-options.js';
export { BODY_LIMIT_BYTES } from './http/configure-http.js';
export { API_RESOLVERS } from './schema/resolvers.js';
export { buildSchema, printSchemaFile, SCHEMA_FILE } from './schema/build-schema.js';
