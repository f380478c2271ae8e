import { isRecord, isStringArray, readStored, removeStored, writeStored } from '../../lib/local-store';
import type { QuestionValues } from './question-values';

/**
 * Local copy of a question being written, so that a reload or a lost connection never loses text.
 * Kept in localStorage per member, per case study when the question is about one, and per group
 * when it is posted into one (a draft meant for a private group must not be offered in public).
 */
export interface QuestionDraft {
  /** When it was written (ISO date-time, this device's clock). */
  savedAt: string;
  values: QuestionValues;
}

const PREFIX = 'pairs:question-draft';
const VERSION = 1;

export function questionDraftKey(
  userId: string,
  caseStudySlug: string | null,
  groupSlug: string | null = null,
): string {
  const base = `${PREFIX}:${userId}:${caseStudySlug ?? 'new'}`;
  return groupSlug === null ? base : `${base}:groupe:${groupSlug}`;
}

/** Stored data may come from an older version of the app or another tab: check its shape. */
function isValues(value: unknown): value is QuestionValues {
  return (
    isRecord(value) &&
    typeof value['title'] === 'string' &&
    typeof value['body'] === 'string' &&
    isStringArray(value['themeSlugs'])
  );
}

export function readQuestionDraft(key: string): QuestionDraft | null {
  return readStored(key, VERSION, (stored) =>
    typeof stored['savedAt'] === 'string' && isValues(stored['values'])
      ? { savedAt: stored['savedAt'], values: stored['values'] }
      : null,
  );
}

/** False when the browser refused to store it (storage full or disabled). */
export function writeQuestionDraft(key: string, draft: QuestionDraft): boolean {
  return writeStored(key, VERSION, draft);
}

export function removeQuestionDraft(key: string): void {
  removeStored(key);
}
