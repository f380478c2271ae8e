import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlatformRole } from '@pairs/platform-core';

registerEnumType(PlatformRole, { name: 'UserRole', description: 'Platform role.' });

@ObjectType('User', { description: 'A member of Pairs. Deleted accounts appear as "Compte supprimé".' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'URL-safe name used in profile links and @mentions.' })
  handle!: string;

  @Field()
  displayName!: string;

  @Field()
  bio!: string;

  @Field(() => PlatformRole)
  role!: PlatformRole;

  @Field()
  createdAt!: Date;

  @Field({ description: 'True for an account whose owner deleted it.' })
  deleted!: boolean;

  /** Not exposed directly: `email` and `emailVerified` resolve for the user and admins only. */
  emailValue!: string | null;
  emailVerifiedAt!: Date | null;
}
