import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { GraphQLContext } from '../context/graphql-context.js';
import { ViewBuffer } from './view-buffer.js';

export const VIEW_FLUSH_INTERVAL_MS = 5_000;

/**
 * View counts recorded in memory on read (at most once per viewer and hour) and written in one
 * statement every few seconds and at shutdown: reading an item performs no SQL write. A feature
 * extends it with the statement that adds the counts.
 */
export abstract class BufferedViewCounter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(this.constructor.name);
  private readonly buffer = new ViewBuffer();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  /** Adds the counts (item id → views) to the database, in one statement. */
  protected abstract write(counts: Map<string, number>): Promise<void>;

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), VIEW_FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  record(itemId: string, viewerKey: string): void {
    this.buffer.record(itemId, viewerKey);
  }

  /**
   * Counts a view by this request's viewer, and again for each visitor served the same answer
   * from the anonymous response cache.
   */
  recordFor(ctx: GraphQLContext, itemId: string): void {
    const record = (viewerKey: string) => this.record(itemId, viewerKey);
    record(viewerKeyOf(ctx.viewer, ctx.http?.request));
    ctx.replayOnCacheHit?.push(record);
  }

  /** Writes the pending counts; on failure they stay pending for the next flush. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const counts = this.buffer.drain();
      if (!counts.size) return;
      try {
        await this.write(counts);
      } catch (error) {
        this.buffer.restore(counts);
        this.logger.warn({ err: error }, 'Could not write view counts; will retry');
      }
    });
    return this.flushing;
  }
}

/** The key a view is deduplicated by: the member, or the address and browser of a visitor. */
export function viewerKeyOf(viewer: { id: string } | null, request: unknown): string {
  if (viewer) return `u:${viewer.id}`;
  const r = request as { ip?: string; headers?: Record<string, string | string[] | undefined> } | undefined;
  const agent = r?.headers?.['user-agent'];
  return `a:${r?.ip ?? 'unknown'}:${Array.isArray(agent) ? agent.join(' ') : (agent ?? '')}`;
}
