import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { graphql } from '@pairs/web-graphql';
import { PageTitle } from '@pairs/web-ui';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { appendPage, useMoreResults } from '../../lib/use-more-results';
import {
  ActiveFilterTags,
  FilteredListLayout,
  ListLoadError,
  PagedResults,
  type ActiveFilter,
} from '../../ui/filtered-list';
import { GROUPS_PATH } from '../groups/group-paths';
import { OrganizationCard } from './organization-card';
import {
  formatOrganizationCount,
  ORGANIZATION_KIND_OPTIONS,
  organizationKindLabel,
} from './organization-format';
import {
  organizationFilterFromSearchParams,
  organizationFilterInput,
  organizationsPath,
  searchParamsFromOrganizationFilter,
  type OrganizationListFilter,
} from './organization-paths';
import { TerritoryFilter, useFilterTerritory } from './territory-filter';

export const ORGANIZATION_PAGE_SIZE = 12;

export const OrganizationListQuery = graphql(`
  query OrganizationList($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...OrganizationCard
        }
      }
    }
  }
`);

/** Next pages: same list, without counting again. */
export const OrganizationListMoreQuery = graphql(`
  query OrganizationListMore($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...OrganizationCard
        }
      }
    }
  }
`);

const TITLE = 'Organisations';

function hasFilter(filter: OrganizationListFilter): boolean {
  return filter.search !== null || filter.territoryCode !== null || filter.kind !== null;
}

/**
 * `/organisations`: the hubs de territoires, syndicats, agencies… that run peer groups, searched
 * by name, territory and kind, with the filters in the URL and "Voir plus" paging.
 */
export function OrganizationListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = organizationFilterFromSearchParams(searchParams);
  const territory = useFilterTerritory(filter.territoryCode);
  const variables = {
    filter: organizationFilterInput(filter),
    first: ORGANIZATION_PAGE_SIZE,
    after: filter.after,
  };
  const { data, previousData, loading, error, fetchMore } = useQuery(OrganizationListQuery, { variables });
  // While another filter loads, keep the previous answer on screen: the controls keep focus.
  const connection = error === undefined ? (data ?? previousData)?.organizations : undefined;
  const more = useMoreResults({
    shownCount: connection?.edges.length ?? 0,
    endCursor: connection?.pageInfo.endCursor,
    fetchPage: (after) =>
      fetchMore({
        query: OrganizationListMoreQuery,
        variables: { ...variables, after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          organizations: appendPage(previous.organizations, fetchMoreResult.organizations),
        }),
      }),
  });

  /** Applies a change of filter: a new history entry, back to the first page. */
  const update = (change: Partial<OrganizationListFilter>) => {
    more.reset();
    setSearchParams(searchParamsFromOrganizationFilter({ ...filter, ...change, after: null }));
  };

  let countText = '';
  if (connection !== undefined) countText = formatOrganizationCount(connection.totalCount);
  else if (loading) countText = 'Chargement des organisations…';

  return (
    <div className="fr-container fr-my-6w">
      <PageTitle documentTitle={TITLE} />
      <p className="fr-text--lead">
        Hubs de territoires, syndicats mixtes, agences et associations d'élus : les structures qui animent les{' '}
        <Link to={GROUPS_PATH}>groupes de pairs</Link> et qui peuvent vous accompagner.
      </p>
      <FilteredListLayout
        filters={
          <>
            <NameSearch key={filter.search ?? ''} search={filter.search} onSearch={update} />
            <TerritoryFilter
              label="Territoire couvert"
              code={filter.territoryCode}
              selected={territory}
              onSelect={(territoryCode) => update({ territoryCode })}
            />
            <Select
              label="Type d'organisation"
              nativeSelectProps={{
                value: filter.kind ?? '',
                onChange: (event) =>
                  update({
                    kind:
                      ORGANIZATION_KIND_OPTIONS.find((option) => option.kind === event.target.value)?.kind ??
                      null,
                  }),
              }}
            >
              <option value="">Tous les types</option>
              {ORGANIZATION_KIND_OPTIONS.map((option) => (
                <option key={option.kind} value={option.kind}>
                  {option.label}
                </option>
              ))}
            </Select>
          </>
        }
        busy={loading}
        countText={countText}
      >
        <ActiveFilterTags
          filters={activeFilters(filter, territory?.name)}
          inForce={hasFilter(filter)}
          clearPath={organizationsPath()}
          onRemove={update}
        />
        {error !== undefined && (
          <ListLoadError
            error={error}
            title="Impossible d'afficher les organisations"
            unknownFilterMessage="Un territoire ou un type de cette adresse n'existe pas (ou plus)."
            allPath={organizationsPath()}
            allLabel="Afficher toutes les organisations"
            firstPagePath={organizationsPath({ ...filter, after: null })}
          />
        )}
        {connection !== undefined && (
          <PagedResults
            more={more}
            pageInfo={connection.pageInfo}
            after={filter.after}
            pageAt={(after) => organizationsPath({ ...filter, after })}
            count={connection.edges.length}
            empty={{
              filtered: hasFilter(filter),
              noMatch: 'Aucune organisation ne correspond à ces filtres.',
              clearPath: organizationsPath(),
              noMore: "Il n'y a pas d'autre organisation.",
              none: <p>Aucune organisation n'est encore inscrite.</p>,
            }}
            what="organisations"
          >
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="fr-col-12 fr-col-lg-6">
                <OrganizationCard organization={node} titleAs="h3" />
              </li>
            ))}
          </PagedResults>
        )}
      </FilteredListLayout>
    </div>
  );
}

/** Search by name: sent with its button (or Enter), not at each keystroke. */
function NameSearch({
  search,
  onSearch,
}: {
  search: string | null;
  onSearch: (change: Partial<OrganizationListFilter>) => void;
}) {
  const [text, setText] = useState(search ?? '');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    onSearch({ search: trimmed === '' ? null : trimmed });
  };
  return (
    <form role="search" aria-label="Organisations" onSubmit={onSubmit} className="fr-mb-3w">
      <Input
        label="Nom de l'organisation"
        nativeInputProps={{ type: 'search', value: text, onChange: (event) => setText(event.target.value) }}
      />
      <Button type="submit" priority="secondary" size="small">
        Rechercher
      </Button>
    </form>
  );
}

function activeFilters(
  filter: OrganizationListFilter,
  territoryName: string | undefined,
): ActiveFilter<Partial<OrganizationListFilter>>[] {
  return [
    ...(filter.search === null
      ? []
      : [{ key: 'search', label: `Nom : ${filter.search}`, remove: { search: null } }]),
    ...(filter.territoryCode === null
      ? []
      : [
          {
            key: 'territory',
            label: `Territoire : ${territoryName ?? filter.territoryCode}`,
            remove: { territoryCode: null },
          },
        ]),
    ...(filter.kind === null
      ? []
      : [{ key: 'kind', label: organizationKindLabel(filter.kind), remove: { kind: null } }]),
  ];
}
