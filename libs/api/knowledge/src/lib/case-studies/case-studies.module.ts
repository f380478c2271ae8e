import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupsModule } from '@pairs/groups';
import { GroupThemeMerge } from './group-theme-merge.js';
import { TerritoriesModule } from '@pairs/territories';
import { ThemesModule } from '../themes/themes.module.js';
import { CaseStudiesRepository } from './case-studies.repository.js';
import {
  CaseStudiesResolver,
  CaseStudyConnectionResolver,
  CaseStudyReviewCommentResolver,
  CaseStudyRevisionResolver,
  GroupKnowledgeResolver,
  RegionFacetResolver,
  ThemeCaseStudiesResolver,
  ThemeFacetResolver,
} from './case-studies.resolver.js';
import { CaseStudiesService } from './case-studies.service.js';
import { CaseStudiesSeeder } from './case-studies.seeder.js';
import { CaseStudyViews } from './case-study-views.js';
import {
  CaseStudyAuthorEntity,
  CaseStudyEntity,
  CaseStudyRevisionEntity,
  CaseStudyThemeEntity,
} from './case-study.entity.js';

export const CASE_STUDIES_RESOLVERS = [
  CaseStudiesResolver,
  CaseStudyConnectionResolver,
  CaseStudyReviewCommentResolver,
  CaseStudyRevisionResolver,
  RegionFacetResolver,
  ThemeFacetResolver,
  ThemeCaseStudiesResolver,
  GroupKnowledgeResolver,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CaseStudyEntity,
      CaseStudyThemeEntity,
      CaseStudyAuthorEntity,
      CaseStudyRevisionEntity,
    ]),
    ThemesModule,
    TerritoriesModule,
    GroupsModule,
  ],
  providers: [
    CaseStudiesRepository,
    CaseStudiesService,
    CaseStudyViews,
    CaseStudiesSeeder,
    GroupThemeMerge,
    ...CASE_STUDIES_RESOLVERS,
  ],
  exports: [CaseStudiesService, CaseStudyViews, CaseStudiesSeeder],
})
export class CaseStudiesModule {}
