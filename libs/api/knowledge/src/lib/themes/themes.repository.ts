import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, type EntityManager, type Repository } from 'typeorm';
import { ThemeEntity } from './theme.entity.js';

@Injectable()
export class ThemesRepository {
  constructor(@InjectRepository(ThemeEntity) private readonly repo: Repository<ThemeEntity>) {}

  private r(manager?: EntityManager): Repository<ThemeEntity> {
    return manager ? manager.getRepository(ThemeEntity) : this.repo;
  }

  /** The whole (small) taxonomy but merged themes, in display order. */
  findAllListed(includeArchived: boolean): Promise<ThemeEntity[]> {
    return this.repo.find({
      where: { status: includeArchived ? Not('MERGED') : 'ACTIVE' },
      order: { position: 'ASC', name: 'ASC' },
    });
  }

  findBySlug(slug: string, manager?: EntityManager): Promise<ThemeEntity | null> {
    return this.r(manager).findOneBy({ slug });
  }

  findBySlugs(slugs: readonly string[]): Promise<ThemeEntity[]> {
    return slugs.length ? this.repo.findBy({ slug: In([...slugs]) }) : Promise.resolve([]);
  }

  findById(id: string, manager?: EntityManager): Promise<ThemeEntity | null> {
    return this.r(manager).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<ThemeEntity[]> {
    return ids.length ? this.repo.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Children of many parents in one statement (DataLoader batch). */
  findChildren(parentIds: readonly string[], includeArchived: boolean): Promise<ThemeEntity[]> {
    if (!parentIds.length) return Promise.resolve([]);
    return this.repo.find({
      where: { parentId: In([...parentIds]), status: includeArchived ? Not('MERGED') : 'ACTIVE' },
      order: { position: 'ASC', name: 'ASC' },
    });
  }

  countChildren(parentId: string, manager: EntityManager): Promise<number> {
    return manager.getRepository(ThemeEntity).countBy({ parentId, status: Not('MERGED') });
  }

  async insert(values: Partial<ThemeEntity>, manager?: EntityManager): Promise<ThemeEntity> {
    const repo = this.r(manager);
    return repo.save(repo.create(values));
  }

  async update(id: string, values: Partial<ThemeEntity>, manager?: EntityManager): Promise<void> {
    await this.r(manager).update({ id }, values);
  }

  async reparentChildren(fromId: string, toId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(ThemeEntity).update({ parentId: fromId }, { parentId: toId });
  }

  async repointMerged(fromId: string, toId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(ThemeEntity).update({ mergedIntoId: fromId }, { mergedIntoId: toId });
  }

  async archiveChildren(parentId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(ThemeEntity).update({ parentId, status: 'ACTIVE' }, { status: 'ARCHIVED' });
  }
}
