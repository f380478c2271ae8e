import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  accessPolicy,
  DomainError,
  DomainEventBus,
  domainEvent,
  type Actor,
  type LoaderRegistry,
  groupByKeys,
  orderByKeys,
} from '@pairs/platform-core';
import { slugify, type FieldErrorDetail } from '@pairs/shared-domain';
import type { ThemeEntity } from './theme.entity.js';
import { THEME_MERGE_PARTICIPANTS, type ThemeMergeParticipant } from './theme-merge.js';
import type { ThemeModel } from './theme.model.js';
import type { CreateThemeInput, MergeThemesInput, UpdateThemeInput } from './theme.inputs.js';
import { ThemesRepository } from './themes.repository.js';

export function toThemeModel(
  theme: Pick<ThemeEntity, 'id' | 'slug' | 'name' | 'description' | 'status' | 'synonyms' | 'parentId'>,
): ThemeModel {
  return {
    id: theme.id,
    slug: theme.slug,
    name: theme.name,
    description: theme.description,
    status: theme.status === 'ARCHIVED' ? 'ARCHIVED' : 'ACTIVE',
    synonyms: theme.synonyms,
    parentId: theme.parentId,
  };
}

function uniq(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

/** The curated theme taxonomy: reading for everyone, curation for moderators. */
@Injectable()
export class ThemesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly themes: ThemesRepository,
    private readonly events: DomainEventBus,
    @Optional() @Inject(THEME_MERGE_PARTICIPANTS) private readonly participants: ThemeMergeParticipant[] = [],
  ) {}

  private readonly registered: ThemeMergeParticipant[] = [];

  async tree(includeArchived: boolean): Promise<ThemeModel[]> {
    const all = await this.themes.findAllListed(includeArchived);
    return all.filter((t) => t.parentId === null).map(toThemeModel);
  }

  /** A theme by slug; the slug of a merged theme leads to the theme it was merged into. */
  async bySlug(slug: string): Promise<ThemeModel | null> {
    const theme = await this.themes.findBySlug(slug.trim().toLowerCase());
    if (!theme) return null;
    if (theme.status === 'MERGED' && theme.mergedIntoId) {
      const target = await this.themes.findById(theme.mergedIntoId);
      return target ? toThemeModel(target) : null;
    }
    return toThemeModel(theme);
  }

  /**
   * Themes by slug, following merges (an old slug gives its target); unknown slugs are absent.
   * Used to tag content and to filter lists.
   */
  async resolveSlugs(slugs: readonly string[]): Promise<Map<string, ThemeEntity>> {
    const found = await this.themes.findBySlugs(slugs);
    const targets = await this.themes.findByIds(
      found.filter((t) => t.status === 'MERGED' && t.mergedIntoId).map((t) => t.mergedIntoId as string),
    );
    const byId = new Map(targets.map((t) => [t.id, t]));
    const result = new Map<string, ThemeEntity>();
    for (const theme of found) {
      const resolved = theme.status === 'MERGED' ? byId.get(theme.mergedIntoId ?? '') : theme;
      if (resolved && resolved.status !== 'MERGED') result.set(theme.slug, resolved);
    }
    return result;
  }

  /**
   * Themes named to tag content: each slug (trimmed, any case; a merged slug gives its target) must
   * be a known, active theme. Problems are added to `problems` as `${field}.${position in the input}`.
   * Returns the ids and canonical slugs of the valid ones, without duplicates.
   */
  async forTagging(
    slugs: readonly string[],
    field: string,
    problems: FieldErrorDetail[],
  ): Promise<{ ids: string[]; slugs: string[] }> {
    const keys = slugs.map((slug) => slug.trim().toLowerCase());
    const found = await this.resolveSlugs([...new Set(keys.filter(Boolean))]);
    const result = { ids: [] as string[], slugs: [] as string[] };
    keys.forEach((key, i) => {
      if (!key) return;
      const theme = found.get(key);
      if (!theme)
        problems.push({ field: `${field}.${i}`, reason: 'unknown', message: `Unknown theme ${key}` });
      else if (theme.status !== 'ACTIVE') {
        problems.push({ field: `${field}.${i}`, reason: 'archived', message: `Theme ${key} is archived` });
      } else if (!result.ids.includes(theme.id)) {
        result.ids.push(theme.id);
        result.slugs.push(theme.slug);
      }
    });
    return result;
  }

  /**
   * Themes named in a list filter, with their children (a top-level theme covers its sub-themes;
   * merged slugs work). Unknown slugs are added to `problems` at their input position.
   */
  async forFilter(slugs: readonly string[], field: string, problems: FieldErrorDetail[]): Promise<string[]> {
    const keys = slugs.map((slug) => slug.trim().toLowerCase());
    const found = await this.resolveSlugs([...new Set(keys)]);
    keys.forEach((key, i) => {
      if (!found.has(key)) {
        problems.push({ field: `${field}.${i}`, reason: 'unknown', message: `Unknown theme ${key}` });
      }
    });
    return this.withChildren([...new Set([...found.values()].map((t) => t.id))]);
  }

  /** The given themes and their children (a top-level theme covers its sub-themes). */
  async withChildren(themeIds: readonly string[]): Promise<string[]> {
    const children = await this.themes.findChildren(themeIds, true);
    return [...new Set([...themeIds, ...children.map((c) => c.id)])];
  }

  /** Lets another context re-tag its content when themes merge (registered at start-up). */
  registerMergeParticipant(participant: ThemeMergeParticipant): void {
    this.registered.push(participant);
  }

  childrenLoader(loaders: LoaderRegistry, includeArchived: boolean) {
    return loaders.get<string, ThemeModel[]>(
      `knowledge.themeChildren:${includeArchived}`,
      async (parentIds) => {
        const rows = (await this.themes.findChildren(parentIds, includeArchived)).map(toThemeModel);
        return groupByKeys(parentIds, rows, (theme) => theme.parentId ?? '');
      },
    );
  }

  /**
   * Puts themes another context read in its own statement (see `THEME_JSON_SQL`) into this
   * request's loader, so that `themes` fields need no query of their own.
   */
  primeById(loaders: LoaderRegistry, themes: ReadonlyArray<Parameters<typeof toThemeModel>[0]>): void {
    const loader = this.byIdLoader(loaders);
    for (const theme of themes) loader.prime(theme.id, toThemeModel(theme));
  }

  byIdLoader(loaders: LoaderRegistry) {
    return loaders.get<string, ThemeModel | null>('knowledge.themeById', async (ids) => {
      const rows = (await this.themes.findByIds(ids)).map(toThemeModel);
      return orderByKeys(ids, rows, (theme) => theme.id);
    });
  }

  async create(actor: Actor, input: CreateThemeInput): Promise<ThemeModel> {
    this.assertCurator(actor);
    const name = input.name.trim();
    const slug = input.slug ?? slugify(name);
    if (!slug) throw DomainError.badField('name', 'slug', 'name must contain letters or digits');
    return this.dataSource.transaction(async (manager) => {
      if (await this.themes.findBySlug(slug, manager)) {
        throw DomainError.conflict('A theme already uses this slug');
      }
      let parentId: string | null = null;
      if (input.parentSlug) {
        const parent = await this.themes.findBySlug(input.parentSlug, manager);
        if (!parent || parent.status === 'MERGED')
          throw DomainError.badField('parentSlug', 'unknown', 'Unknown parent theme');
        if (parent.parentId)
          throw DomainError.badField('parentSlug', 'depth', 'Themes are two levels deep at most');
        parentId = parent.id;
      }
      const theme = await this.themes.insert(
        {
          slug,
          name,
          description: input.description?.trim() ?? '',
          parentId,
          synonyms: uniq(input.synonyms ?? []),
        },
        manager,
      );
      return toThemeModel(theme);
    });
  }

  async update(actor: Actor, input: UpdateThemeInput): Promise<ThemeModel> {
    this.assertCurator(actor);
    const theme = await this.themes.findById(input.id);
    if (!theme || theme.status === 'MERGED') throw DomainError.notFound('Theme');
    const changes: Partial<ThemeEntity> = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.description !== undefined) changes.description = input.description.trim();
    if (input.synonyms !== undefined) changes.synonyms = uniq(input.synonyms);
    await this.themes.update(theme.id, changes);
    return toThemeModel({ ...theme, ...changes });
  }

  /** Archived themes stay readable (their content too) but are no longer offered for tagging. */
  async archive(actor: Actor, id: string): Promise<ThemeModel> {
    this.assertCurator(actor);
    return this.dataSource.transaction(async (manager) => {
      const theme = await this.themes.findById(id, manager);
      if (!theme || theme.status === 'MERGED') throw DomainError.notFound('Theme');
      await this.themes.update(theme.id, { status: 'ARCHIVED' }, manager);
      await this.themes.archiveChildren(theme.id, manager);
      return toThemeModel({ ...theme, status: 'ARCHIVED' });
    });
  }

  /**
   * Merges `source` into `target` atomically: tagged content moves (through the participants),
   * children move under the target, the source's slug and name become synonyms of the target
   * and the source slug keeps redirecting.
   */
  async merge(actor: Actor, input: MergeThemesInput): Promise<ThemeModel> {
    this.assertCurator(actor);
    const result = await this.dataSource.transaction(async (manager) => {
      const source = await this.themes.findBySlug(input.sourceSlug, manager);
      const target = await this.themes.findBySlug(input.targetSlug, manager);
      if (!source || source.status === 'MERGED')
        throw DomainError.badField('sourceSlug', 'unknown', 'Unknown theme');
      if (!target || target.status === 'MERGED')
        throw DomainError.badField('targetSlug', 'unknown', 'Unknown theme');
      if (source.id === target.id)
        throw DomainError.badField('targetSlug', 'same', 'A theme cannot be merged into itself');
      if (target.parentId === source.id) {
        throw DomainError.badField(
          'targetSlug',
          'child',
          'A theme cannot be merged into one of its children',
        );
      }
      if (target.parentId && (await this.themes.countChildren(source.id, manager)) > 0) {
        throw DomainError.badField('targetSlug', 'depth', 'Merging would make themes three levels deep');
      }
      for (const participant of [...this.registered, ...this.participants]) {
        await participant.moveTags(manager, source.id, target.id);
      }
      await this.themes.reparentChildren(source.id, target.id, manager);
      await this.themes.repointMerged(source.id, target.id, manager);
      const synonyms = uniq([...target.synonyms, ...source.synonyms, source.name, source.slug]);
      await this.themes.update(target.id, { synonyms }, manager);
      await this.themes.update(
        source.id,
        { status: 'MERGED', mergedIntoId: target.id, parentId: null },
        manager,
      );
      return toThemeModel({ ...target, synonyms });
    });
    await this.events.publish(
      domainEvent(
        'knowledge.themes-merged',
        { sourceSlug: input.sourceSlug, targetSlug: input.targetSlug },
        actor.id,
      ),
    );
    return result;
  }

  private assertCurator(actor: Actor): void {
    if (!accessPolicy.canManageThemes(actor)) throw DomainError.forbidden('Only moderators curate themes');
  }
}

/** A `theme` row aliased `alias` as JSON, in the shape `primeById` takes. */
export const themeJsonSql = (alias: string): string =>
  `json_build_object('id', ${alias}.id, 'slug', ${alias}.slug, 'name', ${alias}.name,
    'description', ${alias}.description, 'status', ${alias}.status, 'synonyms', ${alias}.synonyms,
    'parentId', ${alias}.parent_id)`;
