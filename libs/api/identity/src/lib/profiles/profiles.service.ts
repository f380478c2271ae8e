import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  accessPolicy,
  DomainError,
  groupByKeys,
  orderByKeys,
  type Actor,
  type LoaderRegistry,
} from '@pairs/platform-core';
import type { FieldErrorDetail } from '@pairs/shared-domain';
import { TerritoriesService, TerritoryLoaders } from '@pairs/territories';
import type { UserEntity } from '../accounts/user.entity.js';
import { toUserModel } from '../accounts/user.mapper.js';
import type { UserModel } from '../accounts/user.model.js';
import { UsersRepository } from '../accounts/users.repository.js';
import { MandatesRepository } from './mandates.repository.js';
import type { MandateModel } from './mandate.model.js';
import type { MandateEntity } from './mandate.entity.js';
import type { UpdateProfileInput } from './profile.inputs.js';

export function toMandateModel(
  m: Pick<MandateEntity, 'id' | 'role' | 'verifiedAt' | 'territoryId' | 'userId'>,
): MandateModel {
  return {
    id: m.id,
    role: m.role,
    verified: m.verifiedAt !== null,
    territoryId: m.territoryId,
    userId: m.userId,
  };
}

/** Public profiles and their editing (display name, bio, mandates). */
@Injectable()
export class ProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly mandates: MandatesRepository,
    private readonly territories: TerritoriesService,
    private readonly territoryLoaders: TerritoryLoaders,
  ) {}

  /** A profile by handle; deleted accounts have no profile page. */
  async byHandle(handle: string): Promise<UserEntity | null> {
    const user = await this.users.findByHandle(handle.trim().toLowerCase());
    return user && !user.deletedAt ? user : null;
  }

  byId(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  /** Public users by id for other contexts' author fields (deleted accounts show as "Compte supprimé"). */
  usersLoader(loaders: LoaderRegistry) {
    return loaders.get<string, UserModel | null>('identity.userById', async (ids) => {
      // One statement brings each user's mandates and their territories too: author cards
      // (mandate, territory, population) then resolve without more queries.
      const rows = await this.users.findCardsByIds(ids);
      const mandates = this.mandatesLoader(loaders);
      const territories = this.territoryLoaders.byId(loaders);
      for (const row of rows) {
        mandates.prime(
          row.id,
          row.mandates.map((m) =>
            toMandateModel({ ...m, verifiedAt: m.verifiedAt === null ? null : new Date(m.verifiedAt) }),
          ),
        );
        for (const m of row.mandates) territories.prime(m.territory.id, m.territory);
      }
      const users = rows.map(toUserModel);
      return orderByKeys(ids, users, (user) => user.id);
    });
  }

  /** Batched for DataLoaders: the mandates of each user, in order. */
  mandatesLoader(loaders: LoaderRegistry) {
    return loaders.get<string, MandateModel[]>('identity.mandatesByUserId', async (userIds) => {
      const rows = (await this.mandates.findByUserIds(userIds)).map(toMandateModel);
      return groupByKeys(userIds, rows, (mandate) => mandate.userId);
    });
  }

  async update(actor: Actor, input: UpdateProfileInput): Promise<UserEntity> {
    if (!accessPolicy.canEditProfile(actor, actor.id)) throw DomainError.forbidden();
    const problems: FieldErrorDetail[] = [];
    const displayName = input.displayName?.trim();
    if (displayName !== undefined && displayName.length < 2) {
      problems.push({
        field: 'displayName',
        reason: 'minLength',
        message: 'displayName must be 2 to 80 characters',
      });
    }
    let wanted: Array<{ role: MandateEntity['role']; territoryId: string }> | null = null;
    if (input.mandates) {
      const codes = [...new Set(input.mandates.map((m) => m.territoryCode.trim()))];
      const found = new Map((await this.territories.findByCodes(codes)).map((t) => [t.code, t.id]));
      const seen = new Set<string>();
      wanted = [];
      input.mandates.forEach((m, i) => {
        const territoryId = found.get(m.territoryCode.trim());
        if (!territoryId) {
          problems.push({
            field: `mandates.${i}.territoryCode`,
            reason: 'unknown',
            message: `Unknown territory code ${m.territoryCode}`,
          });
          return;
        }
        const key = `${m.role}:${territoryId}`;
        if (seen.has(key)) {
          problems.push({
            field: `mandates.${i}`,
            reason: 'duplicate',
            message: 'This mandate is listed twice',
          });
          return;
        }
        seen.add(key);
        wanted!.push({ role: m.role, territoryId });
      });
    }
    if (problems.length) throw DomainError.badInput(problems);

    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.findById(actor.id, manager);
      if (!user || user.deletedAt) throw DomainError.notFound('User');
      const changes: Partial<UserEntity> = {};
      if (displayName !== undefined) changes.displayName = displayName;
      if (input.bio !== undefined) changes.bio = input.bio.trim();
      if (Object.keys(changes).length) await this.users.update(user.id, changes, manager);
      if (wanted) {
        // Unchanged mandates keep their row, hence their verification.
        const current = await this.mandates.findByUserId(user.id, manager);
        const key = (m: { role: string; territoryId: string }) => `${m.role}:${m.territoryId}`;
        const wantedKeys = new Set(wanted.map(key));
        const currentKeys = new Set(current.map(key));
        await this.mandates.deleteByIds(
          current.filter((m) => !wantedKeys.has(key(m))).map((m) => m.id),
          manager,
        );
        await this.mandates.insertMany(
          wanted.filter((m) => !currentKeys.has(key(m))).map((m) => ({ ...m, userId: user.id })),
          manager,
        );
      }
      return { ...user, ...changes };
    });
  }
}
