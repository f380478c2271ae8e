import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, getFragmentData, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../lib/format-date';
import { NotFoundPage } from '../not-found-page';
import './case-study-history-page.css';
import { formatEuros, formatMonth, revisionFieldLabel } from './case-study-format';
import {
  CASE_STUDIES_PATH,
  caseStudyHistoryPath,
  caseStudyPath,
  HISTORY_REVISION_PARAM,
} from './case-study-paths';
import { listDiff, textDiff, type DiffSegment } from './revision-diff';

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

type Revision = DocumentType<typeof CaseStudyRevisionsQuery>['caseStudyRevisions']['edges'][number]['node'];
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

function authorName(author: { displayName: string; deleted: boolean } | null | undefined): string {
  if (author == null || author.deleted) return 'Compte supprimé';
  return author.displayName;
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

/** `?revision=N`, or null when absent or not a positive integer. */
function selectedNumber(params: URLSearchParams): number | null {
  const raw = params.get(HISTORY_REVISION_PARAM);
  if (raw === null || !/^\d{1,9}$/.test(raw)) return null;
  const number = Number(raw);
  return number > 0 ? number : null;
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
    <div className="fr-container fr-my-6w">
      <Breadcrumb
        currentPageLabel="Historique"
        homeLinkProps={{ to: '/' }}
        segments={[
          { label: "Retours d'expérience", linkProps: { to: CASE_STUDIES_PATH } },
          ...(caseStudy == null
            ? []
            : [{ label: caseStudy.title, linkProps: { to: caseStudyPath(caseStudy.slug) } }]),
        ]}
      />
      <PageTitle documentTitle={title === undefined ? 'Historique' : `Historique — ${title}`}>
        Historique des modifications
      </PageTitle>
      {loading && caseStudy === undefined && (
        <div aria-busy="true">
          <p role="status">Chargement de l'historique…</p>
        </div>
      )}
      {error !== undefined && (
        <ErrorAlert title="Impossible d'afficher l'historique" message={describeApiError(error).message} />
      )}
      {caseStudy != null && (
        <>
          <p className="fr-text--lead">
            Retour d'expérience : <Link to={caseStudyPath(caseStudy.slug)}>{caseStudy.title}</Link>
          </p>
          <History id={caseStudy.id} slug={caseStudy.slug} />
        </>
      )}
    </div>
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
  const selected = selectedNumber(searchParams) ?? revisions[0]?.number ?? null;

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
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-4">
        <section aria-labelledby="versions">
          <h2 id="versions" className="fr-h4">
            {connection.totalCount > 1
              ? `${connection.totalCount} versions`
              : `${connection.totalCount} version`}
          </h2>
          {revisions.length === 0 ? (
            <p>Aucune version consultable.</p>
          ) : (
            <ol className="fr-raw-list">
              {revisions.map((revision) => (
                <RevisionItem
                  key={revision.id}
                  slug={slug}
                  revision={revision}
                  current={revision.number === selected}
                />
              ))}
            </ol>
          )}
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
        </section>
      </div>
      <div className="fr-col-12 fr-col-md-8">
        {selected !== null && <RevisionDiff id={id} number={selected} />}
      </div>
    </div>
  );
}

function RevisionItem({ slug, revision, current }: { slug: string; revision: Revision; current: boolean }) {
  return (
    <li className="fr-mb-3w">
      <p className="fr-mb-0">
        <Link to={caseStudyHistoryPath(slug, revision.number)} aria-current={current ? 'true' : undefined}>
          Version {revision.number}
        </Link>
        {current && <span className="fr-text--sm"> (affichée)</span>}{' '}
        {!revision.public && (
          <Badge as="span" small>
            Avant publication
          </Badge>
        )}
      </p>
      <p className="fr-text--sm fr-mb-0">
        {authorName(revision.author)}, le{' '}
        <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
      </p>
      <p className="fr-text--sm fr-mb-0">{changedFieldsLabel(revision)}</p>
    </li>
  );
}

function RevisionDiff({ id, number }: { id: string; number: number }) {
  const { data, loading, error } = useQuery(CaseStudyRevisionDiffQuery, { variables: { id, number } });
  const revision = data?.caseStudyRevision;
  const headingRef = useRef<HTMLHeadingElement>(null);
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

  // After choosing another version (not on arrival), take keyboard and screen reader users to its changes.
  const revisionId = revision?.id;
  const arrived = useRef(false);
  useEffect(() => {
    if (revisionId === undefined) return;
    if (arrived.current) headingRef.current?.focus();
    arrived.current = true;
  }, [revisionId]);

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
    <section aria-labelledby="version-affichee">
      <h2 id="version-affichee" className="fr-h4" tabIndex={-1} ref={headingRef}>
        Version {revision.number}
      </h2>
      <p className="fr-text--sm">
        Par {authorName(revision.author)}, le{' '}
        <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
        {previous !== null && <>, comparée à la version {previous.number}</>}.
      </p>
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
    </section>
  );
}

type FieldChangeView =
  | { kind: 'text'; segments: DiffSegment[] | null; before: string; after: string }
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
      return {
        kind: 'text',
        segments: textDiff(before[field], after[field]),
        before: before[field],
        after: after[field],
      };
  }
}

function Added({ children }: { children: ReactNode }) {
  return (
    <ins className="pairs-diff-added">
      <span className="fr-sr-only">[ajouté : </span>
      {children}
      <span className="fr-sr-only">]</span>
    </ins>
  );
}

function Removed({ children }: { children: ReactNode }) {
  return (
    <del className="pairs-diff-removed">
      <span className="fr-sr-only">[supprimé : </span>
      {children}
      <span className="fr-sr-only">]</span>
    </del>
  );
}

function FieldChange({ label, change }: { label: string; change: FieldChangeView }) {
  return (
    <div className="fr-mb-4w">
      <h3 className="fr-h6 fr-mb-1w">{label}</h3>
      {change.kind === 'text' &&
        (change.segments === null ? (
          <div className="pairs-diff-text">
            <p className="fr-text--sm">Texte entièrement réécrit. Avant :</p>
            <Removed>{change.before}</Removed>
            <p className="fr-text--sm fr-mt-2w">Après :</p>
            <Added>{change.after}</Added>
          </div>
        ) : (
          <div className="pairs-diff-text">
            {change.segments.map((segment, index) => {
              switch (segment.kind) {
                case 'added':
                  return <Added key={index}>{segment.text}</Added>;
                case 'removed':
                  return <Removed key={index}>{segment.text}</Removed>;
                case 'skipped':
                  return (
                    <span key={index} className="pairs-diff-skipped">
                      {' […] '}
                      <span className="fr-sr-only">(passage inchangé abrégé)</span>
                    </span>
                  );
                case 'same':
                  return <span key={index}>{segment.text}</span>;
              }
            })}
          </div>
        ))}
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
    </div>
  );
}
