// Small JSON records kept in localStorage (drafts of forms), tagged with the version of their
// shape. Storage may be disabled (private browsing, policy) or full: nothing here throws.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * The record under `key` when it has `version`; `parse` checks the rest of its shape, since it
 * may come from an older version of the app or another tab. Null when absent, unreadable or
 * not of that shape.
 */
export function readStored<T>(
  key: string,
  version: number,
  parse: (record: Record<string, unknown>) => T | null,
): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) && parsed['version'] === version ? parse(parsed) : null;
  } catch {
    // Storage disabled or unreadable: behave as if there were none.
    return null;
  }
}

/** False when the browser refused to store it (storage full or disabled). */
export function writeStored(key: string, version: number, record: object): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify({ version, ...record }));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clean if storage is unavailable.
  }
}
