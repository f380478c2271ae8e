import { Injectable } from '@nestjs/common';
import { isUuid } from '@pairs/shared-domain';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { TerritoryEntity } from './territory.entity.js';
import type { TerritoryKind } from './territory-kind.js';

/** A territory as the rest of the context sees it (no search column, no timestamps). */
export interface TerritoryRecord {
  id: string;
  code: string;
  kind: TerritoryKind;
  inseeCode: string;
  name: string;
  population: number | null;
  regionId: string | null;
  departementId: string | null;
  epciId: string | null;
}

export interface TerritorySearchQuery {
  /** Normalised query, compared with whole names and name prefixes. */
  phrase: string;
  /** Normalised words; each must start a word of the name. Empty: match codes only. */
  tokens: readonly string[];
  /** Candidate code (upper case, `[A-Z0-9-]`), or null. */
  code: string | null;
  kinds: readonly TerritoryKind[] | null;
  limit: number;
}

/** Keyset position in a member list ordered by population desc (unknown last), name, id. */
export interface MemberCursor {
  population: number;
  name: string;
  id: string;
}

export interface MemberPage {
  epciId: string;
  totalCount: number;
  /** Up to `limit` rows, in order. */
  rows: TerritoryRecord[];
}

/** The columns of a `TerritoryRecord`, read from the table aliased `alias`. */
function recordColumns(alias: string): string {
  return [
    'id',
    'code',
    'kind',
    'insee_code AS "inseeCode"',
    'name',
    'population',
    'region_id AS "regionId"',
    'departement_id AS "departementId"',
    'epci_id AS "epciId"',
  ]
    .map((column) => `${alias}.${column}`)
    .join(', ');
}

const COLUMNS = recordColumns('t');

/**
 * "A word of the name starts with `token`" (tokens hold only `[a-z0-9]`: no LIKE wildcard).
 * From three letters on, the trigram index on `search_name` finds the names holding the token
 * and `strpos` checks that a word starts there; the check is written so that PostgreSQL does
 * not pick the index below, slower for such tokens. Shorter tokens have no trigram of their
 * own: the index on `' ' || search_name` answers them through the word-start padding.
 */
function wordStartsWith(token: string, param: (value: unknown) => string): string {
  if (token.length >= 3) {
    return `t.search_name LIKE ${param(`%${token}%`)} AND strpos(' ' || t.search_name, ${param(` ${token}`)}) > 0`;
  }
  return `(' ' || t.search_name) LIKE ${param(`% ${token}%`)}`;
}

/** Territory queries, batch by design (lists of ids or codes). */
@Injectable()
export class TerritoryRepository {
  constructor(@InjectRepository(TerritoryEntity) private readonly repo: Repository<TerritoryEntity>) {}

  async findByIds(ids: readonly string[]): Promise<TerritoryRecord[]> {
    // A malformed id would make PostgreSQL fail the whole batch; it simply matches nothing.
    const valid = [...new Set(ids.filter((id) => isUuid(id)))];
    if (!valid.length) return [];
    return this.repo.query(`SELECT ${COLUMNS} FROM territory t WHERE t.id = ANY($1::uuid[])`, [valid]);
  }

  async findByCodes(codes: readonly string[]): Promise<TerritoryRecord[]> {
    const unique = [...new Set(codes)];
    if (!unique.length) return [];
    return this.repo.query(`SELECT ${COLUMNS} FROM territory t WHERE t.code = ANY($1::text[])`, [unique]);
  }

  /**
   * One statement, three ranks: exact name or code; then names or codes starting with the
   * query; then names whose words each start with one of the query's words (any order). Each
   * rank is read by population desc with its own LIMIT, so on a broad query ("saint", "la")
   * PostgreSQL walks the population index and stops early, and on a narrow one it uses the
   * pattern or trigram index; the ranks are merged and cut at the end.
   */
  async search(query: TerritorySearchQuery): Promise<TerritoryRecord[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const exact: string[] = [];
    const prefix: string[] = [];
    let words = 'false';
    if (query.tokens.length) {
      exact.push(`t.search_name = ${param(query.phrase)}`);
      prefix.push(`t.search_name LIKE ${param(`${query.phrase}%`)}`);
      words = query.tokens.map((token) => wordStartsWith(token, param)).join(' AND ');
    }
    if (query.code) {
      const code = param(query.code);
      exact.push(`t.code = ${code}`, `t.insee_code = ${code}`);
      prefix.push(`t.code LIKE ${param(`${query.code}%`)}`);
    }
    if (!exact.length) return [];
    const kinds = query.kinds?.length ? `AND t.kind = ANY(${param(query.kinds)}::text[])` : '';
    const limit = param(query.limit);
    const isExact = `(${exact.join(' OR ')})`;
    const isPrefix = `(${prefix.join(' OR ')})`;
    const byPopulation = 't.population DESC NULLS LAST, t.name, t.code';
    return this.repo.query(
      `SELECT r.id, r.code, r.kind, r."inseeCode", r.name, r.population, r."regionId", r."departementId", r."epciId"
         FROM (
         (SELECT ${COLUMNS}, 0 AS rank FROM territory t
           WHERE ${isExact} ${kinds}
           ORDER BY ${byPopulation} LIMIT ${limit})
         UNION ALL
         (SELECT ${COLUMNS}, 1 AS rank FROM territory t
           WHERE ${isPrefix} AND NOT ${isExact} ${kinds}
           ORDER BY ${byPopulation} LIMIT ${limit})
         UNION ALL
         (SELECT ${COLUMNS}, 2 AS rank FROM territory t
           WHERE ${words} AND NOT ${isPrefix} ${kinds}
           ORDER BY ${byPopulation} LIMIT ${limit})
       ) r
       ORDER BY r.rank, r.population DESC NULLS LAST, r.name, r.code
       LIMIT ${limit}`,
      params,
    );
  }

  /**
   * Member communes of several EPCI in one statement: per EPCI, its member count and the
   * `limit` rows after `after` (keyset on population desc with unknown last, name, id).
   */
  async findMemberPages(
    epciIds: readonly string[],
    limit: number,
    after: MemberCursor | null,
  ): Promise<MemberPage[]> {
    const valid = [...new Set(epciIds.filter((id) => isUuid(id)))];
    if (!valid.length) return [];
    const params: unknown[] = [valid, limit];
    let keyset = '';
    if (after) {
      params.push(after.population, after.name, after.id);
      keyset = `AND (COALESCE(t.population, -1) < $3
                 OR (COALESCE(t.population, -1) = $3 AND (t.name, t.id) > ($4::varchar, $5::uuid)))`;
    }
    const rows: Array<TerritoryRecord & { pageEpciId: string; totalCount: number }> = await this.repo.query(
      `SELECT k.epci_id AS "pageEpciId", c.total AS "totalCount", ${recordColumns('p')}
         FROM unnest($1::uuid[]) AS k(epci_id)
        CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM territory m WHERE m.epci_id = k.epci_id) c
         LEFT JOIN LATERAL (
               SELECT t.* FROM territory t
                WHERE t.epci_id = k.epci_id ${keyset}
                ORDER BY COALESCE(t.population, -1) DESC, t.name, t.id
                LIMIT $2
              ) p ON true
        ORDER BY k.epci_id, COALESCE(p.population, -1) DESC, p.name, p.id`,
      params,
    );
    const pages = new Map<string, MemberPage>();
    for (const { pageEpciId, totalCount, ...row } of rows) {
      let page = pages.get(pageEpciId);
      if (!page) pages.set(pageEpciId, (page = { epciId: pageEpciId, totalCount, rows: [] }));
      if (row.id) page.rows.push(row);
    }
    return [...pages.values()];
  }
}
