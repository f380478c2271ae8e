import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoriesModule } from '@pairs/territories';
import { AccountsResolver } from './accounts/accounts.resolver.js';
import { AccountsService } from './accounts/accounts.service.js';
import { UserEntity } from './accounts/user.entity.js';
import { UsersRepository } from './accounts/users.repository.js';
import { EmailFlowsService } from './email/email-flows.service.js';
import { EmailTokens } from './email/email-tokens.js';
import { UserTokenEntity } from './email/user-token.entity.js';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options.js';
import { Mailer } from './mail/mailer.js';
import { OutboxMailEntity } from './mail/outbox-mail.entity.js';
import { OutboxController } from './mail/outbox.controller.js';
import { PrivacyResolver } from './privacy/privacy.resolver.js';
import { PrivacyService } from './privacy/privacy.service.js';
import { MandateEntity } from './profiles/mandate.entity.js';
import { MandatesRepository } from './profiles/mandates.repository.js';
import { MandateFieldsResolver, ProfilesResolver } from './profiles/profiles.resolver.js';
import { ProfilesService } from './profiles/profiles.service.js';
import { RateLimitBucketEntity } from './rate-limit/rate-limit-bucket.entity.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { RolesResolver } from './roles/roles.resolver.js';
import { RolesService } from './roles/roles.service.js';
import { SessionEntity } from './sessions/session.entity.js';
import { SessionsResolver } from './sessions/sessions.resolver.js';
import { SessionsService } from './sessions/sessions.service.js';
import { IdentitySeeder } from './seed/identity-seeder.js';

/** Resolvers of the identity context, also listed for schema generation. */
export const IDENTITY_RESOLVERS = [
  AccountsResolver,
  SessionsResolver,
  ProfilesResolver,
  MandateFieldsResolver,
  RolesResolver,
  PrivacyResolver,
];

export const IDENTITY_ENTITIES = [
  UserEntity,
  SessionEntity,
  UserTokenEntity,
  MandateEntity,
  OutboxMailEntity,
  RateLimitBucketEntity,
];

/**
 * Accounts, sessions, email flows, profiles with mandates, roles and RGPD rights. Global, so
 * the GraphQL context factory can resolve viewers through `SessionsService`.
 */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), TerritoriesModule],
      controllers: [OutboxController],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        UsersRepository,
        MandatesRepository,
        RateLimiter,
        EmailTokens,
        Mailer,
        SessionsService,
        AccountsService,
        EmailFlowsService,
        ProfilesService,
        RolesService,
        PrivacyService,
        IdentitySeeder,
        ...IDENTITY_RESOLVERS,
      ],
      exports: [SessionsService, ProfilesService, UsersRepository, IdentitySeeder, IDENTITY_OPTIONS],
    };
  }
}
