import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConnectionArgs,
  CurrentUser,
  CurrentViewer,
  Public,
  type Actor,
  type GraphQLContext,
  type Viewer,
} from '@pairs/platform-core';
import { ProfilesService, UserModel } from '@pairs/identity';
import { TerritoryLoaders, TerritoryModel } from '@pairs/territories';
import { GroupConnection } from '../groups/group.model.js';
import { GroupsService } from '../groups/groups.service.js';
import {
  AddOrganizationMemberInput,
  CreateOrganizationInput,
  OrganizationsArgs,
  RemoveOrganizationMemberInput,
  UpdateOrganizationInput,
} from './organization.inputs.js';
import {
  OrganizationConnection,
  OrganizationMemberConnection,
  OrganizationMemberModel,
  OrganizationModel,
} from './organization.model.js';
import { OrganizationsService } from './organizations.service.js';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly groupService: GroupsService,
    private readonly territories: TerritoryLoaders,
  ) {}

  @Public() // the directory of organisations is public
  @Query(() => OrganizationConnection, { description: 'Organisations by name (accents and case ignored).' })
  organizations(
    @CurrentViewer() viewer: Viewer,
    @Args() args: OrganizationsArgs,
  ): Promise<OrganizationConnection> {
    return this.service.list(viewer, args);
  }

  @Public() // organisation pages are public
  @Query(() => OrganizationModel, { nullable: true })
  organization(
    @CurrentViewer() viewer: Viewer,
    @Args('slug') slug: string,
  ): Promise<OrganizationModel | null> {
    return this.service.bySlug(viewer, slug);
  }

  @Mutation(() => OrganizationModel, { description: 'Platform moderators and admins.' })
  createOrganization(
    @CurrentUser() actor: Actor,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationModel> {
    return this.service.create(actor, input);
  }

  @Mutation(() => OrganizationModel, {
    description: "Platform moderators and admins, the organisation's admins.",
  })
  updateOrganization(
    @CurrentUser() actor: Actor,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationModel> {
    return this.service.update(actor, input);
  }

  @Mutation(() => OrganizationModel, {
    description: "Platform admins, the organisation's admins. Also changes the role of a member.",
  })
  addOrganizationMember(
    @CurrentUser() actor: Actor,
    @Args('input') input: AddOrganizationMemberInput,
  ): Promise<OrganizationModel> {
    return this.service.addMember(actor, input);
  }

  @Mutation(() => OrganizationModel, {
    description: "Platform admins, the organisation's admins; never the last admin.",
  })
  removeOrganizationMember(
    @CurrentUser() actor: Actor,
    @Args('input') input: RemoveOrganizationMemberInput,
  ): Promise<OrganizationModel> {
    return this.service.removeMember(actor, input);
  }

  @ResolveField(() => TerritoryModel, { nullable: true, description: 'The area it covers (null: national).' })
  territory(
    @Parent() org: OrganizationModel,
    @Context() ctx: GraphQLContext,
  ): Promise<TerritoryModel | null> | null {
    return org.territoryId ? this.territories.byId(ctx.loaders).load(org.territoryId) : null;
  }

  @ResolveField(() => Int)
  memberCount(@Parent() org: OrganizationModel, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.memberCountLoader(ctx.loaders).load(org.id);
  }

  @ResolveField(() => OrganizationMemberConnection, {
    description: 'Its staff, admins first (public: who to call).',
  })
  members(@Parent() org: OrganizationModel, @Args() args: ConnectionArgs, @Context() ctx: GraphQLContext) {
    return this.service.members(ctx.loaders, org.id, args);
  }

  @ResolveField(() => GroupConnection, { description: 'All its groups, private ones included, by name.' })
  groups(
    @Parent() org: OrganizationModel,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<GroupConnection> {
    return this.groupService.ofOrganization(viewer, ctx.loaders, org.id, args);
  }
}

@Resolver(() => OrganizationMemberModel)
export class OrganizationMemberResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @ResolveField(() => UserModel)
  async user(@Parent() member: OrganizationMemberModel, @Context() ctx: GraphQLContext): Promise<UserModel> {
    const user = await this.profiles.usersLoader(ctx.loaders).load(member.userId);
    if (!user) throw new Error(`User ${member.userId} of organisation ${member.organizationId} is missing`);
    return user;
  }
}

@Resolver(() => OrganizationConnection)
export class OrganizationConnectionResolver {
  constructor(private readonly service: OrganizationsService) {}

  @ResolveField(() => Int, { description: 'Number of organisations with this filter.' })
  totalCount(@Parent() connection: OrganizationConnection, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.totalCount(ctx.loaders, connection);
  }
}
