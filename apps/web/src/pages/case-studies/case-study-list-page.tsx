import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { POPULATION_BANDS } from '@pairs/shared-domain';
import { graphql, type DocumentType } from '@pairs/web-graphql';
import { PageTitle } from '@pairs/web-ui';
import { useSearchParams } from 'react-router';
import { appendPage, useMoreResults } from '../../lib/use-more-results';
import { useViewer } from '../../session/viewer';
import {
  ActiveFilterTags,
  FilteredListLayout,
  ListLoadError,
  PagedResults,
  type ActiveFilter,
} from '../../ui/filtered-list';
import { CaseStudyCard } from './case-study-card';
import { formatCaseStudyCount, populationBandLabel } from './case-study-format';
import {
  caseStudiesPath,
  caseStudyFilterInput,
  filterFromSearchParams,
  NEW_CASE_STUDY_PATH,
  searchParamsFromFilter,
  type CaseStudyListFilter,
  type CaseStudyListOrder,
} from './case-study-paths';

export const CASE_STUDY_PAGE_SIZE = 12;

export const CaseStudyListQuery = graphql(`
  query CaseStudyList($filter: CaseStudyFilter, $orderBy: CaseStudyOrder, $first: Int, $after: String) {
    caseStudies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...CaseStudyCard
        }
      }
      facets {
        themes {
          count
          theme {
            id
            slug
            name
          }
        }
        populationBands {
          band
          count
          label
        }
        regions {
          count
          region {
            id
            code
            name
          }
        }
      }
    }
  }
`);

/** Next pages: same list, without recomputing the counts and facets the first page brought. */
export const CaseStudyListMoreQuery = graphql(`
  query CaseStudyListMore($filter: CaseStudyFilter, $orderBy: CaseStudyOrder, $first: Int, $after: String) {
    caseStudies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...CaseStudyCard
        }
      }
    }
  }
`);

/**
 * Names of filters set from a link rather than from a control of this page (a sub-theme that
 * has no case study in the current results, a département or a territory).
 */
export const CaseStudyListLabelsQuery = graphql(`
  query CaseStudyListLabels(
    $withThemes: Boolean!
    $departementCode: String!
    $withDepartement: Boolean!
    $territoryCode: String!
    $withTerritory: Boolean!
  ) {
    themes @include(if: $withThemes) {
      id
      slug
      name
      children {
        id
        slug
        name
      }
    }
    departement: territory(code: $departementCode) @include(if: $withDepartement) {
      id
      name
    }
    territory(code: $territoryCode) @include(if: $withTerritory) {
      id
      name
    }
  }
`);

type Connection = DocumentType<typeof CaseStudyListQuery>['caseStudies'];

const ORDER_OPTIONS: ReadonlyArray<{ value: CaseStudyListOrder; label: string }> = [
  { value: 'PUBLISHED_AT', label: 'Plus récents' },
  { value: 'UPDATED_AT', label: 'Mis à jour récemment' },
  { value: 'POPULARITY', label: 'Les plus consultés' },
];

const DOCUMENT_TITLE = "Retours d'expérience";

/** `REG-27` for `27`: the API takes both, facets answer with the prefixed form. */
function regionKey(code: string): string {
  return /^\d+$/.test(code) ? `REG-${code}` : code;
}

function hasFacetFilter(filter: CaseStudyListFilter): boolean {
  return (
    filter.themeSlugs.length > 0 ||
    filter.populationBand !== null ||
    filter.regionCode !== null ||
    filter.departementCode !== null ||
    filter.territoryCode !== null
  );
}

/**
 * `/retours-d-experience`: published case studies, refined by facets kept in the URL (so that
 * a filtered list can be shared and the back button undoes a choice), with "Voir plus" paging.
 */
export function CaseStudyListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFromSearchParams(searchParams);
  const { viewer } = useViewer();
  const variables = {
    filter: caseStudyFilterInput(filter),
    orderBy: filter.orderBy,
    first: CASE_STUDY_PAGE_SIZE,
    after: filter.after,
  };
  const { data, previousData, loading, error, fetchMore } = useQuery(CaseStudyListQuery, { variables });
  // While another filter loads, keep the previous answer on screen: the controls keep focus.
  const connection = error === undefined ? (data ?? previousData)?.caseStudies : undefined;
  const activeCount =
    filter.themeSlugs.length +
    [filter.populationBand, filter.regionCode, filter.departementCode, filter.territoryCode].filter(
      (value) => value !== null,
    ).length;
  const more = useMoreResults({
    shownCount: connection?.edges.length ?? 0,
    endCursor: connection?.pageInfo.endCursor,
    fetchPage: (after) =>
      fetchMore({
        query: CaseStudyListMoreQuery,
        variables: { ...variables, after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          caseStudies: appendPage(previous.caseStudies, fetchMoreResult.caseStudies),
        }),
      }),
  });

  const missingThemeSlugs =
    connection === undefined
      ? []
      : filter.themeSlugs.filter(
          (slug) => !connection.facets.themes.some((facet) => facet.theme.slug === slug),
        );
  const labels = useQuery(CaseStudyListLabelsQuery, {
    variables: {
      withThemes: missingThemeSlugs.length > 0,
      departementCode: filter.departementCode ?? '',
      withDepartement: filter.departementCode !== null,
      territoryCode: filter.territoryCode ?? '',
      withTerritory: filter.territoryCode !== null,
    },
    skip: missingThemeSlugs.length === 0 && filter.departementCode === null && filter.territoryCode === null,
  }).data;

  /** Applies a change of facet or order: a new history entry, back to the first page. */
  const update = (change: Partial<CaseStudyListFilter>) => {
    more.reset();
    setSearchParams(searchParamsFromFilter({ ...filter, ...change, after: null }));
  };

  const themeName = (slug: string): string => {
    const fromFacets = connection?.facets.themes.find((facet) => facet.theme.slug === slug)?.theme.name;
    const fromTree = labels?.themes
      ?.flatMap((theme) => [theme, ...theme.children])
      .find((theme) => theme.slug === slug)?.name;
    return fromFacets ?? fromTree ?? slug;
  };

  return (
    <div className="fr-container fr-my-6w">
      <PageTitle documentTitle={DOCUMENT_TITLE} />
      <p className="fr-text--lead">
        Ce que d'autres collectivités ont fait, ce que cela a coûté, ce qui a marché et qui contacter.
      </p>
      {viewer !== null && (
        <Button priority="secondary" className="fr-mb-4w" linkProps={{ to: NEW_CASE_STUDY_PATH }}>
          Rédiger un retour d'expérience
        </Button>
      )}
      <FilteredListLayout
        filters={
          connection !== undefined && (
            <Filters filter={filter} facets={connection.facets} themeName={themeName} onChange={update} />
          )
        }
        foldable={{ activeCount }}
        busy={loading}
        countText={
          connection === undefined
            ? loading
              ? "Chargement des retours d'expérience…"
              : ''
            : formatCaseStudyCount(connection.totalCount)
        }
        order={filter.orderBy}
        orderOptions={ORDER_OPTIONS}
        onOrderChange={(orderBy) => update({ orderBy })}
      >
        <ActiveFilterTags
          filters={activeFilters(filter, themeName, labels?.departement?.name, labels?.territory?.name)}
          inForce={hasFacetFilter(filter)}
          clearPath={caseStudiesPath({ orderBy: filter.orderBy })}
          onRemove={update}
        />
        {error !== undefined && (
          <ListLoadError
            error={error}
            title="Impossible d'afficher les retours d'expérience"
            unknownFilterMessage="Une thématique ou un territoire de cette adresse n'existe pas (ou plus)."
            allPath={caseStudiesPath()}
            allLabel="Afficher tous les retours d'expérience"
            firstPagePath={caseStudiesPath({ ...filter, after: null })}
          />
        )}
        {connection !== undefined && (
          <PagedResults
            more={more}
            pageInfo={connection.pageInfo}
            after={filter.after}
            pageAt={(after) => caseStudiesPath({ ...filter, after })}
            count={connection.edges.length}
            empty={{
              filtered: hasFacetFilter(filter),
              noMatch: "Aucun retour d'expérience ne correspond à ces filtres.",
              clearPath: caseStudiesPath({ orderBy: filter.orderBy }),
              noMore: "Il n'y a pas d'autre retour d'expérience.",
              none: (
                <>
                  <p>Aucun retour d'expérience n'a encore été publié.</p>
                  {viewer !== null && (
                    <p>
                      Partagez le premier : ce que votre collectivité a fait pourrait aider d'autres élus.
                    </p>
                  )}
                </>
              ),
            }}
            what="retours d'expérience"
          >
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="fr-col-12 fr-col-lg-6">
                <CaseStudyCard caseStudy={node} titleAs="h3" />
              </li>
            ))}
          </PagedResults>
        )}
      </FilteredListLayout>
    </div>
  );
}

interface FiltersProps {
  filter: CaseStudyListFilter;
  facets: Connection['facets'];
  themeName: (slug: string) => string;
  onChange: (change: Partial<CaseStudyListFilter>) => void;
}

function withCount(label: string, count: number): string {
  return `${label} (${count})`;
}

function Filters({ filter, facets, themeName, onChange }: FiltersProps) {
  // Selected themes stay listed even when the current answer has no facet for them.
  const themeOptions = [
    ...facets.themes.map((facet) => ({
      slug: facet.theme.slug,
      label: withCount(facet.theme.name, facet.count),
    })),
    ...filter.themeSlugs
      .filter((slug) => !facets.themes.some((facet) => facet.theme.slug === slug))
      .map((slug) => ({ slug, label: themeName(slug) })),
  ];
  const bandCounts = new Map(facets.populationBands.map((facet) => [facet.band, facet]));
  const selectedRegion = filter.regionCode === null ? '' : regionKey(filter.regionCode);
  const regionKnown = facets.regions.some((facet) => facet.region.code === selectedRegion);
  // A long select is scanned alphabetically (the API sends the most frequent first).
  const regionsByName = [...facets.regions].sort((a, b) => a.region.name.localeCompare(b.region.name, 'fr'));

  const toggleTheme = (slug: string, checked: boolean) =>
    onChange({
      themeSlugs: checked
        ? [...filter.themeSlugs, slug]
        : filter.themeSlugs.filter((selected) => selected !== slug),
    });

  return (
    <>
      {themeOptions.length > 0 && (
        <Checkbox
          legend="Thématiques"
          small
          options={themeOptions.map((option) => ({
            label: option.label,
            nativeInputProps: {
              name: 'thematique',
              value: option.slug,
              checked: filter.themeSlugs.includes(option.slug),
              onChange: (event) => toggleTheme(option.slug, event.target.checked),
            },
          }))}
        />
      )}
      <RadioButtons
        legend="Taille de la commune"
        name="population"
        small
        options={[
          {
            label: 'Toutes les tailles',
            nativeInputProps: {
              value: '',
              checked: filter.populationBand === null,
              onChange: () => onChange({ populationBand: null }),
            },
          },
          ...POPULATION_BANDS.map(({ band }) => {
            const facet = bandCounts.get(band);
            return {
              label: withCount(facet?.label ?? populationBandLabel(band), facet?.count ?? 0),
              nativeInputProps: {
                value: band,
                checked: filter.populationBand === band,
                onChange: () => onChange({ populationBand: band }),
              },
            };
          }),
        ]}
      />
      <Select
        label="Région"
        nativeSelectProps={{
          value: selectedRegion,
          onChange: (event) =>
            onChange({ regionCode: event.target.value === '' ? null : event.target.value }),
        }}
      >
        <option value="">Toutes les régions</option>
        {!regionKnown && filter.regionCode !== null && (
          <option value={selectedRegion}>{withCount(selectedRegion, 0)}</option>
        )}
        {regionsByName.map((facet) => (
          <option key={facet.region.id} value={facet.region.code}>
            {withCount(facet.region.name, facet.count)}
          </option>
        ))}
      </Select>
    </>
  );
}

/** The filters in force, as removable tags (the region shows in its select). */
function activeFilters(
  filter: CaseStudyListFilter,
  themeName: (slug: string) => string,
  departementName: string | undefined,
  territoryName: string | undefined,
): ActiveFilter<Partial<CaseStudyListFilter>>[] {
  return [
    ...filter.themeSlugs.map((slug) => ({
      key: `theme-${slug}`,
      label: themeName(slug),
      remove: { themeSlugs: filter.themeSlugs.filter((selected) => selected !== slug) },
    })),
    ...(filter.populationBand === null
      ? []
      : [
          {
            key: 'band',
            label: populationBandLabel(filter.populationBand),
            remove: { populationBand: null },
          },
        ]),
    ...(filter.departementCode === null
      ? []
      : [
          {
            key: 'departement',
            label: `Département : ${departementName ?? filter.departementCode}`,
            remove: { departementCode: null },
          },
        ]),
    ...(filter.territoryCode === null
      ? []
      : [
          {
            key: 'territory',
            label: `Territoire : ${territoryName ?? filter.territoryCode}`,
            remove: { territoryCode: null },
          },
        ]),
  ];
}
