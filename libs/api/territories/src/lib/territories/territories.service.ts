import { Injectable } from '@nestjs/common';
import { isUuid } from '@pairs/shared-domain';
import type { FieldErrorDetail } from '@pairs/shared-domain';
import {
  buildConnection,
  DomainError,
  toPageRequest,
  type Connection,
  type ConnectionArgs,
  type PageRequest,
} from '@pairs/platform-core';
import {
  DEFAULT_TERRITORY_SEARCH_SIZE,
  MAX_TERRITORY_SEARCH_LENGTH,
  MAX_TERRITORY_SEARCH_SIZE,
  parseTerritorySearch,
} from './search-text.js';
import { TERRITORY_KINDS, type TerritoryKind } from './territory-kind.js';
import type { TerritoryModel } from './territory.model.js';
import { TerritoryRepository, type MemberCursor, type TerritoryRecord } from './territory.repository.js';

export interface TerritorySearchInput {
  search: string;
  kinds?: readonly TerritoryKind[] | null;
  first?: number | null;
}

/** Reading the administrative map: search, lookups by code or id, members of an EPCI. */
@Injectable()
export class TerritoriesService {
  constructor(private readonly territories: TerritoryRepository) {}

  /** Territories with these codes (`51108`, `DEP-71`…); unknown codes are simply absent. */
  async findByCodes(codes: readonly string[]): Promise<TerritoryModel[]> {
    return (await this.territories.findByCodes(codes)).map(toModel);
  }

  /** Territories with these ids; unknown ids are simply absent. */
  async findByIds(ids: readonly string[]): Promise<TerritoryModel[]> {
    return (await this.territories.findByIds(ids)).map(toModel);
  }

  /** One territory by code, case and surrounding spaces ignored (`dep-2a` is `DEP-2A`); null when unknown. */
  async findByCode(code: string): Promise<TerritoryModel | null> {
    const normalized = code.trim().toUpperCase();
    if (!normalized || normalized.length > 20) return null;
    const [territory] = await this.findByCodes([normalized]);
    return territory ?? null;
  }

  /**
   * Ranked search for pickers: exact name or code first, then names (or codes) starting with
   * the query, then names where it starts a later word, then names holding every word;
   * bigger territories first within each rank. One SQL statement.
   */
  async search(input: TerritorySearchInput): Promise<TerritoryModel[]> {
    const search = input.search.trim();
    const first = input.first ?? DEFAULT_TERRITORY_SEARCH_SIZE;
    const problems: FieldErrorDetail[] = [];
    if (search.length < 1 || search.length > MAX_TERRITORY_SEARCH_LENGTH) {
      problems.push({
        field: 'search',
        reason: 'length',
        message: `search must be 1 to ${MAX_TERRITORY_SEARCH_LENGTH} characters`,
      });
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_TERRITORY_SEARCH_SIZE) {
      problems.push({
        field: 'first',
        reason: 'range',
        message: `first must be between 1 and ${MAX_TERRITORY_SEARCH_SIZE}`,
      });
    }
    const kinds = [...new Set(input.kinds ?? [])];
    if (kinds.some((kind) => !TERRITORY_KINDS.includes(kind))) {
      problems.push({ field: 'kinds', reason: 'enum', message: 'kinds holds an unknown territory kind' });
    }
    if (problems.length) throw DomainError.badInput(problems);

    const terms = parseTerritorySearch(search);
    // Nothing left to match ("--", "'"): no need to ask the database.
    if (!terms.tokens.length && !terms.code) return [];
    const rows = await this.territories.search({
      ...terms,
      kinds: kinds.length ? kinds : null,
      limit: first,
    });
    return rows.map(toModel);
  }

  /** Validates `first`/`after` of a member list (the cursor is `[population, name, id]`). */
  memberPageRequest(args: ConnectionArgs): PageRequest {
    const page = toPageRequest(args, 3);
    if (page.after) toMemberCursor(page.after);
    return page;
  }

  /**
   * Member communes of each EPCI, in the order of `epciIds`, largest first; one statement for
   * the whole batch. Ids of other kinds of territory get an empty page.
   */
  async memberPages(epciIds: readonly string[], page: PageRequest): Promise<Connection<TerritoryModel>[]> {
    const after = page.after ? toMemberCursor(page.after) : null;
    const pages = await this.territories.findMemberPages(epciIds, page.first + 1, after);
    const byEpci = new Map(pages.map((p) => [p.epciId, p]));
    return epciIds.map((id) => {
      const found = byEpci.get(id);
      return buildConnection(
        (found?.rows ?? []).map(toModel),
        page,
        (t) => [t.population ?? -1, t.name, t.id],
        found?.totalCount ?? 0,
      );
    });
  }
}

function toModel(record: TerritoryRecord): TerritoryModel {
  return { ...record };
}

function toMemberCursor(values: readonly unknown[]): MemberCursor {
  const [population, name, id] = values;
  if (
    typeof population !== 'number' ||
    !Number.isInteger(population) ||
    typeof name !== 'string' ||
    typeof id !== 'string' ||
    !isUuid(id)
  ) {
    throw DomainError.badField('after', 'cursor', 'after is not a valid cursor');
  }
  return { population, name, id };
}
