export { ThemesModule, THEMES_RESOLVERS } from './lib/themes/themes.module.js';
export { ThemesService } from './lib/themes/themes.service.js';
export { ThemesSeeder, DEMO_THEMES } from './lib/themes/themes.seeder.js';
export { ThemeModel } from './lib/themes/theme.model.js';
export { ThemeEntity } from './lib/themes/theme.entity.js';
export { THEME_MERGE_PARTICIPANTS, type ThemeMergeParticipant } from './lib/themes/theme-merge.js';
