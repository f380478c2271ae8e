import { useQuery } from '@apollo/client/react';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { describeApiError, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../lib/format-date';
import '../case-studies/case-study-history-page.css';
import { textDiff } from '../case-studies/revision-diff';
import { NotFoundPage } from '../not-found-page';
import { authorName } from './question-author';
import {
  HISTORY_VERSION_PARAM,
  questionHistoryPath,
  questionPath,
  QUESTIONS_PATH,
  replyHistoryPath,
  replyPath,
} from './question-paths';

/** Revisions shown at once: a question or a reply is rarely edited more. */
export const POST_REVISIONS_PAGE_SIZE = 50;

export const QuestionHistoryQuery = graphql(`
  query QuestionHistory($id: ID!, $first: Int!) {
    thread(id: $id) {
      id
      title
      revisions(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
            number
            createdAt
            title
            body
            author {
              id
              displayName
              deleted
            }
          }
        }
      }
    }
  }
`);

export const ReplyHistoryQuery = graphql(`
  query ReplyHistory($id: ID!, $first: Int!) {
    reply(id: $id) {
      id
      author {
        id
        displayName
        deleted
      }
      thread {
        id
        title
      }
      revisions(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
            number
            createdAt
            title
            body
            author {
              id
              displayName
              deleted
            }
          }
        }
      }
    }
  }
`);

type Revisions = NonNullable<DocumentType<typeof QuestionHistoryQuery>['thread']>['revisions'];
type Revision = Revisions['edges'][number]['node'];

/** `?version=N`, or null when absent or not a positive integer. */
function selectedNumber(params: URLSearchParams): number | null {
  const raw = params.get(HISTORY_VERSION_PARAM);
  if (raw === null || !/^\d{1,9}$/.test(raw)) return null;
  const number = Number(raw);
  return number > 0 ? number : null;
}

/**
 * `/questions/:id/historique` and `/questions/:id/reponses/:replyId/historique`: the versions of
 * a question or a reply, newest first, and what the selected one (`?version=N`, the newest by
 * default) changed compared with the one before, word by word.
 */
export function QuestionHistoryPage() {
  const { id = '', replyId } = useParams();
  return replyId === undefined ? <ThreadHistory id={id} /> : <ReplyHistory threadId={id} replyId={replyId} />;
}

function ThreadHistory({ id }: { id: string }) {
  const { data, loading, error } = useQuery(QuestionHistoryQuery, {
    variables: { id, first: POST_REVISIONS_PAGE_SIZE },
  });
  const thread = data?.thread;
  if (!loading && error === undefined && thread === null) return <NotFoundPage />;
  return (
    <HistoryLayout
      threadId={id}
      threadTitle={thread?.title}
      documentTitle={thread == null ? 'Historique' : `Historique — ${thread.title}`}
      heading="Historique de la question"
      loading={loading && thread === undefined}
      error={error}
      lead={
        thread == null ? null : (
          <>
            Question : <Link to={questionPath(thread.id)}>{thread.title}</Link>
          </>
        )
      }
      revisions={thread?.revisions}
      versionPath={(number) => questionHistoryPath(id, number)}
      withTitle
    />
  );
}

function ReplyHistory({ threadId, replyId }: { threadId: string; replyId: string }) {
  const { data, loading, error } = useQuery(ReplyHistoryQuery, {
    variables: { id: replyId, first: POST_REVISIONS_PAGE_SIZE },
  });
  const reply = data?.reply;
  // A reply reached through another thread's address does not exist there.
  if (
    !loading &&
    error === undefined &&
    (reply === null || (reply != null && reply.thread.id !== threadId))
  ) {
    return <NotFoundPage />;
  }
  const name = authorName(reply?.author);
  return (
    <HistoryLayout
      threadId={threadId}
      threadTitle={reply?.thread.title}
      documentTitle={reply == null ? 'Historique' : `Historique — réponse de ${name}`}
      heading="Historique de la réponse"
      loading={loading && reply === undefined}
      error={error}
      lead={
        reply == null ? null : (
          <>
            <Link to={replyPath(threadId, reply.id)}>Réponse de {name}</Link> à la question{' '}
            <Link to={questionPath(threadId)}>{reply.thread.title}</Link>
          </>
        )
      }
      revisions={reply?.revisions}
      versionPath={(number) => replyHistoryPath(threadId, replyId, number)}
      withTitle={false}
    />
  );
}

interface HistoryLayoutProps {
  threadId: string;
  threadTitle: string | undefined;
  documentTitle: string;
  heading: string;
  loading: boolean;
  error: unknown;
  lead: ReactNode;
  revisions: Revisions | undefined;
  versionPath: (number: number) => string;
  /** Questions have a title that may change; replies do not. */
  withTitle: boolean;
}

function HistoryLayout({
  threadId,
  threadTitle,
  documentTitle,
  heading,
  loading,
  error,
  lead,
  revisions,
  versionPath,
  withTitle,
}: HistoryLayoutProps) {
  const [searchParams] = useSearchParams();
  const list = revisions?.edges.map((edge) => edge.node) ?? [];
  const selected = selectedNumber(searchParams) ?? list[0]?.number ?? null;
  const index = list.findIndex((revision) => revision.number === selected);

  return (
    <div className="fr-container fr-my-6w">
      <Breadcrumb
        currentPageLabel="Historique"
        homeLinkProps={{ to: '/' }}
        segments={[
          { label: 'Questions', linkProps: { to: QUESTIONS_PATH } },
          ...(threadTitle === undefined
            ? []
            : [{ label: threadTitle, linkProps: { to: questionPath(threadId) } }]),
        ]}
      />
      <PageTitle documentTitle={documentTitle}>{heading}</PageTitle>
      {loading && (
        <div aria-busy="true">
          <p role="status">Chargement de l'historique…</p>
        </div>
      )}
      {error !== undefined && (
        <ErrorAlert title="Impossible d'afficher l'historique" message={describeApiError(error).message} />
      )}
      {lead !== null && <p className="fr-text--lead">{lead}</p>}
      {revisions !== undefined && (
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <section aria-labelledby="versions">
              <h2 id="versions" className="fr-h4">
                {revisions.totalCount > 1
                  ? `${revisions.totalCount} versions`
                  : `${revisions.totalCount} version`}
              </h2>
              {list.length === 0 ? (
                <p>Aucune version consultable.</p>
              ) : (
                <ol className="fr-raw-list">
                  {list.map((revision) => (
                    <li key={revision.id} className="fr-mb-3w">
                      <p className="fr-mb-0">
                        <Link
                          to={versionPath(revision.number)}
                          aria-current={revision.number === selected ? 'true' : undefined}
                        >
                          Version {revision.number}
                        </Link>
                        {revision.number === selected && <span className="fr-text--sm"> (affichée)</span>}
                      </p>
                      <p className="fr-text--sm fr-mb-0">
                        {authorName(revision.author)}, le{' '}
                        <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              {revisions.pageInfo.hasNextPage && (
                <p className="fr-text--sm">
                  Seules les {list.length} versions les plus récentes sont affichées.
                </p>
              )}
            </section>
          </div>
          <div className="fr-col-12 fr-col-md-8">
            {index >= 0 ? (
              <RevisionChanges
                revision={list[index]}
                previous={list[index + 1] ?? null}
                olderNotLoaded={index + 1 >= list.length && revisions.pageInfo.hasNextPage}
                withTitle={withTitle}
              />
            ) : (
              selected !== null && <p>Cette version n'existe pas ou n'est pas consultable.</p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

interface RevisionChangesProps {
  revision: Revision;
  previous: Revision | null;
  olderNotLoaded: boolean;
  withTitle: boolean;
}

function RevisionChanges({ revision, previous, olderNotLoaded, withTitle }: RevisionChangesProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After choosing another version (not on arrival), take keyboard and screen reader users to its changes.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) headingRef.current?.focus();
    arrived.current = true;
  }, [revision.id]);

  const titleChanged = withTitle && previous !== null && (previous.title ?? '') !== (revision.title ?? '');
  const bodyChanged = previous !== null && previous.body !== revision.body;

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
        <>
          <p>
            {olderNotLoaded
              ? "La version précédente n'est pas affichée : voici le texte de cette version."
              : revision.number === 1
                ? 'Première version : le texte tel que publié.'
                : 'Première version consultable : voici son texte.'}
          </p>
          {withTitle && revision.title != null && (
            <div className="fr-mb-4w">
              <h3 className="fr-h6 fr-mb-1w">Titre</h3>
              <p className="pairs-diff-text">{revision.title}</p>
            </div>
          )}
          <div className="fr-mb-4w">
            <h3 className="fr-h6 fr-mb-1w">Texte</h3>
            <p className="pairs-diff-text">{revision.body}</p>
          </div>
        </>
      ) : !titleChanged && !bodyChanged ? (
        <p>Cette version ne change pas le texte.</p>
      ) : (
        <>
          {titleChanged && (
            <TextChange label="Titre" before={previous.title ?? ''} after={revision.title ?? ''} />
          )}
          {bodyChanged && <TextChange label="Texte" before={previous.body} after={revision.body} />}
        </>
      )}
    </section>
  );
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

/** A word diff; insertions underlined, deletions struck through, both named for screen readers. */
function TextChange({ label, before, after }: { label: string; before: string; after: string }) {
  const segments = textDiff(before, after);
  return (
    <div className="fr-mb-4w">
      <h3 className="fr-h6 fr-mb-1w">{label}</h3>
      {segments === null ? (
        <div className="pairs-diff-text">
          <p className="fr-text--sm">Texte entièrement réécrit. Avant :</p>
          <Removed>{before}</Removed>
          <p className="fr-text--sm fr-mt-2w">Après :</p>
          <Added>{after}</Added>
        </div>
      ) : (
        <div className="pairs-diff-text">
          {segments.map((segment, index) => {
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
      )}
    </div>
  );
}
