import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, type Actor } from '@pairs/platform-core';
import { ErrorCode } from '@pairs/shared-domain';
import { normalizeEmail } from '../accounts/normalize.js';
import { hashPassword, passwordProblems } from '../accounts/passwords.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { UsersRepository } from '../accounts/users.repository.js';
import { Mailer } from '../mail/mailer.js';
import { passwordResetMail, verificationMail } from '../mail/mail-templates.js';
import { RATE_LIMITS, RateLimiter } from '../rate-limit/rate-limiter.js';
import { SessionsService, type RequestMeta } from '../sessions/sessions.service.js';
import { EmailTokens } from './email-tokens.js';

const INVALID_TOKEN = 'This link is invalid or has expired';

/** Email verification and password reset. */
@Injectable()
export class EmailFlowsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly tokens: EmailTokens,
    private readonly mailer: Mailer,
    private readonly limiter: RateLimiter,
    private readonly sessions: SessionsService,
  ) {}

  async verifyEmail(token: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(token, 'VERIFY_EMAIL', manager);
      const user = userId ? await this.users.findById(userId, manager) : null;
      if (!user || user.deletedAt) throw DomainError.badField('token', 'invalid', INVALID_TOKEN);
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await this.users.update(user.id, { emailVerifiedAt: user.emailVerifiedAt }, manager);
      }
      return user;
    });
  }

  async resendVerification(actor: Actor): Promise<boolean> {
    const user = await this.users.findById(actor.id);
    if (!user?.email) throw DomainError.notFound('User');
    if (user.emailVerifiedAt) throw new DomainError(ErrorCode.CONFLICT, 'Email already verified');
    await this.limiter.hit(`verify:account:${user.id}`, RATE_LIMITS.resendVerificationPerAccount);
    await this.dataSource.transaction(async (manager) => {
      const token = await this.tokens.issue(user.id, 'VERIFY_EMAIL', manager);
      await this.mailer.send(
        verificationMail(user.email!, user.displayName, this.tokens.verifyUrl(token)),
        manager,
      );
    });
    return true;
  }

  /** Same answer whether the address exists or not. */
  async requestPasswordReset(rawEmail: string, meta: RequestMeta): Promise<boolean> {
    const email = normalizeEmail(rawEmail);
    await this.limiter.hit(`reset:ip:${meta.ip}`, RATE_LIMITS.passwordResetPerIp);
    const user = await this.users.findByEmail(email);
    if (!user || user.suspendedAt) return true;
    try {
      await this.limiter.hit(`reset:account:${user.id}`, RATE_LIMITS.passwordResetPerAccount);
    } catch {
      return true; // over the per-account limit: silently send nothing, as for an unknown address
    }
    await this.dataSource.transaction(async (manager) => {
      const token = await this.tokens.issue(user.id, 'RESET_PASSWORD', manager);
      await this.mailer.send(
        passwordResetMail(email, user.displayName, this.tokens.resetUrl(token)),
        manager,
      );
    });
    return true;
  }

  /** Sets the new password and revokes every session (a stolen one stops working). */
  async resetPassword(token: string, password: string): Promise<boolean> {
    const problems = passwordProblems(password);
    if (problems.length) throw DomainError.badInput(problems);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(token, 'RESET_PASSWORD', manager);
      const user = userId ? await this.users.findById(userId, manager) : null;
      if (!user || user.deletedAt) throw DomainError.badField('token', 'invalid', INVALID_TOKEN);
      // Following the mailed link proves the address too.
      await this.users.update(
        user.id,
        { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() },
        manager,
      );
      await this.sessions.revokeAll(user.id, manager);
    });
    return true;
  }
}
