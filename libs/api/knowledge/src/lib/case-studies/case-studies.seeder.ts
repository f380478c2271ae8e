import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  CaseStudyAuthorEntity,
  CaseStudyEntity,
  CaseStudyRevisionEntity,
  CaseStudyThemeEntity,
  type CaseStudyContent,
} from './case-study.entity.js';
import { validateCaseStudyContent } from './case-study-content.js';
import { DEMO_CASE_STUDIES, type DemoCaseStudy } from './case-studies.demo-data.js';

/**
 * Demo case studies (see case-studies.demo-data.ts). Idempotent: matched by slug and updated.
 * Each one passes the same content rules as the API, and its first revision holds its content.
 */
@Injectable()
export class CaseStudiesSeeder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seed(studies: readonly DemoCaseStudy[] = DEMO_CASE_STUDIES): Promise<number> {
    await this.dataSource.transaction(async (manager) => {
      const lookup = async (sql: string, keys: string[]) =>
        new Map(
          (await manager.query<Array<{ key: string; id: string }>>(sql, [keys])).map((r) => [r.key, r.id]),
        );
      const territories = await lookup(
        'SELECT code AS key, id FROM territory WHERE code = ANY($1)',
        studies.map((s) => s.territoryCode),
      );
      const themes = await lookup(
        'SELECT slug AS key, id FROM theme WHERE slug = ANY($1)',
        studies.flatMap((s) => s.themeSlugs),
      );
      const users = await lookup(
        'SELECT handle AS key, id FROM app_user WHERE handle = ANY($1)',
        studies.flatMap((s) => s.authorHandles),
      );
      const groups = await lookup(
        'SELECT slug AS key, id FROM peer_group WHERE slug = ANY($1)',
        studies.flatMap((s) => (s.groupSlug ? [s.groupSlug] : [])),
      );
      const need = (map: Map<string, string>, key: string, what: string) => {
        const id = map.get(key);
        if (!id) throw new Error(`Demo case study refers to an unknown ${what}: ${key}`);
        return id;
      };

      for (const demo of studies) {
        const { problems, changes } = validateCaseStudyContent(demo, 'create');
        if (problems.length)
          throw new Error(`Demo case study ${demo.slug} is invalid: ${JSON.stringify(problems)}`);
        const ownerId = need(users, demo.authorHandles[0], 'author');
        const content: CaseStudyContent = {
          title: changes.title ?? demo.title,
          summary: changes.summary ?? demo.summary,
          body: changes.body ?? demo.body,
          results: changes.results ?? '',
          environmentalAssessment: changes.environmentalAssessment ?? '',
          lessonsLearned: changes.lessonsLearned ?? '',
          solutionsUsed: changes.solutionsUsed ?? [],
          contact: changes.contact ?? '',
          territoryCode: demo.territoryCode,
          themeSlugs: demo.themeSlugs,
          startedOn: demo.startedOn,
          endedOn: demo.endedOn,
          costEuros: demo.costEuros,
          fundingSources: demo.fundingSources,
        };
        const publishedAt = demo.publishedAt ? new Date(demo.publishedAt) : null;
        const values: Partial<CaseStudyEntity> = {
          slug: demo.slug,
          title: content.title,
          summary: content.summary,
          body: content.body,
          results: content.results,
          environmentalAssessment: content.environmentalAssessment,
          lessonsLearned: content.lessonsLearned,
          solutionsUsed: content.solutionsUsed,
          contact: content.contact,
          territoryId: need(territories, demo.territoryCode, 'territory'),
          status: demo.status,
          startedOn: content.startedOn,
          endedOn: content.endedOn,
          costEuros: content.costEuros,
          fundingSources: content.fundingSources,
          createdById: ownerId,
          groupId: demo.groupSlug ? need(groups, demo.groupSlug, 'group') : null,
          submittedAt: demo.status === 'DRAFT' ? null : (publishedAt ?? new Date()),
          publishedAt,
          viewCount: demo.viewCount,
        };
        const repo = manager.getRepository(CaseStudyEntity);
        const existing = await repo.findOneBy({ slug: demo.slug });
        let id: string;
        if (existing) {
          id = existing.id;
          await repo.update({ id }, values);
        } else {
          id = (await repo.save(repo.create({ ...values, revisionCount: 1 }))).id;
          if (publishedAt) await repo.update({ id }, { createdAt: publishedAt, updatedAt: publishedAt });
        }
        await manager.getRepository(CaseStudyThemeEntity).delete({ caseStudyId: id });
        await manager
          .getRepository(CaseStudyThemeEntity)
          .insert(demo.themeSlugs.map((slug) => ({ caseStudyId: id, themeId: need(themes, slug, 'theme') })));
        await manager.getRepository(CaseStudyAuthorEntity).delete({ caseStudyId: id });
        await manager.getRepository(CaseStudyAuthorEntity).insert(
          demo.authorHandles.map((handle, i) => ({
            caseStudyId: id,
            userId: need(users, handle, 'author'),
            role: i === 0 ? ('OWNER' as const) : ('CO_AUTHOR' as const),
          })),
        );
        await manager
          .getRepository(CaseStudyRevisionEntity)
          .upsert(
            { caseStudyId: id, number: 1, authorId: ownerId, content, public: publishedAt !== null },
            { conflictPaths: ['caseStudyId', 'number'] },
          );
        await repo.update({ id }, { revisionCount: () => 'GREATEST(revision_count, 1)' });
      }
    });
    return studies.length;
  }
}
