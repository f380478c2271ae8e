import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConnectionArgs,
  CurrentUser,
  CurrentViewer,
  MarkdownRenderer,
  Public,
  type Actor,
  type GraphQLContext,
  type Viewer,
} from '@pairs/platform-core';
import { PopulationBand, populationBandOf } from '@pairs/shared-domain';
import { ProfilesService, UserModel } from '@pairs/identity';
import { TerritoryLoaders, TerritoryModel } from '@pairs/territories';
import { GroupModel, GroupsService } from '@pairs/groups';
import { ThemeModel } from '../themes/theme.model.js';
import { ThemesService } from '../themes/themes.service.js';
import { CaseStudiesService } from './case-studies.service.js';
import { CaseStudyViews } from './case-study-views.js';
import {
  AddCaseStudyCoAuthorInput,
  ArchiveCaseStudyInput,
  MoveCaseStudyToGroupInput,
  CaseStudiesArgs,
  GroupCaseStudiesArgs,
  CreateCaseStudyInput,
  PublishCaseStudyInput,
  RemoveCaseStudyCoAuthorInput,
  RequestChangesInput,
  SubmitCaseStudyInput,
  UpdateCaseStudyInput,
} from './case-study.inputs.js';
import {
  CaseStudyConnection,
  CaseStudyFacetsModel,
  CaseStudyModel,
  CaseStudyPermissionsModel,
  CaseStudyReviewCommentModel,
  CaseStudyRevisionConnection,
  CaseStudyRevisionModel,
  RegionFacetModel,
  ThemeFacetModel,
} from './case-study.model.js';

@Resolver(() => CaseStudyModel)
export class CaseStudiesResolver {
  constructor(
    private readonly service: CaseStudiesService,
    private readonly views: CaseStudyViews,
    private readonly markdown: MarkdownRenderer,
    private readonly territories: TerritoryLoaders,
    private readonly themeService: ThemesService,
    private readonly profiles: ProfilesService,
    private readonly groups: GroupsService,
  ) {}

  @Public() // published case studies are public; the policy filters the rest
  @Query(() => CaseStudyModel, {
    nullable: true,
    description: 'A case study by slug; null when it does not exist or the viewer may not read it.',
  })
  async caseStudy(
    @CurrentViewer() viewer: Viewer,
    @Args('slug') slug: string,
    @Context() ctx: GraphQLContext,
  ): Promise<CaseStudyModel | null> {
    const found = await this.service.bySlug(viewer, slug);
    if (found && this.service.countsAsView(viewer, found)) this.views.recordFor(ctx, found.id);
    return found;
  }

  @Public() // published case studies are public; the policy filters the rest
  @Query(() => CaseStudyConnection, {
    description: 'Case studies the viewer may read, filtered, with counts and facets.',
  })
  caseStudies(@CurrentViewer() viewer: Viewer, @Args() args: CaseStudiesArgs): Promise<CaseStudyConnection> {
    return this.service.list(viewer, args);
  }

  @Public() // published case studies are public; the policy filters the rest
  @Query(() => [CaseStudyModel], {
    description:
      '"Communes comme la mienne": published case studies sharing the most themes, then from territories of the same population band and région.',
  })
  similarCaseStudies(
    @CurrentViewer() viewer: Viewer,
    @Args('slug') slug: string,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<CaseStudyModel[]> {
    return this.service.similar(viewer, slug, first);
  }

  @Public() // the public history of published case studies; drafts' revisions are the authors'
  @Query(() => CaseStudyRevisionConnection, {
    description:
      'Revisions, newest first. Revisions before the first publication are shown to authors and moderators only.',
  })
  caseStudyRevisions(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args() page: ConnectionArgs,
  ) {
    return this.service.revisions(viewer, id, page);
  }

  @Public() // the public history of published case studies; drafts' revisions are the authors'
  @Query(() => CaseStudyRevisionModel, { nullable: true })
  caseStudyRevision(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('number', { type: () => Int }) number: number,
  ): Promise<CaseStudyRevisionModel | null> {
    return this.service.revision(viewer, id, number);
  }

  @Mutation(() => CaseStudyModel, {
    description: 'Creates a DRAFT owned by the viewer (verified email needed).',
  })
  createCaseStudy(
    @CurrentUser() actor: Actor,
    @Args('input') input: CreateCaseStudyInput,
  ): Promise<CaseStudyModel> {
    return this.service.create(actor, input);
  }

  @Mutation(() => CaseStudyModel, {
    description: 'Saves a new revision; refused with CONFLICT when `expectedRevision` is stale.',
  })
  updateCaseStudy(
    @CurrentUser() actor: Actor,
    @Args('input') input: UpdateCaseStudyInput,
  ): Promise<CaseStudyModel> {
    return this.service.update(actor, input);
  }

  @Mutation(() => CaseStudyModel, { description: 'Authors: DRAFT → IN_REVIEW.' })
  submitCaseStudy(
    @CurrentUser() actor: Actor,
    @Args('input') input: SubmitCaseStudyInput,
  ): Promise<CaseStudyModel> {
    return this.service.submit(actor, input.id);
  }

  @Mutation(() => CaseStudyModel, { description: 'Moderators: IN_REVIEW → PUBLISHED.' })
  publishCaseStudy(
    @CurrentUser() actor: Actor,
    @Args('input') input: PublishCaseStudyInput,
  ): Promise<CaseStudyModel> {
    return this.service.publish(actor, input.id);
  }

  @Mutation(() => CaseStudyModel, {
    description: 'Moderators: IN_REVIEW → DRAFT, with a comment shown to the authors.',
  })
  requestChanges(
    @CurrentUser() actor: Actor,
    @Args('input') input: RequestChangesInput,
  ): Promise<CaseStudyModel> {
    return this.service.requestChanges(actor, input);
  }

  @Mutation(() => CaseStudyModel, { description: 'Authors and moderators: PUBLISHED → ARCHIVED.' })
  archiveCaseStudy(
    @CurrentUser() actor: Actor,
    @Args('input') input: ArchiveCaseStudyInput,
  ): Promise<CaseStudyModel> {
    return this.service.archive(actor, input.id);
  }

  @Mutation(() => CaseStudyModel, {
    description:
      'Platform moderators: moves a case study into a group, or to the public commons with `groupId: null`. Moving out of a private group publishes it: a deliberate act, never a side effect. Questions about it are moved on their own (`moveThreadToGroup`).',
  })
  moveCaseStudyToGroup(
    @CurrentUser() actor: Actor,
    @Args('input') input: MoveCaseStudyToGroupInput,
  ): Promise<CaseStudyModel> {
    return this.service.moveToGroup(actor, input);
  }

  @Mutation(() => CaseStudyModel, { description: 'The owner and moderators.' })
  addCaseStudyCoAuthor(
    @CurrentUser() actor: Actor,
    @Args('input') input: AddCaseStudyCoAuthorInput,
  ): Promise<CaseStudyModel> {
    return this.service.addCoAuthor(actor, input);
  }

  @Mutation(() => CaseStudyModel, { description: 'The owner and moderators; the owner stays.' })
  removeCaseStudyCoAuthor(
    @CurrentUser() actor: Actor,
    @Args('input') input: RemoveCaseStudyCoAuthorInput,
  ): Promise<CaseStudyModel> {
    return this.service.removeCoAuthor(actor, input);
  }

  @ResolveField(() => String)
  bodyHtml(@Parent() cs: CaseStudyModel): string {
    return this.markdown.render(cs.body);
  }

  @ResolveField(() => String)
  resultsHtml(@Parent() cs: CaseStudyModel): string {
    return this.markdown.render(cs.results);
  }

  @ResolveField(() => String)
  environmentalAssessmentHtml(@Parent() cs: CaseStudyModel): string {
    return this.markdown.render(cs.environmentalAssessment);
  }

  @ResolveField(() => String)
  lessonsLearnedHtml(@Parent() cs: CaseStudyModel): string {
    return this.markdown.render(cs.lessonsLearned);
  }

  @ResolveField(() => GroupModel, {
    nullable: true,
    description: 'The group it lives in (its members only read it when PRIVATE); null in the public commons.',
  })
  group(
    @Parent() cs: CaseStudyModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<GroupModel | null> | null {
    return cs.groupId ? this.groups.byIdLoader(ctx.loaders, viewer).load(cs.groupId) : null;
  }

  @ResolveField(() => TerritoryModel)
  async territory(@Parent() cs: CaseStudyModel, @Context() ctx: GraphQLContext): Promise<TerritoryModel> {
    const territory = await this.territories.byId(ctx.loaders).load(cs.territoryId);
    if (!territory) throw new Error(`Territory ${cs.territoryId} of case study ${cs.id} is missing`);
    return territory;
  }

  @ResolveField(() => PopulationBand, { nullable: true, description: 'Band of the territory population.' })
  async populationBand(
    @Parent() cs: CaseStudyModel,
    @Context() ctx: GraphQLContext,
  ): Promise<PopulationBand | null> {
    const territory = await this.territories.byId(ctx.loaders).load(cs.territoryId);
    return populationBandOf(territory?.population);
  }

  @ResolveField(() => [ThemeModel])
  async themes(@Parent() cs: CaseStudyModel, @Context() ctx: GraphQLContext): Promise<ThemeModel[]> {
    const ids = await this.service.themeIdsLoader(ctx.loaders).load(cs.id);
    const themes = await this.themeService.byIdLoader(ctx.loaders).loadMany(ids);
    return themes.filter((t): t is ThemeModel => t !== null && !(t instanceof Error));
  }

  @ResolveField(() => [UserModel], { description: 'The owner first, then co-authors.' })
  async authors(@Parent() cs: CaseStudyModel, @Context() ctx: GraphQLContext): Promise<UserModel[]> {
    const users = await this.profiles.usersLoader(ctx.loaders).loadMany(cs.authorIds);
    return users.filter((u): u is UserModel => u !== null && !(u instanceof Error));
  }

  @ResolveField(() => CaseStudyPermissionsModel)
  viewerCan(@Parent() cs: CaseStudyModel, @CurrentViewer() viewer: Viewer): CaseStudyPermissionsModel {
    return this.service.permissions(viewer, cs);
  }

  @ResolveField(() => CaseStudyReviewCommentModel, {
    nullable: true,
    description: 'Changes a moderator asked for (authors and moderators only); cleared on publication.',
  })
  changesRequested(
    @Parent() cs: CaseStudyModel,
    @CurrentViewer() viewer: Viewer,
  ): CaseStudyReviewCommentModel | null {
    return this.service.reviewCommentFor(viewer, cs);
  }
}

@Resolver(() => CaseStudyReviewCommentModel)
export class CaseStudyReviewCommentResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @ResolveField(() => UserModel, { nullable: true })
  reviewer(
    @Parent() comment: CaseStudyReviewCommentModel,
    @Context() ctx: GraphQLContext,
  ): Promise<UserModel | null> | null {
    return comment.reviewerId ? this.profiles.usersLoader(ctx.loaders).load(comment.reviewerId) : null;
  }
}

@Resolver(() => CaseStudyConnection)
export class CaseStudyConnectionResolver {
  constructor(private readonly service: CaseStudiesService) {}

  @ResolveField(() => Int, { description: 'Number of case studies the viewer may read with this filter.' })
  totalCount(@Parent() connection: CaseStudyConnection, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.totalCount(ctx.loaders, connection);
  }

  @ResolveField(() => CaseStudyFacetsModel)
  facets(
    @Parent() connection: CaseStudyConnection,
    @Context() ctx: GraphQLContext,
  ): Promise<CaseStudyFacetsModel> {
    return this.service.facets(ctx.loaders, connection);
  }
}

@Resolver(() => ThemeFacetModel)
export class ThemeFacetResolver {
  constructor(private readonly themes: ThemesService) {}

  @ResolveField(() => ThemeModel)
  async theme(@Parent() facet: ThemeFacetModel, @Context() ctx: GraphQLContext): Promise<ThemeModel> {
    const theme = await this.themes.byIdLoader(ctx.loaders).load(facet.themeId);
    if (!theme) throw new Error(`Theme ${facet.themeId} is missing`);
    return theme;
  }
}

@Resolver(() => RegionFacetModel)
export class RegionFacetResolver {
  constructor(private readonly territories: TerritoryLoaders) {}

  @ResolveField(() => TerritoryModel)
  async region(@Parent() facet: RegionFacetModel, @Context() ctx: GraphQLContext): Promise<TerritoryModel> {
    const region = await this.territories.byId(ctx.loaders).load(facet.regionId);
    if (!region) throw new Error(`Région ${facet.regionId} is missing`);
    return region;
  }
}

@Resolver(() => CaseStudyRevisionModel)
export class CaseStudyRevisionResolver {
  constructor(
    private readonly service: CaseStudiesService,
    private readonly profiles: ProfilesService,
  ) {}

  @ResolveField(() => UserModel, { nullable: true })
  author(
    @Parent() revision: CaseStudyRevisionModel,
    @Context() ctx: GraphQLContext,
  ): Promise<UserModel | null> {
    return this.profiles.usersLoader(ctx.loaders).load(revision.authorId);
  }

  @ResolveField(() => CaseStudyRevisionModel, {
    nullable: true,
    description: 'The revision before this one, when the viewer may read it (compare the two for a diff).',
  })
  previous(
    @Parent() revision: CaseStudyRevisionModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<CaseStudyRevisionModel | null> {
    return this.service.previousRevision(viewer, ctx.loaders, revision);
  }

  @ResolveField(() => [String], {
    description:
      'Fields that differ from the previous revision (empty for the first one the viewer may read).',
  })
  async changedFields(
    @Parent() revision: CaseStudyRevisionModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<string[]> {
    return this.service.changedFields(
      revision,
      await this.service.previousRevision(viewer, ctx.loaders, revision),
    );
  }
}

@Resolver(() => ThemeModel)
export class ThemeCaseStudiesResolver {
  constructor(private readonly service: CaseStudiesService) {}

  @ResolveField(() => Int, {
    description: 'Published case studies tagged with this theme (or, for a top-level theme, its children).',
  })
  caseStudyCount(
    @Parent() theme: ThemeModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<number> {
    return this.service.themeCountLoader(ctx.loaders, viewer).load(theme.id);
  }
}

/** `Group.caseStudies` and `Group.themes`: the knowledge side of a group. */
@Resolver(() => GroupModel)
export class GroupKnowledgeResolver {
  constructor(
    private readonly service: CaseStudiesService,
    private readonly groups: GroupsService,
    private readonly themeService: ThemesService,
  ) {}

  @ResolveField(() => CaseStudyConnection, {
    description:
      "The group's published case studies; empty for who may not read its content (a PRIVATE group's outsiders).",
  })
  caseStudies(
    @Parent() group: GroupModel,
    @CurrentViewer() viewer: Viewer,
    @Args() args: GroupCaseStudiesArgs,
  ): Promise<CaseStudyConnection> {
    return this.service.list(viewer, { ...args, filter: null }, group.id);
  }

  @ResolveField(() => [ThemeModel], { description: 'In alphabetical order.' })
  async themes(@Parent() group: GroupModel, @Context() ctx: GraphQLContext): Promise<ThemeModel[]> {
    const ids = await this.groups.themeIdsLoader(ctx.loaders).load(group.id);
    const themes = (await this.themeService.byIdLoader(ctx.loaders).loadMany(ids)).filter(
      (theme): theme is ThemeModel => theme !== null && !(theme instanceof Error),
    );
    return themes.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}
