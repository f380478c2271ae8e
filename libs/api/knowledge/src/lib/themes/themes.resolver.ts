import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, type Actor, type GraphQLContext } from '@pairs/platform-core';
import { ArchiveThemeInput, CreateThemeInput, MergeThemesInput, UpdateThemeInput } from './theme.inputs.js';
import { ThemeModel } from './theme.model.js';
import { ThemesService } from './themes.service.js';

@Resolver(() => ThemeModel)
export class ThemesResolver {
  constructor(private readonly service: ThemesService) {}

  @Public() // the taxonomy is public: anonymous visitors browse by theme
  @Query(() => [ThemeModel], {
    description: 'Top-level themes with their children (the tree), in display order.',
  })
  themes(
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<ThemeModel[]> {
    return this.service.tree(includeArchived);
  }

  @Public() // the taxonomy is public: anonymous visitors browse by theme
  @Query(() => ThemeModel, {
    nullable: true,
    description: 'A theme by slug; the slug of a merged theme leads to its target.',
  })
  theme(@Args('slug') slug: string): Promise<ThemeModel | null> {
    return this.service.bySlug(slug);
  }

  @ResolveField(() => ThemeModel, { nullable: true })
  parent(@Parent() theme: ThemeModel, @Context() ctx: GraphQLContext): Promise<ThemeModel | null> | null {
    return theme.parentId ? this.service.byIdLoader(ctx.loaders).load(theme.parentId) : null;
  }

  @ResolveField(() => [ThemeModel])
  children(
    @Parent() theme: ThemeModel,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
    @Context() ctx: GraphQLContext,
  ): Promise<ThemeModel[]> {
    return this.service.childrenLoader(ctx.loaders, includeArchived).load(theme.id);
  }

  @Mutation(() => ThemeModel, { description: 'Moderators only.' })
  createTheme(@CurrentUser() actor: Actor, @Args('input') input: CreateThemeInput): Promise<ThemeModel> {
    return this.service.create(actor, input);
  }

  @Mutation(() => ThemeModel, { description: 'Moderators only. Slugs never change.' })
  updateTheme(@CurrentUser() actor: Actor, @Args('input') input: UpdateThemeInput): Promise<ThemeModel> {
    return this.service.update(actor, input);
  }

  @Mutation(() => ThemeModel, { description: 'Moderators only. Archives the theme and its children.' })
  archiveTheme(@CurrentUser() actor: Actor, @Args('input') input: ArchiveThemeInput): Promise<ThemeModel> {
    return this.service.archive(actor, input.id);
  }

  @Mutation(() => ThemeModel, { description: 'Moderators only. Atomic; returns the target theme.' })
  mergeThemes(@CurrentUser() actor: Actor, @Args('input') input: MergeThemesInput): Promise<ThemeModel> {
    return this.service.merge(actor, input);
  }
}
