import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@pairs/platform-core';
import { GROUP_LIMITS, OrganizationKind, OrganizationRole } from '@pairs/shared-domain';
import '../group-enums.js';

// Lengths, addresses and references are checked by the service, which reports every problem of an
// input at once with its field path. Ids are checked there too: a malformed id is NOT_FOUND, like
// an unknown one.

@InputType()
export class CreateOrganizationInput {
  @Field(() => String, { description: `1 to ${GROUP_LIMITS.organizationNameMax} characters.` })
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => String, {
    nullable: true,
    description: `At most ${GROUP_LIMITS.organizationDescriptionMax} characters.`,
  })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) address.' })
  website?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The area it covers (`DEP-71`, `200070530`…); none: national.',
  })
  territoryCode?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears `website` and `territoryCode`.' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  territoryCode?: string | null;
}

@InputType({ description: 'Adds a member, or changes the role of one.' })
export class AddOrganizationMemberInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => OrganizationRole)
  role!: OrganizationRole;
}

@InputType()
export class RemoveOrganizationMemberInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  userId!: string;
}

@InputType()
export class OrganizationFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Organisations covering this territory: itself, its EPCI, département and région.',
  })
  territoryCode?: string | null;

  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @Field(() => String, { nullable: true, description: 'Words of the name (accents and case ignored).' })
  search?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  filter?: OrganizationFilter | null;
}
