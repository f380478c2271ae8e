import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MANDATE_ROLES, type MandateRole } from './mandate-role.js';

export const MandateRoleEnum = Object.fromEntries(MANDATE_ROLES.map((r) => [r, r])) as {
  [K in MandateRole]: K;
};
registerEnumType(MandateRoleEnum, {
  name: 'MandateRole',
  description: 'Office held by an élu (or agent position).',
});

@ObjectType('Mandate', { description: 'An office held in a territory, verified or not by a moderator.' })
export class MandateModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MandateRoleEnum)
  role!: MandateRole;

  @Field({ description: 'Checked by a moderator.' })
  verified!: boolean;

  /** Resolved through the territories loader. */
  territoryId!: string;
  userId!: string;
}
