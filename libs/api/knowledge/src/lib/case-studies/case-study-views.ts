import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ViewBuffer } from '@pairs/platform-core';
import { CaseStudiesRepository } from './case-studies.repository.js';

export const VIEW_FLUSH_INTERVAL_MS = 5_000;

/**
 * View counts of case studies: recorded in memory on read (at most once per viewer and hour),
 * added to the database in one statement every few seconds and at shutdown. Reading a case
 * study performs no SQL write.
 */
@Injectable()
export class CaseStudyViews implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CaseStudyViews.name);
  private readonly buffer = new ViewBuffer();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly repo: CaseStudiesRepository) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), VIEW_FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  record(caseStudyId: string, viewerKey: string): void {
    this.buffer.record(caseStudyId, viewerKey);
  }

  /** Writes the pending counts (one statement); on failure they stay pending for the next flush. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const counts = this.buffer.drain();
      if (!counts.size) return;
      try {
        await this.repo.addViews(counts);
      } catch (error) {
        this.buffer.restore(counts);
        this.logger.warn({ err: error }, 'Could not write view counts; will retry');
      }
    });
    return this.flushing;
  }
}
