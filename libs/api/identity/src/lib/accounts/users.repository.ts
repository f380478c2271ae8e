import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { TerritoryModel } from '@pairs/territories';
import type { MandateRole } from '../profiles/mandate-role.js';
import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly repo: Repository<UserEntity>) {}

  private r(manager?: EntityManager): Repository<UserEntity> {
    return manager ? manager.getRepository(UserEntity) : this.repo;
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.r(manager).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? this.repo.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /**
   * Users with their mandates and each mandate's territory, in one statement: author cards
   * (name, mandate, territory and its population) cost one query per page, not three.
   */
  async findCardsByIds(ids: readonly string[]): Promise<UserCardRow[]> {
    if (!ids.length) return [];
    return this.repo.query(
      `SELECT u.id, u.email, u.email_verified_at AS "emailVerifiedAt", u.handle, u.display_name AS "displayName",
              u.bio, u.role, u.deleted_at AS "deletedAt", u.created_at AS "createdAt",
              COALESCE((SELECT json_agg(json_build_object(
                  'id', m.id, 'userId', m.user_id, 'role', m.role, 'verifiedAt', m.verified_at,
                  'territoryId', m.territory_id,
                  'territory', json_build_object('id', t.id, 'code', t.code, 'kind', t.kind,
                    'inseeCode', t.insee_code, 'name', t.name, 'population', t.population,
                    'regionId', t.region_id, 'departementId', t.departement_id, 'epciId', t.epci_id))
                ORDER BY m.created_at, m.id)
                FROM mandate m JOIN territory t ON t.id = m.territory_id WHERE m.user_id = u.id), '[]') AS mandates
       FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.r(manager).findOneBy({ email, deletedAt: IsNull() });
  }

  findByHandle(handle: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ handle });
  }

  /** Which of these are taken (for field-level CONFLICT details). */
  async taken(
    email: string,
    handle: string,
    manager?: EntityManager,
  ): Promise<{ email: boolean; handle: boolean }> {
    const rows = await this.r(manager)
      .createQueryBuilder('u')
      .select(['u.email', 'u.handle'])
      .where('u.email = :email OR u.handle = :handle', { email, handle })
      .getMany();
    return { email: rows.some((r) => r.email === email), handle: rows.some((r) => r.handle === handle) };
  }

  async insert(values: Partial<UserEntity>, manager?: EntityManager): Promise<UserEntity> {
    const repo = this.r(manager);
    return repo.save(repo.create(values));
  }

  async update(id: string, values: Partial<UserEntity>, manager?: EntityManager): Promise<void> {
    await this.r(manager).update({ id }, values);
  }
}

/** A user row with its mandates and their territories (see `findCardsByIds`). */
export interface UserCardRow extends Pick<
  UserEntity,
  'id' | 'email' | 'emailVerifiedAt' | 'handle' | 'displayName' | 'bio' | 'role' | 'deletedAt' | 'createdAt'
> {
  mandates: Array<{
    id: string;
    userId: string;
    role: MandateRole;
    verifiedAt: string | null;
    territoryId: string;
    territory: TerritoryModel;
  }>;
}
