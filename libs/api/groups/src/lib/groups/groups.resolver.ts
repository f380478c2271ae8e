import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentUser,
  CurrentViewer,
  Public,
  type Actor,
  type GraphQLContext,
  type Viewer,
} from '@pairs/platform-core';
import { ProfilesService, UserModel } from '@pairs/identity';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { CreateGroupInput, GroupMembersArgs, GroupsArgs, UpdateGroupInput } from './group.inputs.js';
import { GroupConnection, GroupMembershipConnection, GroupModel } from './group.model.js';
import { GroupsService } from './groups.service.js';

const present = <T>(items: ReadonlyArray<T | null | Error>): T[] =>
  items.filter((x): x is T => x !== null && !(x instanceof Error));

@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(
    private readonly service: GroupsService,
    private readonly organizations: OrganizationsService,
    private readonly profiles: ProfilesService,
  ) {}

  @Public() // groups are listed publicly, private ones included (name, description, organisation)
  @Query(() => GroupConnection, {
    description: 'Groups by name; private groups are listed too (not their content).',
  })
  groups(@CurrentViewer() viewer: Viewer, @Args() args: GroupsArgs): Promise<GroupConnection> {
    return this.service.list(viewer, args);
  }

  @Public() // a group's page is public; its content and members follow the policy
  @Query(() => GroupModel, { nullable: true })
  group(@CurrentViewer() viewer: Viewer, @Args('slug') slug: string): Promise<GroupModel | null> {
    return this.service.bySlug(viewer, slug);
  }

  @Mutation(() => GroupModel, {
    description: "The organisation's admins and platform admins; the creator becomes an ACTIVE FACILITATOR.",
  })
  createGroup(@CurrentUser() actor: Actor, @Args('input') input: CreateGroupInput): Promise<GroupModel> {
    return this.service.create(actor, input);
  }

  @Mutation(() => GroupModel, {
    description:
      "The organisation's admins, platform moderators. PRIVATE → PUBLIC on a group holding content: platform moderators only.",
  })
  updateGroup(@CurrentUser() actor: Actor, @Args('input') input: UpdateGroupInput): Promise<GroupModel> {
    return this.service.update(actor, input);
  }

  @ResolveField(() => OrganizationModel)
  async organization(
    @Parent() group: GroupModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<OrganizationModel> {
    const org = await this.organizations.byIdLoader(ctx.loaders, viewer).load(group.organizationId);
    if (!org) throw new Error(`Organisation ${group.organizationId} of group ${group.id} is missing`);
    return org;
  }

  @ResolveField(() => [UserModel], { description: 'Its active facilitators (public: who runs the group).' })
  async facilitators(@Parent() group: GroupModel, @Context() ctx: GraphQLContext): Promise<UserModel[]> {
    const ids = await this.service.facilitatorIdsLoader(ctx.loaders).load(group.id);
    return present(await this.profiles.usersLoader(ctx.loaders).loadMany(ids));
  }

  @ResolveField(() => GroupMembershipConnection, {
    description:
      'ACTIVE members by default (PUBLIC group: anyone; PRIVATE: its members, org admins, platform moderators). ' +
      'Other states: those who manage members. Others get an empty connection.',
  })
  members(
    @Parent() group: GroupModel,
    @Args() args: GroupMembersArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ) {
    return this.service.members(viewer, ctx.loaders, group, args);
  }
}

@Resolver(() => GroupConnection)
export class GroupConnectionResolver {
  constructor(private readonly service: GroupsService) {}

  @ResolveField(() => Int, { description: 'Number of groups with this filter.' })
  totalCount(@Parent() connection: GroupConnection, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.totalCount(ctx.loaders, connection);
  }
}
