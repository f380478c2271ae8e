import {
  cleanParam,
  keyOfParam,
  nonDefaultParam,
  pathWithParams,
  setNonEmptyParams,
} from '../../lib/list-search-params';

/** Q&A list, with its filters in the query string. */
export const QUESTIONS_PATH = '/questions';
/** The ask-a-question form (a static segment: never read as a thread id). */
export const NEW_QUESTION_PATH = '/questions/nouvelle';

/** URL parameter of the ask form naming the case study the question is about (its slug). */
export const ABOUT_CASE_STUDY_PARAM = 'retour';

/** The ask form, optionally about a case study: `/questions/nouvelle?retour=<slug>`. */
export function newQuestionPath(caseStudySlug?: string): string {
  return caseStudySlug === undefined
    ? NEW_QUESTION_PATH
    : `${NEW_QUESTION_PATH}?${new URLSearchParams({ [ABOUT_CASE_STUDY_PARAM]: caseStudySlug }).toString()}`;
}

/** Page of a thread. */
export function questionPath(id: string): string {
  return `${QUESTIONS_PATH}/${encodeURIComponent(id)}`;
}

/** Stable URL of a reply: the thread page, starting at that reply. */
export function replyPath(threadId: string, replyId: string): string {
  return `${questionPath(threadId)}/reponses/${encodeURIComponent(replyId)}`;
}

/** Parameter of a history page selecting the revision whose changes are shown. */
export const HISTORY_VERSION_PARAM = 'version';

function withVersion(base: string, version?: number): string {
  return version === undefined ? base : `${base}?${HISTORY_VERSION_PARAM}=${version}`;
}

/** Revisions of the question. */
export function questionHistoryPath(threadId: string, version?: number): string {
  return withVersion(`${questionPath(threadId)}/historique`, version);
}

/** Revisions of a reply. */
export function replyHistoryPath(threadId: string, replyId: string, version?: number): string {
  return withVersion(`${replyPath(threadId, replyId)}/historique`, version);
}

/** Id of the element of a reply on the thread page (anchor and focus target). */
export function replyElementId(replyId: string): string {
  return `reponse-${replyId}`;
}

/** Sort orders of the list (same values as the GraphQL `ThreadOrder` enum). */
export type QuestionListOrder = 'LAST_ACTIVITY' | 'NEWEST' | 'TOP';
export const DEFAULT_QUESTION_ORDER: QuestionListOrder = 'LAST_ACTIVITY';

/** "Toutes", "Résolues" (status SOLVED), "Sans réponse" (unanswered). */
export type QuestionStatusFilter = 'ALL' | 'SOLVED' | 'UNANSWERED';

/** Values of the `tri` and `statut` parameters (the defaults are left out of URLs). */
const ORDER_PARAM_VALUES: Record<QuestionListOrder, string> = {
  LAST_ACTIVITY: 'activite',
  NEWEST: 'recentes',
  TOP: 'utiles',
};
const STATUS_PARAM_VALUES: Record<QuestionStatusFilter, string> = {
  ALL: 'toutes',
  SOLVED: 'resolues',
  UNANSWERED: 'sans-reponse',
};

/** URL parameter names, in French since they show in shared links. */
export const QUESTION_LIST_PARAMS = {
  theme: 'thematique',
  status: 'statut',
  caseStudy: ABOUT_CASE_STUDY_PARAM,
  order: 'tri',
  after: 'apres',
} as const;

/** Filters, sort order and page of the Q&A list, as read from / written to its URL. */
export interface QuestionListFilter {
  themeSlug: string | null;
  status: QuestionStatusFilter;
  /** Questions about one case study (its slug; the page looks up its id). */
  caseStudySlug: string | null;
  orderBy: QuestionListOrder;
  /** Cursor of the page to start after (`apres`), for plain next-page links. */
  after: string | null;
}

export const EMPTY_QUESTION_LIST_FILTER: QuestionListFilter = {
  themeSlug: null,
  status: 'ALL',
  caseStudySlug: null,
  orderBy: DEFAULT_QUESTION_ORDER,
  after: null,
};

/**
 * Reads the list filter from a URL query string. Unknown or malformed values are ignored rather
 * than rejected, so an old or hand-edited link still shows a list.
 */
export function questionFilterFromSearchParams(params: URLSearchParams): QuestionListFilter {
  return {
    themeSlug: cleanParam(params.get(QUESTION_LIST_PARAMS.theme)),
    status: keyOfParam(STATUS_PARAM_VALUES, cleanParam(params.get(QUESTION_LIST_PARAMS.status)), 'ALL'),
    caseStudySlug: cleanParam(params.get(QUESTION_LIST_PARAMS.caseStudy)),
    orderBy: keyOfParam(
      ORDER_PARAM_VALUES,
      cleanParam(params.get(QUESTION_LIST_PARAMS.order)),
      DEFAULT_QUESTION_ORDER,
    ),
    after: cleanParam(params.get(QUESTION_LIST_PARAMS.after)),
  };
}

/** Writes a (partial) list filter as a query string, leaving out empty and default values. */
export function searchParamsFromQuestionFilter(filter: Partial<QuestionListFilter>): URLSearchParams {
  return setNonEmptyParams(new URLSearchParams(), [
    [QUESTION_LIST_PARAMS.theme, filter.themeSlug],
    [QUESTION_LIST_PARAMS.status, nonDefaultParam(STATUS_PARAM_VALUES, filter.status, 'ALL')],
    [QUESTION_LIST_PARAMS.caseStudy, filter.caseStudySlug],
    [QUESTION_LIST_PARAMS.order, nonDefaultParam(ORDER_PARAM_VALUES, filter.orderBy, DEFAULT_QUESTION_ORDER)],
    [QUESTION_LIST_PARAMS.after, filter.after],
  ]);
}

/** Link to the list with some filters applied, e.g. `questionsPath({ status: 'UNANSWERED' })`. */
export function questionsPath(filter: Partial<QuestionListFilter> = {}): string {
  return pathWithParams(QUESTIONS_PATH, searchParamsFromQuestionFilter(filter));
}

/** The GraphQL `ThreadFilter` input of a list filter ("Sans réponse" is `unanswered: true`). */
export function threadFilterInput(
  filter: QuestionListFilter,
  caseStudyId: string | null = null,
): { themeSlugs?: string[]; status?: 'SOLVED'; unanswered?: boolean; caseStudyId?: string } {
  return {
    ...(filter.themeSlug !== null ? { themeSlugs: [filter.themeSlug] } : {}),
    ...(filter.status === 'SOLVED' ? { status: 'SOLVED' as const } : {}),
    ...(filter.status === 'UNANSWERED' ? { unanswered: true } : {}),
    ...(caseStudyId !== null ? { caseStudyId } : {}),
  };
}
