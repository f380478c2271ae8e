import { isReference, type ApolloCache, type Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { DISCUSSION_LIMITS, type ErrorCode } from '@pairs/shared-domain';
import { describeApiError } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { useMemo, useState, type FormEvent } from 'react';
import { formErrorsFrom } from '../../lib/form-errors';
import { useFocusRequest } from '../../lib/use-focus-request';
import { localCopyText, useLocalCopy } from '../../lib/use-local-copy';
import { DraftOffer } from '../../ui/draft-offer';
import { MarkdownField } from '../case-studies/case-study-editor-markdown-field';
import { markdownExcerpt } from './question-format';
import { CreateReplyMutation, forgetThreadLists } from './question-operations';
import { replyFieldMessage, validateReplyBody } from './question-values';
import { readReplyDraft, removeReplyDraft, writeReplyDraft, type ReplyDraft } from './reply-draft-storage';
import type { QuotedReply } from './reply-item';

export const REPLY_FIELD_ID = 'nouvelle-reponse';
const DRAFT_OFFER_ID = 'nouvelle-reponse-brouillon';

/** Local copy after the last keystroke. */
export const REPLY_DRAFT_DELAY_MS = 1000;

/** Where "Citer" takes the writer: the reply field, or the stored draft to resume or drop first. */
export function replyFormTarget(): HTMLElement | null {
  return document.getElementById(REPLY_FIELD_ID) ?? document.getElementById(DRAFT_OFFER_ID);
}

const PAGE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN:
    "Vous ne pouvez pas répondre à cette question : elle a peut-être été verrouillée entre-temps, ou votre adresse e-mail n'est pas encore confirmée.",
};

interface StoredEdge {
  __typename: 'ReplyEdge';
  cursor: string;
  node: Reference;
}

interface StoredConnection {
  pageInfo: { hasNextPage: boolean };
  edges: StoredEdge[];
}

/**
 * Appends a new reply to every page of the thread's replies held in the cache that ends with the
 * latest reply; pages that stop earlier get it when "Réponses suivantes" loads them.
 */
function appendReply(cache: ApolloCache, threadId: string, replyId: string): void {
  cache.modify<{ replies: StoredConnection }>({
    id: cache.identify({ __typename: 'Thread', id: threadId }),
    fields: {
      replies(existing, { toReference }) {
        const node = toReference({ __typename: 'Reply', id: replyId });
        if (isReference(existing) || node === undefined || existing.pageInfo.hasNextPage) return existing;
        if (existing.edges.some((edge) => edge.node.__ref === node.__ref)) return existing;
        // The API's cursors are opaque: the new edge has none, and the page's end cursor stays.
        return { ...existing, edges: [...existing.edges, { __typename: 'ReplyEdge', cursor: '', node }] };
      },
    },
  });
}

export interface ReplyFormProps {
  threadId: string;
  /** Where the draft is kept on this device (`replyDraftKey`); null keeps none. */
  draftKey: string | null;
  quoted: QuotedReply | null;
  onClearQuote: () => void;
  /** Quotes again the reply a resumed draft quoted. */
  onResumeQuote: (quoted: QuotedReply) => void;
  /** Called once the API has the reply (already in the cache). */
  onPosted: (replyId: string) => void;
}

/**
 * The reply form at the bottom of a thread, with markdown preview and an optional quote. What is
 * typed is kept on this device and offered back after a reload, until the reply is published.
 */
export function ReplyForm({
  threadId,
  draftKey,
  quoted,
  onClearQuote,
  onResumeQuote,
  onPosted,
}: ReplyFormProps) {
  const [offer, setOffer] = useState<ReplyDraft | null>(() => {
    const draft = draftKey === null ? null : readReplyDraft(draftKey);
    return draft !== null && draft.body.trim() !== '' ? draft : null;
  });
  const [body, setBody] = useState('');
  const requestFocus = useFocusRequest();
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [createReply, { loading }] = useMutation(CreateReplyMutation, {
    update: (cache, { data }) => {
      const id = data?.createReply.id;
      if (id !== undefined) appendReply(cache, threadId, id);
      forgetThreadLists(cache);
    },
  });

  const copied = useMemo(() => ({ body, quoted }), [body, quoted]);
  const localCopy = useLocalCopy({
    values: copied,
    delayMs: REPLY_DRAFT_DELAY_MS,
    // Not before the member chose between the stored draft and a new reply.
    paused: offer !== null || draftKey === null,
    write: (at) => {
      if (draftKey === null) return undefined;
      // A quote alone is quickly chosen again: only text is worth keeping.
      if (body.trim() === '') {
        removeReplyDraft(draftKey);
        return undefined;
      }
      return writeReplyDraft(draftKey, { savedAt: at, body, quoted });
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const problem = validateReplyBody(body);
    setFailure(null);
    if (problem !== null) {
      setFieldError(problem);
      document.getElementById(REPLY_FIELD_ID)?.focus();
      return;
    }
    setFieldError(undefined);
    void (async () => {
      try {
        const result = await createReply({
          variables: { input: { threadId, body: body.trim(), quotedReplyId: quoted?.id ?? null } },
        });
        const id = result.data?.createReply.id;
        if (id === undefined) throw new Error('createReply returned no data');
        if (draftKey !== null) removeReplyDraft(draftKey);
        setBody('');
        onClearQuote();
        onPosted(id);
      } catch (error) {
        const info = describeApiError(error);
        const field = info.fields.find((item) => item.field === 'body' || item.field === 'quotedReplyId');
        if (field?.field === 'body') setFieldError(replyFieldMessage('body', field.reason));
        setFailure(
          field?.field === 'quotedReplyId'
            ? replyFieldMessage('quotedReplyId', field.reason)
            : formErrorsFrom(error, PAGE_MESSAGES).message,
        );
      }
    })();
  };

  if (offer !== null) {
    return (
      <div id={DRAFT_OFFER_ID} tabIndex={-1}>
        <DraftOffer
          as="h3"
          savedAt={offer.savedAt}
          title=""
          written="commencé à écrire une réponse sans la publier"
          resumeLabel="Reprendre le brouillon"
          onResume={() => {
            setBody(offer.body);
            // A quote chosen since the reload is kept when the draft quoted nothing.
            if (offer.quoted !== null) onResumeQuote(offer.quoted);
            setOffer(null);
            requestFocus(REPLY_FIELD_ID);
          }}
          onIgnore={() => {
            if (draftKey !== null) removeReplyDraft(draftKey);
            setOffer(null);
            requestFocus(REPLY_FIELD_ID);
          }}
        >
          <blockquote className="pairs-reply-quote fr-mb-2w">
            <p className="fr-text--sm fr-mb-0">{markdownExcerpt(offer.body)}</p>
          </blockquote>
          {offer.quoted !== null && (
            <p className="fr-text--sm">Elle citait la réponse de {offer.quoted.authorName}.</p>
          )}
          <p className="fr-mb-2w">
            Reprenez-le pour continuer là où vous en étiez, ou ignorez-le pour écrire une nouvelle réponse (le
            brouillon sera supprimé).
          </p>
        </DraftOffer>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="repondre-titre">
      {failure !== null && (
        <ErrorAlert
          title="Votre réponse n'a pas été publiée"
          message={failure}
          as="h3"
          className="fr-mb-3w"
        />
      )}
      {quoted !== null && (
        <div className="fr-mb-2w">
          <p className="fr-text--sm fr-mb-1w">Vous citez la réponse de {quoted.authorName} :</p>
          <blockquote className="pairs-reply-quote fr-mb-1w">
            <p className="fr-text--sm fr-mb-0">{markdownExcerpt(quoted.body)}</p>
          </blockquote>
          <Button type="button" priority="tertiary" size="small" onClick={onClearQuote}>
            Ne plus citer<span className="fr-sr-only"> la réponse de {quoted.authorName}</span>
          </Button>
        </div>
      )}
      <MarkdownField
        id={REPLY_FIELD_ID}
        label="Votre réponse"
        hintText="Partagez ce que vous avez fait, ce que cela a coûté et ce que vous en retenez. Mise en forme Markdown acceptée."
        value={body}
        onChange={setBody}
        error={fieldError}
        required
        rows={8}
        maxBytes={DISCUSSION_LIMITS.bodyMaxBytes}
      />
      <Button type="submit">{loading ? 'Publication…' : 'Publier la réponse'}</Button>
      {/* Once the text is cleared (published or erased) no copy is kept any more. */}
      <p className="fr-hint-text fr-mt-1w">{body.trim() === '' ? '' : localCopyText(localCopy)}</p>
    </form>
  );
}
