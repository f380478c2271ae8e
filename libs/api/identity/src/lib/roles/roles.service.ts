import { Injectable } from '@nestjs/common';
import {
  accessPolicy,
  DomainError,
  DomainEventBus,
  domainEvent,
  type Actor,
  type PlatformRole,
} from '@pairs/platform-core';
import type { UserEntity } from '../accounts/user.entity.js';
import { UsersRepository } from '../accounts/users.repository.js';
import { MandatesRepository } from '../profiles/mandates.repository.js';

/** Platform roles (admins) and mandate verification (moderators). */
@Injectable()
export class RolesService {
  constructor(
    private readonly users: UsersRepository,
    private readonly mandates: MandatesRepository,
    private readonly events: DomainEventBus,
  ) {}

  async setUserRole(actor: Actor, userId: string, role: PlatformRole): Promise<UserEntity> {
    if (!accessPolicy.canSetUserRole(actor))
      throw DomainError.forbidden('Only administrators can change roles');
    // An admin demoting themself could leave the platform without any admin.
    if (userId === actor.id) throw DomainError.forbidden('Administrators cannot change their own role');
    const user = await this.users.findById(userId);
    if (!user || user.deletedAt) throw DomainError.notFound('User');
    await this.users.update(user.id, { role });
    await this.events.publish(domainEvent('identity.user-role-changed', { userId, role }, actor.id));
    return { ...user, role };
  }

  async verifyMandate(actor: Actor, mandateId: string, verified: boolean): Promise<UserEntity> {
    if (!accessPolicy.canVerifyMandate(actor))
      throw DomainError.forbidden('Only moderators can verify mandates');
    const mandate = await this.mandates.findById(mandateId);
    if (!mandate) throw DomainError.notFound('Mandate');
    await this.mandates.setVerified(mandate.id, verified ? actor.id : null);
    const user = await this.users.findById(mandate.userId);
    if (!user) throw DomainError.notFound('User');
    await this.events.publish(domainEvent('identity.mandate-verified', { mandateId, verified }, actor.id));
    return user;
  }
}
