import { CASE_STUDY_LIMITS as L, type FieldErrorDetail } from '@pairs/shared-domain';
import type { FundingSourceValue } from './case-study.entity.js';

/** The editable fields as they arrive in create and update inputs. */
export interface CaseStudyContentInput {
  title?: string | null;
  summary?: string | null;
  body?: string | null;
  territoryCode?: string | null;
  themeSlugs?: string[] | null;
  startedOn?: string | null;
  endedOn?: string | null;
  costEuros?: number | null;
  fundingSources?: FundingSourceValue[] | null;
  results?: string | null;
  environmentalAssessment?: string | null;
  lessonsLearned?: string | null;
  solutionsUsed?: string[] | null;
  contact?: string | null;
}

/** Normalized values of the fields present in the input (absent fields are absent here too). */
export type CaseStudyContentChanges = {
  [K in keyof CaseStudyContentInput]?: Exclude<CaseStudyContentInput[K], undefined>;
};

const REQUIRED = ['title', 'summary', 'body', 'territoryCode', 'themeSlugs'] as const;
const MARKDOWN = ['body', 'results', 'environmentalAssessment', 'lessonsLearned'] as const;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value && Number(m[1]) >= 1900 && Number(m[1]) <= 2100;
}

/**
 * Checks and normalizes the content fields of a case study input (trimming, lengths in UTF-8
 * bytes for markdown, dates, amounts). Every problem is reported at once with its field path;
 * references (territory, themes) are checked afterwards against the database.
 *
 * `mode: 'create'` requires the first five fields; in `update`, absent fields stay unchanged,
 * `null` clears an optional field and is refused for a required one. `current` gives the dates
 * an update keeps, to check `endedOn ≥ startedOn` on the result.
 */
export function validateCaseStudyContent(
  input: CaseStudyContentInput,
  mode: 'create' | 'update',
  current: { startedOn: string | null; endedOn: string | null } = { startedOn: null, endedOn: null },
): { problems: FieldErrorDetail[]; changes: CaseStudyContentChanges } {
  const problems: FieldErrorDetail[] = [];
  const changes: CaseStudyContentChanges = {};
  const problem = (field: string, reason: string, message: string) =>
    problems.push({ field, reason, message });

  for (const field of REQUIRED) {
    const value = input[field];
    if ((mode === 'create' && value === undefined) || value === null) {
      problem(field, 'required', `${field} is required`);
    }
  }

  const text = (field: keyof CaseStudyContentInput, min: number, max: number) => {
    const value = input[field];
    if (typeof value !== 'string') return;
    const trimmed = value.trim();
    if (trimmed.length < min)
      problem(field, min > 1 ? 'minLength' : 'required', `${field} must be ${min} to ${max} characters`);
    else if (trimmed.length > max)
      problem(field, 'maxLength', `${field} must be ${min} to ${max} characters`);
    else (changes as Record<string, unknown>)[field] = trimmed;
  };
  text('title', L.titleMin, L.titleMax);
  text('summary', L.summaryMin, L.summaryMax);
  text('contact', 0, L.contactMax);
  if (input.contact === null) changes.contact = '';

  for (const field of MARKDOWN) {
    const value = input[field];
    if (value === null) {
      if (field !== 'body') changes[field] = '';
      continue;
    }
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (field === 'body' && trimmed.length === 0) problem(field, 'required', 'body is required');
    else if (Buffer.byteLength(trimmed, 'utf8') > L.markdownMaxBytes) {
      problem(field, 'maxBytes', `${field} must be at most ${L.markdownMaxBytes / 1000} KB`);
    } else changes[field] = trimmed;
  }

  if (typeof input.territoryCode === 'string') {
    const code = input.territoryCode.trim().toUpperCase();
    if (!code || code.length > 20) problem('territoryCode', 'unknown', 'Unknown territory');
    else changes.territoryCode = code;
  }

  if (Array.isArray(input.themeSlugs)) {
    const slugs = [...new Set(input.themeSlugs.map((s) => s.trim().toLowerCase()).filter(Boolean))];
    if (slugs.length === 0) problem('themeSlugs', 'required', 'At least one theme is required');
    else if (slugs.length > L.themesMax) problem('themeSlugs', 'maxSize', `At most ${L.themesMax} themes`);
    else changes.themeSlugs = slugs;
  }

  if (Array.isArray(input.solutionsUsed)) {
    const solutions = [...new Set(input.solutionsUsed.map((s) => s.trim()).filter(Boolean))];
    if (solutions.length > L.solutionsMax)
      problem('solutionsUsed', 'maxSize', `At most ${L.solutionsMax} solutions`);
    solutions.forEach((s, i) => {
      if (s.length > L.solutionMax)
        problem(`solutionsUsed.${i}`, 'maxLength', `At most ${L.solutionMax} characters`);
    });
    changes.solutionsUsed = solutions;
  } else if (input.solutionsUsed === null) changes.solutionsUsed = [];

  const amount = (field: string, value: number) => {
    if (!Number.isInteger(value) || value < 0) problem(field, 'min', `${field} cannot be negative`);
    else if (value > L.amountMax) problem(field, 'max', `${field} is too large`);
  };
  if (typeof input.costEuros === 'number') {
    amount('costEuros', input.costEuros);
    changes.costEuros = input.costEuros;
  } else if (input.costEuros === null) changes.costEuros = null;

  if (Array.isArray(input.fundingSources)) {
    if (input.fundingSources.length > L.fundingSourcesMax) {
      problem('fundingSources', 'maxSize', `At most ${L.fundingSourcesMax} funding sources`);
    }
    const sources: FundingSourceValue[] = [];
    input.fundingSources.forEach((source, i) => {
      const name = source.name.trim();
      if (!name || name.length > L.fundingNameMax) {
        problem(`fundingSources.${i}.name`, 'length', `name must be 1 to ${L.fundingNameMax} characters`);
      }
      amount(`fundingSources.${i}.amountEuros`, source.amountEuros);
      sources.push({ name, amountEuros: source.amountEuros });
    });
    changes.fundingSources = sources;
  } else if (input.fundingSources === null) changes.fundingSources = [];

  for (const field of ['startedOn', 'endedOn'] as const) {
    const value = input[field];
    if (value === null) changes[field] = null;
    else if (typeof value === 'string') {
      if (!isCalendarDate(value.trim())) problem(field, 'date', `${field} must be a date (YYYY-MM-DD)`);
      else changes[field] = value.trim();
    }
  }
  const startedOn = changes.startedOn !== undefined ? changes.startedOn : current.startedOn;
  const endedOn = changes.endedOn !== undefined ? changes.endedOn : current.endedOn;
  if (startedOn && endedOn && endedOn < startedOn && !problems.some((p) => p.field === 'endedOn')) {
    problem('endedOn', 'beforeStart', 'endedOn cannot be before startedOn');
  }

  return { problems, changes };
}
