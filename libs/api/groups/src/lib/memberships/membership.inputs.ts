import { Field, ID, InputType } from '@nestjs/graphql';
import { GROUP_LIMITS, GroupRole } from '@pairs/shared-domain';
import '../group-enums.js';

// A malformed id is NOT_FOUND, like an unknown one (checked by the service).

@InputType()
export class JoinGroupInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => String, {
    nullable: true,
    description: `For a REQUEST group: a word to the facilitators, at most ${GROUP_LIMITS.joinMessageMax} characters.`,
  })
  message?: string | null;
}

@InputType()
export class DecideMembershipInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => Boolean)
  accept!: boolean;
}

@InputType()
export class InviteToGroupInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => String)
  handle!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => ID)
  membershipId!: string;
}

@InputType()
export class LeaveGroupInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The last facilitator names an active member of the group who becomes facilitator.',
  })
  newFacilitatorMembershipId?: string | null;
}

@InputType()
export class RemoveGroupMemberInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => Boolean, {
    description: 'true: the person is BANNED and may not join again; false: the row is deleted.',
  })
  ban!: boolean;
}

@InputType()
export class SetGroupRoleInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => GroupRole)
  role!: GroupRole;
}
