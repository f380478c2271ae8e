import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, type GroupFacts } from '@pairs/platform-core';
import { GroupJoinPolicy, GroupMembershipStatus, GroupRole, GroupVisibility } from '@pairs/shared-domain';
import '../group-enums.js';

@ObjectType('GroupPermissions', { description: 'What the viewer may do with this group.' })
export class GroupPermissionsModel {
  @Field(() => Boolean, { description: "Read the group's threads, case studies and members." })
  readContent!: boolean;

  @Field(() => Boolean, {
    description:
      'joinGroup would succeed now (OPEN or REQUEST policy or an invitation, not banned, mandate ok).',
  })
  join!: boolean;

  @Field(() => Boolean, { description: 'Post threads, replies and case studies in it (active members).' })
  post!: boolean;

  @Field(() => Boolean, { description: "Edit it (its organisation's admins, platform moderators)." })
  update!: boolean;

  @Field(() => Boolean, {
    description:
      'Decide requests, invite, remove, ban, set roles (facilitators, org admins, platform moderators).',
  })
  manageMembers!: boolean;

  @Field(() => Boolean, { description: 'Pin, lock, unlock its threads (facilitators, platform moderators).' })
  moderate!: boolean;
}

@ObjectType('GroupMembership', { description: "A person's membership of a group, in one of its states." })
export class GroupMembershipModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GroupMembershipStatus)
  status!: GroupMembershipStatus;

  @Field(() => GroupRole)
  role!: GroupRole;

  @Field(() => String, {
    nullable: true,
    description: 'The join request’s message: for the person themself and those who manage members.',
  })
  message!: string | null;

  @Field(() => Date, { description: 'When the request, invitation or membership started.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a request was decided or an invitation accepted.' })
  decidedAt!: Date | null;

  groupId!: string;
  userId!: string;
  /** `created_at` as exact text, for cursors. */
  sortKey!: string;
}

@ObjectType('Group', { description: 'A peer group run by an organisation, PUBLIC or PRIVATE.' })
export class GroupModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => GroupVisibility)
  visibility!: GroupVisibility;

  @Field(() => GroupJoinPolicy)
  joinPolicy!: GroupJoinPolicy;

  @Field(() => Boolean, { description: 'Joining needs a mandate verified by a moderator.' })
  requiresVerifiedMandate!: boolean;

  @Field(() => Int, { description: 'ACTIVE members.' })
  memberCount!: number;

  @Field(() => GroupMembershipModel, {
    nullable: true,
    description: "The viewer's membership, in any state; null when anonymous or never joined.",
  })
  viewerMembership!: GroupMembershipModel | null;

  @Field(() => GroupPermissionsModel)
  viewerCan!: GroupPermissionsModel;

  @Field(() => Date)
  createdAt!: Date;

  organizationId!: string;
  /** The viewer's facts for the policy (membership, organisation role, mandate). */
  facts!: GroupFacts;
}

export const GroupMembershipConnection = ConnectionType(GroupMembershipModel, 'GroupMembership', {
  totalCount: true,
});

@ObjectType('GroupConnection', { description: 'By name, accents and case ignored.' })
export class GroupConnection extends ConnectionType(GroupModel, 'Group', { extensible: true }) {
  /** The resolved filter, kept for the lazily computed `totalCount`. */
  query!: unknown;
}
