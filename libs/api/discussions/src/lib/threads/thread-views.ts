import { Injectable } from '@nestjs/common';
import { BufferedViewCounter } from '@pairs/platform-core';
import { ThreadsRepository } from './threads.repository.js';

/** View counts of threads (see `BufferedViewCounter`): reading one performs no SQL write. */
@Injectable()
export class ThreadViews extends BufferedViewCounter {
  constructor(private readonly repo: ThreadsRepository) {
    super();
  }

  protected write(counts: Map<string, number>): Promise<void> {
    return this.repo.addViews(counts);
  }
}
