import DataLoader from 'dataloader';

/**
 * Per-request registry of DataLoaders. Features ask for a loader by a unique key and a
 * batch function; the registry creates it once per request. Batch functions receive every
 * key asked during one tick and must return values in the same order.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    key: string,
    batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
    options?: DataLoader.Options<K, V, K>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500, ...options });
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/** Orders batch results by the requested keys; missing keys get `null`. */
export function orderByKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups batch results by the requested keys; missing keys get an empty list. */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
