import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { PlatformRole } from '@pairs/platform-core';

@InputType()
export class SetUserRoleInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => PlatformRole)
  @IsIn(Object.values(PlatformRole))
  role!: PlatformRole;
}
