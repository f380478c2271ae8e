import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { describeApiError, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../session/viewer';
import type { ThemeGroup } from '../case-studies/case-study-editor-themes-field';
import { QuestionCard } from './question-card';
import { formatQuestionCount } from './question-format';
import {
  newQuestionPath,
  questionFilterFromSearchParams,
  questionsPath,
  searchParamsFromQuestionFilter,
  threadFilterInput,
  type QuestionListFilter,
  type QuestionListOrder,
  type QuestionStatusFilter,
} from './question-paths';
import { themeNameIn, useQuestionThemes } from './question-themes';

export const QUESTION_PAGE_SIZE = 15;

export const QuestionListQuery = graphql(`
  query QuestionList($filter: ThreadFilter, $orderBy: ThreadOrder, $first: Int, $after: String) {
    threads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...QuestionCard
        }
      }
    }
  }
`);

/** Next pages: same list, without counting again. */
export const QuestionListMoreQuery = graphql(`
  query QuestionListMore($filter: ThreadFilter, $orderBy: ThreadOrder, $first: Int, $after: String) {
    threads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...QuestionCard
        }
      }
    }
  }
`);

/** The case study of a `?retour=<slug>` filter: its id for the API, its title for the page. */
export const QuestionListCaseStudyQuery = graphql(`
  query QuestionListCaseStudy($slug: String!) {
    caseStudy(slug: $slug) {
      id
      slug
      title
    }
  }
`);

type Connection = DocumentType<typeof QuestionListQuery>['threads'];

const ORDER_OPTIONS: ReadonlyArray<{ value: QuestionListOrder; label: string }> = [
  { value: 'LAST_ACTIVITY', label: 'Activité récente' },
  { value: 'NEWEST', label: 'Plus récentes' },
  { value: 'TOP', label: 'Les plus utiles' },
];

const STATUS_OPTIONS: ReadonlyArray<{ value: QuestionStatusFilter; label: string }> = [
  { value: 'ALL', label: 'Toutes' },
  { value: 'SOLVED', label: 'Résolues' },
  { value: 'UNANSWERED', label: 'Sans réponse' },
];

const DOCUMENT_TITLE = 'Questions';

function hasFilter(filter: QuestionListFilter): boolean {
  return filter.themeSlug !== null || filter.status !== 'ALL' || filter.caseStudySlug !== null;
}

/**
 * `/questions`: the Q&A threads, filtered by theme and status and sorted, with the filters kept
 * in the URL (so that a filtered list can be shared and the back button undoes a choice), and
 * "Voir plus" paging.
 */
export function QuestionListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = questionFilterFromSearchParams(searchParams);
  const { viewer } = useViewer();
  const themes = useQuestionThemes();
  const caseStudyQuery = useQuery(QuestionListCaseStudyQuery, {
    variables: { slug: filter.caseStudySlug ?? '' },
    skip: filter.caseStudySlug === null,
  });
  const caseStudy = filter.caseStudySlug === null ? null : caseStudyQuery.data?.caseStudy;
  const unknownCaseStudy = filter.caseStudySlug !== null && caseStudy === null;
  const variables = {
    filter: threadFilterInput(filter, caseStudy?.id ?? null),
    orderBy: filter.orderBy,
    first: QUESTION_PAGE_SIZE,
    after: filter.after,
  };
  const { data, previousData, loading, error, fetchMore } = useQuery(QuestionListQuery, {
    variables,
    // With a case study filter, wait for its id: the whole list is not what was asked for.
    skip: filter.caseStudySlug !== null && caseStudy == null,
  });
  // While another filter loads, keep the previous answer on screen: the controls keep focus.
  const connection = error === undefined && !unknownCaseStudy ? (data ?? previousData)?.threads : undefined;
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
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

  /** Applies a change of filter or order: a new history entry, back to the first page. */
  const update = (change: Partial<QuestionListFilter>) => {
    setMoreError(null);
    focusIndex.current = null;
    setSearchParams(searchParamsFromQuestionFilter({ ...filter, ...change, after: null }));
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
          query: QuestionListMoreQuery,
          variables: { ...variables, after: endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            ...previous,
            threads: {
              ...previous.threads,
              pageInfo: fetchMoreResult.threads.pageInfo,
              edges: [...previous.threads.edges, ...fetchMoreResult.threads.edges],
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

  const busy = loading || caseStudyQuery.loading;
  let countText = '';
  if (unknownCaseStudy) countText = formatQuestionCount(0);
  else if (connection !== undefined) countText = formatQuestionCount(connection.totalCount);
  else if (busy) countText = 'Chargement des questions…';

  return (
    <div className="fr-container fr-my-6w">
      <PageTitle documentTitle={DOCUMENT_TITLE} />
      <p className="fr-text--lead">
        Les questions que se posent les élus, et les réponses de pairs qui ont affronté le même problème.
      </p>
      {viewer !== null && (
        <Button className="fr-mb-4w" linkProps={{ to: newQuestionPath(caseStudy?.slug ?? undefined) }}>
          Poser une question
        </Button>
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <section aria-labelledby="filtres-titre">
            <h2 id="filtres-titre" className="fr-h4">
              Filtrer
            </h2>
            <p className="fr-text--sm">
              La liste se met à jour à chaque choix.{' '}
              <a href="#resultats-titre" className="fr-link fr-text--sm">
                Aller aux résultats
              </a>
            </p>
            <Filters filter={filter} groups={themes.groups} onChange={update} />
          </section>
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <section aria-labelledby="resultats-titre" aria-busy={busy}>
            <h2 id="resultats-titre" className="fr-h4" tabIndex={-1}>
              Résultats
            </h2>
            <div className="fr-grid-row fr-grid-row--middle fr-mb-2w">
              {/* Announced politely whenever a filter changes the count. */}
              <p role="status" aria-live="polite" className="fr-col fr-mb-0 fr-text--bold">
                {countText}
              </p>
              <div className="fr-col-12 fr-col-sm-6">
                <Select
                  label="Trier par"
                  nativeSelectProps={{
                    value: filter.orderBy,
                    onChange: (event) => update({ orderBy: event.target.value as QuestionListOrder }),
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
              themeName={(slug) => themeNameIn(themes.groups, slug)}
              caseStudyTitle={caseStudy?.title}
              onChange={update}
            />
            {unknownCaseStudy && (
              <div className="fr-mb-4w">
                <ErrorAlert
                  title="Cette adresse contient un filtre inconnu"
                  message="Le retour d'expérience de cette adresse n'existe pas (ou plus)."
                  as="h3"
                  className="fr-mb-2w"
                />
                <Button priority="secondary" linkProps={{ to: questionsPath() }}>
                  Afficher toutes les questions
                </Button>
              </div>
            )}
            {(error !== undefined || caseStudyQuery.error !== undefined) && (
              <ListError error={error ?? caseStudyQuery.error} filter={filter} />
            )}
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

/** A link may carry a theme that no longer exists, or a cursor from another order: offer a way out. */
function ListError({ error, filter }: { error: unknown; filter: QuestionListFilter }) {
  const info = describeApiError(error);
  if (info.code !== 'BAD_USER_INPUT') {
    return (
      <ErrorAlert
        title="Impossible d'afficher les questions"
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
            : "Une thématique de cette adresse n'existe pas (ou plus)."
        }
        as="h3"
        className="fr-mb-2w"
      />
      <Button
        priority="secondary"
        linkProps={{ to: badCursor ? questionsPath({ ...filter, after: null }) : questionsPath() }}
      >
        {badCursor ? 'Revenir au début de la liste' : 'Afficher toutes les questions'}
      </Button>
    </div>
  );
}

interface FiltersProps {
  filter: QuestionListFilter;
  groups: readonly ThemeGroup[] | undefined;
  onChange: (change: Partial<QuestionListFilter>) => void;
}

function Filters({ filter, groups, onChange }: FiltersProps) {
  const known =
    filter.themeSlug === null ||
    (groups ?? []).some(
      (group) => group.slug === filter.themeSlug || group.children.some((c) => c.slug === filter.themeSlug),
    );
  return (
    <>
      <Select
        label="Thématique"
        hint="Une thématique de premier niveau inclut ses sous-thématiques."
        nativeSelectProps={{
          value: filter.themeSlug ?? '',
          onChange: (event) => onChange({ themeSlug: event.target.value === '' ? null : event.target.value }),
        }}
      >
        <option value="">Toutes les thématiques</option>
        {!known && filter.themeSlug !== null && <option value={filter.themeSlug}>{filter.themeSlug}</option>}
        {(groups ?? []).map((group) => (
          <optgroup key={group.slug} label={group.name}>
            <option value={group.slug}>{group.name} (ensemble)</option>
            {group.children.map((child) => (
              <option key={child.slug} value={child.slug}>
                {child.name}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <RadioButtons
        legend="Statut"
        name="statut"
        small
        options={STATUS_OPTIONS.map((option) => ({
          label: option.label,
          nativeInputProps: {
            value: option.value,
            checked: filter.status === option.value,
            onChange: () => onChange({ status: option.value }),
          },
        }))}
      />
    </>
  );
}

interface ActiveFiltersProps {
  filter: QuestionListFilter;
  themeName: (slug: string) => string;
  caseStudyTitle: string | undefined;
  onChange: (change: Partial<QuestionListFilter>) => void;
}

/** The filters in force, each removable with one button (and all at once). */
function ActiveFilters({ filter, themeName, caseStudyTitle, onChange }: ActiveFiltersProps) {
  const active: { key: string; label: string; remove: Partial<QuestionListFilter> }[] = [
    ...(filter.themeSlug === null
      ? []
      : [{ key: 'theme', label: themeName(filter.themeSlug), remove: { themeSlug: null } }]),
    ...(filter.status === 'ALL'
      ? []
      : [
          {
            key: 'status',
            label: filter.status === 'SOLVED' ? 'Résolues' : 'Sans réponse',
            remove: { status: 'ALL' as const },
          },
        ]),
    ...(filter.caseStudySlug === null
      ? []
      : [
          {
            key: 'case-study',
            label: `Retour d'expérience : ${caseStudyTitle ?? filter.caseStudySlug}`,
            remove: { caseStudySlug: null },
          },
        ]),
  ];
  if (active.length === 0) return null;
  return (
    <div className="fr-mb-3w">
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
      <Link to={questionsPath({ orderBy: filter.orderBy })} className="fr-link fr-text--sm">
        Effacer tous les filtres
      </Link>
    </div>
  );
}

interface ResultsProps {
  connection: Connection;
  filter: QuestionListFilter;
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
    pageInfo.endCursor == null ? null : questionsPath({ ...filter, after: pageInfo.endCursor });

  if (edges.length === 0) {
    return (
      <div className="fr-py-4w">
        {hasFilter(filter) ? (
          <>
            <p>Aucune question ne correspond à ces filtres.</p>
            <Button priority="secondary" linkProps={{ to: questionsPath({ orderBy: filter.orderBy }) }}>
              Effacer les filtres
            </Button>
          </>
        ) : filter.after !== null ? (
          <>
            <p>Il n'y a pas d'autre question.</p>
            <Link to={questionsPath({ ...filter, after: null })}>Revenir au début de la liste</Link>
          </>
        ) : (
          <>
            <p>Aucune question n'a encore été posée.</p>
            {canWrite && <p>Posez la première : d'autres élus ont peut-être déjà résolu votre problème.</p>}
          </>
        )}
      </div>
    );
  }

  return (
    <>
      {filter.after !== null && (
        <p>
          <Link to={questionsPath({ ...filter, after: null })}>Revenir au début de la liste</Link>
        </p>
      )}
      <ul ref={listRef} className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {edges.map(({ node }) => (
          <li key={node.id} className="fr-col-12">
            <QuestionCard thread={node} titleAs="h3" />
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
                Voir plus<span className="fr-sr-only"> de questions</span>
              </>
            )}
          </Link>
        </p>
      )}
    </>
  );
}
