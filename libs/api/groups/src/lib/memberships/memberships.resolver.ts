import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentUser,
  CurrentViewer,
  type Actor,
  type GraphQLContext,
  type Viewer,
} from '@pairs/platform-core';
import { GroupMembershipStatus } from '@pairs/shared-domain';
import { ProfilesService, UserModel } from '@pairs/identity';
import { GroupMembershipModel, GroupModel } from '../groups/group.model.js';
import { GroupsService } from '../groups/groups.service.js';
import {
  AcceptInvitationInput,
  DecideMembershipInput,
  InviteToGroupInput,
  JoinGroupInput,
  LeaveGroupInput,
  RemoveGroupMemberInput,
  SetGroupRoleInput,
} from './membership.inputs.js';
import { MembershipsService } from './memberships.service.js';

@Resolver(() => GroupMembershipModel)
export class MembershipsResolver {
  constructor(
    private readonly service: MembershipsService,
    private readonly groups: GroupsService,
    private readonly profiles: ProfilesService,
  ) {}

  @Query(() => [GroupMembershipModel], {
    description: "The viewer's memberships (invitations: INVITED), newest first; every state by default.",
  })
  myGroupMemberships(
    @CurrentUser() actor: Actor,
    @Args('statuses', { type: () => [GroupMembershipStatus], nullable: true })
    statuses?: GroupMembershipStatus[] | null,
  ): Promise<GroupMembershipModel[]> {
    return this.service.mine(actor, statuses);
  }

  @Mutation(() => GroupMembershipModel, {
    description:
      'OPEN → ACTIVE, REQUEST → PENDING, INVITE → FORBIDDEN; an invitation → ACTIVE; REJECTED may ask again. ' +
      'Verified email, and a verified mandate when the group requires one.',
  })
  joinGroup(
    @CurrentUser() actor: Actor,
    @Args('input') input: JoinGroupInput,
  ): Promise<GroupMembershipModel> {
    return this.service.join(actor, input);
  }

  @Mutation(() => GroupMembershipModel, {
    description:
      'PENDING → ACTIVE or REJECTED: facilitators, org admins, platform moderators; not on one’s own request.',
  })
  decideMembership(
    @CurrentUser() actor: Actor,
    @Args('input') input: DecideMembershipInput,
  ): Promise<GroupMembershipModel> {
    return this.service.decide(actor, input);
  }

  @Mutation(() => GroupMembershipModel, {
    description:
      'Managers: → INVITED (none or REJECTED); a PENDING request → ACTIVE; ACTIVE, INVITED, BANNED → CONFLICT.',
  })
  inviteToGroup(
    @CurrentUser() actor: Actor,
    @Args('input') input: InviteToGroupInput,
  ): Promise<GroupMembershipModel> {
    return this.service.invite(actor, input);
  }

  @Mutation(() => GroupMembershipModel, { description: 'The invited person: INVITED → ACTIVE.' })
  acceptInvitation(
    @CurrentUser() actor: Actor,
    @Args('input') input: AcceptInvitationInput,
  ): Promise<GroupMembershipModel> {
    return this.service.acceptInvitation(actor, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Leave (ACTIVE), withdraw a request (PENDING) or decline an invitation (INVITED). ' +
      'The last facilitator names an active member who takes over.',
  })
  leaveGroup(@CurrentUser() actor: Actor, @Args('input') input: LeaveGroupInput): Promise<boolean> {
    return this.service.leave(actor, input);
  }

  @Mutation(() => GroupModel, {
    description: 'Managers: ban: false deletes the membership (and lifts a ban), ban: true makes it BANNED.',
  })
  removeGroupMember(
    @CurrentUser() actor: Actor,
    @Args('input') input: RemoveGroupMemberInput,
  ): Promise<GroupModel> {
    return this.service.remove(actor, input);
  }

  @Mutation(() => GroupMembershipModel, {
    description: 'Managers, on ACTIVE members; a group keeps at least one facilitator.',
  })
  setGroupRole(
    @CurrentUser() actor: Actor,
    @Args('input') input: SetGroupRoleInput,
  ): Promise<GroupMembershipModel> {
    return this.service.setRole(actor, input);
  }

  @ResolveField(() => UserModel)
  async user(@Parent() membership: GroupMembershipModel, @Context() ctx: GraphQLContext): Promise<UserModel> {
    const user = await this.profiles.usersLoader(ctx.loaders).load(membership.userId);
    if (!user) throw new Error(`User ${membership.userId} of membership ${membership.id} is missing`);
    return user;
  }

  @ResolveField(() => GroupModel)
  async group(
    @Parent() membership: GroupMembershipModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
  ): Promise<GroupModel> {
    const group = await this.groups.byIdLoader(ctx.loaders, viewer).load(membership.groupId);
    if (!group) throw new Error(`Group ${membership.groupId} of membership ${membership.id} is missing`);
    return group;
  }
}
