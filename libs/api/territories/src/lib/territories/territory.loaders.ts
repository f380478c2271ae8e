import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { orderByKeys, type Connection, type LoaderRegistry, type PageRequest } from '@pairs/platform-core';
import type { TerritoryModel } from './territory.model.js';
import { TerritoriesService } from './territories.service.js';

/**
 * Per-request DataLoaders for territories. Other contexts (identity's mandates, content
 * tagged with a territory) resolve their `territory` fields through `byId`.
 */
@Injectable()
export class TerritoryLoaders {
  constructor(private readonly territories: TerritoriesService) {}

  /** Territories by id, one SQL statement per batch; unknown ids give null. */
  byId(loaders: LoaderRegistry): DataLoader<string, TerritoryModel | null> {
    return loaders.get<string, TerritoryModel | null>('territories.byId', async (ids) =>
      orderByKeys(ids, await this.territories.findByIds(ids), (territory) => territory.id),
    );
  }

  /** Member communes of EPCI for one page request (one loader per distinct `first`/`after`). */
  memberPages(loaders: LoaderRegistry, page: PageRequest): DataLoader<string, Connection<TerritoryModel>> {
    return loaders.get<string, Connection<TerritoryModel>>(
      `territories.memberPages:${page.first}:${JSON.stringify(page.after)}`,
      (epciIds) => this.territories.memberPages(epciIds, page),
    );
  }
}
