/**
 * Counts views without writing on the read path: a read records a view in memory (at most one
 * per viewer and item per window), and a flusher drains the buffer into the database in one
 * batched statement now and then. Reading content stays free of SQL writes.
 *
 * The dedupe window is per API instance; across instances a viewer may count once per instance
 * (a shared Redis set can replace it when several instances run).
 */
export class ViewBuffer {
  private pending = new Map<string, number>();
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs = 60 * 60 * 1000,
    private readonly maxTracked = 200_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a view of `itemId` by `viewerKey`; returns false when it was already counted in the window. */
  record(itemId: string, viewerKey: string): boolean {
    const key = `${viewerKey}\u0000${itemId}`;
    const at = this.now();
    const last = this.seen.get(key);
    if (last !== undefined && at - last < this.windowMs) return false;
    if (this.seen.size >= this.maxTracked) this.prune(at);
    this.seen.set(key, at);
    this.pending.set(itemId, (this.pending.get(itemId) ?? 0) + 1);
    return true;
  }

  /** Takes the counts recorded since the last drain. */
  drain(): Map<string, number> {
    const drained = this.pending;
    this.pending = new Map();
    return drained;
  }

  /** Puts counts back after a failed flush, so no view is lost. */
  restore(counts: Map<string, number>): void {
    for (const [id, n] of counts) this.pending.set(id, (this.pending.get(id) ?? 0) + n);
  }

  get pendingItems(): number {
    return this.pending.size;
  }

  private prune(at: number): void {
    for (const [key, last] of this.seen) {
      if (at - last >= this.windowMs) this.seen.delete(key);
    }
    // Still full of fresh entries (a flood of distinct viewers): forget the oldest half.
    if (this.seen.size >= this.maxTracked) {
      let drop = Math.floor(this.seen.size / 2);
      for (const key of this.seen.keys()) {
        if (drop-- <= 0) break;
        this.seen.delete(key);
      }
    }
  }
}
