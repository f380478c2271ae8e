import type { DataSource, DeepPartial, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A factory builds fresh, valid rows for one entity: defaults from a sequence number,
 * overridden per test. Every test creates what it needs; nothing is shared between tests.
 */
export interface Factory<T extends ObjectLiteral> {
  build(overrides?: DeepPartial<T>): DeepPartial<T>;
  create(overrides?: DeepPartial<T>): Promise<T>;
  createMany(count: number, overrides?: DeepPartial<T>): Promise<T[]>;
}

export function defineFactory<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  defaults: (sequence: number) => DeepPartial<T>,
): Factory<T> {
  let sequence = 0;
  const build = (overrides: DeepPartial<T> = {} as DeepPartial<T>) =>
    ({ ...defaults(++sequence), ...overrides }) as DeepPartial<T>;
  const repo = () => dataSource.getRepository(entity);
  return {
    build,
    create: (overrides) => repo().save<T>(repo().create(build(overrides))),
    createMany: async (count, overrides) => {
      const rows = Array.from({ length: count }, () => repo().create(build(overrides)));
      return repo().save<T>(rows);
    },
  };
}
