import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type Actor } from '@pairs/platform-core';
import { RevokeSessionInput } from './session.inputs.js';
import { SessionModel } from './session.model.js';
import { SessionsService } from './sessions.service.js';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Query(() => [SessionModel], { description: 'Active sessions of the signed-in user, most recent first.' })
  mySessions(@CurrentUser() actor: Actor): Promise<SessionModel[]> {
    return this.sessions.listActive(actor);
  }

  @Mutation(() => Boolean)
  revokeSession(@CurrentUser() actor: Actor, @Args('input') input: RevokeSessionInput): Promise<boolean> {
    return this.sessions.revoke(actor, input.id);
  }
}
