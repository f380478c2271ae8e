import { createHash } from 'node:crypto';

/** Something a request did that a cached answer must do again (counting a view, with the new viewer). */
export type ReplayEffect = (viewerKey: string) => void;

export interface AnonymousResponseCacheOptions {
  /** How long an answer is served; 0 disables the cache. */
  ttlMs: number;
  maxEntries: number;
  /** Bound of the memory held by answers (UTF-16 length × 2, roughly their size in memory). */
  maxBytes: number;
  /** Larger answers are not kept. */
  maxEntryBytes: number;
}

interface Entry {
  body: string;
  bytes: number;
  effects: readonly ReplayEffect[];
  expiresAt: number;
}

/** What a request looking for a cached answer carries to the end of its execution. */
export interface CacheSlot {
  key: string;
  /** The cache generation when the request started: a clear since then forbids storing its answer. */
  generation: number;
}

/**
 * Answers to anonymous GraphQL queries, kept in memory for a few seconds (the anonymous page cache
 * of forums such as Discourse). Only anonymous visitors are served from it: they all see the same
 * public content, and their per-viewer fields (`viewerCan`, `myReaction`) are the same for all.
 * Any write clears it (every successful mutation and every domain event), and a request that
 * started before a clear never stores its answer, so a visitor never reads older content than the
 * last write on this instance; across instances staleness is bounded by `ttlMs` until pub/sub
 * carries the clears. Effects recorded while computing an answer (views) are replayed on each hit.
 */
export class AnonymousResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private generationValue = 0;

  constructor(
    private readonly options: AnonymousResponseCacheOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  get generation(): number {
    return this.generationValue;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The key of a request body (query, variables and operation name, as sent). */
  keyOf(body: unknown): string {
    return createHash('sha256').update(JSON.stringify(body)).digest('base64url');
  }

  get(key: string): { body: string; effects: readonly ReplayEffect[] } | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.delete(key, entry);
      return null;
    }
    // Least recently used last: move to the end of the insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps an answer computed from generation `slot.generation`, unless a write happened since. */
  set(slot: CacheSlot, body: string, effects: readonly ReplayEffect[]): boolean {
    if (!this.enabled || slot.generation !== this.generationValue) return false;
    const bytes = body.length * 2;
    if (bytes > this.options.maxEntryBytes) return false;
    const previous = this.entries.get(slot.key);
    if (previous) this.delete(slot.key, previous);
    this.entries.set(slot.key, { body, bytes, effects, expiresAt: this.now() + this.options.ttlMs });
    this.bytes += bytes;
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.delete(key, entry);
    }
    return true;
  }

  /** Forgets every answer (after a write). */
  clear(): void {
    this.generationValue++;
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
