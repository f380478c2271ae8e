import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Not, type EntityManager, type Repository } from 'typeorm';
import {
  accessPolicy,
  DomainError,
  type Actor,
  type RequestCredentials,
  type ViewerResolver,
} from '@pairs/platform-core';
import { digest, newSecret } from '../email/tokens.js';
import { IDENTITY_OPTIONS, SESSION_COOKIE, type IdentityOptions } from '../identity-options.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { SessionEntity } from './session.entity.js';
import type { SessionModel } from './session.model.js';

/** Activity younger than this does not move the expiry: reads stay free of writes most of the time. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export interface RequestMeta {
  ip: string;
  userAgent: string;
}

/**
 * Sessions: an opaque random token in an httpOnly cookie, stored hashed, with a sliding
 * expiry. Resolving the viewer is one SQL statement (session joined with its user).
 */
@Injectable()
export class SessionsService implements ViewerResolver {
  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
  ) {}

  get ttlMs(): number {
    return this.options.sessionTtlDays * 24 * 60 * 60 * 1000;
  }

  async create(
    userId: string,
    meta: RequestMeta,
    manager?: EntityManager,
  ): Promise<{ token: string; session: SessionEntity }> {
    const token = newSecret();
    const repo = manager ? manager.getRepository(SessionEntity) : this.sessions;
    const now = new Date();
    const session = await repo.save(
      repo.create({
        userId,
        tokenHash: digest(token),
        ip: meta.ip.slice(0, 64),
        userAgent: meta.userAgent.slice(0, 300),
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.ttlMs),
      }),
    );
    return { token, session };
  }

  /** The viewer of a request, from its session cookie; null when absent, unknown, expired or revoked. */
  async resolve(credentials: RequestCredentials): Promise<Actor | null> {
    const token = credentials.cookies[SESSION_COOKIE];
    if (!token || token.length > 100) return null;
    const now = new Date();
    const session = await this.sessions
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.tokenHash = :hash', { hash: digest(token) })
      .andWhere('s.revokedAt IS NULL')
      .andWhere('s.expiresAt > :now', { now })
      .andWhere('u.deletedAt IS NULL')
      .andWhere('u.suspendedAt IS NULL')
      .getOne();
    if (!session?.user) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      // Sliding expiry, at most once an hour per session.
      await this.sessions.update(
        { id: session.id },
        { lastSeenAt: now, expiresAt: new Date(now.getTime() + this.ttlMs), ip: credentials.ip.slice(0, 64) },
      );
    }
    return toActor(session.user, session.id);
  }

  async listActive(actor: Actor): Promise<SessionModel[]> {
    const rows = await this.sessions.find({
      where: { userId: actor.id, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastSeenAt: 'DESC' },
    });
    return rows.map((s) => ({
      id: s.id,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      ip: s.ip,
      userAgent: s.userAgent,
      current: s.id === actor.sessionId,
    }));
  }

  /** Revokes one of the actor's sessions; another user's session is NOT_FOUND, like a missing one. */
  async revoke(actor: Actor, sessionId: string): Promise<boolean> {
    const session = await this.sessions.findOneBy({ id: sessionId, revokedAt: IsNull() });
    if (!session || !accessPolicy.canManageSession(actor, session.userId))
      throw DomainError.notFound('Session');
    await this.sessions.update({ id: sessionId }, { revokedAt: new Date() });
    return true;
  }

  async revokeById(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Revokes every session of a user, but `exceptId` when given. */
  async revokeAll(userId: string, manager?: EntityManager, exceptId?: string): Promise<void> {
    const repo = manager ? manager.getRepository(SessionEntity) : this.sessions;
    await repo.update(
      { userId, revokedAt: IsNull(), ...(exceptId ? { id: Not(exceptId) } : {}) },
      { revokedAt: new Date() },
    );
  }
}

export function toActor(user: UserEntity, sessionId?: string): Actor {
  return {
    id: user.id,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    ...(sessionId ? { sessionId } : {}),
  };
}
