// Public API of the territories context: the module, the GraphQL types other contexts return,
// the service and loaders they call, and the importer used by commands, seeding and tests.
export { TerritoriesModule, TERRITORIES_RESOLVERS } from './lib/territories/territories.module.js';
export { TerritoriesService, type TerritorySearchInput } from './lib/territories/territories.service.js';
export { TerritoryLoaders } from './lib/territories/territory.loaders.js';
export { TerritoryModel, TerritoryConnection } from './lib/territories/territory.model.js';
// Exported so that other contexts can declare foreign keys to territory (TypeORM relations).
export { TerritoryEntity } from './lib/territories/territory.entity.js';
export { TerritoryKind, TERRITORY_KINDS, parentIdOf } from './lib/territories/territory-kind.js';
export { normalizeSearchText } from './lib/territories/search-text.js';
export {
  loadTerritories,
  loadTerritoriesIntoDatabase,
  territoriesDataKey,
  territoriesDataVersion,
  type TerritoryLoadSummary,
} from './lib/territories/territories.importer.js';
