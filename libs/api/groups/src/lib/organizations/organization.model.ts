import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@pairs/platform-core';
import { OrganizationKind, OrganizationRole } from '@pairs/shared-domain';
import '../group-enums.js';

@ObjectType('OrganizationPermissions', { description: 'What the viewer may do with this organisation.' })
export class OrganizationPermissionsModel {
  @Field(() => Boolean, { description: 'Edit its name, kind, description, website, territory.' })
  update!: boolean;

  @Field(() => Boolean, { description: 'Add and remove its members, change their roles.' })
  manageMembers!: boolean;

  @Field(() => Boolean)
  createGroup!: boolean;
}

@ObjectType('Organization', {
  description: 'A hub de territoire, an agency or an association that runs peer groups.',
})
export class OrganizationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) address.' })
  website!: string | null;

  @Field(() => OrganizationRole, {
    nullable: true,
    description: "The viewer's role; null when not a member.",
  })
  viewerRole!: OrganizationRole | null;

  @Field(() => OrganizationPermissionsModel)
  viewerCan!: OrganizationPermissionsModel;

  @Field(() => Date)
  createdAt!: Date;

  /** The area it covers (null: national). */
  territoryId!: string | null;
}

@ObjectType('OrganizationMember', { description: 'A person of the organisation’s staff.' })
export class OrganizationMemberModel {
  @Field(() => OrganizationRole)
  role!: OrganizationRole;

  @Field(() => Date, { description: 'Member of the organisation since.' })
  since!: Date;

  userId!: string;
  organizationId!: string;
  /** `created_at` as exact text, for cursors. */
  sortKey!: string;
}

export const OrganizationMemberConnection = ConnectionType(OrganizationMemberModel, 'OrganizationMember', {
  totalCount: true,
});

@ObjectType('OrganizationConnection', { description: 'By name, accents and case ignored.' })
export class OrganizationConnection extends ConnectionType(OrganizationModel, 'Organization', {
  extensible: true,
}) {
  /** The resolved filter, kept for the lazily computed `totalCount`. */
  query!: unknown;
}
