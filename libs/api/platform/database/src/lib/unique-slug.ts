import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a transaction that inserts a row with a fresh slug, again (at most three times) when a
 * concurrent insert took the same slug first and `constraint` (the unique index) refused it.
 */
export async function withUniqueSlug<T>(
  dataSource: DataSource,
  constraint: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
      if (attempt < 3 && driver?.code === '23505' && driver.constraint === constraint) continue;
      throw error;
    }
  }
}
