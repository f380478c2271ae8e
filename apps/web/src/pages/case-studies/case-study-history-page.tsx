import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, getFragmentData, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { listDiff } from '../../lib/revision-diff';
import {
  HistoryColumns,
  HistoryPage,
  RevisionChanges,
  RevisionList,
  selectedRevisionNumber,
  useRevisionFocus,
} from '../../ui/revision-history';
import { Added, FieldBlock, Removed, TextDiff } from '../../ui/text-diff';
import { NotFoundPage } from '../not-found-page';
import { formatEuros, formatMonth, revisionFieldLabel } from './case-study-format';
import {
  CASE_STUDIES_PATH,
  caseStudyHistoryPath,
  caseStudyPath,
  HISTORY_REVISION_PARAM,
} from './case-study-paths';

export const CaseStudyHistoryQuery = graphql(`
  query CaseStudyHistory($slug: String!) {
    caseStudy(slug: $slug) {
      id
      slug
      title
    }
  }
`);

export const CASE_STUDY_REVISIONS_PAGE_SIZE = 20;

export const CaseStudyRevisionsQuery = graphql(`
  query CaseStudyRevisions($id: ID!, $first: Int, $after: String) {
    caseStudyRevisions(id: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          createdAt
          public
          changedFields
          author {
            id
            displayName
            deleted
          }
        }
      }
    }
  }
`);

export const CaseStudyRevisionContentFragment = graphql(`
  fragment CaseStudyRevisionContent on CaseStudyRevision {
    id
    number
    title
    summary
    territoryCode
    themeSlugs
    startedOn
    endedOn
    costEuros
    fundingSources {
      name
      amountEuros
    }
    body
    results
    environmentalAssessment
    lessonsLearned
    solutionsUsed
    contact
  }
`);

export const CaseStudyRevisionDiffQuery = graphql(`
  query CaseStudyRevisionDiff($id: ID!, $number: Int!) {
    caseStudyRevision(id: $id, number: $number) {
      id
      number
      createdAt
      changedFields
      author {
        id
        displayName
        deleted
      }
      ...CaseStudyRevisionContent
      previous {
        id
        ...CaseStudyRevisionContent
      }
    }
  }
`);

/** Names for the codes a revision stores (theme slugs, territory codes), asked once per diff. */
export const CaseStudyRevisionLabelsQuery = graphql(`
  query CaseStudyRevisionLabels(
    $withThemes: Boolean!
    $territoryCode: String!
    $previousTerritoryCode: String!
    $withTerritories: Boolean!
  ) {
    themes(includeArchived: true) @include(if: $withThemes) {
      id
      slug
      name
      children(includeArchived: true) {
        id
        slug
        name
      }
    }
    territory(code: $territoryCode) @include(if: $withTerritories) {
      id
      name
    }
    previousTerritory: territory(code: $previousTerritoryCode) @include(if: $withTerritories) {
      id
      name
    }
  }
`);

type RevisionContent = DocumentType<typeof CaseStudyRevisionContentFragment>;
const TEXT_FIELDS = [
  'title',
  'summary',
  'body',
  'results',
  'environmentalAssessment',
  'lessonsLearned',
  'contact',
] as const;
const OTHER_FIELDS = [
  'territoryCode',
  'themeSlugs',
  'startedOn',
  'endedOn',
  'costEuros',
  'fundingSources',
  'solutionsUsed',
] as const;
type ContentField = (typeof TEXT_FIELDS)[number] | (typeof OTHER_FIELDS)[number];

function isContentField(field: string): field is ContentField {
  return (
    (TEXT_FIELDS as readonly string[]).includes(field) || (OTHER_FIELDS as readonly string[]).includes(field)
  );
}

/** Empty `changedFields`: the first revision, or the first one the viewer may read. */
function changedFieldsLabel({
  number,
  changedFields,
}: {
  number: number;
  changedFields: readonly string[];
}): string {
  if (changedFields.length > 0) return `Modifié : ${changedFields.map(revisionFieldLabel).join(', ')}`;
  return number === 1 ? 'Première version' : 'Première version consultable';
}

/**
 * `/retours-d-experience/:slug/historique`: the revisions, newest first, and what the selected
 * one (`?revision=N`, the newest by default) changed compared with the one before.
 */
export function CaseStudyHistoryPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(CaseStudyHistoryQuery, { variables: { slug } });
  const caseStudy = data?.caseStudy;

  if (!loading && error === undefined && caseStudy === null) {
    return <NotFoundPage />;
  }

  const title = caseStudy?.title;
  return (
    <HistoryPage
      segments={[
        { label: "Retours d'expérience", to: CASE_STUDIES_PATH },
        ...(caseStudy == null ? [] : [{ label: caseStudy.title, to: caseStudyPath(caseStudy.slug) }]),
      ]}
      documentTitle={title === undefined ? 'Historique' : `Historique — ${title}`}
      heading="Historique des modifications"
      loading={loading && caseStudy === undefined}
      error={error}
      lead={
        caseStudy == null ? null : (
          <>
            Retour d'expérience : <Link to={caseStudyPath(caseStudy.slug)}>{caseStudy.title}</Link>
          </>
        )
      }
    >
      {caseStudy != null && <History id={caseStudy.id} slug={caseStudy.slug} />}
    </HistoryPage>
  );
}

function History({ id, slug }: { id: string; slug: string }) {
  const [searchParams] = useSearchParams();
  const { data, loading, error, fetchMore } = useQuery(CaseStudyRevisionsQuery, {
    variables: { id, first: CASE_STUDY_REVISIONS_PAGE_SIZE },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const connection = data?.caseStudyRevisions;
  const revisions = connection?.edges.map((edge) => edge.node) ?? [];
  const selected =
    selectedRevisionNumber(searchParams, HISTORY_REVISION_PARAM) ?? revisions[0]?.number ?? null;

  if (connection === undefined) {
    return loading ? (
      <div aria-busy="true">
        <p role="status">Chargement des versions…</p>
      </div>
    ) : (
      <ErrorAlert title="Impossible d'afficher les versions" message={describeApiError(error).message} />
    );
  }

  const loadMore = () => {
    const after = connection.pageInfo.endCursor;
    if (after == null) return;
    setLoadingMore(true);
    setMoreError(null);
    void (async () => {
      try {
        await fetchMore({
          variables: { after },
          updateQuery: (previous, { fetchMoreResult }) => ({
            ...previous,
            caseStudyRevisions: {
              ...fetchMoreResult.caseStudyRevisions,
              edges: [...previous.caseStudyRevisions.edges, ...fetchMoreResult.caseStudyRevisions.edges],
            },
          }),
        });
      } catch (caught) {
        setMoreError(caught);
      } finally {
        setLoadingMore(false);
      }
    })();
  };

  return (
    <HistoryColumns
      versions={
        <RevisionList
          totalCount={connection.totalCount}
          revisions={revisions}
          selected={selected}
          pathOf={(number) => caseStudyHistoryPath(slug, number)}
          badge={(revision) =>
            !revision.public && (
              <Badge as="span" small>
                Avant publication
              </Badge>
            )
          }
          details={(revision) => <p className="fr-text--sm fr-mb-0">{changedFieldsLabel(revision)}</p>}
        >
          {moreError !== null && (
            <ErrorAlert
              title="Impossible d'afficher les versions plus anciennes"
              message={describeApiError(moreError).message}
              as="h3"
            />
          )}
          {connection.pageInfo.hasNextPage && (
            <Button type="button" priority="secondary" size="small" disabled={loadingMore} onClick={loadMore}>
              Voir les versions plus anciennes
            </Button>
          )}
        </RevisionList>
      }
      changes={selected !== null && <RevisionDiff id={id} number={selected} />}
    />
  );
}

function RevisionDiff({ id, number }: { id: string; number: number }) {
  const { data, loading, error } = useQuery(CaseStudyRevisionDiffQuery, { variables: { id, number } });
  const revision = data?.caseStudyRevision;
  const current = revision == null ? null : getFragmentData(CaseStudyRevisionContentFragment, revision);
  const previous =
    revision?.previous == null ? null : getFragmentData(CaseStudyRevisionContentFragment, revision.previous);
  // In the API's order (the page's reading order); a field unknown to this version of the app is left out.
  const fields = (revision?.changedFields ?? []).filter(isContentField);
  const needsThemes = fields.includes('themeSlugs');
  const needsTerritories = fields.includes('territoryCode');
  const labels = useQuery(CaseStudyRevisionLabelsQuery, {
    variables: {
      withThemes: needsThemes,
      territoryCode: current?.territoryCode ?? '',
      previousTerritoryCode: previous?.territoryCode ?? '',
      withTerritories: needsTerritories && previous !== null,
    },
    skip: current === null || previous === null || (!needsThemes && !needsTerritories),
  }).data;

  const headingRef = useRevisionFocus(revision?.id);

  if (revision === undefined) {
    return loading ? (
      <div aria-busy="true">
        <p role="status">Chargement de la version…</p>
      </div>
    ) : (
      <ErrorAlert title="Impossible d'afficher cette version" message={describeApiError(error).message} />
    );
  }
  if (revision === null || current === null) {
    return <p>Cette version n'existe pas ou n'est pas consultable.</p>;
  }

  const themeName = (slug: string): string =>
    labels?.themes?.flatMap((theme) => [theme, ...theme.children]).find((theme) => theme.slug === slug)
      ?.name ?? slug;

  return (
    <RevisionChanges revision={revision} previousNumber={previous?.number ?? null} headingRef={headingRef}>
      {previous === null ? (
        <p>Première version consultable : il n'y a pas de version antérieure à comparer.</p>
      ) : fields.length === 0 ? (
        <p>Cette version ne change pas le contenu.</p>
      ) : (
        fields.map((field) => (
          <FieldChange
            key={field}
            label={revisionFieldLabel(field)}
            change={fieldChange(field, previous, current, {
              themeName,
              territoryName: (code) =>
                code === current.territoryCode
                  ? (labels?.territory?.name ?? code)
                  : code === previous.territoryCode
                    ? (labels?.previousTerritory?.name ?? code)
                    : code,
            })}
          />
        ))
      )}
    </RevisionChanges>
  );
}

type FieldChangeView =
  | { kind: 'text'; before: string; after: string }
  | { kind: 'value'; before: string | null; after: string | null }
  | { kind: 'list'; added: string[]; removed: string[] };

interface Namers {
  themeName: (slug: string) => string;
  territoryName: (code: string) => string;
}

function monthOrDash(date: string | null | undefined): string | null {
  return date == null ? null : (formatMonth(date) ?? date);
}

function fundingLabel(funding: { name: string; amountEuros: number }): string {
  return `${funding.name} : ${formatEuros(funding.amountEuros)}`;
}

function fieldChange(
  field: ContentField,
  before: RevisionContent,
  after: RevisionContent,
  { themeName, territoryName }: Namers,
): FieldChangeView {
  switch (field) {
    case 'themeSlugs':
      return { kind: 'list', ...listDiff(before.themeSlugs.map(themeName), after.themeSlugs.map(themeName)) };
    case 'solutionsUsed':
      return { kind: 'list', ...listDiff(before.solutionsUsed, after.solutionsUsed) };
    case 'fundingSources':
      return {
        kind: 'list',
        ...listDiff(before.fundingSources.map(fundingLabel), after.fundingSources.map(fundingLabel)),
      };
    case 'territoryCode':
      return {
        kind: 'value',
        before: territoryName(before.territoryCode),
        after: territoryName(after.territoryCode),
      };
    case 'startedOn':
    case 'endedOn':
      return { kind: 'value', before: monthOrDash(before[field]), after: monthOrDash(after[field]) };
    case 'costEuros':
      return {
        kind: 'value',
        before: before.costEuros == null ? null : formatEuros(before.costEuros),
        after: after.costEuros == null ? null : formatEuros(after.costEuros),
      };
    case 'title':
    case 'summary':
    case 'body':
    case 'results':
    case 'environmentalAssessment':
    case 'lessonsLearned':
    case 'contact':
      return { kind: 'text', before: before[field], after: after[field] };
  }
}

function FieldChange({ label, change }: { label: string; change: FieldChangeView }) {
  return (
    <FieldBlock label={label}>
      {change.kind === 'text' && <TextDiff before={change.before} after={change.after} />}
      {change.kind === 'value' && (
        <p>
          {change.before === null ? 'Non renseigné' : <Removed>{change.before}</Removed>}
          {' → '}
          {change.after === null ? 'Non renseigné' : <Added>{change.after}</Added>}
        </p>
      )}
      {change.kind === 'list' && change.added.length === 0 && change.removed.length === 0 && (
        <p>Mêmes éléments, dans un autre ordre.</p>
      )}
      {change.kind === 'list' && (change.added.length > 0 || change.removed.length > 0) && (
        <ul>
          {change.removed.map((item, index) => (
            <li key={`removed-${index}`}>
              <Removed>{item}</Removed>
            </li>
          ))}
          {change.added.map((item, index) => (
            <li key={`added-${index}`}>
              <Added>{item}</Added>
            </li>
          ))}
        </ul>
      )}
    </FieldBlock>
  );
}
