import { Injectable } from '@nestjs/common';
import { SITE_NAME, SITE_TAGLINE } from '@pairs/shared-domain';
import { MarkdownRenderer } from '@pairs/platform-core';
import type { SiteInfoModel } from './site-info.model.js';
import { SiteSettingKey, SiteSettingsRepository } from './site-settings.repository.js';

export const DEFAULT_WELCOME_MESSAGE =
  'Bienvenue sur **Pairs**, le lieu où les élus locaux partagent leurs retours d’expérience et répondent aux questions de leurs pairs.';

@Injectable()
export class SiteService {
  constructor(
    private readonly settings: SiteSettingsRepository,
    private readonly markdown: MarkdownRenderer,
  ) {}

  async info(): Promise<SiteInfoModel> {
    const values = await this.settings.findByKeys([
      SiteSettingKey.WELCOME_MESSAGE,
      SiteSettingKey.WELCOME_MESSAGE_HTML,
      SiteSettingKey.DEMO_DATA_LOADED_AT,
    ]);
    const welcomeMessage = values.get(SiteSettingKey.WELCOME_MESSAGE) ?? DEFAULT_WELCOME_MESSAGE;
    const loadedAt = values.get(SiteSettingKey.DEMO_DATA_LOADED_AT);
    return {
      name: SITE_NAME,
      tagline: SITE_TAGLINE,
      welcomeMessage,
      // Rendered at write time and stored; rendering here only covers the built-in default.
      welcomeMessageHtml:
        values.get(SiteSettingKey.WELCOME_MESSAGE_HTML) ?? this.markdown.render(welcomeMessage),
      demoDataLoadedAt: loadedAt ? new Date(loadedAt) : null,
    };
  }

  /** Stores the welcome text with its rendering (markdown is rendered at write time). */
  async setWelcomeMessage(markdown: string): Promise<void> {
    await this.settings.upsert({
      [SiteSettingKey.WELCOME_MESSAGE]: markdown,
      [SiteSettingKey.WELCOME_MESSAGE_HTML]: this.markdown.render(markdown),
    });
  }

  async markDemoDataLoaded(at: Date): Promise<void> {
    await this.settings.upsert({ [SiteSettingKey.DEMO_DATA_LOADED_AT]: at.toISOString() });
  }

  async demoDataLoadedAt(): Promise<Date | null> {
    const values = await this.settings.findByKeys([SiteSettingKey.DEMO_DATA_LOADED_AT]);
    const value = values.get(SiteSettingKey.DEMO_DATA_LOADED_AT);
    return value ? new Date(value) : null;
  }
}
