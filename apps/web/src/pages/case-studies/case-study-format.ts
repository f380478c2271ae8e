import type { AlertProps } from '@codegouvfr/react-dsfr/Alert';
import { POPULATION_BANDS, type CaseStudyStatus, type PopulationBand } from '@pairs/shared-domain';

const STATUS_LABELS: Record<CaseStudyStatus, string> = {
  DRAFT: 'Brouillon',
  IN_REVIEW: 'En relecture',
  PUBLISHED: 'Publié',
  ARCHIVED: 'Archivé',
  HIDDEN: 'Masqué',
};

/** DSFR badge colour of each status; the label always says it in words too. */
const STATUS_SEVERITIES: Record<CaseStudyStatus, AlertProps.Severity | 'new' | undefined> = {
  DRAFT: undefined,
  IN_REVIEW: 'new',
  PUBLISHED: 'success',
  ARCHIVED: 'warning',
  HIDDEN: 'error',
};

export function caseStudyStatusLabel(status: CaseStudyStatus): string {
  return STATUS_LABELS[status];
}

export function caseStudyStatusSeverity(status: CaseStudyStatus): AlertProps.Severity | 'new' | undefined {
  return STATUS_SEVERITIES[status];
}

export function populationBandLabel(band: PopulationBand): string {
  return POPULATION_BANDS.find((b) => b.band === band)?.label ?? band;
}

const EUROS = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

/** 125000 → "125 000 €" (French grouping and symbol placement). */
export function formatEuros(amount: number): string {
  return EUROS.format(amount);
}

/** 1 → "1 consultation", 1520 → "1 520 consultations". */
export function formatViewCount(count: number): string {
  return `${new Intl.NumberFormat('fr-FR').format(count)} consultation${count > 1 ? 's' : ''}`;
}

/** 12 → "12 retours d'expérience", 1 → "1 retour d'expérience", 0 → "Aucun retour d'expérience". */
export function formatCaseStudyCount(count: number): string {
  if (count === 0) return "Aucun retour d'expérience";
  const number = new Intl.NumberFormat('fr-FR').format(count);
  return count > 1 ? `${number} retours d'expérience` : `${number} retour d'expérience`;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** `2022-03-15` → "mars 2022"; null for anything that is not a `YYYY-MM-DD` date. */
export function formatMonth(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  return match === null || month === undefined ? null : `${month} ${match[1]}`;
}

/** "de mars" but "d'avril", "d'août", "d'octobre". */
function de(month: string): string {
  return /^[aeiouéè]/i.test(month) ? `d'${month}` : `de ${month}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The period of a project: "De mars 2022 à juin 2023", "En mars 2022" (one month),
 * "Depuis mars 2022 (en cours)"; null when no start date is known.
 */
export function formatPeriod(
  startedOn: string | null | undefined,
  endedOn: string | null | undefined,
): string | null {
  const start = startedOn == null ? null : formatMonth(startedOn);
  const end = endedOn == null ? null : formatMonth(endedOn);
  if (start === null) {
    return end === null ? null : `Terminé en ${end}`;
  }
  if (end === null) {
    return `Depuis ${start} (en cours)`;
  }
  return start === end ? `En ${start}` : `${capitalize(de(start))} à ${end}`;
}

/** Content fields of a revision (`CaseStudyRevision.changedFields`), in display order, in French. */
export const REVISION_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Titre',
  summary: 'Résumé',
  territoryCode: 'Territoire',
  themeSlugs: 'Thématiques',
  startedOn: 'Date de début',
  endedOn: 'Date de fin',
  costEuros: 'Coût total',
  fundingSources: 'Financements',
  body: 'Le projet',
  results: 'Résultats',
  environmentalAssessment: 'Bilan coûts/bénéfices et environnemental',
  lessonsLearned: 'Enseignements',
  solutionsUsed: 'Solutions utilisées',
  contact: 'Contact',
};

/** French label of a changed field; an unknown name (a field added later) is shown as is. */
export function revisionFieldLabel(field: string): string {
  return REVISION_FIELD_LABELS[field] ?? field;
}
