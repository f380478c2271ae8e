import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, Public, type Connection, type GraphQLContext } from '@pairs/platform-core';
import { TerritoriesArgs } from './territories.args.js';
import { TerritoriesService } from './territories.service.js';
import { parentIdOf, TerritoryKind } from './territory-kind.js';
import { TerritoryLoaders } from './territory.loaders.js';
import { TerritoryConnection, TerritoryModel } from './territory.model.js';

@Resolver(() => TerritoryModel)
export class TerritoryResolver {
  constructor(
    private readonly service: TerritoriesService,
    private readonly loaders: TerritoryLoaders,
  ) {}

  @Public() // anonymous visitors browse territories (profiles, the territory picker of sign-up)
  @Query(() => [TerritoryModel], {
    description:
      'Territories whose name or code matches `search`, best matches first: exact name or code, then names starting with it, then names whose words start with its words; bigger territories first within each group.',
  })
  territories(@Args() args: TerritoriesArgs): Promise<TerritoryModel[]> {
    return this.service.search(args);
  }

  @Public() // anonymous visitors browse territories
  @Query(() => TerritoryModel, {
    nullable: true,
    description:
      'The territory with this code (`51108`, `200070530`, `DEP-71`, `REG-27`), null when unknown.',
  })
  territory(@Args('code') code: string): Promise<TerritoryModel | null> {
    return this.service.findByCode(code);
  }

  @ResolveField(() => TerritoryModel, {
    nullable: true,
    description:
      'The level above: the département of a commune, the région of a département; null otherwise.',
  })
  parent(@Parent() territory: TerritoryModel, @Context() ctx: GraphQLContext) {
    return this.byId(ctx, parentIdOf(territory));
  }

  @ResolveField(() => TerritoryModel, {
    nullable: true,
    description: 'Département of a commune, or of an EPCI whose communes all lie in one.',
  })
  departement(@Parent() territory: TerritoryModel, @Context() ctx: GraphQLContext) {
    return this.byId(ctx, territory.departementId);
  }

  @ResolveField(() => TerritoryModel, {
    nullable: true,
    description: 'Région of a commune or a département, or of an EPCI whose communes all lie in one.',
  })
  region(@Parent() territory: TerritoryModel, @Context() ctx: GraphQLContext) {
    return this.byId(ctx, territory.regionId);
  }

  @ResolveField(() => TerritoryModel, { nullable: true, description: 'EPCI a commune belongs to.' })
  epci(@Parent() territory: TerritoryModel, @Context() ctx: GraphQLContext) {
    return this.byId(ctx, territory.epciId);
  }

  @ResolveField(() => TerritoryConnection, {
    nullable: true,
    description: 'Member communes of an EPCI, largest first; null for other kinds.',
  })
  communes(
    @Parent() territory: TerritoryModel,
    @Context() ctx: GraphQLContext,
    @Args() args: ConnectionArgs,
  ): Promise<Connection<TerritoryModel>> | null {
    if (territory.kind !== TerritoryKind.EPCI) return null;
    const page = this.service.memberPageRequest(args);
    return this.loaders.memberPages(ctx.loaders, page).load(territory.id);
  }

  private byId(ctx: GraphQLContext, id: string | null): Promise<TerritoryModel | null> | null {
    return id ? this.loaders.byId(ctx.loaders).load(id) : null;
  }
}
