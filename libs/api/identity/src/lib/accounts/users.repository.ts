import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
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
