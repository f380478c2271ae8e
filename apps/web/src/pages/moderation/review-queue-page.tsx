import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { describeApiError, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format-date';
import { territoryKindLabel, formatPopulation } from '../../lib/territory-format';
import { canModerate, profilePath, useViewer } from '../../session/viewer';
import { caseStudyPath } from '../case-studies/case-study-paths';
import { CaseStudyWorkflowActions, type CaseStudyWorkflowAction } from '../case-studies/workflow-actions';

/** Case studies waiting for review, oldest submission first (the API's `SUBMITTED_AT` order). */
export const ReviewQueueQuery = graphql(`
  query ReviewQueue($first: Int!) {
    caseStudies(filter: { status: IN_REVIEW }, orderBy: SUBMITTED_AT, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          slug
          title
          summary
          status
          revisionCount
          submittedAt
          territory {
            id
            name
            kind
            population
          }
          authors {
            id
            handle
            displayName
          }
          themes {
            id
            name
          }
          viewerCan {
            edit
            submit
            review
            archive
            manageAuthors
          }
        }
      }
    }
  }
`);

type QueueItem = DocumentType<typeof ReviewQueueQuery>['caseStudies']['edges'][number]['node'];

const DOCUMENT_TITLE = 'Relectures en attente';
/** The API's largest page: a longer queue shows a notice (see `hasNextPage`). */
const QUEUE_SIZE = 100;

const DONE_MESSAGES: Record<CaseStudyWorkflowAction, (title: string) => string> = {
  publish: (title) => `« ${title} » est publié : il est maintenant visible de tous.`,
  'request-changes': (title) =>
    `La demande de modifications a été envoyée aux auteurs de « ${title} », qui repasse en brouillon.`,
  submit: (title) => `« ${title} » a été soumis pour relecture.`,
  archive: (title) => `« ${title} » est archivé.`,
};

/** Oldest submission first, as the API sends them; kept for items the cache merges back. */
export function bySubmission(a: QueueItem, b: QueueItem): number {
  if (a.submittedAt == null || b.submittedAt == null) {
    return a.submittedAt == null ? (b.submittedAt == null ? 0 : 1) : -1;
  }
  return a.submittedAt.localeCompare(b.submittedAt);
}

/** `/moderation/relectures`: moderators publish case studies or send them back with a comment. */
export function ReviewQueuePage() {
  const { viewer } = useViewer();
  // RequireViewer renders this page only for a signed-in user.
  if (viewer === null) {
    return null;
  }
  return (
    <div className="fr-container fr-my-6w">
      <PageTitle documentTitle={DOCUMENT_TITLE} />
      {canModerate(viewer) ? (
        <ReviewQueue />
      ) : (
        <Alert
          severity="warning"
          as="h2"
          title="Accès réservé aux modérateurs"
          description="Cette page permet aux modérateurs de relire les retours d'expérience avant leur publication. Votre compte n'a pas ces droits."
        />
      )}
    </div>
  );
}

function ReviewQueue() {
  const { data, previousData, loading, error } = useQuery(ReviewQueueQuery, {
    variables: { first: QUEUE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<{ text: string } | null>(null);
  /** Items acted on: they leave the list at once, before the list is read again. */
  const [doneIds, setDoneIds] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    // The item and its buttons are gone: give the keyboard a place to continue from.
    if (notice !== null) {
      document.getElementById('relecture-effectuee')?.focus();
    }
  }, [notice]);

  const connection = (data ?? previousData)?.caseStudies;
  if (connection === undefined) {
    return loading ? (
      <div aria-busy="true">
        <p role="status">Chargement des relectures…</p>
      </div>
    ) : (
      <ErrorAlert title="Impossible d'afficher les relectures" message={describeApiError(error).message} />
    );
  }

  const items = connection.edges
    .map(({ node }) => node)
    .filter((item) => item.status === 'IN_REVIEW' && !doneIds.has(item.id))
    .sort(bySubmission);

  const onCompleted = (item: QueueItem, action: CaseStudyWorkflowAction) => {
    setDoneIds((current) => new Set([...current, item.id]));
    setNotice({ text: DONE_MESSAGES[action](item.title) });
  };

  return (
    <>
      <p>
        Les retours d'expérience soumis par leurs auteurs, le plus ancien en premier. Lisez-les, puis
        publiez-les ou demandez des modifications en expliquant ce qui manque : ils repasseront alors en
        brouillon.
      </p>
      <div role="status">
        {notice !== null && (
          <div id="relecture-effectuee" tabIndex={-1} className="fr-mb-4w">
            <Alert severity="success" small description={notice.text} />
          </div>
        )}
      </div>
      {error !== undefined && (
        <ErrorAlert
          title="La liste n'a pas pu être actualisée"
          message={describeApiError(error).message}
          className="fr-mb-4w"
        />
      )}
      <p className="fr-text--bold">
        {items.length === 0
          ? 'Aucun retour d’expérience en attente de relecture.'
          : `${items.length} retour${items.length > 1 ? 's' : ''} d'expérience en attente de relecture.`}
      </p>
      {items.length > 0 && (
        <ol className="fr-raw-list">
          {items.map((item) => (
            <li key={item.id} className="fr-mb-4w">
              <QueueEntry item={item} onCompleted={(action) => onCompleted(item, action)} />
            </li>
          ))}
        </ol>
      )}
      {connection.pageInfo.hasNextPage && (
        <p className="fr-text--sm">
          Seuls les {QUEUE_SIZE} retours d'expérience les plus récemment modifiés sont affichés : publiez ou
          renvoyez ceux-ci pour voir les suivants.
        </p>
      )}
    </>
  );
}

function QueueEntry({
  item,
  onCompleted,
}: {
  item: QueueItem;
  onCompleted: (action: CaseStudyWorkflowAction) => void;
}) {
  const headingId = `relecture-${item.id}`;
  const { territory } = item;
  const territoryDetails = [territoryKindLabel(territory.kind)];
  if (territory.population != null) {
    territoryDetails.push(`${formatPopulation(territory.population)} habitants`);
  }
  return (
    <article
      aria-labelledby={headingId}
      className="fr-p-3w"
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <h2 id={headingId} className="fr-h5 fr-mb-1w">
        <Link to={caseStudyPath(item.slug)}>{item.title}</Link>
      </h2>
      <p className="fr-mb-2w">{item.summary}</p>
      <dl className="fr-text--sm fr-mb-2w">
        <div>
          <dt className="fr-text--bold" style={{ display: 'inline' }}>
            Territoire :{' '}
          </dt>
          <dd style={{ display: 'inline', margin: 0 }}>
            {territory.name} ({territoryDetails.join(', ')})
          </dd>
        </div>
        <div>
          <dt className="fr-text--bold" style={{ display: 'inline' }}>
            {item.authors.length > 1 ? 'Auteurs : ' : 'Auteur : '}
          </dt>
          <dd style={{ display: 'inline', margin: 0 }}>
            {item.authors.map((author, index) => (
              <span key={author.id}>
                {index > 0 && ', '}
                <Link to={profilePath(author.handle)}>{author.displayName}</Link>
              </span>
            ))}
          </dd>
        </div>
        {item.themes.length > 0 && (
          <div>
            <dt className="fr-text--bold" style={{ display: 'inline' }}>
              Thématiques :{' '}
            </dt>
            <dd style={{ display: 'inline', margin: 0 }}>
              {item.themes.map((theme) => theme.name).join(', ')}
            </dd>
          </div>
        )}
        <div>
          <dt className="fr-text--bold" style={{ display: 'inline' }}>
            Soumis le :{' '}
          </dt>
          <dd style={{ display: 'inline', margin: 0 }}>
            {item.submittedAt == null ? (
              'date inconnue'
            ) : (
              <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt)}</time>
            )}
          </dd>
        </div>
      </dl>
      <CaseStudyWorkflowActions caseStudy={item} onCompleted={onCompleted} headingLevel={3} />
    </article>
  );
}
