import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, type Actor } from '@pairs/platform-core';
import { toUserModel } from '../accounts/user.mapper.js';
import { UserModel } from '../accounts/user.model.js';
import { VerifyMandateInput } from '../profiles/profile.inputs.js';
import { SetUserRoleInput } from './role.inputs.js';
import { RolesService } from './roles.service.js';

@Resolver()
export class RolesResolver {
  constructor(private readonly roles: RolesService) {}

  @Mutation(() => UserModel, { description: 'Administrators only.' })
  async setUserRole(@CurrentUser() actor: Actor, @Args('input') input: SetUserRoleInput): Promise<UserModel> {
    return toUserModel(await this.roles.setUserRole(actor, input.userId, input.role));
  }

  @Mutation(() => UserModel, { description: 'Moderators only. Returns the mandate holder.' })
  async verifyMandate(
    @CurrentUser() actor: Actor,
    @Args('input') input: VerifyMandateInput,
  ): Promise<UserModel> {
    return toUserModel(await this.roles.verifyMandate(actor, input.mandateId, input.verified));
  }
}
