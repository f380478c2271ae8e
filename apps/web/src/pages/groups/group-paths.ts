import { cleanParam, pathWithParams, setNonEmptyParams } from '../../lib/list-search-params';

/** List of groups, with its filters in the query string. */
export const GROUPS_PATH = '/groupes';
/** The create form (a static segment: never read as a group slug). */
export const NEW_GROUP_PATH = '/groupes/nouveau';

/** Parameter of the create form naming the organisation that will run the group (its slug). */
export const ORGANIZATION_PARAM = 'organisation';
/**
 * Parameter of the ask form and of the case study editor naming the group the new content is
 * posted into (its slug).
 */
export const GROUP_PARAM = 'groupe';

export function groupPath(slug: string): string {
  return `${GROUPS_PATH}/${encodeURIComponent(slug)}`;
}

export function groupEditPath(slug: string): string {
  return `${groupPath(slug)}/modifier`;
}

export function newGroupPath(organizationSlug: string): string {
  return `${NEW_GROUP_PATH}?${new URLSearchParams({ [ORGANIZATION_PARAM]: organizationSlug }).toString()}`;
}

/** `path?groupe=<slug>`: a form that posts into a group. */
export function withGroupParam(path: string, groupSlug: string): string {
  return `${path}?${new URLSearchParams({ [GROUP_PARAM]: groupSlug }).toString()}`;
}

/** The group slug of a form's `?groupe=`, or null. */
export function groupSlugFrom(params: URLSearchParams): string | null {
  return cleanParam(params.get(GROUP_PARAM));
}

/** URL parameter names, in French since they show in shared links. */
export const GROUP_LIST_PARAMS = {
  theme: 'thematique',
  organization: ORGANIZATION_PARAM,
  mine: 'mes-groupes',
  after: 'apres',
} as const;

/** Filters and page of the group list, as read from / written to its URL. */
export interface GroupListFilter {
  themeSlug: string | null;
  organizationSlug: string | null;
  /** Only the groups the viewer is an active member of. */
  mine: boolean;
  after: string | null;
}

export function groupFilterFromSearchParams(params: URLSearchParams): GroupListFilter {
  return {
    themeSlug: cleanParam(params.get(GROUP_LIST_PARAMS.theme)),
    organizationSlug: cleanParam(params.get(GROUP_LIST_PARAMS.organization)),
    mine: cleanParam(params.get(GROUP_LIST_PARAMS.mine)) === 'oui',
    after: cleanParam(params.get(GROUP_LIST_PARAMS.after)),
  };
}

export function searchParamsFromGroupFilter(filter: Partial<GroupListFilter>): URLSearchParams {
  return setNonEmptyParams(new URLSearchParams(), [
    [GROUP_LIST_PARAMS.mine, filter.mine === true ? 'oui' : null],
    [GROUP_LIST_PARAMS.theme, filter.themeSlug],
    [GROUP_LIST_PARAMS.organization, filter.organizationSlug],
    [GROUP_LIST_PARAMS.after, filter.after],
  ]);
}

export function groupsPath(filter: Partial<GroupListFilter> = {}): string {
  return pathWithParams(GROUPS_PATH, searchParamsFromGroupFilter(filter));
}

/** The GraphQL `GroupFilter` input; "Mes groupes" only counts for a signed-in viewer. */
export function groupFilterInput(
  filter: GroupListFilter,
  signedIn: boolean,
): { themeSlugs?: string[]; organizationSlug?: string; mine?: boolean } {
  return {
    ...(filter.themeSlug !== null ? { themeSlugs: [filter.themeSlug] } : {}),
    ...(filter.organizationSlug !== null ? { organizationSlug: filter.organizationSlug } : {}),
    ...(filter.mine && signedIn ? { mine: true } : {}),
  };
}
