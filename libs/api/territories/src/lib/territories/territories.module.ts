import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoriesService } from './territories.service.js';
import { TerritoryEntity } from './territory.entity.js';
import { TerritoryLoaders } from './territory.loaders.js';
import { TerritoryRepository } from './territory.repository.js';
import { TerritoryResolver } from './territory.resolver.js';

/** Resolvers of this context, also listed for schema generation (apps/api schema/resolvers.ts). */
export const TERRITORIES_RESOLVERS = [TerritoryResolver];

@Module({
  imports: [TypeOrmModule.forFeature([TerritoryEntity])],
  providers: [TerritoryRepository, TerritoriesService, TerritoryLoaders, ...TERRITORIES_RESOLVERS],
  exports: [TerritoriesService, TerritoryLoaders],
})
export class TerritoriesModule {}
