import type { CaseStudyEditorValues, FundingRow } from './case-study-editor-values';

/**
 * Local copy of what an author is writing, so that a reload, a crash or a lost connection never
 * loses text. Kept in localStorage, per member and per case study ("new" before creation).
 */
export interface LocalDraft {
  /** When it was written (ISO date-time, this device's clock). */
  savedAt: string;
  /** The server revision the text was based on; null for a case study not created yet. */
  baseRevision: number | null;
  values: CaseStudyEditorValues;
}

const PREFIX = 'pairs:case-study-draft';
const VERSION = 1;

export function localDraftKey(userId: string, caseStudyId: string | null): string {
  return `${PREFIX}:${userId}:${caseStudyId ?? 'new'}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const STRING_FIELDS = [
  'title',
  'summary',
  'territoryText',
  'startedOn',
  'endedOn',
  'cost',
  'body',
  'results',
  'environmentalAssessment',
  'lessonsLearned',
  'solutions',
  'contact',
] as const;

function isFundingRow(value: unknown): value is FundingRow {
  return (
    isRecord(value) &&
    typeof value['key'] === 'string' &&
    typeof value['name'] === 'string' &&
    typeof value['amount'] === 'string'
  );
}

function isTerritory(value: unknown): value is NonNullable<CaseStudyEditorValues['territory']> {
  return (
    isRecord(value) &&
    typeof value['code'] === 'string' &&
    typeof value['name'] === 'string' &&
    typeof value['kind'] === 'string' &&
    typeof value['inseeCode'] === 'string'
  );
}

/** Stored data comes from an older version of the app or another tab: check its shape. */
function isValues(value: unknown): value is CaseStudyEditorValues {
  return (
    isRecord(value) &&
    STRING_FIELDS.every((field) => typeof value[field] === 'string') &&
    (value['territory'] === null || isTerritory(value['territory'])) &&
    Array.isArray(value['themeSlugs']) &&
    value['themeSlugs'].every((slug) => typeof slug === 'string') &&
    Array.isArray(value['fundingSources']) &&
    value['fundingSources'].every(isFundingRow)
  );
}

export function readLocalDraft(key: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) {
      return null;
    }
    const parsed: unknown = JSON.parse(raw);
    if (
      isRecord(parsed) &&
      parsed['version'] === VERSION &&
      typeof parsed['savedAt'] === 'string' &&
      (parsed['baseRevision'] === null || typeof parsed['baseRevision'] === 'number') &&
      isValues(parsed['values'])
    ) {
      return { savedAt: parsed['savedAt'], baseRevision: parsed['baseRevision'], values: parsed['values'] };
    }
    return null;
  } catch {
    // Storage disabled (private browsing, policy) or unreadable: behave as if there were none.
    return null;
  }
}

/** False when the browser refused to store it (storage full or disabled). */
export function writeLocalDraft(key: string, draft: LocalDraft): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify({ version: VERSION, ...draft }));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clean if storage is unavailable.
  }
}
