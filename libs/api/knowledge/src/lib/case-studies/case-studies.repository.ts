import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  caseStudyReadableSql,
  contentGroupFactsSql,
  SqlParams as Params,
  type ContentGroupFacts,
  type SqlParam,
  type Viewer,
} from '@pairs/platform-core';
import {
  POPULATION_BANDS,
  populationBandDefinition,
  type CaseStudyStatus,
  type PopulationBand,
} from '@pairs/shared-domain';
import type { TerritoryKind } from '@pairs/territories';
import {
  CaseStudyAuthorEntity,
  CaseStudyEntity,
  CaseStudyRevisionEntity,
  CaseStudyThemeEntity,
  type CaseStudyAuthorRole,
  type CaseStudyContent,
  type FundingSourceValue,
} from './case-study.entity.js';
import type { CaseStudyOrder } from './case-study.model.js';

/** A case study row with its author ids (owner first), as the service maps it. */
export interface CaseStudyRecord {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  results: string;
  environmentalAssessment: string;
  lessonsLearned: string;
  solutionsUsed: string[];
  contact: string;
  territoryId: string;
  status: CaseStudyStatus;
  startedOn: string | null;
  endedOn: string | null;
  costEuros: number | null;
  fundingSources: FundingSourceValue[];
  reviewComment: string | null;
  reviewCommentAt: Date | null;
  reviewCommentById: string | null;
  createdById: string;
  submittedAt: Date | null;
  publishedAt: Date | null;
  revisionCount: number;
  viewCount: number;
  createdAt: Date;
  updatedAt: Date;
  authorIds: string[];
  groupId: string | null;
  /** The group's facts for the viewer (null in the commons). */
  group: ContentGroupFacts | null;
  /** The sort key of the requested order, as text (exact timestamps), for cursors. */
  sortKey: string | number | null;
}

/** A list filter with every reference resolved to ids. */
export interface CaseStudyQuery {
  viewer: Viewer;
  themeIds: string[] | null;
  territoryId: string | null;
  territoryKinds: TerritoryKind[] | null;
  populationBand: PopulationBand | null;
  regionId: string | null;
  departementId: string | null;
  status: CaseStudyStatus;
  authorId: string | null;
  groupId: string | null;
}

type Dimension = 'theme' | 'band' | 'region';

export interface CaseStudySummaryRows {
  total: number;
  themes: Array<{ themeId: string; count: number }>;
  bands: Array<{ band: PopulationBand; count: number }>;
  regions: Array<{ regionId: string; count: number }>;
}

/** Columns of a case study row `cs`, with its group's facts for the viewer. */
const columns = (viewer: Viewer, p: SqlParam) => `cs.id, cs.slug, cs.title, cs.summary, cs.body, cs.results,
  cs.environmental_assessment AS "environmentalAssessment", cs.lessons_learned AS "lessonsLearned",
  cs.solutions_used AS "solutionsUsed", cs.contact, cs.territory_id AS "territoryId", cs.status,
  to_char(cs.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(cs.ended_on, 'YYYY-MM-DD') AS "endedOn",
  cs.cost_euros AS "costEuros", cs.funding_sources AS "fundingSources", cs.review_comment AS "reviewComment",
  cs.review_comment_at AS "reviewCommentAt", cs.review_comment_by_id AS "reviewCommentById",
  cs.created_by_id AS "createdById", cs.submitted_at AS "submittedAt", cs.published_at AS "publishedAt",
  cs.revision_count AS "revisionCount", cs.view_count AS "viewCount", cs.created_at AS "createdAt",
  cs.updated_at AS "updatedAt",
  ARRAY(SELECT a.user_id FROM case_study_author a WHERE a.case_study_id = cs.id
        ORDER BY a.role = 'OWNER' DESC, a.added_at, a.user_id)::text[] AS "authorIds",
  cs.group_id AS "groupId", ${contentGroupFactsSql(viewer, 'cs.group_id', p)} AS "group"`;

/** `CASE … END` giving the population band of territory `t`. */
export const POPULATION_BAND_SQL = `CASE ${POPULATION_BANDS.map(
  (b) =>
    `WHEN t.population >= ${b.min}${b.max === null ? '' : ` AND t.population <= ${b.max}`} THEN '${b.band}'`,
).join(' ')} END`;

/** The région of territory `t` (itself for a région). */
const REGION_SQL = `COALESCE(t.region_id, CASE WHEN t.kind = 'REGION' THEN t.id END)`;

/**
 * Each order is a keyset on `[key, id]`, both in the same direction, nulls last (the ORDER BY matches
 * the order indexes of the migration).
 * `<` moves on in a descending order, `>` in an ascending one.
 */
const ORDERS: Record<CaseStudyOrder, { key: string; desc: boolean; nullable: boolean; type: string }> = {
  PUBLISHED_AT: { key: 'cs.published_at', desc: true, nullable: true, type: 'timestamptz' },
  UPDATED_AT: { key: 'cs.updated_at', desc: true, nullable: false, type: 'timestamptz' },
  POPULARITY: { key: 'cs.view_count', desc: true, nullable: false, type: 'integer' },
  SUBMITTED_AT: { key: 'cs.submitted_at', desc: false, nullable: true, type: 'timestamptz' },
};

@Injectable()
export class CaseStudiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** One case study by id or slug, whatever its state (the service applies the policy). */
  async findOne(
    viewer: Viewer,
    by: { id?: string; slug?: string },
    manager?: EntityManager,
    lock = false,
  ): Promise<CaseStudyRecord | null> {
    const p = new Params();
    const where = by.id !== undefined ? `cs.id = ${p.add(by.id)}` : `cs.slug = ${p.add(by.slug)}`;
    const rows: CaseStudyRecord[] = await this.m(manager).query(
      `SELECT ${columns(viewer, p.add)}, NULL AS "sortKey" FROM case_study cs WHERE ${where}${lock ? ' FOR UPDATE OF cs' : ''}`,
      p.values,
    );
    return rows[0] ?? null;
  }

  /** Case studies by id, whatever their state (the service applies the policy). */
  async findMany(viewer: Viewer, ids: readonly string[]): Promise<CaseStudyRecord[]> {
    if (!ids.length) return [];
    const p = new Params();
    return this.m().query(
      `SELECT ${columns(viewer, p.add)}, NULL AS "sortKey" FROM case_study cs WHERE cs.id = ANY(${p.add(ids)}::uuid[])`,
      p.values,
    );
  }

  /** Conditions of the filter's facet dimensions (theme, band, région), each alone. */
  private dimensionConditions(q: CaseStudyQuery, p: Params): Partial<Record<Dimension, string>> {
    const dims: Partial<Record<Dimension, string>> = {};
    if (q.themeIds) {
      dims.theme = `EXISTS (SELECT 1 FROM case_study_theme f WHERE f.case_study_id = cs.id AND f.theme_id = ANY(${p.add(q.themeIds)}::uuid[]))`;
    }
    if (q.populationBand) {
      // Bounds rather than the CASE expression: PostgreSQL estimates a range well, not a CASE.
      const { min, max } = populationBandDefinition(q.populationBand);
      dims.band = `t.population >= ${p.add(min)}${max === null ? '' : ` AND t.population <= ${p.add(max)}`}`;
    }
    if (q.regionId) dims.region = `${REGION_SQL} = ${p.add(q.regionId)}`;
    return dims;
  }

  /** Conditions every statement of a list shares: visibility, state and the non-facet filters. */
  private commonConditions(q: CaseStudyQuery, p: Params): string[] {
    const where = [caseStudyReadableSql(q.viewer, 'cs', p.add), `cs.status = ${p.add(q.status)}`];
    if (q.territoryId) {
      const id = p.add(q.territoryId);
      where.push(`(t.id = ${id} OR t.epci_id = ${id} OR t.departement_id = ${id} OR t.region_id = ${id})`);
    }
    if (q.territoryKinds) where.push(`t.kind = ANY(${p.add(q.territoryKinds)}::varchar[])`);
    if (q.departementId) {
      const id = p.add(q.departementId);
      where.push(`(t.departement_id = ${id} OR t.id = ${id})`);
    }
    if (q.groupId) where.push(`cs.group_id = ${p.add(q.groupId)}`);
    if (q.authorId) {
      where.push(
        `EXISTS (SELECT 1 FROM case_study_author fa WHERE fa.case_study_id = cs.id AND fa.user_id = ${p.add(q.authorId)})`,
      );
    }
    return where;
  }

  /** Every condition of the filter. */
  private conditions(q: CaseStudyQuery, p: Params): string[] {
    return [...this.commonConditions(q, p), ...Object.values(this.dimensionConditions(q, p))];
  }

  /** One page in the requested order (keyset: `after` is `[sortKey, id]`), `limit` rows at most. */
  async findPage(
    q: CaseStudyQuery,
    order: CaseStudyOrder,
    after: [string | number | null, string] | null,
    limit: number,
  ): Promise<CaseStudyRecord[]> {
    const p = new Params();
    const o = ORDERS[order];
    const [dir, next] = o.desc ? ['DESC', '<'] : ['ASC', '>'];
    const where = this.conditions(q, p);
    if (after) {
      const [key, id] = after;
      const idParam = `${p.add(id)}::uuid`;
      if (key === null) {
        where.push(`(${o.key} IS NULL AND cs.id ${next} ${idParam})`);
      } else {
        const k = `${p.add(key)}::${o.type}`;
        const nulls = o.nullable ? ` OR ${o.key} IS NULL` : '';
        where.push(`(${o.key} ${next} ${k} OR (${o.key} = ${k} AND cs.id ${next} ${idParam})${nulls})`);
      }
    }
    // The page's ids first (an index-friendly ORDER BY … LIMIT), then their full rows: the
    // columns and the author subquery are computed for the page only, not for every match.
    const direction = `${dir}${o.desc && o.nullable ? ' NULLS LAST' : ''}`;
    return this.m().query(
      `SELECT ${columns(q.viewer, p.add)}, page.sort_key AS "sortKey"
       FROM (
         SELECT cs.id, ${o.key} AS sort_value, ${o.key}${o.type === 'timestamptz' ? '::text' : ''} AS sort_key
         FROM case_study cs JOIN territory t ON t.id = cs.territory_id
         WHERE ${where.join(' AND ')}
         ORDER BY ${o.key} ${direction}, cs.id ${dir} LIMIT ${p.add(limit)}
       ) page JOIN case_study cs ON cs.id = page.id
       ORDER BY page.sort_value ${direction}, page.id ${dir}`,
      p.values,
    );
  }

  async count(q: CaseStudyQuery): Promise<number> {
    const p = new Params();
    // Without a territory filter the join is not needed (territory_id is a non-null foreign key).
    const territoryFilter =
      q.territoryId || q.territoryKinds || q.departementId || q.populationBand || q.regionId;
    const from = territoryFilter
      ? 'case_study cs JOIN territory t ON t.id = cs.territory_id'
      : 'case_study cs';
    const [row]: Array<{ n: number }> = await this.m().query(
      `SELECT count(*)::int AS n FROM ${from} WHERE ${this.conditions(q, p).join(' AND ')}`,
      p.values,
    );
    return row.n;
  }

  /**
   * `totalCount` and the three facets in one statement over one scan of the matches: each facet
   * applies every filter but its own (disjunctive faceting).
   */
  async summary(q: CaseStudyQuery): Promise<CaseStudySummaryRows> {
    const p = new Params();
    const where = this.commonConditions(q, p);
    const dims = this.dimensionConditions(q, p);
    const flag = (d: Dimension) => dims[d] ?? 'TRUE';
    const rows: Array<{ facet: 'total' | 'theme' | 'band' | 'region'; key: string | null; count: number }> =
      await this.m().query(
        `WITH base AS MATERIALIZED (
           SELECT cs.id, ${POPULATION_BAND_SQL} AS band, ${REGION_SQL} AS region_id,
             ${flag('theme')} AS theme_ok, ${flag('band')} AS band_ok, ${flag('region')} AS region_ok
           FROM case_study cs JOIN territory t ON t.id = cs.territory_id
           WHERE ${where.join(' AND ')}
         )
         SELECT 'total' AS facet, NULL AS key, count(*)::int AS count FROM base WHERE theme_ok AND band_ok AND region_ok
         UNION ALL
         SELECT 'band', band, count(*)::int FROM base
           WHERE theme_ok AND region_ok AND band IS NOT NULL GROUP BY band
         UNION ALL
         SELECT 'region', region_id::text, count(*)::int FROM base
           WHERE theme_ok AND band_ok AND region_id IS NOT NULL GROUP BY region_id
         UNION ALL
         SELECT 'theme', cst.theme_id::text, count(*)::int FROM base JOIN case_study_theme cst ON cst.case_study_id = base.id
           WHERE band_ok AND region_ok GROUP BY cst.theme_id`,
        p.values,
      );
    const byCount =
      <T extends { count: number }>(key: (x: T) => string) =>
      (a: T, b: T) =>
        b.count - a.count || key(a).localeCompare(key(b));
    return {
      total: rows.find((r) => r.facet === 'total')?.count ?? 0,
      themes: rows
        .filter((r) => r.facet === 'theme')
        .map((r) => ({ themeId: r.key as string, count: r.count }))
        .sort(byCount((x) => x.themeId)),
      bands: rows
        .filter((r) => r.facet === 'band')
        .map((r) => ({ band: r.key as PopulationBand, count: r.count })),
      regions: rows
        .filter((r) => r.facet === 'region')
        .map((r) => ({ regionId: r.key as string, count: r.count }))
        .sort(byCount((x) => x.regionId)),
    };
  }

  /**
   * Published case studies like `base`, that the viewer may read: most shared themes first, then
   * same population band and région, then same band, then same région, then the newest.
   */
  async findSimilar(viewer: Viewer, baseId: string, limit: number): Promise<CaseStudyRecord[]> {
    const p = new Params();
    const base = p.add(baseId);
    // Shared themes come from one grouped join (not a subquery per row); only the chosen page's
    // rows are then read in full.
    return this.m().query(
      `WITH base AS (
         SELECT ${POPULATION_BAND_SQL} AS band, ${REGION_SQL} AS region_id
         FROM case_study cs JOIN territory t ON t.id = cs.territory_id WHERE cs.id = ${base}
       ), shared AS (
         SELECT a.case_study_id AS id, count(*)::int AS n
         FROM case_study_theme a JOIN case_study_theme b ON b.theme_id = a.theme_id AND b.case_study_id = ${base}
         WHERE a.case_study_id <> ${base}
         GROUP BY a.case_study_id
       ), ranked AS (
         SELECT * FROM (
           SELECT cs.id, cs.published_at, COALESCE(s.n, 0) AS shared_themes,
             COALESCE(${POPULATION_BAND_SQL} = base.band, false) AS same_band,
             COALESCE(${REGION_SQL} = base.region_id, false) AS same_region
           FROM case_study cs JOIN territory t ON t.id = cs.territory_id CROSS JOIN base
           LEFT JOIN shared s ON s.id = cs.id
           WHERE cs.id <> ${base} AND cs.status = 'PUBLISHED' AND ${caseStudyReadableSql(viewer, 'cs', p.add)}
         ) candidates
         WHERE shared_themes > 0 OR same_band OR same_region
         ORDER BY shared_themes DESC, (same_band AND same_region) DESC, same_band DESC, same_region DESC,
           published_at DESC, id DESC
         LIMIT ${p.add(limit)}
       )
       SELECT ${columns(viewer, p.add)}, NULL AS "sortKey"
       FROM ranked r JOIN case_study cs ON cs.id = r.id
       ORDER BY r.shared_themes DESC, (r.same_band AND r.same_region) DESC, r.same_band DESC, r.same_region DESC,
         r.published_at DESC, r.id DESC`,
      p.values,
    );
  }

  /** Theme ids of many case studies (DataLoader batch). */
  async findThemeIds(
    caseStudyIds: readonly string[],
  ): Promise<Array<{ caseStudyId: string; themeId: string }>> {
    if (!caseStudyIds.length) return [];
    return this.m().query(
      `SELECT cst.case_study_id AS "caseStudyId", cst.theme_id AS "themeId"
       FROM case_study_theme cst JOIN theme th ON th.id = cst.theme_id
       WHERE cst.case_study_id = ANY($1::uuid[]) ORDER BY th.position, th.name`,
      [caseStudyIds],
    );
  }

  /** Published case studies per theme (children included for a top-level theme) that the viewer may read. */
  async countPublishedByTheme(
    viewer: Viewer,
    themeIds: readonly string[],
  ): Promise<Array<{ themeId: string; count: number }>> {
    if (!themeIds.length) return [];
    const p = new Params();
    const ids = p.add(themeIds);
    return this.m().query(
      `SELECT th.id AS "themeId", count(DISTINCT cs.id)::int AS count
       FROM theme th
       JOIN theme tagged ON tagged.id = th.id OR tagged.parent_id = th.id
       JOIN case_study_theme cst ON cst.theme_id = tagged.id
       JOIN case_study cs ON cs.id = cst.case_study_id
       WHERE th.id = ANY(${ids}::uuid[]) AND cs.status = 'PUBLISHED' AND ${caseStudyReadableSql(viewer, 'cs', p.add)}
       GROUP BY th.id`,
      p.values,
    );
  }

  async slugsLike(base: string, manager: EntityManager): Promise<string[]> {
    const rows: Array<{ slug: string }> = await manager.query(
      `SELECT slug FROM case_study WHERE slug = $1 OR slug LIKE $2`,
      [base, `${base.replace(/[\\%_]/g, '\\$&')}-%`],
    );
    return rows.map((r) => r.slug);
  }

  /**
   * Moves a case study into a group or to the commons. The questions about it stay where they are:
   * each is moved on its own, as deliberately (`moveThreadToGroup`).
   */
  async setGroup(caseStudyId: string, groupId: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE case_study SET group_id = $2 WHERE id = $1`, [caseStudyId, groupId]);
  }

  async insert(values: Partial<CaseStudyEntity>, manager: EntityManager): Promise<string> {
    const repo = manager.getRepository(CaseStudyEntity);
    const saved = await repo.save(repo.create(values));
    return saved.id;
  }

  /**
   * Applies `values` and bumps the revision counter only if it still equals `expectedRevision`
   * (optimistic lock); returns false when someone saved in between.
   */
  async updateAtRevision(
    id: string,
    expectedRevision: number,
    values: Partial<CaseStudyEntity>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CaseStudyEntity)
      .set({ ...values, revisionCount: () => 'revision_count + 1' })
      .where('id = :id AND revision_count = :expectedRevision', { id, expectedRevision })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async update(id: string, values: Partial<CaseStudyEntity>, manager?: EntityManager): Promise<void> {
    await this.m(manager).getRepository(CaseStudyEntity).update({ id }, values);
  }

  async setThemes(caseStudyId: string, themeIds: string[], manager: EntityManager): Promise<void> {
    await manager.getRepository(CaseStudyThemeEntity).delete({ caseStudyId });
    await manager
      .getRepository(CaseStudyThemeEntity)
      .insert(themeIds.map((themeId) => ({ caseStudyId, themeId })));
  }

  async addAuthor(
    caseStudyId: string,
    userId: string,
    role: CaseStudyAuthorRole,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(CaseStudyAuthorEntity).insert({ caseStudyId, userId, role });
  }

  async removeAuthor(caseStudyId: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(CaseStudyAuthorEntity).delete({ caseStudyId, userId, role: 'CO_AUTHOR' });
  }

  async insertRevision(
    values: {
      caseStudyId: string;
      number: number;
      authorId: string;
      content: CaseStudyContent;
      public: boolean;
    },
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(CaseStudyRevisionEntity).insert(values);
  }

  async markLatestRevisionPublic(caseStudyId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE case_study_revision SET public = true
       WHERE case_study_id = $1 AND number = (SELECT revision_count FROM case_study WHERE id = $1)`,
      [caseStudyId],
    );
  }

  /** Revisions, newest first (keyset on the number), that the viewer may read. */
  async findRevisions(
    caseStudyId: string,
    includePrivate: boolean,
    beforeNumber: number | null,
    limit: number,
  ): Promise<CaseStudyRevisionEntity[]> {
    const qb = this.m()
      .getRepository(CaseStudyRevisionEntity)
      .createQueryBuilder('r')
      .where('r.case_study_id = :caseStudyId', { caseStudyId })
      .orderBy('r.number', 'DESC')
      .limit(limit);
    if (!includePrivate) qb.andWhere('r.public');
    if (beforeNumber !== null) qb.andWhere('r.number < :beforeNumber', { beforeNumber });
    return qb.getMany();
  }

  async countRevisions(
    caseStudyIds: readonly string[],
    includePrivate: boolean,
  ): Promise<Array<{ caseStudyId: string; count: number }>> {
    return this.m().query(
      `SELECT case_study_id AS "caseStudyId", count(*)::int AS count FROM case_study_revision
       WHERE case_study_id = ANY($1::uuid[])${includePrivate ? '' : ' AND public'} GROUP BY case_study_id`,
      [caseStudyIds],
    );
  }

  /** Revisions by `caseStudyId:number` keys (DataLoader batch). */
  async findRevisionsByNumber(
    keys: ReadonlyArray<{ caseStudyId: string; number: number }>,
  ): Promise<CaseStudyRevisionEntity[]> {
    if (!keys.length) return [];
    return this.m().query(
      `SELECT r.id, r.case_study_id AS "caseStudyId", r.number, r.author_id AS "authorId", r.content, r.public,
         r.created_at AS "createdAt"
       FROM case_study_revision r
       JOIN unnest($1::uuid[], $2::int[]) AS k(case_study_id, number)
         ON k.case_study_id = r.case_study_id AND k.number = r.number`,
      [keys.map((k) => k.caseStudyId), keys.map((k) => k.number)],
    );
  }

  /** Re-tags case studies of a merged theme, inside the merge's transaction. */
  async moveThemeTags(manager: EntityManager, sourceThemeId: string, targetThemeId: string): Promise<void> {
    await manager.query(
      `INSERT INTO case_study_theme (case_study_id, theme_id)
       SELECT case_study_id, $2 FROM case_study_theme WHERE theme_id = $1
       ON CONFLICT DO NOTHING`,
      [sourceThemeId, targetThemeId],
    );
    await manager.query(`DELETE FROM case_study_theme WHERE theme_id = $1`, [sourceThemeId]);
  }

  /** Adds buffered view counts in one statement. */
  async addViews(counts: Map<string, number>): Promise<void> {
    if (!counts.size) return;
    await this.m().query(
      `UPDATE case_study cs SET view_count = cs.view_count + v.n
       FROM unnest($1::uuid[], $2::int[]) AS v(id, n) WHERE cs.id = v.id`,
      [[...counts.keys()], [...counts.values()]],
    );
  }
}
