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
  async findCardsByIds(ids: readonly string[]): Promise<UserCardJson[]> {
    if (!ids.length) return [];
    const rows: Array<{ card: UserCardJson }> = await this.repo.query(
      `SELECT ${USER_CARD_JSON('u')} AS card FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => row.card);
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

/**
 * A user with their mandates and each mandate's territory, as JSON built by PostgreSQL (dates as
 * ISO strings): what an author card shows. Other contexts embed it in their own statements with
 * `userCardJsonSql` and hand it to `ProfilesService.primeUserCards`.
 */
export interface UserCardJson {
  id: string;
  email: string | null;
  emailVerifiedAt: string | null;
  handle: string;
  displayName: string;
  bio: string;
  role: UserEntity['role'];
  deletedAt: string | null;
  createdAt: string;
  mandates: Array<{
    id: string;
    userId: string;
    role: MandateRole;
    verifiedAt: string | null;
    territoryId: string;
    territory: TerritoryModel;
  }>;
}

/** The card of the `app_user` row aliased `u`, as one JSON value. */
const USER_CARD_JSON = (u: string) => `json_build_object(
  'id', ${u}.id, 'email', ${u}.email, 'emailVerifiedAt', ${u}.email_verified_at, 'handle', ${u}.handle,
  'displayName', ${u}.display_name, 'bio', ${u}.bio, 'role', ${u}.role, 'deletedAt', ${u}.deleted_at,
  'createdAt', ${u}.created_at,
  'mandates', COALESCE((SELECT json_agg(json_build_object(
      'id', m.id, 'userId', m.user_id, 'role', m.role, 'verifiedAt', m.verified_at, 'territoryId', m.territory_id,
      'territory', json_build_object('id', t.id, 'code', t.code, 'kind', t.kind, 'inseeCode', t.insee_code,
        'name', t.name, 'population', t.population, 'regionId', t.region_id,
        'departementId', t.departement_id, 'epciId', t.epci_id))
    ORDER BY m.created_at, m.id)
    FROM mandate m JOIN territory t ON t.id = m.territory_id WHERE m.user_id = ${u}.id), '[]'))`;

/** SQL for the card (`UserCardJson`) of the user whose id is `userIdExpr`, or null. */
export function userCardJsonSql(userIdExpr: string): string {
  return `(SELECT ${USER_CARD_JSON('card_user')} FROM app_user card_user WHERE card_user.id = ${userIdExpr})`;
}
