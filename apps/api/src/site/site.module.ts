import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HeartbeatResolver } from './heartbeat.resolver.js';
import { MarkdownPreviewResolver } from './markdown-preview.resolver.js';
import { SiteSettingEntity } from './site-setting.entity.js';
import { SiteSettingsRepository } from './site-settings.repository.js';
import { SiteResolver } from './site.resolver.js';
import { SiteService } from './site.service.js';

/** Resolvers of this module, also listed for schema generation (see schema/resolvers.ts). */
export const SITE_RESOLVERS = [SiteResolver, HeartbeatResolver, MarkdownPreviewResolver];

@Module({
  imports: [TypeOrmModule.forFeature([SiteSettingEntity])],
  providers: [SiteService, SiteSettingsRepository, ...SITE_RESOLVERS],
  exports: [SiteService],
})
export class SiteModule {}
