import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  buildConnection,
  caseStudyAccess,
  DomainError,
  DomainEventBus,
  domainEvent,
  groupByKeys,
  isModerator,
  orderByKeys,
  toPageRequest,
  type Actor,
  type CaseStudyAccessFacts,
  type Connection,
  type DomainEvent,
  type LoaderRegistry,
  type Viewer,
} from '@pairs/platform-core';
import {
  CASE_STUDY_LIMITS,
  POPULATION_BANDS,
  RESERVED_CASE_STUDY_SLUGS,
  firstFreeSlug,
  slugify,
  type CaseStudyStatus,
  type FieldErrorDetail,
  isUuid,
} from '@pairs/shared-domain';
import { GroupsService } from '@pairs/groups';
import { withUniqueSlug } from '@pairs/platform-database';
import { ProfilesService } from '@pairs/identity';
import { TerritoriesService, type TerritoryModel } from '@pairs/territories';
import { ThemesService } from '../themes/themes.service.js';
import type { CaseStudyContent, CaseStudyEntity } from './case-study.entity.js';
import { validateCaseStudyContent, type CaseStudyContentChanges } from './case-study-content.js';
import type {
  AddCaseStudyCoAuthorInput,
  CaseStudiesArgs,
  CreateCaseStudyInput,
  RemoveCaseStudyCoAuthorInput,
  MoveCaseStudyToGroupInput,
  RequestChangesInput,
  UpdateCaseStudyInput,
} from './case-study.inputs.js';
import {
  CaseStudyOrder,
  type CaseStudyConnection,
  type CaseStudyFacetsModel,
  type CaseStudyModel,
  type CaseStudyPermissionsModel,
  type CaseStudyRevisionModel,
} from './case-study.model.js';
import {
  CaseStudiesRepository,
  type CaseStudyQuery,
  type CaseStudyRecord,
  type CaseStudySummaryRows,
} from './case-studies.repository.js';

export function toCaseStudyModel(r: CaseStudyRecord): CaseStudyModel {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    body: r.body,
    results: r.results,
    environmentalAssessment: r.environmentalAssessment,
    lessonsLearned: r.lessonsLearned,
    solutionsUsed: r.solutionsUsed,
    contact: r.contact,
    status: r.status,
    startedOn: r.startedOn,
    endedOn: r.endedOn,
    costEuros: r.costEuros,
    fundingSources: r.fundingSources,
    submittedAt: r.submittedAt,
    publishedAt: r.publishedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    revisionCount: r.revisionCount,
    viewCount: r.viewCount,
    territoryId: r.territoryId,
    authorIds: r.authorIds,
    ownerId: r.createdById,
    groupId: r.groupId,
    group: r.group,
    reviewComment:
      r.reviewComment !== null && r.reviewCommentAt !== null
        ? { comment: r.reviewComment, createdAt: r.reviewCommentAt, reviewerId: r.reviewCommentById }
        : null,
  };
}

function toRevisionModel(r: {
  id: string;
  caseStudyId: string;
  number: number;
  authorId: string;
  content: CaseStudyContent;
  public: boolean;
  createdAt: Date;
}): CaseStudyRevisionModel {
  return {
    id: r.id,
    caseStudyId: r.caseStudyId,
    number: r.number,
    authorId: r.authorId,
    public: r.public,
    createdAt: r.createdAt,
    ...r.content,
  };
}

const facts = (cs: CaseStudyModel): CaseStudyAccessFacts => ({
  status: cs.status,
  authorIds: cs.authorIds,
  ownerId: cs.ownerId,
  group: cs.group,
});

/** Without narrowing: `isModerator` is a type guard, which would make an actor `never` when false. */
const isModeratorViewer = (viewer: Viewer): boolean => isModerator(viewer);
/** The content fields compared between revisions (in display order). */
export const REVISION_FIELDS: ReadonlyArray<keyof CaseStudyContent> = [
  'title',
  'summary',
  'territoryCode',
  'themeSlugs',
  'startedOn',
  'endedOn',
  'costEuros',
  'fundingSources',
  'body',
  'results',
  'environmentalAssessment',
  'lessonsLearned',
  'solutionsUsed',
  'contact',
];

/** Facts other contexts (moderation, search, notifications) subscribe to. */
export type CaseStudyEventType =
  | 'knowledge.case-study-created'
  | 'knowledge.case-study-updated'
  | 'knowledge.case-study-submitted'
  | 'knowledge.case-study-published'
  | 'knowledge.case-study-changes-requested'
  | 'knowledge.case-study-archived'
  | 'knowledge.case-study-moved-to-group';
export type CaseStudyEvent = DomainEvent<
  CaseStudyEventType,
  { caseStudyId: string; slug: string; status: CaseStudyStatus }
>;

/** Same content, whatever the order of keys (JSONB reorders them) or of themes. */
function sameContent(a: CaseStudyContent, b: CaseStudyContent): boolean {
  const canonical = (c: CaseStudyContent) =>
    JSON.stringify(REVISION_FIELDS.map((f) => (f === 'themeSlugs' ? [...c.themeSlugs].sort() : c[f])));
  return canonical(a) === canonical(b);
}

export const MAX_SIMILAR = 20;

/**
 * Case studies: writing and reviewing (DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED), revisions
 * with an optimistic lock, and reading through the one access policy (`caseStudyAccess` for an
 * item, its SQL twin for every list, count and facet).
 */
@Injectable()
export class CaseStudiesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: CaseStudiesRepository,
    private readonly themes: ThemesService,
    private readonly territories: TerritoriesService,
    private readonly profiles: ProfilesService,
    private readonly events: DomainEventBus,
    private readonly groups: GroupsService,
  ) {}

  onModuleInit(): void {
    this.themes.registerMergeParticipant({
      name: 'case-studies',
      moveTags: (manager, sourceId, targetId) => this.repo.moveThemeTags(manager, sourceId, targetId),
    });
  }

  // ---------------------------------------------------------------- reading

  /** A case study the viewer may read, or null (exactly as for a slug that does not exist). */
  async bySlug(viewer: Viewer, slug: string): Promise<CaseStudyModel | null> {
    const normalized = slug.trim().toLowerCase();
    if (!normalized || normalized.length > 120) return null;
    const record = await this.repo.findOne(viewer, { slug: normalized });
    if (!record) return null;
    const model = toCaseStudyModel(record);
    return caseStudyAccess.canRead(viewer, facts(model)) ? model : null;
  }

  /** A case study the viewer may read, by id, or null. */
  async byId(viewer: Viewer, id: string): Promise<CaseStudyModel | null> {
    if (!isUuid(id)) return null;
    const record = await this.repo.findOne(viewer, { id });
    const model = record ? toCaseStudyModel(record) : null;
    return model && caseStudyAccess.canRead(viewer, facts(model)) ? model : null;
  }

  /** Case studies by id for other contexts' relation fields; null when unreadable or missing. */
  byIdLoader(loaders: LoaderRegistry, viewer: Viewer) {
    return loaders.get<string, CaseStudyModel | null>('knowledge.readableCaseStudyById', async (ids) => {
      const rows = (
        await this.repo.findMany(
          viewer,
          ids.filter((id) => isUuid(id)),
        )
      ).map(toCaseStudyModel);
      return orderByKeys(ids, rows, (cs) => cs.id).map((cs) =>
        cs && caseStudyAccess.canRead(viewer, facts(cs)) ? cs : null,
      );
    });
  }

  /** A page of case studies; `groupId` limits it to a group's (the `Group.caseStudies` field). */
  async list(viewer: Viewer, args: CaseStudiesArgs, groupId?: string): Promise<CaseStudyConnection> {
    const order = args.orderBy ?? CaseStudyOrder.PUBLISHED_AT;
    const page = toPageRequest(args, 2);
    const after = page.after ? this.checkCursor(page.after, order) : null;
    const resolved = await this.resolveQuery(viewer, args);
    const query = resolved && groupId ? { ...resolved, groupId } : resolved;
    const rows = query ? await this.repo.findPage(query, order, after, page.first + 1) : [];
    const connection = buildConnection(rows, page, (r) => [r.sortKey, r.id]);
    return {
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toCaseStudyModel(e.node) })),
      pageInfo: connection.pageInfo,
      query,
    };
  }

  /**
   * `totalCount` and `facets` of a list, computed once per list and request: when a query asks for
   * facets, one statement gives both; a count alone is a plain count.
   */
  private summaryLoader(loaders: LoaderRegistry) {
    return loaders.get<{ query: CaseStudyQuery; facets: boolean }, CaseStudySummaryRows>(
      'knowledge.caseStudySummary',
      async (keys) => {
        const results = new Map<CaseStudyQuery, Promise<CaseStudySummaryRows>>();
        for (const key of keys) {
          if (results.has(key.query)) continue;
          const withFacets = keys.some((k) => k.query === key.query && k.facets);
          results.set(
            key.query,
            withFacets
              ? this.repo.summary(key.query)
              : this.repo.count(key.query).then((total) => ({ total, themes: [], bands: [], regions: [] })),
          );
        }
        return Promise.all(keys.map((k) => results.get(k.query) as Promise<CaseStudySummaryRows>));
      },
      { cache: false },
    );
  }

  async totalCount(loaders: LoaderRegistry, connection: CaseStudyConnection): Promise<number> {
    const query = connection.query as CaseStudyQuery | null;
    return query ? (await this.summaryLoader(loaders).load({ query, facets: false })).total : 0;
  }

  async facets(loaders: LoaderRegistry, connection: CaseStudyConnection): Promise<CaseStudyFacetsModel> {
    const query = connection.query as CaseStudyQuery | null;
    const summary = query
      ? await this.summaryLoader(loaders).load({ query, facets: true })
      : { total: 0, themes: [], bands: [], regions: [] };
    const byBand = new Map(summary.bands.map((b) => [b.band, b.count]));
    return {
      themes: summary.themes,
      regions: summary.regions,
      populationBands: POPULATION_BANDS.map((b) => ({
        band: b.band,
        label: b.label,
        count: byBand.get(b.band) ?? 0,
      })),
    };
  }

  async similar(viewer: Viewer, slug: string, first: number): Promise<CaseStudyModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SIMILAR) {
      throw DomainError.badField('first', 'range', `first must be between 1 and ${MAX_SIMILAR}`);
    }
    const base = await this.bySlug(viewer, slug);
    if (!base) return [];
    return (await this.repo.findSimilar(viewer, base.id, first)).map(toCaseStudyModel);
  }

  permissions(viewer: Viewer, cs: CaseStudyModel): CaseStudyPermissionsModel {
    const f = facts(cs);
    return {
      edit: caseStudyAccess.canEdit(viewer, f),
      submit: caseStudyAccess.canSubmit(viewer, f),
      review: caseStudyAccess.canReview(viewer, f),
      archive: caseStudyAccess.canArchive(viewer, f),
      manageAuthors: caseStudyAccess.canManageAuthors(viewer, f),
    };
  }

  /** Views by the authors themselves (proofreading, editing) are not counted. */
  countsAsView(viewer: Viewer, cs: CaseStudyModel): boolean {
    return cs.status === 'PUBLISHED' && !(viewer !== null && cs.authorIds.includes(viewer.id));
  }

  /** The moderator's "changes requested" comment: for authors and moderators only. */
  reviewCommentFor(viewer: Viewer, cs: CaseStudyModel) {
    return caseStudyAccess.canSeeWorkingNotes(viewer, facts(cs)) ? cs.reviewComment : null;
  }

  themeIdsLoader(loaders: LoaderRegistry) {
    return loaders.get<string, string[]>('knowledge.caseStudyThemeIds', async (ids) => {
      const rows = await this.repo.findThemeIds(ids);
      return groupByKeys(ids, rows, (r) => r.caseStudyId).map((list) => list.map((r) => r.themeId));
    });
  }

  /** Published case studies per theme (with its children) that this viewer may read. */
  themeCountLoader(loaders: LoaderRegistry, viewer: Viewer) {
    return loaders.get<string, number>('knowledge.themeCaseStudyCount', async (themeIds) => {
      const rows = await this.repo.countPublishedByTheme(viewer, themeIds);
      return orderByKeys(themeIds, rows, (r) => r.themeId).map((r) => r?.count ?? 0);
    });
  }

  // ---------------------------------------------------------------- revisions

  async revisions(viewer: Viewer, id: string, args: { first?: number | null; after?: string | null }) {
    const cs = await this.readable(viewer, id);
    const page = toPageRequest(args, 1);
    const before = page.after ? page.after[0] : null;
    if (before !== null && !Number.isInteger(before)) {
      throw DomainError.badField('after', 'cursor', 'after is not a valid cursor');
    }
    const includePrivate = caseStudyAccess.canSeeWorkingNotes(viewer, facts(cs));
    const [rows, counts] = await Promise.all([
      this.repo.findRevisions(cs.id, includePrivate, before as number | null, page.first + 1),
      this.repo.countRevisions([cs.id], includePrivate),
    ]);
    const connection = buildConnection(
      rows.map(toRevisionModel),
      page,
      (r) => [r.number],
      counts[0]?.count ?? 0,
    );
    return connection as Connection<CaseStudyRevisionModel> & { totalCount: number };
  }

  async revision(viewer: Viewer, id: string, number: number): Promise<CaseStudyRevisionModel | null> {
    if (!isUuid(id)) return null;
    const record = await this.repo.findOne(viewer, { id });
    if (!record) return null;
    const cs = toCaseStudyModel(record);
    const [revision] = await this.repo.findRevisionsByNumber([{ caseStudyId: id, number }]);
    if (!revision || !caseStudyAccess.canReadRevision(viewer, facts(cs), revision)) return null;
    return toRevisionModel(revision);
  }

  /** The revision before `revision` that the viewer may read (null for the first one they may see). */
  async previousRevision(viewer: Viewer, loaders: LoaderRegistry, revision: CaseStudyRevisionModel) {
    if (revision.number <= 1) return null;
    const loader = loaders.get<string, CaseStudyRevisionModel | null>(
      'knowledge.caseStudyRevision',
      async (keys) => {
        const parsed = keys.map((k) => {
          const [caseStudyId, n] = k.split(':');
          return { caseStudyId, number: Number(n) };
        });
        const rows = (await this.repo.findRevisionsByNumber(parsed)).map(toRevisionModel);
        return orderByKeys(keys, rows, (r) => `${r.caseStudyId}:${r.number}`);
      },
    );
    const previous = await loader.load(`${revision.caseStudyId}:${revision.number - 1}`);
    // Revisions are public from publication on: the one before the first public one is not.
    if (!previous || previous.public) return previous;
    return (await this.canSeePrivateRevisionsOf(viewer, loaders, revision.caseStudyId)) ? previous : null;
  }

  /** Field names that differ between two revisions. */
  changedFields(revision: CaseStudyRevisionModel, previous: CaseStudyRevisionModel | null): string[] {
    if (!previous) return [];
    return REVISION_FIELDS.filter((f) => JSON.stringify(revision[f]) !== JSON.stringify(previous[f]));
  }

  private async canSeePrivateRevisionsOf(viewer: Viewer, loaders: LoaderRegistry, caseStudyId: string) {
    if (viewer === null) return false; // no lookup for anonymous readers
    const loader = loaders.get<string, CaseStudyRecord | null>('knowledge.caseStudyById', async (ids) =>
      Promise.all(ids.map((id) => this.repo.findOne(viewer, { id }))),
    );
    const record = await loader.load(caseStudyId);
    return record !== null && caseStudyAccess.canSeeWorkingNotes(viewer, facts(toCaseStudyModel(record)));
  }

  // ---------------------------------------------------------------- writing

  async create(actor: Actor, input: CreateCaseStudyInput): Promise<CaseStudyModel> {
    if (!caseStudyAccess.canCreate(actor)) {
      throw DomainError.forbidden('Verify your email address before writing a case study');
    }
    const { problems, changes } = validateCaseStudyContent(input, 'create');
    const refs = await this.resolveReferences(changes, problems);
    const groupId = input.groupId ? input.groupId.toLowerCase() : null;
    const group = groupId ? await this.groups.contentFacts(actor, groupId) : null;
    if (groupId && !group) problems.push({ field: 'groupId', reason: 'unknown', message: 'Unknown group' });
    if (problems.length) throw DomainError.badInput(problems);
    if (!caseStudyAccess.canCreate(actor, group)) {
      throw DomainError.forbidden('Only active members of the group write in it');
    }
    const content = this.contentOf(changes, refs.territory as TerritoryModel, refs.themeSlugs as string[]);

    const id = await withUniqueSlug(this.dataSource, 'case_study_slug_key', async (manager) => {
      const slug = await this.freeSlug(content.title, manager);
      const id = await this.repo.insert(
        {
          slug,
          title: content.title,
          summary: content.summary,
          body: content.body,
          results: content.results,
          environmentalAssessment: content.environmentalAssessment,
          lessonsLearned: content.lessonsLearned,
          solutionsUsed: content.solutionsUsed,
          contact: content.contact,
          territoryId: (refs.territory as TerritoryModel).id,
          startedOn: content.startedOn,
          endedOn: content.endedOn,
          costEuros: content.costEuros,
          fundingSources: content.fundingSources,
          createdById: actor.id,
          groupId,
          status: 'DRAFT',
          revisionCount: 1,
        },
        manager,
      );
      await this.repo.setThemes(id, refs.themeIds as string[], manager);
      await this.repo.addAuthor(id, actor.id, 'OWNER', manager);
      await this.repo.insertRevision(
        { caseStudyId: id, number: 1, authorId: actor.id, content, public: false },
        manager,
      );
      return id;
    });
    const created = await this.load(actor, id);
    await this.publishEvent('knowledge.case-study-created', created, actor);
    return created;
  }

  async update(actor: Actor, input: UpdateCaseStudyInput): Promise<CaseStudyModel> {
    const current = await this.readable(actor, input.id);
    if (!caseStudyAccess.canEdit(actor, facts(current))) {
      throw DomainError.forbidden(
        current.status === 'ARCHIVED' || current.status === 'HIDDEN'
          ? `A case study ${current.status.toLowerCase()} cannot be edited`
          : 'Only its authors and moderators edit a case study',
      );
    }
    const { id, expectedRevision, ...fields } = input;
    const { problems, changes } = validateCaseStudyContent(fields, 'update', current);
    if (!Number.isInteger(expectedRevision) || expectedRevision < 1) {
      problems.push({
        field: 'expectedRevision',
        reason: 'min',
        message: 'expectedRevision must be a revision number',
      });
    }
    const refs = await this.resolveReferences(changes, problems);
    if (problems.length) throw DomainError.badInput(problems);
    if (expectedRevision !== current.revisionCount) throw this.staleRevision(current.revisionCount);

    const saved = await this.dataSource.transaction(async (manager) => {
      const previous = await this.latestContent(id, current.revisionCount, manager);
      const content: CaseStudyContent = {
        ...previous,
        ...(changes as Partial<CaseStudyContent>),
        territoryCode: refs.territory?.code ?? previous.territoryCode,
        themeSlugs: refs.themeSlugs ?? previous.themeSlugs,
      };
      const values: Partial<CaseStudyEntity> = {
        title: content.title,
        summary: content.summary,
        body: content.body,
        results: content.results,
        environmentalAssessment: content.environmentalAssessment,
        lessonsLearned: content.lessonsLearned,
        solutionsUsed: content.solutionsUsed,
        contact: content.contact,
        startedOn: content.startedOn,
        endedOn: content.endedOn,
        costEuros: content.costEuros,
        fundingSources: content.fundingSources,
        ...(refs.territory ? { territoryId: refs.territory.id } : {}),
      };
      if (sameContent(content, previous)) {
        return false; // nothing changed: no revision (autosave or a double click must not pile them up)
      }
      if (!(await this.repo.updateAtRevision(id, expectedRevision, values, manager))) {
        const latest = await this.repo.findOne(actor, { id }, manager);
        throw this.staleRevision(latest?.revisionCount ?? expectedRevision + 1);
      }
      if (refs.themeIds) await this.repo.setThemes(id, refs.themeIds, manager);
      await this.repo.insertRevision(
        {
          caseStudyId: id,
          number: expectedRevision + 1,
          authorId: actor.id,
          content,
          public: current.publishedAt !== null,
        },
        manager,
      );
      return true;
    });
    const updated = await this.load(actor, id);
    if (saved) await this.publishEvent('knowledge.case-study-updated', updated, actor);
    return updated;
  }

  async submit(actor: Actor, id: string): Promise<CaseStudyModel> {
    return this.transition(actor, id, 'submitted', async (cs, manager) => {
      if (!caseStudyAccess.canSubmit(actor, facts(cs))) {
        throw this.refused(actor, cs, 'Only its authors submit a draft', 'DRAFT');
      }
      await this.repo.update(cs.id, { status: 'IN_REVIEW', submittedAt: new Date() }, manager);
    });
  }

  async publish(actor: Actor, id: string): Promise<CaseStudyModel> {
    return this.transition(actor, id, 'published', async (cs, manager) => {
      if (!caseStudyAccess.canReview(actor, facts(cs))) {
        throw this.refused(
          actor,
          cs,
          'Only moderators publish a case study',
          'IN_REVIEW',
          isModeratorViewer(actor),
        );
      }
      await this.repo.update(
        cs.id,
        {
          status: 'PUBLISHED',
          publishedAt: cs.publishedAt ?? new Date(),
          reviewComment: null,
          reviewCommentAt: null,
          reviewCommentById: null,
        },
        manager,
      );
      await this.repo.markLatestRevisionPublic(cs.id, manager);
    });
  }

  async requestChanges(actor: Actor, input: RequestChangesInput): Promise<CaseStudyModel> {
    const comment = input.comment.trim();
    if (!comment || comment.length > CASE_STUDY_LIMITS.reviewCommentMax) {
      throw DomainError.badField(
        'comment',
        comment ? 'maxLength' : 'required',
        `comment must be 1 to ${CASE_STUDY_LIMITS.reviewCommentMax} characters`,
      );
    }
    return this.transition(actor, input.id, 'changes-requested', async (cs, manager) => {
      if (!caseStudyAccess.canReview(actor, facts(cs))) {
        throw this.refused(
          actor,
          cs,
          'Only moderators review a case study',
          'IN_REVIEW',
          isModeratorViewer(actor),
        );
      }
      await this.repo.update(
        cs.id,
        { status: 'DRAFT', reviewComment: comment, reviewCommentAt: new Date(), reviewCommentById: actor.id },
        manager,
      );
    });
  }

  async archive(actor: Actor, id: string): Promise<CaseStudyModel> {
    return this.transition(actor, id, 'archived', async (cs, manager) => {
      if (!caseStudyAccess.canArchive(actor, facts(cs))) {
        const mayAct = isModeratorViewer(actor) || cs.authorIds.includes(actor.id);
        throw this.refused(
          actor,
          cs,
          'Only its authors and moderators archive a case study',
          'PUBLISHED',
          mayAct,
        );
      }
      await this.repo.update(cs.id, { status: 'ARCHIVED' }, manager);
    });
  }

  async addCoAuthor(actor: Actor, input: AddCaseStudyCoAuthorInput): Promise<CaseStudyModel> {
    const cs = await this.readable(actor, input.id);
    if (!caseStudyAccess.canManageAuthors(actor, facts(cs))) {
      throw DomainError.forbidden('Only the owner and moderators manage co-authors');
    }
    const user = await this.profiles.byHandle(input.handle);
    if (!user) throw DomainError.badField('handle', 'unknown', 'Unknown member');
    if (cs.authorIds.includes(user.id))
      throw DomainError.badField('handle', 'duplicate', 'Already an author');
    if (cs.authorIds.length > CASE_STUDY_LIMITS.coAuthorsMax) {
      throw DomainError.badField('handle', 'maxSize', `At most ${CASE_STUDY_LIMITS.coAuthorsMax} co-authors`);
    }
    await this.dataSource.transaction((manager) => this.repo.addAuthor(cs.id, user.id, 'CO_AUTHOR', manager));
    return this.load(actor, cs.id);
  }

  async removeCoAuthor(actor: Actor, input: RemoveCaseStudyCoAuthorInput): Promise<CaseStudyModel> {
    const cs = await this.readable(actor, input.id);
    if (!caseStudyAccess.canManageAuthors(actor, facts(cs))) {
      throw DomainError.forbidden('Only the owner and moderators manage co-authors');
    }
    const user = await this.profiles.byHandle(input.handle);
    if (!user || !cs.authorIds.includes(user.id))
      throw DomainError.badField('handle', 'unknown', 'Not an author');
    if (user.id === cs.ownerId) throw DomainError.badField('handle', 'owner', 'The owner cannot be removed');
    await this.dataSource.transaction((manager) => this.repo.removeAuthor(cs.id, user.id, manager));
    return this.load(actor, cs.id);
  }

  // ---------------------------------------------------------------- helpers

  /** Loads for a mutation: NOT_FOUND when missing or unreadable (the same answer). */
  private async readable(viewer: Viewer, id: string): Promise<CaseStudyModel> {
    if (!isUuid(id)) throw DomainError.notFound('Case study');
    const record = await this.repo.findOne(viewer, { id });
    const cs = record ? toCaseStudyModel(record) : null;
    if (!cs || !caseStudyAccess.canRead(viewer, facts(cs))) throw DomainError.notFound('Case study');
    return cs;
  }

  private async load(viewer: Viewer, id: string): Promise<CaseStudyModel> {
    const record = await this.repo.findOne(viewer, { id });
    if (!record) throw DomainError.notFound('Case study');
    return toCaseStudyModel(record);
  }

  /**
   * Moves a case study into a group or to the public commons (`groupId: null`): a deliberate act of
   * a platform moderator, since moving out of a private group publishes it.
   */
  async moveToGroup(actor: Actor, input: MoveCaseStudyToGroupInput): Promise<CaseStudyModel> {
    const current = await this.readable(actor, input.caseStudyId);
    if (!caseStudyAccess.canMoveToGroup(actor)) throw DomainError.forbidden('Only moderators do this');
    const groupId = input.groupId ? input.groupId.toLowerCase() : null;
    if (groupId && !(await this.groups.contentFacts(actor, groupId))) {
      throw DomainError.badField('groupId', 'unknown', 'Unknown group');
    }
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.repo.findOne(actor, { id: current.id }, manager, true);
      if (!locked) throw DomainError.notFound('Case study');
      if (locked.groupId === groupId) throw DomainError.conflict('The case study is already there');
      await this.repo.setGroup(current.id, groupId, manager);
    });
    const moved = await this.load(actor, current.id);
    await this.publishEvent('knowledge.case-study-moved-to-group', moved, actor);
    return moved;
  }

  /** A state change under a row lock, so two moderators cannot both act on the same item. */
  private async transition(
    actor: Actor,
    id: string,
    event: 'submitted' | 'published' | 'changes-requested' | 'archived',
    apply: (cs: CaseStudyModel, manager: EntityManager) => Promise<void>,
  ): Promise<CaseStudyModel> {
    await this.readable(actor, id);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.repo.findOne(actor, { id }, manager, true);
      if (!locked) throw DomainError.notFound('Case study');
      await apply(toCaseStudyModel(locked), manager);
    });
    const changed = await this.load(actor, id);
    await this.publishEvent(`knowledge.case-study-${event}`, changed, actor);
    return changed;
  }

  /** FORBIDDEN for who may never do it, CONFLICT for the right person at the wrong state. */
  private refused(
    actor: Actor,
    cs: CaseStudyModel,
    forbidden: string,
    expected: CaseStudyStatus,
    mayAct?: boolean,
  ) {
    const rightPerson = mayAct ?? cs.authorIds.includes(actor.id);
    if (rightPerson && cs.status !== expected) {
      return DomainError.conflict(`The case study is ${cs.status}; this needs ${expected}`);
    }
    if (!actor.emailVerified) return DomainError.forbidden('Verify your email address first');
    return DomainError.forbidden(forbidden);
  }

  private staleRevision(latest: number): DomainError {
    return new DomainError(
      'CONFLICT',
      `Someone saved revision ${latest} since you loaded this case study`,
      [{ field: 'expectedRevision', reason: 'stale', message: `The latest revision is ${latest}` }],
      { latestRevision: latest },
    );
  }

  private async publishEvent(type: string, cs: CaseStudyModel, actor: Actor): Promise<void> {
    await this.events.publish(
      domainEvent(type, { caseStudyId: cs.id, slug: cs.slug, status: cs.status }, actor.id),
    );
  }

  private async latestContent(id: string, number: number, manager: EntityManager): Promise<CaseStudyContent> {
    const rows: Array<{ content: CaseStudyContent }> = await manager.query(
      `SELECT content FROM case_study_revision WHERE case_study_id = $1 AND number = $2`,
      [id, number],
    );
    if (!rows[0]) throw new Error(`Revision ${number} of case study ${id} is missing`);
    return rows[0].content;
  }

  private contentOf(
    changes: CaseStudyContentChanges,
    territory: TerritoryModel,
    themeSlugs: string[],
  ): CaseStudyContent {
    return {
      title: changes.title ?? '',
      summary: changes.summary ?? '',
      body: changes.body ?? '',
      results: changes.results ?? '',
      environmentalAssessment: changes.environmentalAssessment ?? '',
      lessonsLearned: changes.lessonsLearned ?? '',
      solutionsUsed: changes.solutionsUsed ?? [],
      contact: changes.contact ?? '',
      territoryCode: territory.code,
      themeSlugs,
      startedOn: changes.startedOn ?? null,
      endedOn: changes.endedOn ?? null,
      costEuros: changes.costEuros ?? null,
      fundingSources: changes.fundingSources ?? [],
    };
  }

  /** Checks the territory and themes an input names; problems are added to `problems`. */
  private async resolveReferences(changes: CaseStudyContentChanges, problems: FieldErrorDetail[]) {
    const result: { territory?: TerritoryModel; themeIds?: string[]; themeSlugs?: string[] } = {};
    if (changes.territoryCode) {
      const territory = await this.territories.findByCode(changes.territoryCode);
      if (!territory)
        problems.push({ field: 'territoryCode', reason: 'unknown', message: 'Unknown territory' });
      else result.territory = territory;
    }
    if (changes.themeSlugs) {
      const themes = await this.themes.forTagging(changes.themeSlugs, 'themeSlugs', problems);
      result.themeIds = themes.ids;
      result.themeSlugs = themes.slugs;
    }
    return result;
  }

  /** A slug from the title, made unique with a numeric suffix ("…-2"). */
  private async freeSlug(title: string, manager: EntityManager): Promise<string> {
    const base = slugify(title, 100) || 'retour-d-experience';
    return firstFreeSlug(
      base,
      new Set([...RESERVED_CASE_STUDY_SLUGS, ...(await this.repo.slugsLike(base, manager))]),
    );
  }

  private checkCursor(after: unknown[], order: CaseStudyOrder): [string | number | null, string] {
    const [key, id] = after;
    const invalid = () => DomainError.badField('after', 'cursor', 'after is not a valid cursor');
    if (typeof id !== 'string' || !isUuid(id)) throw invalid();
    if (
      order === CaseStudyOrder.POPULARITY
        ? !Number.isInteger(key)
        : key !== null && (typeof key !== 'string' || Number.isNaN(Date.parse(key)))
    ) {
      throw invalid();
    }
    const nullable = order === CaseStudyOrder.PUBLISHED_AT || order === CaseStudyOrder.SUBMITTED_AT;
    if (!nullable && key === null) throw invalid();
    return [key as string | number | null, id];
  }

  /** Resolves a filter's references; null when it can match nothing (unknown author). */
  private async resolveQuery(viewer: Viewer, args: CaseStudiesArgs): Promise<CaseStudyQuery | null> {
    const filter = args.filter ?? {};
    const problems: FieldErrorDetail[] = [];
    let themeIds: string[] | null = null;
    if (filter.themeSlugs?.length) {
      themeIds = await this.themes.forFilter(filter.themeSlugs, 'filter.themeSlugs', problems);
    }
    const territory = async (field: string, code: string | null | undefined, prefix?: string) => {
      if (!code) return null;
      let normalized = code.trim().toUpperCase();
      if (prefix && !normalized.startsWith(prefix)) normalized = prefix + normalized;
      const found = await this.territories.findByCode(normalized);
      if (!found || (prefix && !found.code.startsWith(prefix))) {
        problems.push({ field, reason: 'unknown', message: 'Unknown territory' });
        return null;
      }
      return found.id;
    };
    const territoryId = await territory('filter.territoryCode', filter.territoryCode);
    const regionId = await territory('filter.regionCode', filter.regionCode, 'REG-');
    const departementId = await territory('filter.departementCode', filter.departementCode, 'DEP-');
    if (problems.length) throw DomainError.badInput(problems);

    let authorId: string | null = null;
    if (filter.authorHandle) {
      const author = await this.profiles.byHandle(filter.authorHandle);
      if (!author) return null;
      authorId = author.id;
    }
    let groupId: string | null = null;
    if (filter.groupSlug) {
      groupId = await this.groups.idBySlug(filter.groupSlug);
      if (!groupId) return null;
    }
    return {
      viewer,
      themeIds,
      groupId,
      territoryId,
      territoryKinds: filter.territoryKinds?.length ? [...new Set(filter.territoryKinds)] : null,
      populationBand: filter.populationBand ?? null,
      regionId,
      departementId,
      status: filter.status ?? 'PUBLISHED',
      authorId,
    };
  }
}
