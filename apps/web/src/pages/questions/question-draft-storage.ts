import type { QuestionValues } from './question-values';

/**
 * Local copy of a question being written, so that a reload or a lost connection never loses text.
 * Kept in localStorage per member, and per case study when the question is about one.
 */
export interface QuestionDraft {
  /** When it was written (ISO date-time, this device's clock). */
  savedAt: string;
  values: QuestionValues;
}

const PREFIX = 'pairs:question-draft';
const VERSION = 1;

export function questionDraftKey(userId: string, caseStudySlug: string | null): string {
  return `${PREFIX}:${userId}:${caseStudySlug ?? 'new'}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Stored data may come from an older version of the app or another tab: check its shape. */
function isValues(value: unknown): value is QuestionValues {
  return (
    isRecord(value) &&
    typeof value['title'] === 'string' &&
    typeof value['body'] === 'string' &&
    Array.isArray(value['themeSlugs']) &&
    value['themeSlugs'].every((slug) => typeof slug === 'string')
  );
}

export function readQuestionDraft(key: string): QuestionDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (
      isRecord(parsed) &&
      parsed['version'] === VERSION &&
      typeof parsed['savedAt'] === 'string' &&
      isValues(parsed['values'])
    ) {
      return { savedAt: parsed['savedAt'], values: parsed['values'] };
    }
    return null;
  } catch {
    // Storage disabled (private browsing, policy) or unreadable: behave as if there were none.
    return null;
  }
}

/** False when the browser refused to store it (storage full or disabled). */
export function writeQuestionDraft(key: string, draft: QuestionDraft): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify({ version: VERSION, ...draft }));
    return true;
  } catch {
    return false;
  }
}

export function removeQuestionDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clean if storage is unavailable.
  }
}
