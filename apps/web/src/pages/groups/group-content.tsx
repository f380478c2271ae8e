import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import type { ReactNode } from 'react';
import { appendPage, useMoreResults, type MoreResults } from '../../lib/use-more-results';
import { CaseStudyCard } from '../case-studies/case-study-card';
import { formatCaseStudyCount } from '../case-studies/case-study-format';
import { NEW_CASE_STUDY_PATH } from '../case-studies/case-study-paths';
import { QuestionCard } from '../questions/question-card';
import { formatQuestionCount } from '../questions/question-format';
import { NEW_QUESTION_PATH } from '../questions/question-paths';
import { withGroupParam } from './group-paths';
import type { GroupDetails } from './group-page';

export const GROUP_CONTENT_PAGE_SIZE = 10;

export const GroupThreadsQuery = graphql(`
  query GroupThreads($slug: String!, $first: Int!, $after: String) {
    group(slug: $slug) {
      id
      threads(first: $first, after: $after) {
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
  }
`);

export const GroupCaseStudiesQuery = graphql(`
  query GroupCaseStudies($slug: String!, $first: Int!, $after: String) {
    group(slug: $slug) {
      id
      caseStudies(first: $first, after: $after) {
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
      }
    }
  }
`);

/** "Questions": the group's threads, most recently active first, and the way to ask one. */
export function GroupThreads({ group }: { group: GroupDetails }) {
  const variables = { slug: group.slug, first: GROUP_CONTENT_PAGE_SIZE, after: null };
  const { data, loading, error, fetchMore } = useQuery(GroupThreadsQuery, { variables });
  const connection = data?.group?.threads;
  const more = useMoreResults({
    shownCount: connection?.edges.length ?? 0,
    endCursor: connection?.pageInfo.endCursor,
    fetchPage: (after) =>
      fetchMore({
        variables: { ...variables, after },
        updateQuery: (previous, { fetchMoreResult }) =>
          previous.group == null || fetchMoreResult.group == null
            ? previous
            : {
                ...previous,
                group: {
                  ...previous.group,
                  threads: appendPage(previous.group.threads, fetchMoreResult.group.threads),
                },
              },
      }),
  });
  return (
    <ContentSection
      id="groupe-questions"
      title="Questions"
      action={
        group.viewerCan.post && (
          <Button className="fr-mb-3w" linkProps={{ to: withGroupParam(NEW_QUESTION_PATH, group.slug) }}>
            Poser une question dans ce groupe
          </Button>
        )
      }
      loading={loading}
      error={error}
      countText={connection === undefined ? null : formatQuestionCount(connection.totalCount)}
      empty={connection?.edges.length === 0 ? "Aucune question n'a encore été posée dans ce groupe." : null}
      more={more}
      hasNextPage={connection?.pageInfo.hasNextPage ?? false}
      what="questions du groupe"
    >
      {connection?.edges.map(({ node }) => (
        <li key={node.id} className="fr-col-12">
          <QuestionCard thread={node} titleAs="h3" />
        </li>
      ))}
    </ContentSection>
  );
}

/** "Retours d'expérience": the group's published case studies, and the way to share one. */
export function GroupCaseStudies({ group }: { group: GroupDetails }) {
  const variables = { slug: group.slug, first: GROUP_CONTENT_PAGE_SIZE, after: null };
  const { data, loading, error, fetchMore } = useQuery(GroupCaseStudiesQuery, { variables });
  const connection = data?.group?.caseStudies;
  const more = useMoreResults({
    shownCount: connection?.edges.length ?? 0,
    endCursor: connection?.pageInfo.endCursor,
    fetchPage: (after) =>
      fetchMore({
        variables: { ...variables, after },
        updateQuery: (previous, { fetchMoreResult }) =>
          previous.group == null || fetchMoreResult.group == null
            ? previous
            : {
                ...previous,
                group: {
                  ...previous.group,
                  caseStudies: appendPage(previous.group.caseStudies, fetchMoreResult.group.caseStudies),
                },
              },
      }),
  });
  return (
    <ContentSection
      id="groupe-retours"
      title="Retours d'expérience"
      action={
        group.viewerCan.post && (
          <Button
            priority="secondary"
            className="fr-mb-3w"
            linkProps={{ to: withGroupParam(NEW_CASE_STUDY_PATH, group.slug) }}
          >
            Partager un retour d'expérience
          </Button>
        )
      }
      loading={loading}
      error={error}
      countText={connection === undefined ? null : formatCaseStudyCount(connection.totalCount)}
      empty={
        connection?.edges.length === 0
          ? "Aucun retour d'expérience n'a encore été publié dans ce groupe."
          : null
      }
      more={more}
      hasNextPage={connection?.pageInfo.hasNextPage ?? false}
      what="retours d'expérience du groupe"
    >
      {connection?.edges.map(({ node }) => (
        <li key={node.id} className="fr-col-12 fr-col-md-6">
          <CaseStudyCard caseStudy={node} titleAs="h3" />
        </li>
      ))}
    </ContentSection>
  );
}

interface ContentSectionProps {
  id: string;
  title: string;
  action: ReactNode;
  loading: boolean;
  error: unknown;
  /** "3 questions", once loaded. */
  countText: string | null;
  /** What an empty list says; null when it is not empty (or not loaded). */
  empty: string | null;
  more: MoreResults;
  hasNextPage: boolean;
  /** Completes "Voir plus" for screen readers. */
  what: string;
  children: ReactNode;
}

function ContentSection({
  id,
  title,
  action,
  loading,
  error,
  countText,
  empty,
  more: { listRef, loadingMore, moreError, loadMore },
  hasNextPage,
  what,
  children,
}: ContentSectionProps) {
  return (
    <section aria-labelledby={id} className="fr-mb-6w" aria-busy={loading || loadingMore}>
      <h2 id={id}>{title}</h2>
      <p role="status" className="fr-text--bold">
        {countText ?? (loading ? 'Chargement…' : '')}
      </p>
      {action}
      {error !== undefined && (
        <ErrorAlert
          title={`Impossible d'afficher : ${title}`}
          message={describeApiError(error).message}
          as="h3"
        />
      )}
      {empty !== null ? (
        <p>{empty}</p>
      ) : (
        <ul ref={listRef} className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {children}
        </ul>
      )}
      {moreError !== null && (
        <ErrorAlert
          title="Impossible d'afficher la suite"
          message={describeApiError(moreError).message}
          as="h3"
          className="fr-mt-2w"
        />
      )}
      {hasNextPage && (
        <p className="fr-mt-3w">
          <Button type="button" priority="secondary" onClick={loadMore}>
            {loadingMore ? (
              'Chargement…'
            ) : (
              <>
                Voir plus<span className="fr-sr-only"> de {what}</span>
              </>
            )}
          </Button>
        </p>
      )}
    </section>
  );
}
