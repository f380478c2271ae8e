import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@pairs/platform-core';
import { GROUP_LIMITS, GroupJoinPolicy, GroupMembershipStatus, GroupVisibility } from '@pairs/shared-domain';
import '../group-enums.js';

// Lengths and references are checked by the service (every problem at once, with its field path);
// a malformed id is NOT_FOUND, like an unknown one.

@InputType()
export class CreateGroupInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { description: `${GROUP_LIMITS.nameMin} to ${GROUP_LIMITS.nameMax} characters.` })
  name!: string;

  @Field(() => String, { nullable: true, description: `At most ${GROUP_LIMITS.descriptionMax} characters.` })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: `Up to ${GROUP_LIMITS.themesMax} active themes.` })
  themeSlugs?: string[] | null;

  @Field(() => GroupVisibility)
  visibility!: GroupVisibility;

  @Field(() => GroupJoinPolicy)
  joinPolicy!: GroupJoinPolicy;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Joining needs a verified mandate (false by default).',
  })
  requiresVerifiedMandate?: boolean | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateGroupInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the themes.' })
  themeSlugs?: string[] | null;

  @Field(() => GroupVisibility, {
    nullable: true,
    description: 'PRIVATE → PUBLIC on a group holding threads or case studies: platform moderators only.',
  })
  visibility?: GroupVisibility | null;

  @Field(() => GroupJoinPolicy, { nullable: true })
  joinPolicy?: GroupJoinPolicy | null;

  @Field(() => Boolean, { nullable: true })
  requiresVerifiedMandate?: boolean | null;
}

@InputType()
export class GroupFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Groups with one of these themes (or their sub-themes).',
  })
  themeSlugs?: string[] | null;

  @Field(() => String, { nullable: true })
  organizationSlug?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Groups where the viewer is ACTIVE (needs sign-in).' })
  mine?: boolean | null;
}

@ArgsType()
export class GroupsArgs extends ConnectionArgs {
  @Field(() => GroupFilter, { nullable: true })
  filter?: GroupFilter | null;
}

@ArgsType()
export class GroupMembersArgs extends ConnectionArgs {
  @Field(() => GroupMembershipStatus, { nullable: true, defaultValue: GroupMembershipStatus.ACTIVE })
  status?: GroupMembershipStatus | null;
}
