import type { OrganizationKind } from '@pairs/web-graphql';
import { cleanParam, pathWithParams, setNonEmptyParams } from '../../lib/list-search-params';
import { ORGANIZATION_KIND_OPTIONS } from './organization-format';

/** Directory of organisations, with its filters in the query string. */
export const ORGANIZATIONS_PATH = '/organisations';

export function organizationPath(slug: string): string {
  return `${ORGANIZATIONS_PATH}/${encodeURIComponent(slug)}`;
}

/** URL parameter names, in French since they show in shared links. */
export const ORGANIZATION_LIST_PARAMS = {
  search: 'recherche',
  territory: 'territoire',
  kind: 'type',
  after: 'apres',
} as const;

/** Filters and page of the directory, as read from / written to its URL. */
export interface OrganizationListFilter {
  /** Words of the name. */
  search: string | null;
  /** A territory code (`71009`, `DEP-71`…): organisations covering it. */
  territoryCode: string | null;
  kind: OrganizationKind | null;
  after: string | null;
}

export const EMPTY_ORGANIZATION_FILTER: OrganizationListFilter = {
  search: null,
  territoryCode: null,
  kind: null,
  after: null,
};

/** `AGENCE_URBANISME` ↔ `agence-urbanisme` in links. */
function kindParam(kind: OrganizationKind): string {
  return kind.toLowerCase().replace(/_/g, '-');
}

function kindOf(value: string | null): OrganizationKind | null {
  return ORGANIZATION_KIND_OPTIONS.find((option) => kindParam(option.kind) === value)?.kind ?? null;
}

/** Unknown values are ignored, so that an old or hand-edited link still shows a list. */
export function organizationFilterFromSearchParams(params: URLSearchParams): OrganizationListFilter {
  return {
    search: cleanParam(params.get(ORGANIZATION_LIST_PARAMS.search)),
    territoryCode: cleanParam(params.get(ORGANIZATION_LIST_PARAMS.territory)),
    kind: kindOf(cleanParam(params.get(ORGANIZATION_LIST_PARAMS.kind))),
    after: cleanParam(params.get(ORGANIZATION_LIST_PARAMS.after)),
  };
}

export function searchParamsFromOrganizationFilter(filter: Partial<OrganizationListFilter>): URLSearchParams {
  return setNonEmptyParams(new URLSearchParams(), [
    [ORGANIZATION_LIST_PARAMS.search, filter.search],
    [ORGANIZATION_LIST_PARAMS.territory, filter.territoryCode],
    [ORGANIZATION_LIST_PARAMS.kind, filter.kind == null ? null : kindParam(filter.kind)],
    [ORGANIZATION_LIST_PARAMS.after, filter.after],
  ]);
}

export function organizationsPath(filter: Partial<OrganizationListFilter> = {}): string {
  return pathWithParams(ORGANIZATIONS_PATH, searchParamsFromOrganizationFilter(filter));
}

/** The GraphQL `OrganizationFilter` input of a directory filter. */
export function organizationFilterInput(filter: OrganizationListFilter): {
  search?: string;
  territoryCode?: string;
  kinds?: OrganizationKind[];
} {
  return {
    ...(filter.search !== null ? { search: filter.search } : {}),
    ...(filter.territoryCode !== null ? { territoryCode: filter.territoryCode } : {}),
    ...(filter.kind !== null ? { kinds: [filter.kind] } : {}),
  };
}
