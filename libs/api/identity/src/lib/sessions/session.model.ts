import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session', { description: 'A signed-in browser or device of the current user.' })
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field()
  lastSeenAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'IP address seen at sign-in or last activity.' })
  ip!: string;

  @Field()
  userAgent!: string;

  @Field({ description: 'True for the session making this request.' })
  current!: boolean;
}
