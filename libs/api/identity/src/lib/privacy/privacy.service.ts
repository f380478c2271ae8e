import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, DomainEventBus, domainEvent, type Actor } from '@pairs/platform-core';
import { TerritoriesService } from '@pairs/territories';
import { verifyPassword } from '../accounts/passwords.js';
import { UsersRepository } from '../accounts/users.repository.js';
import { UserTokenEntity } from '../email/user-token.entity.js';
import { OutboxMailEntity } from '../mail/outbox-mail.entity.js';
import { MandatesRepository } from '../profiles/mandates.repository.js';
import { SessionEntity } from '../sessions/session.entity.js';
import { DELETED_DISPLAY_NAME } from '../accounts/user.mapper.js';

/** RGPD rights: export of personal data, and account deletion that keeps contributions. */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly mandates: MandatesRepository,
    private readonly territories: TerritoriesService,
    private readonly events: DomainEventBus,
  ) {}

  /** Every personal datum held on the user (later contexts add their sections). */
  async export(actor: Actor): Promise<Record<string, unknown>> {
    const user = await this.users.findById(actor.id);
    if (!user || user.deletedAt) throw DomainError.notFound('User');
    const mandates = await this.mandates.findByUserId(user.id);
    const territories = new Map(
      (await this.territories.findByIds(mandates.map((m) => m.territoryId))).map((t) => [t.id, t]),
    );
    const sessions = await this.dataSource
      .getRepository(SessionEntity)
      .find({ where: { userId: user.id }, order: { createdAt: 'DESC' } });
    return {
      exportedAt: new Date().toISOString(),
      account: {
        id: user.id,
        email: user.email,
        emailVerifiedAt: user.emailVerifiedAt,
        handle: user.handle,
        displayName: user.displayName,
        bio: user.bio,
        role: user.role,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
      },
      mandates: mandates.map((m) => ({
        role: m.role,
        territory: { code: territories.get(m.territoryId)?.code, name: territories.get(m.territoryId)?.name },
        verified: m.verifiedAt !== null,
        createdAt: m.createdAt,
      })),
      sessions: sessions.map((s) => ({
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        revokedAt: s.revokedAt,
        ip: s.ip,
        userAgent: s.userAgent,
      })),
    };
  }

  /**
   * Erases personal data and signs out everywhere; the row stays so that contributions keep an
   * author, shown as "Compte supprimé".
   */
  async deleteAccount(actor: Actor, password: string): Promise<boolean> {
    const user = await this.users.findById(actor.id);
    if (!user || user.deletedAt) throw DomainError.notFound('User');
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
      throw DomainError.badField('password', 'invalid', 'Wrong password');
    }
    await this.dataSource.transaction(async (manager) => {
      if (user.email) await manager.getRepository(OutboxMailEntity).delete({ toAddress: user.email });
      await manager.getRepository(SessionEntity).delete({ userId: user.id });
      await manager.getRepository(UserTokenEntity).delete({ userId: user.id });
      await this.mandates.deleteByUserId(user.id, manager);
      await this.users.update(
        user.id,
        {
          email: null,
          emailVerifiedAt: null,
          passwordHash: null,
          displayName: DELETED_DISPLAY_NAME,
          bio: '',
          handle: `compte-supprime-${user.id.slice(0, 8)}`,
          role: 'MEMBER',
          deletedAt: new Date(),
        },
        manager,
      );
    });
    await this.events.publish(domainEvent('identity.account-deleted', { userId: user.id }, user.id));
    return true;
  }
}
