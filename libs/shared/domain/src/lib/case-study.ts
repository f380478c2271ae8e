/**
 * Case studies ("retours d'expérience"): states, limits and population bands shared by the API
 * (validation, filters) and the web app (forms, facet labels).
 */
export const CaseStudyStatus = {
  DRAFT: 'DRAFT',
  IN_REVIEW: 'IN_REVIEW',
  PUBLISHED: 'PUBLISHED',
  ARCHIVED: 'ARCHIVED',
  HIDDEN: 'HIDDEN',
} as const;
export type CaseStudyStatus = (typeof CaseStudyStatus)[keyof typeof CaseStudyStatus];
export const CASE_STUDY_STATUSES: readonly CaseStudyStatus[] = Object.values(CaseStudyStatus);

export const CASE_STUDY_LIMITS = {
  titleMin: 5,
  titleMax: 200,
  summaryMin: 10,
  summaryMax: 600,
  /** Each markdown field (body, results, environmental assessment, lessons learned), in UTF-8 bytes. */
  markdownMaxBytes: 100_000,
  contactMax: 500,
  themesMax: 5,
  solutionsMax: 20,
  solutionMax: 120,
  fundingSourcesMax: 20,
  fundingNameMax: 160,
  coAuthorsMax: 10,
  reviewCommentMax: 5_000,
  /** Largest amount accepted for a cost or a funding (GraphQL Int). */
  amountMax: 2_000_000_000,
} as const;

/** Slugs that are web routes under `/retours-d-experience/`: never given to a case study. */
export const RESERVED_CASE_STUDY_SLUGS: readonly string[] = ['nouveau'];

/**
 * Fixed population bands ("communes comme la mienne"), by municipal population (INSEE).
 * A territory without a known population has no band.
 */
export const PopulationBand = {
  UNDER_1000: 'UNDER_1000',
  FROM_1000_TO_3499: 'FROM_1000_TO_3499',
  FROM_3500_TO_9999: 'FROM_3500_TO_9999',
  FROM_10000_TO_49999: 'FROM_10000_TO_49999',
  FROM_50000: 'FROM_50000',
} as const;
export type PopulationBand = (typeof PopulationBand)[keyof typeof PopulationBand];

export interface PopulationBandDefinition {
  band: PopulationBand;
  /** Inclusive bounds; `max` is null for the last band. */
  min: number;
  max: number | null;
  label: string;
}

export const POPULATION_BANDS: readonly PopulationBandDefinition[] = [
  { band: 'UNDER_1000', min: 0, max: 999, label: 'Moins de 1 000 habitants' },
  { band: 'FROM_1000_TO_3499', min: 1000, max: 3499, label: 'De 1 000 à 3 499 habitants' },
  { band: 'FROM_3500_TO_9999', min: 3500, max: 9999, label: 'De 3 500 à 9 999 habitants' },
  { band: 'FROM_10000_TO_49999', min: 10000, max: 49999, label: 'De 10 000 à 49 999 habitants' },
  { band: 'FROM_50000', min: 50000, max: null, label: '50 000 habitants et plus' },
];

export function populationBandOf(population: number | null | undefined): PopulationBand | null {
  if (population == null || population < 0) return null;
  const found = POPULATION_BANDS.find((b) => population >= b.min && (b.max === null || population <= b.max));
  return found ? found.band : null;
}

export function populationBandDefinition(band: PopulationBand): PopulationBandDefinition {
  const found = POPULATION_BANDS.find((b) => b.band === band);
  if (!found) throw new Error(`Unknown population band ${band}`);
  return found;
}
