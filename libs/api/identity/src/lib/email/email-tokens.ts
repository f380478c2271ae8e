import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { digest, newSecret } from './tokens.js';
import { TokenPurpose, UserTokenEntity } from './user-token.entity.js';

const LIFETIME_MS: Record<TokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
};

/** Single-use, expiring tokens mailed to users; only their digest is stored. */
@Injectable()
export class EmailTokens {
  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    @InjectRepository(UserTokenEntity) private readonly tokens: Repository<UserTokenEntity>,
  ) {}

  async issue(userId: string, purpose: TokenPurpose, manager?: EntityManager): Promise<string> {
    const repo = manager ? manager.getRepository(UserTokenEntity) : this.tokens;
    // A new token replaces the earlier ones of the same purpose.
    await repo.update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const secret = newSecret();
    await repo.insert({
      userId,
      purpose,
      tokenHash: digest(secret),
      expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
    });
    return secret;
  }

  /**
   * Marks the token used and returns its user id, atomically (a token works once even under
   * concurrent requests); null when unknown, expired, used or of another purpose.
   */
  async consume(secret: string, purpose: TokenPurpose, manager: EntityManager): Promise<string | null> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `UPDATE user_token SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [digest(secret), purpose],
    );
    // TypeORM returns [rows, count] for UPDATE … RETURNING on PostgreSQL.
    const list = (Array.isArray(rows[0]) ? rows[0] : rows) as Array<{ user_id: string }>;
    return list[0]?.user_id ?? null;
  }

  verifyUrl(secret: string): string {
    return `${this.options.publicUrl}/verifier-email?token=${encodeURIComponent(secret)}`;
  }

  resetUrl(secret: string): string {
    return `${this.options.publicUrl}/reinitialiser-mot-de-passe?token=${encodeURIComponent(secret)}`;
  }
}
