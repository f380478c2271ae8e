import { isReference, type ApolloCache, type Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { DISCUSSION_LIMITS, type ErrorCode } from '@pairs/shared-domain';
import { describeApiError } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { useState, type FormEvent } from 'react';
import { formErrorsFrom } from '../../lib/form-errors';
import { MarkdownField } from '../case-studies/case-study-editor-markdown-field';
import { markdownExcerpt } from './question-format';
import { CreateReplyMutation, forgetThreadLists } from './question-operations';
import { replyFieldMessage, validateReplyBody } from './question-values';
import type { QuotedReply } from './reply-item';

export const REPLY_FIELD_ID = 'nouvelle-reponse';

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
  quoted: QuotedReply | null;
  onClearQuote: () => void;
  /** Called once the API has the reply (already in the cache). */
  onPosted: (replyId: string) => void;
}

/** The reply form at the bottom of a thread, with markdown preview and an optional quote. */
export function ReplyForm({ threadId, quoted, onClearQuote, onPosted }: ReplyFormProps) {
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [createReply, { loading }] = useMutation(CreateReplyMutation, {
    update: (cache, { data }) => {
      const id = data?.createReply.id;
      if (id !== undefined) appendReply(cache, threadId, id);
      forgetThreadLists(cache);
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
    </form>
  );
}
