import { Injectable } from '@nestjs/common';
import { BufferedViewCounter } from '@pairs/platform-core';
import { CaseStudiesRepository } from './case-studies.repository.js';

/** View counts of case studies (see `BufferedViewCounter`): reading one performs no SQL write. */
@Injectable()
export class CaseStudyViews extends BufferedViewCounter {
  constructor(private readonly repo: CaseStudiesRepository) {
    super();
  }

  protected write(counts: Map<string, number>): Promise<void> {
    return this.repo.addViews(counts);
  }
}
