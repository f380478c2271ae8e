import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentUser,
  CurrentViewer,
  Public,
  type Actor,
  type GraphQLContext,
  type Viewer,
} from '@pairs/platform-core';
import { EmailFlowsService } from '../email/email-flows.service.js';
import { clearSessionCookie, requestMeta, setSessionCookie } from '../sessions/session-cookie.js';
import {
  LoginInput,
  RegisterInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  VerifyEmailInput,
} from './account.inputs.js';
import { AccountsService } from './accounts.service.js';
import { toUserModel } from './user.mapper.js';
import { UserModel } from './user.model.js';
import { ProfilesService } from '../profiles/profiles.service.js';

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly emailFlows: EmailFlowsService,
    private readonly profiles: ProfilesService,
  ) {}

  @Public() // anonymous visitors ask who they are (null)
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, null for anonymous visitors.' })
  async me(@CurrentViewer() viewer: Viewer): Promise<UserModel | null> {
    if (!viewer) return null;
    const user = await this.profiles.byId(viewer.id);
    return user ? toUserModel(user) : null;
  }

  @Public() // creating an account is what anonymous visitors do
  @Mutation(() => UserModel)
  async register(@Args('input') input: RegisterInput, @Context() ctx: GraphQLContext): Promise<UserModel> {
    const { user, token } = await this.accounts.register(input, requestMeta(ctx));
    setSessionCookie(ctx, token, this.accounts.sessionTtlMs, this.accounts.secureCookies);
    ctx.viewer = this.accounts.actorOf(user);
    return toUserModel(user);
  }

  @Public() // signing in is what anonymous visitors do
  @Mutation(() => UserModel)
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphQLContext): Promise<UserModel> {
    const { user, token } = await this.accounts.login(input, requestMeta(ctx));
    setSessionCookie(ctx, token, this.accounts.sessionTtlMs, this.accounts.secureCookies);
    ctx.viewer = this.accounts.actorOf(user);
    return toUserModel(user);
  }

  @Mutation(() => Boolean)
  async logout(@CurrentUser() actor: Actor, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.accounts.logout(actor);
    clearSessionCookie(ctx, this.accounts.secureCookies);
    return true;
  }

  @Public() // the link in the mail works without being signed in
  @Mutation(() => UserModel)
  async verifyEmail(@Args('input') input: VerifyEmailInput): Promise<UserModel> {
    return toUserModel(await this.emailFlows.verifyEmail(input.token));
  }

  @Mutation(() => Boolean)
  resendVerification(@CurrentUser() actor: Actor): Promise<boolean> {
    return this.emailFlows.resendVerification(actor);
  }

  @Public() // people who forgot their password are not signed in
  @Mutation(() => Boolean, {
    description: 'Always true: it does not tell whether the address has an account.',
  })
  requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.emailFlows.requestPasswordReset(input.email, requestMeta(ctx));
  }

  @Public() // the link in the mail works without being signed in
  @Mutation(() => Boolean, { description: 'Sets a new password and signs out every session.' })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.emailFlows.resetPassword(input.token, input.password);
  }
}
