export * from './lib/base.entity.js';
export * from './lib/naming.strategy.js';
export * from './lib/typeorm-logger.js';
export * from './lib/data-source.js';
export * from './lib/migrations/index.js';
export * from './lib/embedded/embedded-postgres.js';
export * from './lib/demo-id.js';
export * from './lib/unique-slug.js';
