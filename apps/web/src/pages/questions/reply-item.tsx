import { useApolloClient, useMutation } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { DISCUSSION_LIMITS, type ErrorCode } from '@pairs/shared-domain';
import { describeApiError, getFragmentData, type FragmentType } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { useEffect, useRef, useState, type MouseEvent, type Ref } from 'react';
import { Link } from 'react-router';
import { authorName } from '../../lib/author-name';
import { formatDateTime } from '../../lib/format-date';
import { formErrorsFrom } from '../../lib/form-errors';
import { MarkdownField } from '../case-studies/case-study-editor-markdown-field';
import { nestHeadings } from '../case-studies/nest-headings';
import { AuthorCard } from './question-author';
import { formatRelativeTime, markdownExcerpt } from './question-format';
import {
  AcceptReplyMutation,
  DeleteReplyMutation,
  forgetThreadLists,
  QuestionReplyFragment,
  ReplyPermissionsQuery,
  UnacceptReplyMutation,
  UpdateReplyMutation,
} from './question-operations';
import { replyElementId, replyHistoryPath, replyPath } from './question-paths';
import { replyFieldMessage, validateReplyBody } from './question-values';
import { ReactionButtons } from './reaction-buttons';

export type ReplyRef = FragmentType<typeof QuestionReplyFragment>;

/** The reply a new reply quotes, as the reply form shows it. */
export interface QuotedReply {
  id: string;
  authorName: string;
  body: string;
}

export interface ReplyItemProps {
  reply: ReplyRef;
  threadId: string;
  /** This reply is the thread's accepted answer. */
  accepted: boolean;
  /** The thread's accepted answer, if any (its permissions change when another one is accepted). */
  acceptedId: string | null;
  /** `thread.viewerCan.accept`: may withdraw the acceptance. */
  canUnaccept: boolean;
  /** `thread.viewerCan.reply`: may quote it in a new reply. */
  canQuote: boolean;
  onQuote: (quoted: QuotedReply) => void;
}

const PAGE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN:
    'Vous ne pouvez pas ou plus effectuer cette action (la discussion a peut-être été verrouillée). Rechargez la page pour voir son état actuel.',
  CONFLICT: 'Cette réponse a changé entre-temps. Rechargez la page pour voir son état actuel.',
};

/** Moves focus (and the view) to an element of the page, e.g. a quoted reply already shown. */
export function focusElement(id: string): boolean {
  const element = document.getElementById(id);
  if (element === null) return false;
  element.scrollIntoView?.({ block: 'start' });
  element.focus({ preventScroll: true });
  return true;
}

type Mode = 'read' | 'edit' | 'confirm-delete';

/**
 * One reply of the chronological list: author card, quote, body, reactions and the actions the
 * viewer may take (quote, accept, edit in place, delete after confirmation). A deleted reply
 * stays as a placeholder so that the discussion remains readable.
 */
export function ReplyItem({
  reply: ref,
  threadId,
  accepted,
  acceptedId,
  canUnaccept,
  canQuote,
  onQuote,
}: ReplyItemProps) {
  const client = useApolloClient();
  const reply = getFragmentData(QuestionReplyFragment, ref);
  const name = authorName(reply.author);
  const target = `la réponse de ${name}`;
  const elementId = replyElementId(reply.id);
  const headingId = `${elementId}-titre`;
  const [mode, setMode] = useState<Mode>('read');
  const [draft, setDraft] = useState(reply.body);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const deleteButtonRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  /** Where focus goes once the inline form closes. */
  const returnFocusTo = useRef<'edit' | 'delete' | 'article' | null>(null);
  /** Replies whose permissions to read again once an accept or unaccept succeeded. */
  const refreshAfter = useRef<ReadonlyArray<string | null>>([]);

  const [updateReply, updateState] = useMutation(UpdateReplyMutation);
  const [deleteReply, deleteState] = useMutation(DeleteReplyMutation, { update: forgetThreadLists });
  const [acceptReply, acceptState] = useMutation(AcceptReplyMutation, { update: forgetThreadLists });
  const [unacceptReply, unacceptState] = useMutation(UnacceptReplyMutation, { update: forgetThreadLists });
  const busy = updateState.loading || deleteState.loading || acceptState.loading || unacceptState.loading;

  /** Opens an inline form (edit, delete confirmation), forgetting the last outcome. */
  const open = (next: Mode) => {
    setFailure(null);
    setDone(null);
    setMode(next);
  };

  /** Closes the inline form; focus goes back to `to` once it is gone. */
  const close = (to: 'edit' | 'delete' | 'article') => {
    returnFocusTo.current = to;
    setMode('read');
  };

  const editorId = `${elementId}-edition`;
  useEffect(() => {
    if (mode === 'edit') {
      document.getElementById(editorId)?.focus();
    } else if (mode === 'confirm-delete') {
      confirmRef.current?.focus();
    } else if (returnFocusTo.current !== null) {
      const to = returnFocusTo.current;
      returnFocusTo.current = null;
      (to === 'edit' ? editButtonRef : to === 'delete' ? deleteButtonRef : articleRef).current?.focus();
    }
  }, [mode, editorId]);

  const fail = (title: string, error: unknown) => {
    const errors = formErrorsFrom(error, PAGE_MESSAGES);
    const body = describeApiError(error).fields.find((field) => field.field === 'body');
    if (body !== undefined) setFieldError(replyFieldMessage('body', body.reason));
    setFailure({ title, message: errors.message });
  };

  const run = (title: string, mutate: () => Promise<unknown>, after: () => void) => {
    if (busy) return;
    setFailure(null);
    setDone(null);
    void (async () => {
      try {
        await mutate();
        after();
      } catch (error) {
        fail(title, error);
      }
    })();
  };

  /** Reads the permissions of the replies whose acceptance changed (delete depends on it). */
  const refreshPermissions = (ids: ReadonlyArray<string | null>) => {
    for (const id of new Set(ids)) {
      if (id !== null) {
        void client
          .query({ query: ReplyPermissionsQuery, variables: { id }, fetchPolicy: 'network-only' })
          .catch(() => undefined); // the page still shows the right acceptance; a reload fixes the rest
      }
    }
  };

  const toggleAccepted = () => {
    refreshAfter.current = [reply.id, acceptedId];
    if (accepted) {
      run(
        "L'acceptation n'a pas été retirée",
        () => unacceptReply({ variables: { input: { threadId } } }),
        () => {
          refreshPermissions(refreshAfter.current);
          setDone(`La réponse de ${name} n'est plus la réponse acceptée.`);
        },
      );
    } else {
      run(
        "La réponse n'a pas été acceptée",
        () => acceptReply({ variables: { input: { replyId: reply.id, threadId } } }),
        () => {
          refreshPermissions(refreshAfter.current);
          setDone(`La réponse de ${name} est acceptée : elle est affichée sous la question.`);
        },
      );
    }
  };

  const saveEdit = () => {
    const problem = validateReplyBody(draft);
    if (problem !== null) {
      setFieldError(problem);
      document.getElementById(editorId)?.focus();
      return;
    }
    setFieldError(undefined);
    run(
      "Les modifications n'ont pas été enregistrées",
      () => updateReply({ variables: { input: { replyId: reply.id, body: draft.trim() } } }),
      () => {
        close('edit');
        setDone('Vos modifications sont enregistrées.');
      },
    );
  };

  const confirmDelete = () => {
    run(
      "La réponse n'a pas été supprimée",
      () => deleteReply({ variables: { input: { replyId: reply.id } } }),
      () => {
        close('article');
        setDone('La réponse est supprimée.');
      },
    );
  };

  const quoted = reply.quotedReply;
  const jumpToQuoted = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    // Already on the page: no need to load the discussion from that reply.
    if (focusElement(replyElementId(id))) event.preventDefault();
  };
  const canAcceptToggle = accepted ? canUnaccept : reply.viewerCan.accept;
  const hasActions =
    !reply.deleted && (canQuote || canAcceptToggle || reply.viewerCan.edit || reply.viewerCan.delete);

  return (
    <article
      id={elementId}
      ref={articleRef}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="pairs-reply fr-py-3w"
    >
      {reply.deleted ? (
        <>
          <h3 id={headingId} className="fr-h6 fr-mb-1w">
            Message supprimé
          </h3>
          <p className="fr-text--sm fr-mb-0">
            Cette réponse a été supprimée (publiée le{' '}
            <time dateTime={reply.createdAt}>{formatDateTime(reply.createdAt)}</time>).
          </p>
        </>
      ) : (
        <>
          <h3 id={headingId} className="fr-h6 fr-mb-1w">
            Réponse de {name}
          </h3>
          {accepted && (
            <p className="fr-mb-1w">
              <Badge as="span" small severity="success">
                Réponse acceptée
              </Badge>
            </p>
          )}
          <AuthorCard author={reply.author} />
          <p className="fr-text--sm fr-mt-1w fr-mb-2w">
            Publiée{' '}
            <time dateTime={reply.createdAt} title={formatDateTime(reply.createdAt)}>
              {formatRelativeTime(reply.createdAt)}
            </time>
            {reply.editedAt != null && (
              <>
                {' · modifiée '}
                <time dateTime={reply.editedAt} title={formatDateTime(reply.editedAt)}>
                  {formatRelativeTime(reply.editedAt)}
                </time>
              </>
            )}
            {reply.revisionCount > 1 && (
              <>
                {' · '}
                <Link to={replyHistoryPath(threadId, reply.id)}>
                  Voir l'historique<span className="fr-sr-only"> de {target}</span>
                </Link>
              </>
            )}
          </p>
          {quoted != null && (
            <blockquote className="pairs-reply-quote fr-mb-2w">
              <p className="fr-text--sm fr-mb-1w">
                En réponse à{' '}
                <Link to={replyPath(threadId, quoted.id)} onClick={(event) => jumpToQuoted(event, quoted.id)}>
                  la réponse de {authorName(quoted.author)}
                </Link>{' '}
                :
              </p>
              <p className="fr-text--sm fr-mb-0">
                {quoted.deleted ? 'Message supprimé' : markdownExcerpt(quoted.body)}
              </p>
            </blockquote>
          )}
          {mode === 'edit' ? (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                saveEdit();
              }}
            >
              <MarkdownField
                id={editorId}
                label={`Modifier ${target}`}
                value={draft}
                onChange={setDraft}
                error={fieldError}
                required
                rows={8}
                maxBytes={DISCUSSION_LIMITS.bodyMaxBytes}
              />
              <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
                <li>
                  <Button type="submit">Enregistrer les modifications</Button>
                </li>
                <li>
                  <Button
                    type="button"
                    priority="secondary"
                    onClick={() => {
                      setFieldError(undefined);
                      setFailure(null);
                      close('edit');
                    }}
                  >
                    Annuler
                  </Button>
                </li>
              </ul>
            </form>
          ) : (
            // Trusted: the API's markdown renderer escapes raw HTML and filters link schemes.
            <div
              className="pairs-post-body"
              dangerouslySetInnerHTML={{ __html: nestHeadings(reply.bodyHtml, 4) }}
            />
          )}
          <ReactionButtons reactions={reply.reactions} canReact={reply.viewerCan.react} target={target} />
        </>
      )}
      <div role="status">
        {done !== null && <p className="fr-text--sm fr-text--bold fr-mt-1w fr-mb-0">{done}</p>}
      </div>
      {failure !== null && (
        <ErrorAlert title={failure.title} message={failure.message} as="h4" className="fr-mt-2w" />
      )}
      {mode === 'confirm-delete' && (
        <div role="group" aria-labelledby={`${elementId}-suppression`} className="fr-mt-2w">
          <h4 id={`${elementId}-suppression`} className="fr-h6 fr-mb-1w">
            Supprimer {target} ?
          </h4>
          <p className="fr-text--sm">
            Son texte disparaîtra de la discussion ; un message « Message supprimé » restera à sa place.
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              <Button type="button" ref={confirmRef} onClick={confirmDelete}>
                Confirmer la suppression
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={() => close('delete')}>
                Annuler
              </Button>
            </li>
          </ul>
        </div>
      )}
      {mode === 'read' && hasActions && (
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mt-1w fr-mb-0">
          {canQuote && (
            <ReplyAction
              label="Citer"
              target={target}
              onClick={() => onQuote({ id: reply.id, authorName: name, body: reply.body })}
            />
          )}
          {canAcceptToggle && (
            <ReplyAction
              label={accepted ? "Retirer l'acceptation" : 'Accepter'}
              target={accepted ? `de ${target}` : target}
              priority={accepted ? 'secondary' : 'primary'}
              onClick={toggleAccepted}
            />
          )}
          {reply.viewerCan.edit && (
            <ReplyAction
              label="Modifier"
              target={target}
              buttonRef={editButtonRef}
              onClick={() => {
                setDraft(reply.body);
                open('edit');
              }}
            />
          )}
          {reply.viewerCan.delete && (
            <ReplyAction
              label="Supprimer"
              target={target}
              buttonRef={deleteButtonRef}
              onClick={() => open('confirm-delete')}
            />
          )}
        </ul>
      )}
    </article>
  );
}

interface ReplyActionProps {
  label: string;
  /** Which reply, for screen readers: "la réponse de Martine Girard". */
  target: string;
  priority?: 'primary' | 'secondary' | 'tertiary';
  buttonRef?: Ref<HTMLButtonElement>;
  onClick: () => void;
}

/** One button of a reply's actions. */
function ReplyAction({ label, target, priority = 'tertiary', buttonRef, onClick }: ReplyActionProps) {
  return (
    <li>
      <Button type="button" priority={priority} size="small" ref={buttonRef} onClick={onClick}>
        {label}
        <span className="fr-sr-only"> {target}</span>
      </Button>
    </li>
  );
}
