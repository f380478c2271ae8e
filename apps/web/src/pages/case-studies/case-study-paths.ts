import { POPULATION_BANDS, type PopulationBand } from '@pairs/shared-domain';
import {
  cleanParam,
  keyOfParam,
  nonDefaultParam,
  pathWithParams,
  setNonEmptyParams,
} from '../../lib/list-search-params';

/** List of published case studies, with facet filters in the query string. */
export const CASE_STUDIES_PATH = '/retours-d-experience';
/** Editor for a new case study (the slug `nouveau` is reserved by the API). */
export const NEW_CASE_STUDY_PATH = '/retours-d-experience/nouveau';
/** The signed-in member's own case studies (drafts included). */
export const MY_CASE_STUDIES_PATH = '/mes-retours-d-experience';
/** Moderators' queue of case studies waiting for review. */
export const CASE_STUDY_REVIEW_QUEUE_PATH = '/moderation/relectures';

/** Public page of a case study. */
export function caseStudyPath(slug: string): string {
  return `${CASE_STUDIES_PATH}/${encodeURIComponent(slug)}`;
}

export function caseStudyEditPath(slug: string): string {
  return `${caseStudyPath(slug)}/modifier`;
}

/** Revision history; `revision` selects the revision whose diff is shown. */
export function caseStudyHistoryPath(slug: string, revision?: number): string {
  const base = `${caseStudyPath(slug)}/historique`;
  return revision === undefined ? base : `${base}?${HISTORY_REVISION_PARAM}=${revision}`;
}

export const HISTORY_REVISION_PARAM = 'revision';

/** Sort orders of the list (same values as the GraphQL `CaseStudyOrder` enum). */
export type CaseStudyListOrder = 'PUBLISHED_AT' | 'UPDATED_AT' | 'POPULARITY';
export const DEFAULT_CASE_STUDY_ORDER: CaseStudyListOrder = 'PUBLISHED_AT';

/** Value of the `tri` URL parameter for each order (the default one is left out of URLs). */
const ORDER_PARAM_VALUES: Record<CaseStudyListOrder, string> = {
  PUBLISHED_AT: 'recents',
  UPDATED_AT: 'mis-a-jour',
  POPULARITY: 'populaires',
};

/** Facets, sort order and page of the case study list, as read from / written to its URL. */
export interface CaseStudyListFilter {
  themeSlugs: string[];
  populationBand: PopulationBand | null;
  /** `27` or `REG-27`, passed through to the API. */
  regionCode: string | null;
  /** `71` or `DEP-71`. */
  departementCode: string | null;
  /** A territory code; the API includes the territories inside it. */
  territoryCode: string | null;
  orderBy: CaseStudyListOrder;
  /** Cursor of the page to start after (`apres`), for plain next-page links. */
  after: string | null;
}

/** URL parameter names, in French since they show in shared links. */
export const CASE_STUDY_LIST_PARAMS = {
  theme: 'thematique',
  population: 'population',
  region: 'region',
  departement: 'departement',
  territory: 'territoire',
  order: 'tri',
  after: 'apres',
} as const;

/** More themes than the API accepts in a filter would only produce an error page. */
const MAX_THEME_PARAMS = 20;

export const EMPTY_CASE_STUDY_LIST_FILTER: CaseStudyListFilter = {
  themeSlugs: [],
  populationBand: null,
  regionCode: null,
  departementCode: null,
  territoryCode: null,
  orderBy: DEFAULT_CASE_STUDY_ORDER,
  after: null,
};

function isPopulationBand(value: string): value is PopulationBand {
  return POPULATION_BANDS.some((b) => b.band === value);
}

/**
 * Reads the list filter from a URL query string. Unknown or malformed values are ignored
 * rather than rejected, so an old or hand-edited link still shows a list.
 */
export function filterFromSearchParams(params: URLSearchParams): CaseStudyListFilter {
  const themeSlugs: string[] = [];
  for (const raw of params.getAll(CASE_STUDY_LIST_PARAMS.theme)) {
    const slug = cleanParam(raw);
    if (slug !== null && !themeSlugs.includes(slug) && themeSlugs.length < MAX_THEME_PARAMS) {
      themeSlugs.push(slug);
    }
  }
  const population = cleanParam(params.get(CASE_STUDY_LIST_PARAMS.population));
  return {
    themeSlugs,
    populationBand: population !== null && isPopulationBand(population) ? population : null,
    regionCode: cleanParam(params.get(CASE_STUDY_LIST_PARAMS.region)),
    departementCode: cleanParam(params.get(CASE_STUDY_LIST_PARAMS.departement)),
    territoryCode: cleanParam(params.get(CASE_STUDY_LIST_PARAMS.territory)),
    orderBy: keyOfParam(
      ORDER_PARAM_VALUES,
      cleanParam(params.get(CASE_STUDY_LIST_PARAMS.order)),
      DEFAULT_CASE_STUDY_ORDER,
    ),
    after: cleanParam(params.get(CASE_STUDY_LIST_PARAMS.after)),
  };
}

/**
 * Writes a (partial) list filter as a query string, leaving out empty values and the
 * default order so that equal filters give equal URLs.
 */
export function searchParamsFromFilter(filter: Partial<CaseStudyListFilter>): URLSearchParams {
  const params = new URLSearchParams();
  for (const slug of filter.themeSlugs ?? []) {
    if (slug !== '' && !params.getAll(CASE_STUDY_LIST_PARAMS.theme).includes(slug)) {
      params.append(CASE_STUDY_LIST_PARAMS.theme, slug);
    }
  }
  return setNonEmptyParams(params, [
    [CASE_STUDY_LIST_PARAMS.population, filter.populationBand],
    [CASE_STUDY_LIST_PARAMS.region, filter.regionCode],
    [CASE_STUDY_LIST_PARAMS.departement, filter.departementCode],
    [CASE_STUDY_LIST_PARAMS.territory, filter.territoryCode],
    [
      CASE_STUDY_LIST_PARAMS.order,
      nonDefaultParam(ORDER_PARAM_VALUES, filter.orderBy, DEFAULT_CASE_STUDY_ORDER),
    ],
    [CASE_STUDY_LIST_PARAMS.after, filter.after],
  ]);
}

/** Link to the list with some facets applied, e.g. `caseStudiesPath({ themeSlugs: ['eau'] })`. */
export function caseStudiesPath(filter: Partial<CaseStudyListFilter> = {}): string {
  return pathWithParams(CASE_STUDIES_PATH, searchParamsFromFilter(filter));
}

/** The GraphQL `CaseStudyFilter` input for a list filter (published case studies only). */
export function caseStudyFilterInput(filter: CaseStudyListFilter): {
  themeSlugs?: string[];
  populationBand?: PopulationBand;
  regionCode?: string;
  departementCode?: string;
  territoryCode?: string;
} {
  return {
    ...(filter.themeSlugs.length > 0 ? { themeSlugs: filter.themeSlugs } : {}),
    ...(filter.populationBand !== null ? { populationBand: filter.populationBand } : {}),
    ...(filter.regionCode !== null ? { regionCode: filter.regionCode } : {}),
    ...(filter.departementCode !== null ? { departementCode: filter.departementCode } : {}),
    ...(filter.territoryCode !== null ? { territoryCode: filter.territoryCode } : {}),
  };
}
