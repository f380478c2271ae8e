import { useQuery } from '@apollo/client/react';
import { graphql, type DocumentType } from '@pairs/web-graphql';
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { authorName } from '../../lib/author-name';
import {
  HistoryColumns,
  HistoryPage,
  RevisionChanges,
  RevisionList,
  selectedRevisionNumber,
  useRevisionFocus,
} from '../../ui/revision-history';
import { FieldBlock, PlainText, TextDiff } from '../../ui/text-diff';
import { NotFoundPage } from '../not-found-page';
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
  const selected = selectedRevisionNumber(searchParams, HISTORY_VERSION_PARAM) ?? list[0]?.number ?? null;
  const index = list.findIndex((revision) => revision.number === selected);

  return (
    <HistoryPage
      segments={[
        { label: 'Questions', to: QUESTIONS_PATH },
        ...(threadTitle === undefined ? [] : [{ label: threadTitle, to: questionPath(threadId) }]),
      ]}
      documentTitle={documentTitle}
      heading={heading}
      loading={loading}
      error={error}
      lead={lead}
    >
      {revisions !== undefined && (
        <HistoryColumns
          versions={
            <RevisionList
              totalCount={revisions.totalCount}
              revisions={list}
              selected={selected}
              pathOf={versionPath}
            >
              {revisions.pageInfo.hasNextPage && (
                <p className="fr-text--sm">
                  Seules les {list.length} versions les plus récentes sont affichées.
                </p>
              )}
            </RevisionList>
          }
          changes={
            index >= 0 ? (
              <PostRevisionChanges
                revision={list[index]}
                previous={list[index + 1] ?? null}
                olderNotLoaded={index + 1 >= list.length && revisions.pageInfo.hasNextPage}
                withTitle={withTitle}
              />
            ) : (
              selected !== null && <p>Cette version n'existe pas ou n'est pas consultable.</p>
            )
          }
        />
      )}
    </HistoryPage>
  );
}

interface PostRevisionChangesProps {
  revision: Revision;
  previous: Revision | null;
  olderNotLoaded: boolean;
  withTitle: boolean;
}

function PostRevisionChanges({ revision, previous, olderNotLoaded, withTitle }: PostRevisionChangesProps) {
  const headingRef = useRevisionFocus(revision.id);
  const titleChanged = withTitle && previous !== null && (previous.title ?? '') !== (revision.title ?? '');
  const bodyChanged = previous !== null && previous.body !== revision.body;

  return (
    <RevisionChanges revision={revision} previousNumber={previous?.number ?? null} headingRef={headingRef}>
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
            <FieldBlock label="Titre">
              <PlainText>{revision.title}</PlainText>
            </FieldBlock>
          )}
          <FieldBlock label="Texte">
            <PlainText>{revision.body}</PlainText>
          </FieldBlock>
        </>
      ) : !titleChanged && !bodyChanged ? (
        <p>Cette version ne change pas le texte.</p>
      ) : (
        <>
          {titleChanged && (
            <FieldBlock label="Titre">
              <TextDiff before={previous.title ?? ''} after={revision.title ?? ''} />
            </FieldBlock>
          )}
          {bodyChanged && (
            <FieldBlock label="Texte">
              <TextDiff before={previous.body} after={revision.body} />
            </FieldBlock>
          )}
        </>
      )}
    </RevisionChanges>
  );
}
