import { isRecord, isStringArray, readStored, removeStored, writeStored } from '../../lib/local-store';
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

/** A new case study for a group has its own draft: text meant for a private group stays out of the commons. */
export function localDraftKey(
  userId: string,
  caseStudyId: string | null,
  newInGroupSlug: string | null = null,
): string {
  if (caseStudyId === null && newInGroupSlug !== null)
    return `${PREFIX}:${userId}:new:groupe:${newInGroupSlug}`;
  return `${PREFIX}:${userId}:${caseStudyId ?? 'new'}`;
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
    isStringArray(value['themeSlugs']) &&
    Array.isArray(value['fundingSources']) &&
    value['fundingSources'].every(isFundingRow)
  );
}

export function readLocalDraft(key: string): LocalDraft | null {
  return readStored(key, VERSION, (stored) =>
    typeof stored['savedAt'] === 'string' &&
    (stored['baseRevision'] === null || typeof stored['baseRevision'] === 'number') &&
    isValues(stored['values'])
      ? { savedAt: stored['savedAt'], baseRevision: stored['baseRevision'], values: stored['values'] }
      : null,
  );
}

/** False when the browser refused to store it (storage full or disabled). */
export function writeLocalDraft(key: string, draft: LocalDraft): boolean {
  return writeStored(key, VERSION, draft);
}

export function removeLocalDraft(key: string): void {
  removeStored(key);
}
