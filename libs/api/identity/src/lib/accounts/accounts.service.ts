import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, DomainEventBus, domainEvent, type Actor } from '@pairs/platform-core';
import { ErrorCode } from '@pairs/shared-domain';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { EmailTokens } from '../email/email-tokens.js';
import { Mailer } from '../mail/mailer.js';
import { verificationMail } from '../mail/mail-templates.js';
import { RATE_LIMITS, RateLimiter } from '../rate-limit/rate-limiter.js';
import { SessionsService, toActor, type RequestMeta } from '../sessions/sessions.service.js';
import type { LoginInput, RegisterInput } from './account.inputs.js';
import { normalizeEmail, normalizeHandle, RESERVED_HANDLES } from './normalize.js';
import { hashPassword, passwordProblems, verifyAgainstDummy, verifyPassword } from './passwords.js';
import type { UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

export const INVALID_CREDENTIALS = 'Invalid email or password';

/** Registration, sign-in and sign-out. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    private readonly tokens: EmailTokens,
    private readonly mailer: Mailer,
    private readonly events: DomainEventBus,
  ) {}

  async register(input: RegisterInput, meta: RequestMeta): Promise<{ user: UserEntity; token: string }> {
    const email = normalizeEmail(input.email);
    const handle = normalizeHandle(input.handle);
    const displayName = input.displayName.trim();
    const problems = passwordProblems(input.password, { email, handle });
    if (displayName.length < 2)
      problems.push({
        field: 'displayName',
        reason: 'minLength',
        message: 'displayName must be 2 to 80 characters',
      });
    if (RESERVED_HANDLES.has(handle))
      problems.push({ field: 'handle', reason: 'reserved', message: 'handle is reserved' });
    if (problems.length) throw DomainError.badInput(problems);
    await this.limiter.hit(`register:ip:${meta.ip}`, RATE_LIMITS.registerPerIp);

    const passwordHash = await hashPassword(input.password);
    const result = await this.dataSource
      .transaction(async (manager) => {
        const taken = await this.users.taken(email, handle, manager);
        if (taken.email || taken.handle) {
          const fields = [
            ...(taken.email
              ? [{ field: 'email', reason: 'taken', message: 'An account already uses this email' }]
              : []),
            ...(taken.handle ? [{ field: 'handle', reason: 'taken', message: 'This handle is taken' }] : []),
          ];
          throw new DomainError(ErrorCode.CONFLICT, 'Email or handle already in use', fields);
        }
        const user = await this.users.insert(
          { email, handle, displayName, passwordHash, role: 'MEMBER' },
          manager,
        );
        const verifyToken = await this.tokens.issue(user.id, 'VERIFY_EMAIL', manager);
        await this.mailer.send(
          verificationMail(email, displayName, this.tokens.verifyUrl(verifyToken)),
          manager,
        );
        const { token } = await this.sessions.create(user.id, meta, manager);
        return { user, token };
      })
      .catch((error: unknown) => {
        // Two registrations racing for the same email or handle: the unique index decides.
        if ((error as { code?: string }).code === '23505')
          throw DomainError.conflict('Email or handle already in use');
        throw error;
      });
    await this.events.publish(
      domainEvent('identity.user-registered', { userId: result.user.id }, result.user.id),
    );
    return result;
  }

  /** Same answer and similar time for an unknown email and a wrong password (no enumeration). */
  async login(input: LoginInput, meta: RequestMeta): Promise<{ user: UserEntity; token: string }> {
    const email = normalizeEmail(input.email);
    await this.limiter.hit(`login:ip:${meta.ip}`, RATE_LIMITS.loginPerIp);
    await this.limiter.hit(`login:account:${email}`, RATE_LIMITS.loginPerAccount);
    const user = await this.users.findByEmail(email);
    const valid = user?.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!user || !valid) throw DomainError.unauthenticated(INVALID_CREDENTIALS);
    if (user.suspendedAt) throw DomainError.forbidden('This account is suspended');
    await this.limiter.reset(`login:account:${email}`);
    const { token } = await this.sessions.create(user.id, meta);
    return { user, token };
  }

  async logout(actor: Actor): Promise<boolean> {
    if (actor.sessionId) await this.sessions.revokeById(actor.sessionId);
    return true;
  }

  actorOf(user: UserEntity): Actor {
    return toActor(user);
  }

  get sessionTtlMs(): number {
    return this.sessions.ttlMs;
  }

  get secureCookies(): boolean {
    return this.options.isProduction;
  }
}
