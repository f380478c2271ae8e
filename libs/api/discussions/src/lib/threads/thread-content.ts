import { DISCUSSION_LIMITS as L, type FieldErrorDetail } from '@pairs/shared-domain';

/**
 * Checks and normalizes the text of a question or a reply: trimmed, lengths in characters for
 * titles and in UTF-8 bytes for markdown bodies. Every problem is reported at once with its
 * field; absent fields (undefined) are not checked, `null` is refused where a value is needed.
 */
export function validatePostText(
  input: { title?: string | null; body?: string | null; themeSlugs?: string[] | null },
  kind: 'thread' | 'reply',
  required: ReadonlyArray<'title' | 'body' | 'themeSlugs'>,
): { problems: FieldErrorDetail[]; title?: string; body?: string; themeSlugs?: string[] } {
  const problems: FieldErrorDetail[] = [];
  const result: { title?: string; body?: string; themeSlugs?: string[] } = {};
  const problem = (field: string, reason: string, message: string) =>
    problems.push({ field, reason, message });

  for (const field of required) {
    if (input[field] === undefined || input[field] === null)
      problem(field, 'required', `${field} is required`);
  }
  if (typeof input.title === 'string') {
    const title = input.title.replace(/\s+/g, ' ').trim();
    if (!title) problem('title', 'required', 'title is required');
    else if (title.length < L.titleMin)
      problem('title', 'minLength', `title needs at least ${L.titleMin} characters`);
    else if (title.length > L.titleMax)
      problem('title', 'maxLength', `title is limited to ${L.titleMax} characters`);
    else result.title = title;
  }
  if (typeof input.body === 'string') {
    const body = input.body.trim();
    const min = kind === 'thread' ? L.threadBodyMin : L.replyBodyMin;
    if (!body) problem('body', 'required', 'body is required');
    else if (Buffer.byteLength(body, 'utf8') > L.bodyMaxBytes) {
      problem('body', 'maxLength', `body is limited to ${L.bodyMaxBytes / 1000} KB`);
    } else if (body.length < min) problem('body', 'minLength', `body needs at least ${min} characters`);
    else result.body = body;
  }
  if (Array.isArray(input.themeSlugs)) {
    const slugs = [...new Set(input.themeSlugs.map((s) => s.trim().toLowerCase()).filter(Boolean))];
    if (slugs.length < L.themesMin) problem('themeSlugs', 'required', 'at least one theme is required');
    else if (slugs.length > L.themesMax) problem('themeSlugs', 'maxSize', `at most ${L.themesMax} themes`);
    else result.themeSlugs = slugs;
  }
  return { problems, ...result };
}
