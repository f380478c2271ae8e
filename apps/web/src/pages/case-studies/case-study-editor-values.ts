import { CASE_STUDY_LIMITS as LIMITS } from '@pairs/shared-domain';
import { fieldErrorMessage } from '@pairs/web-graphql';
import type { FieldErrorMapping } from '../../lib/form-errors';
import type { TerritoryChoice } from '../account/territory-field';
import { REVISION_FIELD_LABELS } from './case-study-format';

/** One row of the "Financements" list, as typed (the amount stays text until it is sent). */
export interface FundingRow {
  /** React key, stable across renders and local drafts. */
  key: string;
  name: string;
  amount: string;
}

/** Everything the editor holds, as typed: what the local draft stores and the form shows. */
export interface CaseStudyEditorValues {
  title: string;
  summary: string;
  territory: TerritoryChoice | null;
  /** Text of the territory field (may differ from the chosen territory while typing). */
  territoryText: string;
  themeSlugs: string[];
  /** `YYYY-MM-DD` or empty. */
  startedOn: string;
  endedOn: string;
  cost: string;
  fundingSources: FundingRow[];
  body: string;
  results: string;
  environmentalAssessment: string;
  lessonsLearned: string;
  /** Comma-separated list. */
  solutions: string;
  contact: string;
}

export type MarkdownFieldName = 'body' | 'results' | 'environmentalAssessment' | 'lessonsLearned';

export const EMPTY_VALUES: CaseStudyEditorValues = {
  title: '',
  summary: '',
  territory: null,
  territoryText: '',
  themeSlugs: [],
  startedOn: '',
  endedOn: '',
  cost: '',
  fundingSources: [],
  body: '',
  results: '',
  environmentalAssessment: '',
  lessonsLearned: '',
  solutions: '',
  contact: '',
};

/** What the editor reads from a saved case study. */
export interface EditableCaseStudy {
  title: string;
  summary: string;
  territory: TerritoryChoice;
  themes: ReadonlyArray<{ slug: string }>;
  startedOn?: string | null;
  endedOn?: string | null;
  costEuros?: number | null;
  fundingSources: ReadonlyArray<{ name: string; amountEuros: number }>;
  body: string;
  results: string;
  environmentalAssessment: string;
  lessonsLearned: string;
  solutionsUsed: readonly string[];
  contact: string;
}

let rowCounter = 0;

/** A key for a new funding row, unique in this page. */
export function newRowKey(): string {
  rowCounter += 1;
  return `financement-${Date.now().toString(36)}-${rowCounter}`;
}

export function valuesFromCaseStudy(caseStudy: EditableCaseStudy): CaseStudyEditorValues {
  return {
    title: caseStudy.title,
    summary: caseStudy.summary,
    territory: caseStudy.territory,
    territoryText: caseStudy.territory.name,
    themeSlugs: caseStudy.themes.map((theme) => theme.slug),
    startedOn: caseStudy.startedOn ?? '',
    endedOn: caseStudy.endedOn ?? '',
    cost: caseStudy.costEuros == null ? '' : String(caseStudy.costEuros),
    fundingSources: caseStudy.fundingSources.map((source, index) => ({
      key: `financement-enregistre-${index}`,
      name: source.name,
      amount: String(source.amountEuros),
    })),
    body: caseStudy.body,
    results: caseStudy.results,
    environmentalAssessment: caseStudy.environmentalAssessment,
    lessonsLearned: caseStudy.lessonsLearned,
    solutions: caseStudy.solutionsUsed.join(', '),
    contact: caseStudy.contact,
  };
}

/** "12 000 €" → 12000; null when empty; NaN when not a whole number of euros. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (compact === '') {
    return null;
  }
  return /^-?\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

/** "LED, Citelum , , LED" → ["LED", "Citelum"] (as the API normalises it). */
export function parseSolutions(text: string): string[] {
  const solutions: string[] = [];
  for (const raw of text.split(',')) {
    const solution = raw.trim();
    if (solution !== '' && !solutions.includes(solution)) {
      solutions.push(solution);
    }
  }
  return solutions;
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The content fields of `CreateCaseStudyInput` (and of `UpdateCaseStudyInput`, which adds id and revision). */
export interface CaseStudyContentInput {
  title: string;
  summary: string;
  body: string;
  territoryCode: string;
  themeSlugs: string[];
  startedOn: string | null;
  endedOn: string | null;
  costEuros: number | null;
  fundingSources: Array<{ name: string; amountEuros: number }>;
  results: string;
  environmentalAssessment: string;
  lessonsLearned: string;
  solutionsUsed: string[];
  contact: string;
}

/**
 * The input sent to the API. Every field is sent, so that a save always writes what the author
 * sees (`null` clears an optional date or amount). Call it on values that passed
 * `validateValues`: an amount that is not a number would be sent as 0.
 */
export function contentInput(values: CaseStudyEditorValues): CaseStudyContentInput {
  const cost = parseAmount(values.cost);
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: values.body,
    territoryCode: values.territory?.code ?? '',
    themeSlugs: values.themeSlugs,
    startedOn: values.startedOn === '' ? null : values.startedOn,
    endedOn: values.endedOn === '' ? null : values.endedOn,
    costEuros: cost === null || Number.isNaN(cost) ? null : cost,
    fundingSources: values.fundingSources.map((row) => {
      const amount = parseAmount(row.amount);
      return { name: row.name.trim(), amountEuros: amount === null || Number.isNaN(amount) ? 0 : amount };
    }),
    results: values.results,
    environmentalAssessment: values.environmentalAssessment,
    lessonsLearned: values.lessonsLearned,
    solutionsUsed: parseSolutions(values.solutions),
    contact: values.contact.trim(),
  };
}

/**
 * What a save would change, ignoring what the API normalises away (surrounding spaces, an
 * unfinished territory search): two values with the same key hold the same content.
 */
export function contentKey(values: CaseStudyEditorValues): string {
  return JSON.stringify({
    title: values.title.trim(),
    summary: values.summary.trim(),
    territory: values.territory?.code ?? null,
    themes: values.themeSlugs,
    startedOn: values.startedOn,
    endedOn: values.endedOn,
    cost: values.cost.trim(),
    funding: values.fundingSources.map((row) => [row.name.trim(), row.amount.trim()]),
    body: values.body.trim(),
    results: values.results.trim(),
    environmentalAssessment: values.environmentalAssessment.trim(),
    lessonsLearned: values.lessonsLearned.trim(),
    solutions: parseSolutions(values.solutions),
    contact: values.contact.trim(),
  });
}

export function sameContent(a: CaseStudyEditorValues, b: CaseStudyEditorValues): boolean {
  return contentKey(a) === contentKey(b);
}

const COUNT = new Intl.NumberFormat('fr-FR');
const count = (n: number) => COUNT.format(n);
const MARKDOWN_MAX = `${count(LIMITS.markdownMaxBytes / 1000)} Ko`;

/** Fields in form order (the labels of the history page are the form's). */
const FIELD_ORDER = Object.keys(REVISION_FIELD_LABELS);

/** French texts of the API's `field:reason` pairs for case studies (list indices written `N`). */
const CASE_STUDY_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  'title:required': 'Saisissez un titre.',
  'title:minLength': `Le titre doit compter au moins ${LIMITS.titleMin} caractères.`,
  'title:maxLength': `Le titre ne doit pas dépasser ${count(LIMITS.titleMax)} caractères.`,
  'summary:required': 'Saisissez un résumé.',
  'summary:minLength': `Le résumé doit compter au moins ${LIMITS.summaryMin} caractères.`,
  'summary:maxLength': `Le résumé ne doit pas dépasser ${count(LIMITS.summaryMax)} caractères.`,
  'body:required': 'Décrivez le projet.',
  'body:maxBytes': `Le texte du projet dépasse la taille maximale (${MARKDOWN_MAX}).`,
  'results:maxBytes': `Les résultats dépassent la taille maximale (${MARKDOWN_MAX}).`,
  'environmentalAssessment:maxBytes': `Le bilan dépasse la taille maximale (${MARKDOWN_MAX}).`,
  'lessonsLearned:maxBytes': `Les enseignements dépassent la taille maximale (${MARKDOWN_MAX}).`,
  'contact:maxLength': `Le contact ne doit pas dépasser ${count(LIMITS.contactMax)} caractères.`,
  'territoryCode:required': 'Choisissez un territoire dans la liste proposée.',
  'territoryCode:unknown': 'Territoire inconnu. Choisissez un territoire dans la liste proposée.',
  'themeSlugs:required': 'Choisissez au moins une thématique.',
  'themeSlugs:maxSize': `Choisissez ${LIMITS.themesMax} thématiques au plus.`,
  'themeSlugs.N:unknown': "Une des thématiques choisies n'existe plus. Décochez-la puis réessayez.",
  'themeSlugs.N:archived':
    'Une des thématiques choisies a été archivée et ne reçoit plus de contenus. Décochez-la puis réessayez.',
  'solutionsUsed:maxSize': `Indiquez ${LIMITS.solutionsMax} solutions au plus.`,
  'solutionsUsed.N:maxLength': `Chaque solution doit compter ${LIMITS.solutionMax} caractères au plus.`,
  'costEuros:min': 'Le coût ne peut pas être négatif.',
  'costEuros:max': 'Ce montant est trop élevé.',
  'fundingSources:maxSize': `Indiquez ${LIMITS.fundingSourcesMax} financements au plus.`,
  'fundingSources.N.name:length': `Indiquez le nom du financeur (${LIMITS.fundingNameMax} caractères au plus).`,
  'fundingSources.N.amountEuros:min': 'Le montant ne peut pas être négatif.',
  'fundingSources.N.amountEuros:max': 'Ce montant est trop élevé.',
  'startedOn:date': 'Saisissez une date valide.',
  'endedOn:date': 'Saisissez une date valide.',
  'endedOn:beforeStart': 'La date de fin ne peut pas précéder la date de début.',
};

/**
 * Where the form shows an API field error: list items of the themes and solutions belong to
 * their group; funding rows keep their index (one input each).
 */
export function formFieldOf(path: string): string {
  const match = /^(themeSlugs|solutionsUsed)\.\d+$/.exec(path);
  return match?.[1] ?? path;
}

/** French text for one invalid field of a case study input. */
export function caseStudyFieldMessage(field: string, reason: string): string {
  const key = `${field.replace(/\.\d+(?=\.|$)/g, '.N')}:${reason}`;
  return CASE_STUDY_FIELD_MESSAGES[key] ?? fieldErrorMessage(field, reason);
}

/** Where the editor shows the API's field errors, and in which words. */
export const CASE_STUDY_FIELD_ERRORS: FieldErrorMapping = {
  fieldOf: formFieldOf,
  message: caseStudyFieldMessage,
};

/** Summary label of a field path: "Financement 2 — montant". */
export function fieldLabel(path: string): string {
  const funding = /^fundingSources\.(\d+)\.(name|amountEuros)$/.exec(path);
  if (funding !== null) {
    const part = funding[2] === 'name' ? 'financeur' : 'montant';
    return `Financement ${Number(funding[1]) + 1} — ${part}`;
  }
  return REVISION_FIELD_LABELS[formFieldOf(path)] ?? path;
}

/** Sorts error paths in form order (unknown paths last). */
export function inFormOrder(paths: readonly string[]): string[] {
  const rank = (path: string) => {
    const index = FIELD_ORDER.indexOf(formFieldOf(path).replace(/^fundingSources\..*$/, 'fundingSources'));
    return index === -1 ? FIELD_ORDER.length : index;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

function checkAmount(errors: Record<string, string>, field: string, text: string, required: boolean): void {
  const amount = parseAmount(text);
  if (amount === null) {
    if (required) {
      errors[field] = 'Indiquez le montant en euros.';
    }
  } else if (Number.isNaN(amount)) {
    errors[field] = 'Indiquez un montant en euros, sans centimes (par exemple 12 000).';
  } else if (amount < 0) {
    errors[field] = caseStudyFieldMessage(field, 'min');
  } else if (amount > LIMITS.amountMax) {
    errors[field] = caseStudyFieldMessage(field, 'max');
  }
}

/**
 * The API's checks, run before sending so that most mistakes are shown at once. The API checks
 * everything again: its answer is the one that counts.
 */
export function validateValues(values: CaseStudyEditorValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (title === '') errors['title'] = caseStudyFieldMessage('title', 'required');
  else if (title.length < LIMITS.titleMin) errors['title'] = caseStudyFieldMessage('title', 'minLength');
  else if (title.length > LIMITS.titleMax) errors['title'] = caseStudyFieldMessage('title', 'maxLength');

  const summary = values.summary.trim();
  if (summary === '') errors['summary'] = caseStudyFieldMessage('summary', 'required');
  else if (summary.length < LIMITS.summaryMin)
    errors['summary'] = caseStudyFieldMessage('summary', 'minLength');
  else if (summary.length > LIMITS.summaryMax)
    errors['summary'] = caseStudyFieldMessage('summary', 'maxLength');

  if (values.territory === null) {
    errors['territoryCode'] = caseStudyFieldMessage('territoryCode', 'required');
  }
  if (values.themeSlugs.length === 0) errors['themeSlugs'] = caseStudyFieldMessage('themeSlugs', 'required');
  else if (values.themeSlugs.length > LIMITS.themesMax)
    errors['themeSlugs'] = caseStudyFieldMessage('themeSlugs', 'maxSize');

  if (values.startedOn !== '' && values.endedOn !== '' && values.endedOn < values.startedOn) {
    errors['endedOn'] = caseStudyFieldMessage('endedOn', 'beforeStart');
  }

  checkAmount(errors, 'costEuros', values.cost, false);
  if (values.fundingSources.length > LIMITS.fundingSourcesMax) {
    errors['fundingSources'] = caseStudyFieldMessage('fundingSources', 'maxSize');
  }
  values.fundingSources.forEach((row, index) => {
    const name = row.name.trim();
    if (name === '' || name.length > LIMITS.fundingNameMax) {
      errors[`fundingSources.${index}.name`] = caseStudyFieldMessage(
        `fundingSources.${index}.name`,
        'length',
      );
    }
    checkAmount(errors, `fundingSources.${index}.amountEuros`, row.amount, true);
  });

  if (values.body.trim() === '') errors['body'] = caseStudyFieldMessage('body', 'required');
  for (const field of ['body', 'results', 'environmentalAssessment', 'lessonsLearned'] as const) {
    if (errors[field] === undefined && utf8Bytes(values[field].trim()) > LIMITS.markdownMaxBytes) {
      errors[field] = caseStudyFieldMessage(field, 'maxBytes');
    }
  }

  const solutions = parseSolutions(values.solutions);
  if (solutions.length > LIMITS.solutionsMax) {
    errors['solutionsUsed'] = caseStudyFieldMessage('solutionsUsed', 'maxSize');
  } else if (solutions.some((solution) => solution.length > LIMITS.solutionMax)) {
    errors['solutionsUsed'] = caseStudyFieldMessage('solutionsUsed.0', 'maxLength');
  }
  if (values.contact.trim().length > LIMITS.contactMax) {
    errors['contact'] = caseStudyFieldMessage('contact', 'maxLength');
  }
  return errors;
}
