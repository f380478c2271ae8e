import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { SiteSettingEntity } from './site-setting.entity.js';

export const SiteSettingKey = {
  WELCOME_MESSAGE: 'welcome_message',
  WELCOME_MESSAGE_HTML: 'welcome_message_html',
  DEMO_DATA_LOADED_AT: 'demo_data_loaded_at',
} as const;
export type SiteSettingKey = (typeof SiteSettingKey)[keyof typeof SiteSettingKey];

@Injectable()
export class SiteSettingsRepository {
  constructor(@InjectRepository(SiteSettingEntity) private readonly repo: Repository<SiteSettingEntity>) {}

  async findByKeys(keys: readonly SiteSettingKey[]): Promise<Map<string, string>> {
    const rows = await this.repo.find({ where: { key: In([...keys]) } });
    return new Map(rows.map((row) => [row.key, row.value]));
  }

  /** Inserts or updates in one statement (idempotent seeding). */
  async upsert(values: Partial<Record<SiteSettingKey, string>>, manager?: EntityManager): Promise<void> {
    const rows = Object.entries(values).map(([key, value]) => ({ key, value: value }));
    if (!rows.length) return;
    const repo = manager ? manager.getRepository(SiteSettingEntity) : this.repo;
    await repo.upsert(rows, { conflictPaths: ['key'] });
  }
}
