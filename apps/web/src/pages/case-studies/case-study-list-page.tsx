import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { POPULATION_BANDS } from '@pairs/shared-domain';
import { describeApiError, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../session/viewer';
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
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeCount =
    filter.themeSlugs.length +
    [filter.populationBand, filter.regionCode, filter.departementCode, filter.territoryCode].filter(
      (value) => value !== null,
    ).length;
  const listRef = useRef<HTMLUListElement>(null);
  /** Index of the first result of the page being loaded by "Voir plus". */
  const focusIndex = useRef<number | null>(null);
  const shownCount = connection?.edges.length ?? 0;

  // Once the next page is on screen, take keyboard and screen reader users to its first result.
  useEffect(() => {
    const index = focusIndex.current;
    if (index === null || shownCount <= index) return;
    focusIndex.current = null;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('li .fr-card__title a')[index]?.focus();
  }, [shownCount]);

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
    setMoreError(null);
    focusIndex.current = null;
    setSearchParams(searchParamsFromFilter({ ...filter, ...change, after: null }));
  };

  const loadMore = () => {
    const endCursor = connection?.pageInfo.endCursor;
    if (endCursor == null || loadingMore) return;
    focusIndex.current = shownCount;
    setLoadingMore(true);
    setMoreError(null);
    void (async () => {
      try {
        await fetchMore({
          query: CaseStudyListMoreQuery,
          variables: { ...variables, after: endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            ...previous,
            caseStudies: {
              ...previous.caseStudies,
              pageInfo: fetchMoreResult.caseStudies.pageInfo,
              edges: [...previous.caseStudies.edges, ...fetchMoreResult.caseStudies.edges],
            },
          }),
        });
      } catch (caught) {
        focusIndex.current = null;
        setMoreError(caught);
      } finally {
        setLoadingMore(false);
      }
    })();
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
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <section aria-labelledby="filtres-titre">
            <h2 id="filtres-titre" className="fr-h4">
              Filtrer
            </h2>
            {/* On a phone the filters fold away, so that the results come first. */}
            <Button
              type="button"
              priority="secondary"
              size="small"
              className="fr-hidden-md fr-mb-2w"
              nativeButtonProps={{ 'aria-expanded': filtersOpen, 'aria-controls': 'filtres-controles' }}
              onClick={() => setFiltersOpen((open) => !open)}
            >
              {filtersOpen ? 'Masquer les filtres' : 'Afficher les filtres'}
              {activeCount > 0 && ` (${activeCount} actif${activeCount > 1 ? 's' : ''})`}
            </Button>
            <div id="filtres-controles" className={filtersOpen ? undefined : 'fr-hidden fr-unhidden-md'}>
              <p className="fr-text--sm">
                La liste se met à jour à chaque choix.{' '}
                <a href="#resultats-titre" className="fr-link fr-text--sm">
                  Aller aux résultats
                </a>
              </p>
              {connection !== undefined && (
                <Filters filter={filter} facets={connection.facets} themeName={themeName} onChange={update} />
              )}
            </div>
          </section>
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <section aria-labelledby="resultats-titre" aria-busy={loading}>
            <h2 id="resultats-titre" className="fr-h4" tabIndex={-1}>
              Résultats
            </h2>
            <div className="fr-grid-row fr-grid-row--middle fr-mb-2w">
              {/* Announced politely whenever a filter changes the count. */}
              <p role="status" aria-live="polite" className="fr-col fr-mb-0 fr-text--bold">
                {connection === undefined
                  ? loading
                    ? "Chargement des retours d'expérience…"
                    : ''
                  : formatCaseStudyCount(connection.totalCount)}
              </p>
              <div className="fr-col-12 fr-col-sm-6">
                <Select
                  label="Trier par"
                  nativeSelectProps={{
                    value: filter.orderBy,
                    onChange: (event) => update({ orderBy: event.target.value as CaseStudyListOrder }),
                  }}
                >
                  {ORDER_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              </div>
            </div>
            <ActiveFilters
              filter={filter}
              themeName={themeName}
              departementName={labels?.departement?.name}
              territoryName={labels?.territory?.name}
              onChange={update}
            />
            {error !== undefined && <ListError error={error} filter={filter} />}
            {connection !== undefined && (
              <Results
                connection={connection}
                filter={filter}
                listRef={listRef}
                loadingMore={loadingMore}
                moreError={moreError}
                onLoadMore={loadMore}
                canWrite={viewer !== null}
              />
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

/**
 * A link may carry a filter the API does not know (a theme since deleted, a mistyped
 * territory code, a cursor from another sort order): say so, and offer a way out.
 */
function ListError({ error, filter }: { error: unknown; filter: CaseStudyListFilter }) {
  const info = describeApiError(error);
  if (info.code !== 'BAD_USER_INPUT') {
    return (
      <ErrorAlert
        title="Impossible d'afficher les retours d'expérience"
        message={info.message}
        as="h3"
        className="fr-mb-4w"
      />
    );
  }
  const badCursor = info.fields.some((field) => field.field === 'after');
  return (
    <div className="fr-mb-4w">
      <ErrorAlert
        title="Cette adresse contient un filtre inconnu"
        message={
          badCursor
            ? "La page demandée n'existe plus : la liste a peut-être changé depuis."
            : "Une thématique ou un territoire de cette adresse n'existe pas (ou plus)."
        }
        as="h3"
        className="fr-mb-2w"
      />
      <Button
        priority="secondary"
        linkProps={{ to: badCursor ? caseStudiesPath({ ...filter, after: null }) : caseStudiesPath() }}
      >
        {badCursor ? 'Revenir au début de la liste' : "Afficher tous les retours d'expérience"}
      </Button>
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

interface ActiveFiltersProps {
  filter: CaseStudyListFilter;
  themeName: (slug: string) => string;
  departementName: string | undefined;
  territoryName: string | undefined;
  onChange: (change: Partial<CaseStudyListFilter>) => void;
}

/** The filters in force, each removable with one button (and all at once). */
function ActiveFilters({ filter, themeName, departementName, territoryName, onChange }: ActiveFiltersProps) {
  const active: { key: string; label: string; remove: Partial<CaseStudyListFilter> }[] = [
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
  if (active.length === 0 && filter.regionCode === null) {
    return null;
  }
  return (
    <div className="fr-mb-3w">
      {active.length > 0 && (
        <ul className="fr-tags-group" aria-label="Filtres actifs">
          {active.map((item) => (
            <li key={item.key}>
              <Tag
                small
                dismissible
                nativeButtonProps={{
                  'aria-label': `Retirer le filtre ${item.label}`,
                  onClick: () => onChange(item.remove),
                }}
              >
                {item.label}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      <Link to={caseStudiesPath({ orderBy: filter.orderBy })} className="fr-link fr-text--sm">
        Effacer tous les filtres
      </Link>
    </div>
  );
}

interface ResultsProps {
  connection: Connection;
  filter: CaseStudyListFilter;
  listRef: React.RefObject<HTMLUListElement | null>;
  loadingMore: boolean;
  moreError: unknown;
  onLoadMore: () => void;
  canWrite: boolean;
}

function Results({
  connection,
  filter,
  listRef,
  loadingMore,
  moreError,
  onLoadMore,
  canWrite,
}: ResultsProps) {
  const { edges, pageInfo } = connection;
  const nextPageHref =
    pageInfo.endCursor == null ? null : caseStudiesPath({ ...filter, after: pageInfo.endCursor });

  if (edges.length === 0) {
    return (
      <div className="fr-py-4w">
        {hasFacetFilter(filter) ? (
          <>
            <p>Aucun retour d'expérience ne correspond à ces filtres.</p>
            <Button priority="secondary" linkProps={{ to: caseStudiesPath({ orderBy: filter.orderBy }) }}>
              Effacer les filtres
            </Button>
          </>
        ) : filter.after !== null ? (
          <>
            <p>Il n'y a pas d'autre retour d'expérience.</p>
            <Link to={caseStudiesPath({ ...filter, after: null })}>Revenir au début de la liste</Link>
          </>
        ) : (
          <>
            <p>Aucun retour d'expérience n'a encore été publié.</p>
            {canWrite && (
              <p>Partagez le premier : ce que votre collectivité a fait pourrait aider d'autres élus.</p>
            )}
          </>
        )}
      </div>
    );
  }

  return (
    <>
      {filter.after !== null && (
        <p>
          <Link to={caseStudiesPath({ ...filter, after: null })}>Revenir au début de la liste</Link>
        </p>
      )}
      <ul ref={listRef} className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {edges.map(({ node }) => (
          <li key={node.id} className="fr-col-12 fr-col-lg-6">
            <CaseStudyCard caseStudy={node} titleAs="h3" />
          </li>
        ))}
      </ul>
      {moreError !== null && (
        <ErrorAlert
          title="Impossible d'afficher la suite"
          message={describeApiError(moreError).message}
          as="h3"
          className="fr-mt-4w"
        />
      )}
      {pageInfo.hasNextPage && nextPageHref !== null && (
        <p className="fr-mt-4w">
          {/* A real link to the next page (shareable, works without script); enhanced to append. */}
          <Link
            to={nextPageHref}
            className="fr-btn fr-btn--secondary"
            aria-disabled={loadingMore || undefined}
            onClick={(event) => {
              event.preventDefault();
              onLoadMore();
            }}
          >
            {loadingMore ? (
              'Chargement…'
            ) : (
              <>
                Voir plus<span className="fr-sr-only"> de retours d'expérience</span>
              </>
            )}
          </Link>
        </p>
      )}
    </>
  );
}
