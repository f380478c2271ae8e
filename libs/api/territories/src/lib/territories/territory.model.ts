import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@pairs/platform-core';
import { TerritoryKind } from './territory-kind.js';

registerEnumType(TerritoryKind, {
  name: 'TerritoryKind',
  description: 'Level of the administrative map.',
  valuesMap: {
    REGION: { description: 'Région (`REG-<code>`).' },
    DEPARTEMENT: { description: 'Département (`DEP-<code>`).' },
    EPCI: { description: 'Établissement public de coopération intercommunale (SIREN).' },
    COMMUNE: { description: 'Commune (INSEE code).' },
  },
});

@ObjectType('Territory', {
  description: 'A région, département, EPCI or commune of the official administrative map.',
})
export class TerritoryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description:
      'Unique across kinds: the INSEE code of a commune (`51108`), the SIREN of an EPCI (`200070530`), `DEP-71`, `REG-27`. Every `territoryCode` argument takes this form.',
  })
  code!: string;

  @Field(() => TerritoryKind)
  kind!: TerritoryKind;

  @Field(() => String, {
    description: 'The raw official code (INSEE or SIREN), which may collide across kinds.',
  })
  inseeCode!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Municipal population (INSEE); for départements and régions, the sum of their communes.',
  })
  population!: number | null;

  // Links read by the relation fields through loaders; not part of the GraphQL type.
  regionId!: string | null;
  departementId!: string | null;
  epciId!: string | null;
}

export const TerritoryConnection = ConnectionType(TerritoryModel, 'Territory', { totalCount: true });
