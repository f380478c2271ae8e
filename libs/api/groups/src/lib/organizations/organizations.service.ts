import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  buildConnection,
  DomainError,
  DomainEventBus,
  orderByKeys,
  organizationAccess,
  toPageRequest,
  type Actor,
  type Connection,
  type LoaderRegistry,
  type Viewer,
} from '@pairs/platform-core';
import {
  GROUP_LIMITS,
  isUuid,
  ORGANIZATION_KINDS,
  firstFreeSlug,
  slugify,
  type FieldErrorDetail,
  type OrganizationKind,
} from '@pairs/shared-domain';
import { withUniqueSlug } from '@pairs/platform-database';
import { normalizeSearchText, TerritoriesService } from '@pairs/territories';
import { groupEvent, type GroupEvent } from '../group.events.js';
import { checkOrganizationText } from '../group-fields.js';
import { checkKeyset } from '../shared/sql-helpers.js';
import type {
  AddOrganizationMemberInput,
  CreateOrganizationInput,
  OrganizationsArgs,
  RemoveOrganizationMemberInput,
  UpdateOrganizationInput,
} from './organization.inputs.js';
import type {
  OrganizationConnection,
  OrganizationMemberModel,
  OrganizationModel,
  OrganizationPermissionsModel,
} from './organization.model.js';
import {
  OrganizationsRepository,
  type OrganizationQuery,
  type OrganizationRecord,
  type OrganizationValues,
} from './organizations.repository.js';

/** Search words are cut at this length (longer texts match nothing more). */
const SEARCH_MAX = 100;

/**
 * Organisations: the public directory (by name, territory containment, kind, words of the name),
 * their members, and their editing by platform moderators and their own admins.
 */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: OrganizationsRepository,
    private readonly territories: TerritoriesService,
    private readonly events: DomainEventBus,
  ) {}

  toModel(r: OrganizationRecord, viewer: Viewer): OrganizationModel {
    return {
      id: r.id,
      slug: r.slug,
      name: r.name,
      kind: r.kind,
      description: r.description,
      website: r.website,
      territoryId: r.territoryId,
      createdAt: r.createdAt,
      viewerRole: viewer === null ? null : r.viewerRole,
      viewerCan: this.permissions(viewer, r),
    };
  }

  private permissions(viewer: Viewer, r: OrganizationRecord): OrganizationPermissionsModel {
    const facts = { viewerRole: r.viewerRole };
    return {
      update: organizationAccess.canUpdate(viewer, facts),
      manageMembers: organizationAccess.canManageMembers(viewer, facts),
      createGroup: organizationAccess.canCreateGroup(viewer, facts),
    };
  }

  // ---------------------------------------------------------------- reading

  async bySlug(viewer: Viewer, slug: string): Promise<OrganizationModel | null> {
    const normalized = slug.trim().toLowerCase();
    if (!normalized || normalized.length > GROUP_LIMITS.slugMax) return null;
    const record = await this.repo.findBySlug(viewer, normalized);
    return record ? this.toModel(record, viewer) : null;
  }

  /** Organisations by id (one statement per batch); null for unknown ids. Every organisation is public. */
  byIdLoader(loaders: LoaderRegistry, viewer: Viewer) {
    return loaders.get<string, OrganizationModel | null>('groups.organizationById', async (ids) => {
      const rows = await this.repo.findByIds(
        viewer,
        ids.filter((id) => isUuid(id)),
      );
      return orderByKeys(ids, rows, (r) => r.id).map((r) => (r ? this.toModel(r, viewer) : null));
    });
  }

  async list(viewer: Viewer, args: OrganizationsArgs): Promise<OrganizationConnection> {
    const page = toPageRequest(args, 2);
    const after = page.after ? (checkKeyset(page.after, ['string', 'uuid']) as [string, string]) : null;
    const query = await this.resolveQuery(args);
    const rows = await this.repo.findPage(viewer, query, after, page.first + 1);
    const connection = buildConnection(rows, page, (r) => [r.searchText, r.id]);
    return {
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: this.toModel(e.node, viewer) })),
      pageInfo: connection.pageInfo,
      query,
    };
  }

  /** Number of organisations of a list, computed once per list and request. */
  totalCount(loaders: LoaderRegistry, connection: OrganizationConnection): Promise<number> {
    const loader = loaders.get<OrganizationQuery, number>('groups.organizationCount', (queries) =>
      Promise.all(queries.map((q) => this.repo.count(q))),
    );
    return loader.load(connection.query as OrganizationQuery);
  }

  memberCountLoader(loaders: LoaderRegistry) {
    return loaders.get<string, number>('groups.organizationMemberCount', async (ids) => {
      const rows = await this.repo.memberCounts(ids);
      return orderByKeys(ids, rows, (r) => r.organizationId).map((r) => r?.count ?? 0);
    });
  }

  /** A page of an organisation's members (public: who to call), batched over organisations. */
  async members(
    loaders: LoaderRegistry,
    organizationId: string,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<OrganizationMemberModel> & { totalCount: number }> {
    const page = toPageRequest(args, 3);
    const after = page.after
      ? (checkKeyset(page.after, ['string', 'timestamp', 'uuid']) as [string, string, string])
      : null;
    const loader = loaders.get<string, OrganizationMemberModel[]>(
      `groups.organizationMembers:${page.first}:${JSON.stringify(after)}`,
      async (ids) => {
        const rows = await this.repo.memberPages(ids, after, page.first + 1);
        const byOrganization = new Map<string, OrganizationMemberModel[]>();
        for (const r of rows) {
          const list = byOrganization.get(r.organizationId) ?? [];
          list.push({
            organizationId: r.organizationId,
            userId: r.userId,
            role: r.role,
            since: r.createdAt,
            sortKey: r.sortKey,
          });
          byOrganization.set(r.organizationId, list);
        }
        return ids.map((id) => byOrganization.get(id) ?? []);
      },
    );
    const [rows, total] = await Promise.all([
      loader.load(organizationId),
      this.memberCountLoader(loaders).load(organizationId),
    ]);
    const connection = buildConnection(rows, page, (m) => [m.role, m.sortKey, m.userId]);
    return { ...connection, totalCount: total };
  }

  // ---------------------------------------------------------------- writing

  async create(actor: Actor, input: CreateOrganizationInput): Promise<OrganizationModel> {
    if (!organizationAccess.canCreate(actor)) {
      throw DomainError.forbidden('Only platform moderators create organisations');
    }
    const text = checkOrganizationText({
      name: input.name,
      description: input.description ?? '',
      website: input.website ?? null,
    });
    const problems = [...text.problems];
    const territoryId = await this.territoryIdOf(input.territoryCode, problems);
    this.checkKind(input.kind, problems);
    if (problems.length) throw DomainError.badInput(problems);
    const values: OrganizationValues = {
      name: text.name as string,
      kind: input.kind,
      description: text.description ?? '',
      website: text.website ?? null,
      territoryId: territoryId ?? null,
      searchText: normalizeSearchText(text.name as string),
    };
    const id = await withUniqueSlug(this.dataSource, 'organization_slug_key', async (manager) => {
      const slug = await this.freeSlug(values.name, manager);
      return this.repo.insert(slug, values, manager);
    });
    const created = await this.load(actor, id);
    await this.publish(
      groupEvent('groups.organization-created', { organizationId: id, slug: created.slug }, actor.id),
    );
    return created;
  }

  async update(actor: Actor, input: UpdateOrganizationInput): Promise<OrganizationModel> {
    const current = await this.existing(actor, input.organizationId);
    if (!current.viewerCan.update) {
      throw DomainError.forbidden("Only the organisation's admins and platform moderators edit it");
    }
    const text = checkOrganizationText(input);
    const problems = [...text.problems];
    if (input.kind === null)
      problems.push({ field: 'kind', reason: 'required', message: 'kind is required' });
    else if (input.kind !== undefined) this.checkKind(input.kind, problems);
    const territoryId = await this.territoryIdOf(input.territoryCode, problems);
    if (problems.length) throw DomainError.badInput(problems);
    const name = text.name ?? current.name;
    const values: OrganizationValues = {
      name,
      kind: input.kind ?? current.kind,
      description: text.description ?? current.description,
      website: text.website === undefined ? current.website : text.website,
      territoryId: territoryId === undefined ? current.territoryId : territoryId,
      searchText: normalizeSearchText(name),
    };
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repo.lock(current.id, manager))) throw DomainError.notFound('Organization');
      await this.repo.update(current.id, values, manager);
    });
    await this.publish(
      groupEvent('groups.organization-updated', { organizationId: current.id, slug: current.slug }, actor.id),
    );
    return this.load(actor, current.id);
  }

  /** Adds a member or changes their role; the last admin cannot be made a plain member. */
  async addMember(actor: Actor, input: AddOrganizationMemberInput): Promise<OrganizationModel> {
    const org = await this.existing(actor, input.organizationId);
    if (!org.viewerCan.manageMembers) {
      throw DomainError.forbidden("Only the organisation's admins and platform admins manage its members");
    }
    if (!isUuid(input.userId) || !(await this.repo.userExists(input.userId))) {
      throw DomainError.badField('userId', 'unknown', 'Unknown member');
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repo.lock(org.id, manager))) throw DomainError.notFound('Organization');
      const members = await this.repo.members(org.id, manager);
      const current = members.find((m) => m.userId === input.userId);
      const admins = members.filter((m) => m.role === 'ADMIN').length;
      if (current?.role === 'ADMIN' && input.role !== 'ADMIN' && admins === 1) {
        throw DomainError.conflict('An organisation keeps at least one admin: name another admin first');
      }
      await this.repo.upsertMember(org.id, input.userId, input.role, manager);
    });
    await this.publish(
      groupEvent(
        'groups.organization-member-added',
        { organizationId: org.id, userId: input.userId, role: input.role },
        actor.id,
      ),
    );
    return this.load(actor, org.id);
  }

  async removeMember(actor: Actor, input: RemoveOrganizationMemberInput): Promise<OrganizationModel> {
    const org = await this.existing(actor, input.organizationId);
    if (!org.viewerCan.manageMembers) {
      throw DomainError.forbidden("Only the organisation's admins and platform admins manage its members");
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repo.lock(org.id, manager))) throw DomainError.notFound('Organization');
      const members = await this.repo.members(org.id, manager);
      const current = members.find((m) => m.userId === input.userId);
      if (!current) throw DomainError.notFound('Organization member');
      if (current.role === 'ADMIN' && members.filter((m) => m.role === 'ADMIN').length === 1) {
        throw DomainError.conflict(
          'The last admin of an organisation cannot be removed: name another admin first',
        );
      }
      await this.repo.deleteMember(org.id, input.userId, manager);
    });
    await this.publish(
      groupEvent(
        'groups.organization-member-removed',
        { organizationId: org.id, userId: input.userId },
        actor.id,
      ),
    );
    return this.load(actor, org.id);
  }

  // ---------------------------------------------------------------- helpers

  /** An organisation for a mutation: NOT_FOUND for unknown and malformed ids alike. */
  async existing(viewer: Viewer, id: string): Promise<OrganizationModel> {
    if (!isUuid(id)) throw DomainError.notFound('Organization');
    const [record] = await this.repo.findByIds(viewer, [id.toLowerCase()]);
    if (!record) throw DomainError.notFound('Organization');
    return this.toModel(record, viewer);
  }

  private async load(viewer: Viewer, id: string): Promise<OrganizationModel> {
    const [record] = await this.repo.findByIds(viewer, [id]);
    if (!record) throw DomainError.notFound('Organization');
    return this.toModel(record, viewer);
  }

  private checkKind(kind: OrganizationKind, problems: FieldErrorDetail[]): void {
    if (!ORGANIZATION_KINDS.includes(kind)) {
      problems.push({ field: 'kind', reason: 'invalid', message: 'Unknown organisation kind' });
    }
  }

  /** undefined: left out; null: none (national); otherwise the id of a known territory. */
  private async territoryIdOf(
    code: string | null | undefined,
    problems: FieldErrorDetail[],
  ): Promise<string | null | undefined> {
    if (code === undefined) return undefined;
    if (code === null || !code.trim()) return null;
    const territory = await this.territories.findByCode(code);
    if (!territory) {
      problems.push({ field: 'territoryCode', reason: 'unknown', message: 'Unknown territory' });
      return undefined;
    }
    return territory.id;
  }

  private async freeSlug(name: string, manager: EntityManager): Promise<string> {
    const base = slugify(name, GROUP_LIMITS.slugMax - 4) || 'organisation';
    return firstFreeSlug(base, new Set(await this.repo.slugsLike(base, manager)));
  }

  private async resolveQuery(args: OrganizationsArgs): Promise<OrganizationQuery> {
    const filter = args.filter ?? {};
    let territoryIds: string[] | null = null;
    if (filter.territoryCode != null) {
      const territory = await this.territories.findByCode(filter.territoryCode);
      if (!territory) {
        throw DomainError.badField('filter.territoryCode', 'unknown', 'Unknown territory');
      }
      territoryIds = [territory.id, territory.epciId, territory.departementId, territory.regionId].filter(
        (id): id is string => id !== null,
      );
    }
    const words = normalizeSearchText((filter.search ?? '').slice(0, SEARCH_MAX))
      .split(' ')
      .filter(Boolean);
    return {
      territoryIds,
      kinds: filter.kinds?.length ? [...new Set(filter.kinds)] : null,
      words: words.length ? [...new Set(words)] : null,
    };
  }

  private async publish(event: GroupEvent): Promise<void> {
    await this.events.publish(event);
  }
}
