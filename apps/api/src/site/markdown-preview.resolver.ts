import { Args, Query, Resolver } from '@nestjs/graphql';
import { DomainError, MarkdownRenderer } from '@pairs/platform-core';
import { CASE_STUDY_LIMITS } from '@pairs/shared-domain';

/**
 * Editors preview markdown with the very renderer that will display it (same safety rules).
 * Signed-in members only (default guard): anonymous visitors write nothing to preview.
 */
@Resolver()
export class MarkdownPreviewResolver {
  constructor(private readonly markdown: MarkdownRenderer) {}

  @Query(() => String, { description: 'Renders markdown as it will be shown (members only).' })
  markdownPreview(@Args('source', { type: () => String }) source: string): string {
    if (Buffer.byteLength(source, 'utf8') > CASE_STUDY_LIMITS.markdownMaxBytes) {
      throw DomainError.badField(
        'source',
        'maxBytes',
        `source must be at most ${CASE_STUDY_LIMITS.markdownMaxBytes / 1000} KB`,
      );
    }
    return this.markdown.render(source);
  }
}
