import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { MandateEntity } from './mandate.entity.js';

@Injectable()
export class MandatesRepository {
  constructor(@InjectRepository(MandateEntity) private readonly repo: Repository<MandateEntity>) {}

  private r(manager?: EntityManager): Repository<MandateEntity> {
    return manager ? manager.getRepository(MandateEntity) : this.repo;
  }

  /** Mandates of many users in one statement (DataLoader batch). */
  findByUserIds(userIds: readonly string[]): Promise<MandateEntity[]> {
    if (!userIds.length) return Promise.resolve([]);
    return this.repo.find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findById(id: string): Promise<MandateEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByUserId(userId: string, manager?: EntityManager): Promise<MandateEntity[]> {
    return this.r(manager).find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async deleteByIds(ids: string[], manager?: EntityManager): Promise<void> {
    if (ids.length) await this.r(manager).delete({ id: In(ids) });
  }

  async insertMany(
    rows: Array<Pick<MandateEntity, 'userId' | 'role' | 'territoryId'>>,
    manager?: EntityManager,
  ): Promise<void> {
    // Distinct creation times keep the order the user gave (one transaction shares now()).
    const base = Date.now();
    if (rows.length)
      await this.r(manager).insert(rows.map((row, i) => ({ ...row, createdAt: new Date(base + i) })));
  }

  async setVerified(id: string, verifiedById: string | null, manager?: EntityManager): Promise<void> {
    // Plain SQL: TypeORM's update() skips `verifiedById` because a relation maps the same column.
    await (manager ?? this.repo.manager).query(
      `UPDATE mandate SET verified_at = CASE WHEN $2::uuid IS NULL THEN NULL ELSE now() END, verified_by_id = $2, updated_at = now() WHERE id = $1`,
      [id, verifiedById],
    );
  }

  async deleteByUserId(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(MandateEntity).delete({ userId });
  }
}
