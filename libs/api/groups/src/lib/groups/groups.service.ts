import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  buildConnection,
  DomainError,
  DomainEventBus,
  groupAccess,
  groupByKeys,
  orderByKeys,
  organizationAccess,
  toPageRequest,
  type Actor,
  type Connection,
  type LoaderRegistry,
  type ContentGroupFacts,
  type Viewer,
} from '@pairs/platform-core';
import {
  GROUP_JOIN_POLICIES,
  GROUP_LIMITS,
  GROUP_VISIBILITIES,
  isUuid,
  firstFreeSlug,
  slugify,
  type FieldErrorDetail,
  type GroupMembershipStatus,
} from '@pairs/shared-domain';
import { withUniqueSlug } from '@pairs/platform-database';
import { groupEvent } from '../group.events.js';
import { checkGroupText } from '../group-fields.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { checkKeyset } from '../shared/sql-helpers.js';
import { toGroupModel, toMembershipModel } from './group-mapping.js';
import type { CreateGroupInput, GroupsArgs, UpdateGroupInput } from './group.inputs.js';
import type { GroupConnection, GroupMembershipModel, GroupModel } from './group.model.js';
import {
  GroupsRepository,
  type GroupQuery,
  type GroupValues,
  type MembershipRecord,
} from './groups.repository.js';

type PageArgs = { first?: number | null; after?: string | null };

/**
 * Groups: the public list (private groups are listed, their content is not), a group's members
 * as the policy lets the viewer see them, and the creation and editing of groups.
 */
@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: GroupsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly organizations: OrganizationsService,
    private readonly events: DomainEventBus,
  ) {}

  // ---------------------------------------------------------------- reading

  /** A group by slug, or null. Every group is listed (a private one's content is not readable). */
  async bySlug(viewer: Viewer, slug: string): Promise<GroupModel | null> {
    const normalized = slug.trim().toLowerCase();
    if (!normalized || normalized.length > GROUP_LIMITS.slugMax) return null;
    const record = await this.repo.findBySlug(viewer, normalized);
    return record ? toGroupModel(record, viewer) : null;
  }

  /**
   * Groups by id for this request, one statement per batch; null for unknown or malformed ids.
   * Content contexts resolve `Thread.group` and `CaseStudy.group` with it.
   */
  /**
   * A group's facts for the content policy (`groupContentAccess`), for the content contexts' writes:
   * posting into it, moving content into it. Null when there is no such group (or a malformed id).
   */
  contentFacts(viewer: Viewer, groupId: string): Promise<ContentGroupFacts | null> {
    return isUuid(groupId) ? this.repo.contentFacts(viewer, groupId) : Promise.resolve(null);
  }

  /** The id of the group with this slug (list filters), or null. */
  idBySlug(slug: string): Promise<string | null> {
    return this.repo.idBySlug(slug);
  }

  byIdLoader(loaders: LoaderRegistry, viewer: Viewer) {
    return loaders.get<string, GroupModel | null>('groups.groupById', async (ids) => {
      const rows = await this.repo.findByIds(
        viewer,
        ids.filter((id) => isUuid(id)),
      );
      return orderByKeys(ids, rows, (r) => r.id).map((r) => (r ? toGroupModel(r, viewer) : null));
    });
  }

  async list(viewer: Viewer, args: GroupsArgs): Promise<GroupConnection> {
    const page = toPageRequest(args, 1);
    const after = page.after ? checkKeyset(page.after, ['string'])[0] : null;
    const query = await this.resolveQuery(viewer, args);
    const rows = query ? await this.repo.findPage(viewer, query, after, page.first + 1) : [];
    return this.connection(viewer, rows, page, query);
  }

  /** `Organization.groups`: batched over the organisations asked with the same page arguments. */
  async ofOrganization(
    viewer: Viewer,
    loaders: LoaderRegistry,
    organizationId: string,
    args: PageArgs,
  ): Promise<GroupConnection> {
    const page = toPageRequest(args, 1);
    const after = page.after ? checkKeyset(page.after, ['string'])[0] : null;
    const loader = loaders.get<string, Awaited<ReturnType<GroupsRepository['findOrganizationPages']>>>(
      `groups.organizationGroups:${page.first}:${JSON.stringify(after)}`,
      async (ids) =>
        groupByKeys(
          ids,
          await this.repo.findOrganizationPages(viewer, ids, after, page.first + 1),
          (r) => r.organizationId,
        ),
    );
    const query: GroupQuery = { organizationId, themeIds: null, activeMemberId: null };
    return this.connection(viewer, await loader.load(organizationId), page, query);
  }

  private connection(
    viewer: Viewer,
    rows: Parameters<typeof toGroupModel>[0][],
    page: ReturnType<typeof toPageRequest>,
    query: GroupQuery | null,
  ): GroupConnection {
    const connection = buildConnection(rows, page, (r) => [r.slug]);
    return {
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toGroupModel(e.node, viewer) })),
      pageInfo: connection.pageInfo,
      query,
    };
  }

  /**
   * Number of groups of a list, once per list and request. Counts by organisation (the
   * `Organization.groups` lists of a page) are one statement for all of them.
   */
  async totalCount(loaders: LoaderRegistry, connection: GroupConnection): Promise<number> {
    const query = connection.query as GroupQuery | null;
    if (!query) return 0;
    if (query.organizationId && !query.themeIds && !query.activeMemberId) {
      const loader = loaders.get<string, number>('groups.groupCountByOrganization', async (ids) =>
        orderByKeys(ids, await this.repo.countByOrganization(ids), (r) => r.organizationId).map(
          (r) => r?.count ?? 0,
        ),
      );
      return loader.load(query.organizationId);
    }
    const loader = loaders.get<GroupQuery, number>('groups.groupCount', (queries) =>
      Promise.all(queries.map((q) => this.repo.count(q))),
    );
    return loader.load(query);
  }

  /** User ids of each group's active facilitators (public: who runs the group). */
  facilitatorIdsLoader(loaders: LoaderRegistry) {
    return loaders.get<string, string[]>('groups.facilitatorIds', async (ids) =>
      groupByKeys(ids, await this.repo.facilitators(ids), (r) => r.groupId).map((rows) =>
        rows.map((r) => r.userId),
      ),
    );
  }

  /**
   * A page of a group's memberships in one state, as the policy lets the viewer see them
   * (`groupAccess.canSeeMembers`); others get an empty connection. Batched over groups.
   */
  async members(
    viewer: Viewer,
    loaders: LoaderRegistry,
    group: GroupModel,
    args: PageArgs & { status?: GroupMembershipStatus | null },
  ): Promise<Connection<GroupMembershipModel> & { totalCount: number }> {
    const status = args.status ?? 'ACTIVE';
    const page = toPageRequest(args, 3);
    const after = page.after
      ? (checkKeyset(page.after, ['string', 'timestamp', 'uuid']) as [string, string, string])
      : null;
    if (!groupAccess.canSeeMembers(viewer, group.facts, status)) {
      return { ...buildConnection<GroupMembershipModel>([], page, () => []), totalCount: 0 };
    }
    const key = `${status}:${page.first}:${JSON.stringify(after)}`;
    const pages = loaders.get<string, MembershipRecord[]>(`groups.memberPages:${key}`, async (ids) =>
      groupByKeys(ids, await this.repo.membershipPages(ids, status, after, page.first + 1), (r) => r.groupId),
    );
    const counts = loaders.get<string, number>(`groups.memberCounts:${status}`, async (ids) =>
      orderByKeys(ids, await this.repo.membershipCounts(ids, status), (r) => r.groupId).map(
        (r) => r?.count ?? 0,
      ),
    );
    const [rows, total] = await Promise.all([pages.load(group.id), counts.load(group.id)]);
    const showMessages = groupAccess.canManageMembers(viewer, group.facts);
    const models = rows.map((r) => toMembershipModel(r, showMessages || r.userId === viewer?.id));
    const connection = buildConnection(models, page, (m) => [m.role, m.sortKey, m.id]);
    return { ...connection, totalCount: total };
  }

  /** Re-tags the groups of a merged theme (knowledge calls it inside the merge's transaction). */
  moveThemeTags(manager: EntityManager, sourceThemeId: string, targetThemeId: string): Promise<void> {
    return this.repo.moveThemeTags(manager, sourceThemeId, targetThemeId);
  }

  /** Theme ids of each group, one statement per batch (knowledge resolves `Group.themes` with it). */
  themeIdsLoader(loaders: LoaderRegistry) {
    return loaders.get<string, string[]>('groups.themeIds', async (ids) => this.themeIdsByGroupIds(ids));
  }

  /** Theme ids of each group, in the order of `groupIds`. */
  async themeIdsByGroupIds(groupIds: readonly string[]): Promise<string[][]> {
    const rows = await this.repo.themeIds(groupIds.filter((id) => isUuid(id)));
    return groupByKeys(groupIds, rows, (r) => r.groupId).map((list) => list.map((r) => r.themeId));
  }

  // ---------------------------------------------------------------- writing

  /** Organisation admins and platform admins; the creator becomes its first ACTIVE FACILITATOR. */
  async create(actor: Actor, input: CreateGroupInput): Promise<GroupModel> {
    const org = await this.organizations.existing(actor, input.organizationId);
    if (!organizationAccess.canCreateGroup(actor, { viewerRole: org.viewerRole })) {
      throw DomainError.forbidden("Only the organisation's admins and platform admins create its groups");
    }
    const text = checkGroupText({
      name: input.name,
      description: input.description ?? '',
      themeSlugs: input.themeSlugs,
    });
    const problems = [...text.problems];
    this.checkEnums(input, problems);
    const themeIds = await this.themeIdsForTagging(input.themeSlugs ?? [], problems);
    if (problems.length) throw DomainError.badInput(problems);
    const values: GroupValues = {
      name: text.name as string,
      description: text.description ?? '',
      visibility: input.visibility,
      joinPolicy: input.joinPolicy,
      requiresVerifiedMandate: input.requiresVerifiedMandate ?? false,
    };
    const id = await withUniqueSlug(this.dataSource, 'peer_group_slug_key', async (manager) => {
      const slug = await this.freeSlug(values.name, manager);
      const id = await this.repo.insert(slug, org.id, values, manager);
      await this.repo.setThemes(id, themeIds, manager);
      await this.memberships.insert(
        { groupId: id, userId: actor.id, status: 'ACTIVE', role: 'FACILITATOR', decidedAt: new Date() },
        manager,
      );
      await this.memberships.addToMemberCount(id, 1, manager);
      return id;
    });
    const created = await this.load(actor, id);
    await this.events.publish(
      groupEvent(
        'groups.group-created',
        { groupId: id, slug: created.slug, organizationId: org.id },
        actor.id,
      ),
    );
    return created;
  }

  /**
   * Organisation admins and platform moderators. Opening a PRIVATE group that holds content
   * publishes it: platform moderators only (checked under the group's lock).
   */
  async update(actor: Actor, input: UpdateGroupInput): Promise<GroupModel> {
    const current = await this.existing(actor, input.groupId);
    if (!groupAccess.canUpdate(actor, current.facts)) {
      throw DomainError.forbidden("Only the organisation's admins and platform moderators edit a group");
    }
    const text = checkGroupText(input);
    const problems = [...text.problems];
    for (const field of ['visibility', 'joinPolicy', 'requiresVerifiedMandate'] as const) {
      if (input[field] === null)
        problems.push({ field, reason: 'required', message: `${field} is required` });
    }
    this.checkEnums(input, problems);
    const themeIds =
      input.themeSlugs == null ? null : await this.themeIdsForTagging(input.themeSlugs, problems);
    if (problems.length) throw DomainError.badInput(problems);
    const values: GroupValues = {
      name: text.name ?? current.name,
      description: text.description ?? current.description,
      visibility: input.visibility ?? current.visibility,
      joinPolicy: input.joinPolicy ?? current.joinPolicy,
      requiresVerifiedMandate: input.requiresVerifiedMandate ?? current.requiresVerifiedMandate,
    };
    let opened = false;
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repo.lock(current.id, manager))) throw DomainError.notFound('Group');
      const [locked] = await this.repo.findByIds(actor, [current.id], manager);
      opened = locked.visibility === 'PRIVATE' && values.visibility === 'PUBLIC';
      if (
        opened &&
        !groupAccess.canOpenToPublic(actor, current.facts, await this.repo.holdsContent(current.id, manager))
      ) {
        throw DomainError.forbidden(
          'This group holds threads or case studies: opening it to the public would publish them. Ask a platform moderator.',
        );
      }
      await this.repo.update(current.id, values, manager);
      if (themeIds) await this.repo.setThemes(current.id, themeIds, manager);
    });
    await this.events.publish(
      groupEvent(
        'groups.group-updated',
        {
          groupId: current.id,
          slug: current.slug,
          organizationId: current.organizationId,
          openedToPublic: opened,
        },
        actor.id,
      ),
    );
    return this.load(actor, current.id);
  }

  // ---------------------------------------------------------------- helpers

  /** A group for a mutation: NOT_FOUND for unknown and malformed ids alike. */
  async existing(viewer: Viewer, id: string): Promise<GroupModel> {
    if (!isUuid(id)) throw DomainError.notFound('Group');
    const [record] = await this.repo.findByIds(viewer, [id.toLowerCase()]);
    if (!record) throw DomainError.notFound('Group');
    return toGroupModel(record, viewer);
  }

  async load(viewer: Viewer, id: string, manager?: EntityManager): Promise<GroupModel> {
    const [record] = await this.repo.findByIds(viewer, [id], manager);
    if (!record) throw DomainError.notFound('Group');
    return toGroupModel(record, viewer);
  }

  /** Enum values arrive checked by GraphQL; services may also be called directly (seeders, tests). */
  private checkEnums(
    input: { visibility?: string | null; joinPolicy?: string | null },
    problems: FieldErrorDetail[],
  ): void {
    if (input.visibility != null && !(GROUP_VISIBILITIES as readonly string[]).includes(input.visibility)) {
      problems.push({ field: 'visibility', reason: 'invalid', message: 'Unknown visibility' });
    }
    if (input.joinPolicy != null && !(GROUP_JOIN_POLICIES as readonly string[]).includes(input.joinPolicy)) {
      problems.push({ field: 'joinPolicy', reason: 'invalid', message: 'Unknown join policy' });
    }
  }

  /**
   * Theme slugs to tag a group with: each known (a merged slug gives its target) and ACTIVE;
   * problems at their input position (`themeSlugs.1`). Ids without duplicates.
   */
  private async themeIdsForTagging(
    slugs: readonly string[],
    problems: FieldErrorDetail[],
  ): Promise<string[]> {
    const keys = slugs.map((slug) => slug.trim().toLowerCase());
    const found = new Map(
      (await this.repo.themesBySlugs([...new Set(keys.filter(Boolean))])).map((t) => [t.slug, t]),
    );
    const ids: string[] = [];
    keys.forEach((key, i) => {
      const theme = found.get(key);
      if (!theme)
        problems.push({ field: `themeSlugs.${i}`, reason: 'unknown', message: `Unknown theme ${key}` });
      else if (theme.status !== 'ACTIVE') {
        problems.push({ field: `themeSlugs.${i}`, reason: 'archived', message: `Theme ${key} is archived` });
      } else if (!ids.includes(theme.id)) ids.push(theme.id);
    });
    return ids;
  }

  private async freeSlug(name: string, manager: EntityManager): Promise<string> {
    const base = slugify(name, GROUP_LIMITS.slugMax - 4) || 'groupe';
    return firstFreeSlug(base, new Set(await this.repo.slugsLike(base, manager)));
  }

  /** Resolves a filter; null when it can match nothing (an unknown organisation). */
  private async resolveQuery(viewer: Viewer, args: GroupsArgs): Promise<GroupQuery | null> {
    const filter = args.filter ?? {};
    let activeMemberId: string | null = null;
    if (filter.mine) {
      if (viewer === null) throw DomainError.unauthenticated('Sign in to list your groups');
      activeMemberId = viewer.id;
    }
    let themeIds: string[] | null = null;
    if (filter.themeSlugs?.length) {
      const keys = filter.themeSlugs.map((s) => s.trim().toLowerCase());
      const found = new Map((await this.repo.themesBySlugs([...new Set(keys)])).map((t) => [t.slug, t.id]));
      const problems: FieldErrorDetail[] = [];
      keys.forEach((key, i) => {
        if (!found.has(key)) {
          problems.push({
            field: `filter.themeSlugs.${i}`,
            reason: 'unknown',
            message: `Unknown theme ${key}`,
          });
        }
      });
      if (problems.length) throw DomainError.badInput(problems);
      themeIds = await this.repo.withChildThemes([...new Set(found.values())]);
    }
    let organizationId: string | null = null;
    if (filter.organizationSlug != null) {
      const org = await this.organizations.bySlug(null, filter.organizationSlug);
      if (!org) return null;
      organizationId = org.id;
    }
    return { themeIds, organizationId, activeMemberId };
  }
}
