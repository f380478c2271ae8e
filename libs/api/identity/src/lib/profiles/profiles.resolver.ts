import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  accessPolicy,
  CurrentUser,
  CurrentViewer,
  Public,
  type Actor,
  type GraphQLContext,
  type Viewer,
} from '@pairs/platform-core';
import { TerritoryLoaders, TerritoryModel } from '@pairs/territories';
import { toUserModel } from '../accounts/user.mapper.js';
import { UserModel } from '../accounts/user.model.js';
import { MandateModel } from './mandate.model.js';
import { UpdateProfileInput } from './profile.inputs.js';
import { ProfilesService } from './profiles.service.js';

@Resolver(() => UserModel)
export class ProfilesResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @Public() // public profiles: who wrote this, with which mandate
  @Query(() => UserModel, { nullable: true })
  async user(@Args('handle') handle: string): Promise<UserModel | null> {
    const user = await this.profiles.byHandle(handle);
    return user ? toUserModel(user) : null;
  }

  @Mutation(() => UserModel)
  async updateProfile(
    @CurrentUser() actor: Actor,
    @Args('input') input: UpdateProfileInput,
  ): Promise<UserModel> {
    return toUserModel(await this.profiles.update(actor, input));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Only for the user themself and administrators.',
  })
  email(@Parent() user: UserModel, @CurrentViewer() viewer: Viewer): string | null {
    return accessPolicy.canSeeEmail(viewer, user.id) ? user.emailValue : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Only for the user themself and administrators.',
  })
  emailVerified(@Parent() user: UserModel, @CurrentViewer() viewer: Viewer): boolean | null {
    return accessPolicy.canSeeEmail(viewer, user.id) ? user.emailVerifiedAt !== null : null;
  }

  @ResolveField(() => [MandateModel])
  mandates(@Parent() user: UserModel, @Context() ctx: GraphQLContext): Promise<MandateModel[]> {
    return this.profiles.mandatesLoader(ctx.loaders).load(user.id);
  }
}

@Resolver(() => MandateModel)
export class MandateFieldsResolver {
  constructor(private readonly territories: TerritoryLoaders) {}

  @ResolveField(() => TerritoryModel)
  async territory(
    @Parent() mandate: MandateModel,
    @Context() ctx: GraphQLContext,
  ): Promise<TerritoryModel | null> {
    return this.territories.byId(ctx.loaders).load(mandate.territoryId);
  }
}
