import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { describeApiError, getFragmentData, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { authorName } from '../../lib/author-name';
import { formatDateTime, formatLongDate } from '../../lib/format-date';
import { signInPathFor } from '../../session/redirect-path';
import { FlashNotice } from '../../session/flash-notice';
import { profilePath, useViewer } from '../../session/viewer';
import { formatViewCount } from '../case-studies/case-study-format';
import { GroupMarker } from '../groups/group-marker';
import { caseStudyPath } from '../case-studies/case-study-paths';
import { nestHeadings } from '../case-studies/nest-headings';
import { NotFoundPage } from '../not-found-page';
import { themePath } from '../themes/theme-paths';
import { AuthorCard } from './question-author';
import { QuestionEditor } from './question-editor';
import { formatReplyCount, threadBadges } from './question-format';
import { QuestionModeration } from './question-moderation';
import { QuestionReplyFragment } from './question-operations';
import { questionHistoryPath, QUESTIONS_PATH, replyElementId, replyPath } from './question-paths';
import { ReactionButtons } from './reaction-buttons';
import { replyDraftKey } from './reply-draft-storage';
import { ReplyForm, replyFormTarget } from './reply-form';
import { focusElement, ReplyItem, type QuotedReply, type ReplyRef } from './reply-item';
import './question-page.css';

/** Replies per page of the thread page. */
export const REPLIES_PAGE_SIZE = 20;

export const QuestionPageQuery = graphql(`
  query QuestionPage($id: ID!, $first: Int!, $from: ID) {
    thread(id: $id) {
      id
      title
      body
      bodyHtml
      status
      pinned
      createdAt
      editedAt
      revisionCount
      replyCount
      viewCount
      author {
        id
        displayName
        deleted
        ...QuestionAuthor
      }
      themes {
        id
        slug
        name
      }
      caseStudy {
        id
        slug
        title
      }
      group {
        id
        slug
        name
        visibility
      }
      reactions {
        targetId
        useful
        thanks
        mine
      }
      viewerCan {
        reply
        edit
        accept
        moderate
        react
      }
      participants {
        totalCount
        users {
          id
          handle
          displayName
          deleted
        }
      }
      acceptedReply {
        id
        ...QuestionReply
      }
      replies(first: $first, from: $from) {
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...QuestionReply
          }
        }
      }
    }
  }
`);

/** The replies before or after the ones shown ("Réponses précédentes", "Réponses suivantes"). */
export const QuestionRepliesQuery = graphql(`
  query QuestionReplies($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    thread(id: $id) {
      id
      replies(first: $first, after: $after, last: $last, before: $before) {
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...QuestionReply
          }
        }
      }
    }
  }
`);

type Thread = NonNullable<DocumentType<typeof QuestionPageQuery>['thread']>;

/**
 * `/questions/:id`, and `/questions/:id/reponses/:replyId`, the stable URL of a reply: the
 * replies then start at that reply, which gets the focus. The question comes first, then the
 * accepted answer, then the replies in chronological order and the reply form.
 */
export function QuestionPage() {
  const { id = '', replyId } = useParams();
  const { data, previousData, loading, error, fetchMore } = useQuery(QuestionPageQuery, {
    variables: { id, first: REPLIES_PAGE_SIZE, from: replyId ?? null },
  });
  // Moving to a reply's URL keeps the question on screen while its page of replies loads.
  const shown = data ?? (previousData?.thread?.id === id ? previousData : undefined);
  const thread = shown?.thread;

  /** Loads the replies before or after those shown; resolves with the first loaded reply's id. */
  const loadReplies = async (direction: 'before' | 'after', cursor: string): Promise<string | undefined> => {
    const result = await fetchMore({
      query: QuestionRepliesQuery,
      variables:
        direction === 'after'
          ? { id, first: REPLIES_PAGE_SIZE, after: cursor, last: null, before: null }
          : { id, first: null, after: null, last: REPLIES_PAGE_SIZE, before: cursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        const current = previous.thread;
        const more = fetchMoreResult.thread?.replies;
        if (current == null || more == null) return previous;
        const known = new Set(current.replies.edges.map((edge) => edge.node.id));
        const added = more.edges.filter((edge) => !known.has(edge.node.id));
        const pageInfo = current.replies.pageInfo;
        return {
          ...previous,
          thread: {
            ...current,
            replies: {
              ...current.replies,
              pageInfo:
                direction === 'after'
                  ? {
                      ...pageInfo,
                      hasNextPage: more.pageInfo.hasNextPage,
                      endCursor: more.pageInfo.endCursor ?? pageInfo.endCursor,
                    }
                  : {
                      ...pageInfo,
                      hasPreviousPage: more.pageInfo.hasPreviousPage,
                      startCursor: more.pageInfo.startCursor ?? pageInfo.startCursor,
                    },
              edges:
                direction === 'after'
                  ? [...current.replies.edges, ...added]
                  : [...added, ...current.replies.edges],
            },
          },
        };
      },
    });
    return result.data?.thread?.replies.edges[0]?.node.id;
  };

  if (!loading && error === undefined && data?.thread === null) {
    return <NotFoundPage />;
  }

  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-lg-9">
          <Breadcrumb
            currentPageLabel={thread?.title ?? 'Question'}
            homeLinkProps={{ to: '/' }}
            segments={[{ label: 'Questions', linkProps: { to: QUESTIONS_PATH } }]}
          />
          {/* One h1 in every state, so focus after navigation has a heading to land on. */}
          <PageTitle documentTitle={thread?.title ?? 'Question'} />
          <FlashNotice />
          {loading && thread == null && (
            <div aria-busy="true">
              <p role="status">Chargement de la question…</p>
            </div>
          )}
          {error !== undefined && (
            <ErrorAlert
              title="Impossible d'afficher cette question"
              message={describeApiError(error).message}
            />
          )}
          {thread != null && (
            <QuestionContent
              key={thread.id}
              thread={thread}
              targetReplyId={replyId ?? null}
              repliesLoading={loading}
              loadReplies={loadReplies}
            />
          )}
        </div>
      </div>
    </div>
  );
}

interface QuestionContentProps {
  thread: Thread;
  /** The reply of the URL, focused once shown. */
  targetReplyId: string | null;
  repliesLoading: boolean;
  loadReplies: (direction: 'before' | 'after', cursor: string) => Promise<string | undefined>;
}

function QuestionContent({ thread, targetReplyId, repliesLoading, loadReplies }: QuestionContentProps) {
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState(false);
  const [quoted, setQuoted] = useState<QuotedReply | null>(null);
  const [loadingMore, setLoadingMore] = useState<'before' | 'after' | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [posted, setPosted] = useState(false);
  /** A reply to focus once it is on screen (the URL's, a new one, the first of a loaded page). */
  const [focusReplyId, setFocusReplyId] = useState<string | null>(targetReplyId);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  const replies = thread.replies;
  const replyIds = replies.edges.map((edge) => edge.node.id).join(' ');
  const acceptedId = thread.acceptedReply?.id ?? null;

  // A new URL of a reply (the accepted answer's "Voir dans la discussion", a quote) focuses it.
  const [lastTarget, setLastTarget] = useState(targetReplyId);
  if (lastTarget !== targetReplyId) {
    setLastTarget(targetReplyId);
    setFocusReplyId(targetReplyId);
  }

  useEffect(() => {
    if (focusReplyId === null || !replyIds.split(' ').includes(focusReplyId)) return;
    // After the route change has focused the page title: this focus must come last.
    const timer = setTimeout(() => {
      if (focusElement(replyElementId(focusReplyId))) setFocusReplyId(null);
    }, 0);
    return () => clearTimeout(timer);
  }, [focusReplyId, replyIds]);

  useEffect(() => {
    if (editing) {
      wasEditing.current = true;
    } else if (wasEditing.current) {
      wasEditing.current = false;
      editButtonRef.current?.focus();
    }
  }, [editing]);

  const loadMore = (direction: 'before' | 'after') => {
    const cursor = direction === 'after' ? replies.pageInfo.endCursor : replies.pageInfo.startCursor;
    if (cursor == null || loadingMore !== null) return;
    setLoadingMore(direction);
    setMoreError(null);
    void (async () => {
      try {
        const first = await loadReplies(direction, cursor);
        // Take keyboard and screen reader users to the first reply of the page just loaded.
        if (first !== undefined) setFocusReplyId(first);
      } catch (caught) {
        setMoreError(caught);
      } finally {
        setLoadingMore(null);
      }
    })();
  };

  const quote = (reply: QuotedReply) => {
    setQuoted(reply);
    const target = replyFormTarget();
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  };

  const onPosted = (newId: string) => {
    setPosted(true);
    if (replies.pageInfo.hasNextPage) {
      // The new reply comes after replies not loaded yet: show the discussion from it.
      void navigate(replyPath(thread.id, newId));
    } else {
      setFocusReplyId(newId);
    }
  };

  const badges = threadBadges(thread);
  const questionAuthor = authorName(thread.author);

  return (
    <>
      <ul className="fr-badges-group fr-mb-2w" aria-label="État de la question">
        {badges.map((badge) => (
          <li key={badge.label}>
            <Badge as="span" severity={badge.severity}>
              {badge.label}
            </Badge>
          </li>
        ))}
      </ul>
      {thread.themes.length > 0 && (
        <ul className="fr-tags-group" aria-label="Thématiques">
          {thread.themes.map((theme) => (
            <li key={theme.id}>
              <Tag small linkProps={{ to: themePath(theme.slug) }}>
                {theme.name}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      {thread.group != null && <GroupMarker group={thread.group} />}
      {thread.caseStudy != null && (
        <p className="fr-mb-2w">
          À propos du retour d'expérience{' '}
          <Link to={caseStudyPath(thread.caseStudy.slug)}>{thread.caseStudy.title}</Link>
        </p>
      )}

      <article aria-labelledby="question-texte" className="fr-mb-6w">
        <h2 id="question-texte" className="fr-sr-only">
          La question
        </h2>
        <AuthorCard author={thread.author} />
        <p className="fr-text--sm fr-mt-1w">
          Posée le <time dateTime={thread.createdAt}>{formatDateTime(thread.createdAt)}</time>
          {thread.editedAt != null && (
            <>
              {' · modifiée le '}
              <time dateTime={thread.editedAt}>{formatLongDate(thread.editedAt)}</time>
            </>
          )}
          {thread.revisionCount > 1 && (
            <>
              {' · '}
              <Link to={questionHistoryPath(thread.id)}>
                Voir l'historique des modifications ({thread.revisionCount} versions)
              </Link>
            </>
          )}
          {' · '}
          {formatViewCount(thread.viewCount)}
        </p>
        <div role="status">
          {edited && !editing && (
            <p className="fr-text--sm fr-text--bold">Vos modifications sont enregistrées.</p>
          )}
        </div>
        {editing ? (
          <QuestionEditor
            thread={thread}
            onDone={(saved) => {
              setEdited(saved);
              setEditing(false);
            }}
          />
        ) : (
          <>
            {/* Trusted: the API's markdown renderer escapes raw HTML and filters link schemes. */}
            <div
              className="pairs-post-body"
              dangerouslySetInnerHTML={{ __html: nestHeadings(thread.bodyHtml, 3) }}
            />
            <ReactionButtons
              reactions={thread.reactions}
              canReact={thread.viewerCan.react}
              target="la question"
            />
            {thread.viewerCan.edit && (
              <Button
                type="button"
                priority="secondary"
                size="small"
                className="fr-mt-2w"
                ref={editButtonRef}
                onClick={() => {
                  setEdited(false);
                  setEditing(true);
                }}
              >
                Modifier la question
              </Button>
            )}
          </>
        )}
      </article>

      {thread.viewerCan.moderate && <QuestionModeration thread={thread} />}

      {thread.acceptedReply != null && <AcceptedAnswer threadId={thread.id} reply={thread.acceptedReply} />}

      <section
        aria-labelledby="reponses-titre"
        className="fr-mb-6w"
        aria-busy={repliesLoading || loadingMore !== null}
      >
        <h2 id="reponses-titre">{formatReplyCount(thread.replyCount)}</h2>
        {replies.pageInfo.hasPreviousPage && (
          <p>
            <Button type="button" priority="secondary" size="small" onClick={() => loadMore('before')}>
              {loadingMore === 'before' ? 'Chargement…' : 'Réponses précédentes'}
            </Button>
          </p>
        )}
        {replies.edges.length === 0 && !replies.pageInfo.hasPreviousPage ? (
          <p>
            Personne n'a encore répondu. {thread.viewerCan.reply && 'Partagez votre expérience ci-dessous.'}
          </p>
        ) : (
          <ol className="fr-raw-list pairs-replies">
            {replies.edges.map(({ node }) => (
              <li key={node.id}>
                <ReplyItem
                  reply={node}
                  threadId={thread.id}
                  accepted={node.id === acceptedId}
                  acceptedId={acceptedId}
                  canUnaccept={thread.viewerCan.accept}
                  canQuote={thread.viewerCan.reply}
                  onQuote={quote}
                />
              </li>
            ))}
          </ol>
        )}
        {moreError !== null && (
          <ErrorAlert
            title="Impossible d'afficher ces réponses"
            message={describeApiError(moreError).message}
            as="h3"
            className="fr-mt-2w"
          />
        )}
        {replies.pageInfo.hasNextPage && (
          <p className="fr-mt-2w">
            <Button type="button" priority="secondary" size="small" onClick={() => loadMore('after')}>
              {loadingMore === 'after' ? 'Chargement…' : 'Réponses suivantes'}
            </Button>
          </p>
        )}
      </section>

      <section aria-labelledby="repondre-titre" className="fr-mb-6w">
        <h2 id="repondre-titre">Répondre</h2>
        <div role="status">
          {posted && <p className="fr-text--sm fr-text--bold">Votre réponse est publiée.</p>}
        </div>
        <ReplyArea
          thread={thread}
          viewerId={viewer?.id ?? null}
          questionAuthor={questionAuthor}
          quoted={quoted}
          onQuote={setQuoted}
          onClearQuote={() => setQuoted(null)}
          onPosted={onPosted}
        />
      </section>

      <Participants participants={thread.participants} />
    </>
  );
}

interface ReplyAreaProps {
  thread: Thread;
  viewerId: string | null;
  questionAuthor: string;
  quoted: QuotedReply | null;
  onQuote: (quoted: QuotedReply) => void;
  onClearQuote: () => void;
  onPosted: (replyId: string) => void;
}

/** The reply form for those who may reply; otherwise why not (locked, signed out, unverified). */
function ReplyArea({
  thread,
  viewerId,
  questionAuthor,
  quoted,
  onQuote,
  onClearQuote,
  onPosted,
}: ReplyAreaProps) {
  const { pathname, search } = useLocation();
  const locked = thread.status === 'LOCKED';
  const signedIn = viewerId !== null;
  // Drafts are kept per member (a shared device) and per thread.
  const draftKey = viewerId === null ? null : replyDraftKey(viewerId, thread.id);
  return (
    <>
      {locked && (
        <Alert
          severity="info"
          small
          className="fr-mb-3w"
          description={
            thread.viewerCan.reply
              ? 'Cette discussion est verrouillée : seuls les modérateurs peuvent encore y répondre.'
              : 'Cette discussion est verrouillée : elle reste lisible, mais on ne peut plus y répondre.'
          }
        />
      )}
      {thread.viewerCan.reply ? (
        <ReplyForm
          // Read again once the viewer is known: their draft is under their id.
          key={draftKey ?? ''}
          threadId={thread.id}
          draftKey={draftKey}
          quoted={quoted}
          onClearQuote={onClearQuote}
          onResumeQuote={onQuote}
          onPosted={onPosted}
        />
      ) : locked ? null : !signedIn ? (
        <p>
          <Link to={signInPathFor(pathname + search)}>Connectez-vous</Link> pour répondre à {questionAuthor}{' '}
          et partager votre expérience.
        </p>
      ) : (
        <p>
          Confirmez votre adresse e-mail pour répondre : le lien de confirmation vous a été envoyé à
          l'inscription.
        </p>
      )}
    </>
  );
}

/** The accepted answer, right under the question, with a link to its place in the discussion. */
function AcceptedAnswer({ threadId, reply: ref }: { threadId: string; reply: ReplyRef }) {
  const reply = getFragmentData(QuestionReplyFragment, ref);
  const jump = (event: MouseEvent<HTMLAnchorElement>) => {
    // Already on the page: take the reader there without reloading the discussion from it.
    if (focusElement(replyElementId(reply.id))) event.preventDefault();
  };
  return (
    <section
      aria-labelledby="reponse-acceptee-titre"
      className="fr-callout fr-callout--green-emeraude fr-mb-6w"
    >
      <h2 id="reponse-acceptee-titre" className="fr-h4">
        Réponse acceptée
      </h2>
      <AuthorCard author={reply.author} />
      <p className="fr-text--sm fr-mt-1w">
        Publiée le <time dateTime={reply.createdAt}>{formatLongDate(reply.createdAt)}</time>
      </p>
      <div
        className="pairs-post-body"
        // Trusted: the API's markdown renderer escapes raw HTML and filters link schemes.
        dangerouslySetInnerHTML={{ __html: nestHeadings(reply.bodyHtml, 3) }}
      />
      <p className="fr-mb-0">
        <Link to={replyPath(threadId, reply.id)} onClick={jump} className="fr-link">
          Voir dans la discussion<span className="fr-sr-only"> la réponse acceptée</span>
        </Link>
      </p>
    </section>
  );
}

function Participants({ participants }: { participants: Thread['participants'] }) {
  const others = participants.totalCount - participants.users.length;
  if (participants.users.length === 0) return null;
  return (
    <section aria-labelledby="participants-titre" className="fr-mb-6w">
      <h2 id="participants-titre" className="fr-h5">
        Participants
      </h2>
      <p>
        {participants.users.map((user, index) => (
          <span key={user.id}>
            {index > 0 && ', '}
            {user.deleted ? 'Compte supprimé' : <Link to={profilePath(user.handle)}>{user.displayName}</Link>}
          </span>
        ))}
        {others > 0 && ` et ${others} autre${others > 1 ? 's' : ''}`}
      </p>
    </section>
  );
}
