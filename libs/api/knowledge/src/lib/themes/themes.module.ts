import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThemeEntity } from './theme.entity.js';
import { ThemesRepository } from './themes.repository.js';
import { ThemesResolver } from './themes.resolver.js';
import { ThemesService } from './themes.service.js';
import { ThemesSeeder } from './themes.seeder.js';

export const THEMES_RESOLVERS = [ThemesResolver];

@Module({
  imports: [TypeOrmModule.forFeature([ThemeEntity])],
  providers: [ThemesRepository, ThemesService, ThemesSeeder, ...THEMES_RESOLVERS],
  exports: [ThemesService, ThemesSeeder],
})
export class ThemesModule {}
