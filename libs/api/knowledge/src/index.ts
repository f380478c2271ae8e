export { ThemesModule, THEMES_RESOLVERS } from './lib/themes/themes.module.js';
export { ThemesService, themeJsonSql } from './lib/themes/themes.service.js';
export { ThemesSeeder, DEMO_THEMES } from './lib/themes/themes.seeder.js';
export { ThemeModel } from './lib/themes/theme.model.js';
export { ThemeEntity } from './lib/themes/theme.entity.js';
export { THEME_MERGE_PARTICIPANTS, type ThemeMergeParticipant } from './lib/themes/theme-merge.js';
export { CaseStudiesModule, CASE_STUDIES_RESOLVERS } from './lib/case-studies/case-studies.module.js';
export {
  CaseStudiesService,
  type CaseStudyEvent,
  type CaseStudyEventType,
} from './lib/case-studies/case-studies.service.js';
export { CaseStudyViews } from './lib/case-studies/case-study-views.js';
export { CaseStudiesSeeder } from './lib/case-studies/case-studies.seeder.js';
export { DEMO_CASE_STUDIES, type DemoCaseStudy } from './lib/case-studies/case-studies.demo-data.js';
export { CaseStudyModel } from './lib/case-studies/case-study.model.js';
export {
  CaseStudyEntity,
  CaseStudyThemeEntity,
  CaseStudyAuthorEntity,
  CaseStudyRevisionEntity,
} from './lib/case-studies/case-study.entity.js';
export { validateCaseStudyContent } from './lib/case-studies/case-study-content.js';
