import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, JSONScalar, type Actor, type GraphQLContext } from '@pairs/platform-core';
import { clearSessionCookie } from '../sessions/session-cookie.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { Inject } from '@nestjs/common';
import { DeleteMyAccountInput } from './privacy.inputs.js';
import { PrivacyService } from './privacy.service.js';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly privacy: PrivacyService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  @Query(() => JSONScalar, { description: 'All personal data Pairs holds on the signed-in user (RGPD).' })
  exportMyData(@CurrentUser() actor: Actor): Promise<Record<string, unknown>> {
    return this.privacy.export(actor);
  }

  @Mutation(() => Boolean, {
    description: 'Erases personal data; contributions stay, attributed to "Compte supprimé".',
  })
  async deleteMyAccount(
    @CurrentUser() actor: Actor,
    @Args('input') input: DeleteMyAccountInput,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.privacy.deleteAccount(actor, input.password);
    clearSessionCookie(ctx, this.options.isProduction);
    return true;
  }
}
