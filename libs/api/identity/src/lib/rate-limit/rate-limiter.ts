import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '@pairs/platform-core';

export interface RateLimit {
  /** Attempts allowed per window. */
  max: number;
  windowSeconds: number;
}

/** Limits of issue 3 (per IP and per account), in one place. */
export const RATE_LIMITS = {
  loginPerIp: { max: 30, windowSeconds: 15 * 60 },
  loginPerAccount: { max: 10, windowSeconds: 15 * 60 },
  registerPerIp: { max: 10, windowSeconds: 60 * 60 },
  passwordResetPerIp: { max: 10, windowSeconds: 60 * 60 },
  passwordResetPerAccount: { max: 3, windowSeconds: 60 * 60 },
  resendVerificationPerAccount: { max: 3, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimit>;

/**
 * Fixed-window counters in PostgreSQL: one atomic upsert per attempt, shared by every API
 * instance. Only write paths (sign-in, sign-up, mails) are limited, so anonymous reads stay
 * free of writes.
 */
@Injectable()
export class RateLimiter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts one attempt; throws RATE_LIMITED (with `retryAfterSeconds`) once over the limit. */
  async hit(key: string, limit: RateLimit, now = new Date()): Promise<void> {
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const rows: Array<{ count: number }> = await this.dataSource.query(
      `INSERT INTO rate_limit_bucket (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_bucket.count + 1
       RETURNING count`,
      [key.slice(0, 200), windowStart],
    );
    if ((rows[0]?.count ?? 0) > limit.max) {
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000),
      );
      throw DomainError.rateLimited(retryAfterSeconds);
    }
  }

  /** Forgets the attempts of a key (a successful sign-in clears the account's failures). */
  async reset(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE key = $1`, [key.slice(0, 200)]);
  }

  /** Drops expired windows; called opportunistically. */
  async prune(olderThan: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE window_start < $1`, [olderThan]);
  }
}
