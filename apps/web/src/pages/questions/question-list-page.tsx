import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { graphql } from '@pairs/web-graphql';
import { PageTitle } from '@pairs/web-ui';
import { useSearchParams } from 'react-router';
import { appendPage, useMoreResults } from '../../lib/use-more-results';
import { useViewer } from '../../session/viewer';
import {
  ActiveFilterTags,
  FilteredListLayout,
  ListLoadError,
  PagedResults,
  UnknownFilterAlert,
  type ActiveFilter,
} from '../../ui/filtered-list';
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
  const more = useMoreResults({
    shownCount: connection?.edges.length ?? 0,
    endCursor: connection?.pageInfo.endCursor,
    fetchPage: (after) =>
      fetchMore({
        query: QuestionListMoreQuery,
        variables: { ...variables, after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          threads: appendPage(previous.threads, fetchMoreResult.threads),
        }),
      }),
  });

  /** Applies a change of filter or order: a new history entry, back to the first page. */
  const update = (change: Partial<QuestionListFilter>) => {
    more.reset();
    setSearchParams(searchParamsFromQuestionFilter({ ...filter, ...change, after: null }));
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
      <FilteredListLayout
        filters={<Filters filter={filter} groups={themes.groups} onChange={update} />}
        busy={busy}
        countText={countText}
        order={filter.orderBy}
        orderOptions={ORDER_OPTIONS}
        onOrderChange={(orderBy) => update({ orderBy })}
      >
        <ActiveFilterTags
          filters={activeFilters(filter, (slug) => themeNameIn(themes.groups, slug), caseStudy?.title)}
          inForce={hasFilter(filter)}
          clearPath={questionsPath({ orderBy: filter.orderBy })}
          onRemove={update}
        />
        {unknownCaseStudy && (
          <UnknownFilterAlert
            message="Le retour d'expérience de cette adresse n'existe pas (ou plus)."
            to={questionsPath()}
            label="Afficher toutes les questions"
          />
        )}
        {(error !== undefined || caseStudyQuery.error !== undefined) && (
          <ListLoadError
            error={error ?? caseStudyQuery.error}
            title="Impossible d'afficher les questions"
            unknownFilterMessage="Une thématique de cette adresse n'existe pas (ou plus)."
            allPath={questionsPath()}
            allLabel="Afficher toutes les questions"
            firstPagePath={questionsPath({ ...filter, after: null })}
          />
        )}
        {connection !== undefined && (
          <PagedResults
            more={more}
            pageInfo={connection.pageInfo}
            after={filter.after}
            pageAt={(after) => questionsPath({ ...filter, after })}
            count={connection.edges.length}
            empty={{
              filtered: hasFilter(filter),
              noMatch: 'Aucune question ne correspond à ces filtres.',
              clearPath: questionsPath({ orderBy: filter.orderBy }),
              noMore: "Il n'y a pas d'autre question.",
              none: (
                <>
                  <p>Aucune question n'a encore été posée.</p>
                  {viewer !== null && (
                    <p>Posez la première : d'autres élus ont peut-être déjà résolu votre problème.</p>
                  )}
                </>
              ),
            }}
            what="questions"
          >
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="fr-col-12">
                <QuestionCard thread={node} titleAs="h3" />
              </li>
            ))}
          </PagedResults>
        )}
      </FilteredListLayout>
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

/** The filters in force, as removable tags. */
function activeFilters(
  filter: QuestionListFilter,
  themeName: (slug: string) => string,
  caseStudyTitle: string | undefined,
): ActiveFilter<Partial<QuestionListFilter>>[] {
  return [
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
}
