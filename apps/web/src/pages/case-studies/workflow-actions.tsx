import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { CASE_STUDY_LIMITS, type ErrorCode } from '@pairs/shared-domain';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  clientFormErrors,
  formErrorsFrom,
  formText,
  inputState,
  type FormErrors,
} from '../../lib/form-errors';
import { caseStudyEditPath } from './case-study-paths';

/**
 * What every workflow mutation sends back: enough for the page, the lists and the review queue
 * to show the new state from the cache (status, allowed actions, the moderator's comment).
 */
export const CaseStudyWorkflowResultFragment = graphql(`
  fragment CaseStudyWorkflowResult on CaseStudy {
    id
    status
    publishedAt
    updatedAt
    viewerCan {
      edit
      submit
      review
      archive
      manageAuthors
    }
    changesRequested {
      comment
      createdAt
      reviewer {
        id
        handle
        displayName
      }
    }
  }
`);

export const SubmitCaseStudyMutation = graphql(`
  mutation SubmitCaseStudy($input: SubmitCaseStudyInput!) {
    submitCaseStudy(input: $input) {
      ...CaseStudyWorkflowResult
    }
  }
`);

export const PublishCaseStudyMutation = graphql(`
  mutation PublishCaseStudy($input: PublishCaseStudyInput!) {
    publishCaseStudy(input: $input) {
      ...CaseStudyWorkflowResult
    }
  }
`);

export const RequestCaseStudyChangesMutation = graphql(`
  mutation RequestCaseStudyChanges($input: RequestChangesInput!) {
    requestChanges(input: $input) {
      ...CaseStudyWorkflowResult
    }
  }
`);

export const ArchiveCaseStudyMutation = graphql(`
  mutation ArchiveCaseStudy($input: ArchiveCaseStudyInput!) {
    archiveCaseStudy(input: $input) {
      ...CaseStudyWorkflowResult
    }
  }
`);

export type CaseStudyWorkflowAction = 'submit' | 'publish' | 'request-changes' | 'archive';

export interface CaseStudyWorkflowActionsProps {
  caseStudy: {
    id: string;
    slug: string;
    status: string;
    revisionCount: number;
    viewerCan: { edit: boolean; submit: boolean; review: boolean; archive: boolean };
  };
  /** Called after a successful change (e.g. the review queue moves on to the next item). */
  onCompleted?: (action: CaseStudyWorkflowAction) => void;
  /** Level of the headings of the inline forms and alerts (default h2, right under the page h1). */
  headingLevel?: 2 | 3 | 4;
}

/**
 * A state change moves the case study in or out of lists (published list, review queue, "my case
 * studies"), theme counts and the public history: forget those cached answers so that whatever
 * shows them asks again. The case study itself is updated from the mutation result.
 */
function forgetCaseStudyLists(cache: ApolloCache): void {
  for (const fieldName of ['caseStudies', 'caseStudyRevisions', 'themes', 'theme']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}

const MUTATION_OPTIONS = { update: forgetCaseStudyLists };

const PAGE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  CONFLICT:
    "Ce retour d'expérience a changé d'état entre-temps (un autre auteur ou un modérateur est intervenu). Rechargez la page pour voir son état actuel.",
  FORBIDDEN:
    "Vous ne pouvez pas effectuer cette action sur ce retour d'expérience. Si vous en êtes l'auteur, vérifiez d'abord votre adresse e-mail.",
};

const DONE_MESSAGES: Record<CaseStudyWorkflowAction, string> = {
  submit:
    "Le retour d'expérience a été soumis pour relecture. Un modérateur va le relire avant sa publication.",
  publish: "Le retour d'expérience est publié : il est maintenant visible de tous.",
  'request-changes':
    "La demande de modifications a été envoyée aux auteurs. Le retour d'expérience repasse en brouillon.",
  archive: "Le retour d'expérience est archivé : il reste lisible mais n'est plus modifiable.",
};

const FAILED_TITLES: Record<CaseStudyWorkflowAction, string> = {
  submit: "Le retour d'expérience n'a pas été soumis",
  publish: "Le retour d'expérience n'a pas été publié",
  'request-changes': "La demande de modifications n'a pas été envoyée",
  archive: "Le retour d'expérience n'a pas été archivé",
};

const COMMENT_FIELD_MESSAGES: Record<string, string> = {
  required: "Expliquez aux auteurs ce qu'ils doivent modifier.",
  maxLength: `Le commentaire ne doit pas dépasser ${CASE_STUDY_LIMITS.reviewCommentMax.toLocaleString('fr-FR')} caractères.`,
};

type Mode = 'buttons' | 'request-changes' | 'confirm-archive';

/**
 * The workflow actions the viewer may take on a case study, as `viewerCan` allows:
 * edit, submit for review, publish, request changes (with a comment) and archive (confirmed).
 */
export function CaseStudyWorkflowActions({
  caseStudy,
  onCompleted,
  headingLevel = 2,
}: CaseStudyWorkflowActionsProps) {
  const { id, slug, viewerCan } = caseStudy;
  const [mode, setMode] = useState<Mode>('buttons');
  const [errors, setErrors] = useState<{ action: CaseStudyWorkflowAction; errors: FormErrors } | null>(null);
  const [done, setDone] = useState<CaseStudyWorkflowAction | null>(null);
  const [submit, submitState] = useMutation(SubmitCaseStudyMutation, MUTATION_OPTIONS);
  const [publish, publishState] = useMutation(PublishCaseStudyMutation, MUTATION_OPTIONS);
  const [requestChanges, requestState] = useMutation(RequestCaseStudyChangesMutation, MUTATION_OPTIONS);
  const [archive, archiveState] = useMutation(ArchiveCaseStudyMutation, MUTATION_OPTIONS);
  const busy = submitState.loading || publishState.loading || requestState.loading || archiveState.loading;

  const commentId = useId();
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const requestButtonRef = useRef<HTMLButtonElement>(null);
  const archiveButtonRef = useRef<HTMLButtonElement>(null);
  /** The button that opened the inline form, focused again when it closes without acting. */
  const returnFocusTo = useRef<typeof requestButtonRef | null>(null);

  // Move focus into the inline form that just opened, and back to its button when it closes.
  useEffect(() => {
    if (mode === 'request-changes') commentRef.current?.focus();
    else if (mode === 'confirm-archive') confirmRef.current?.focus();
    else if (returnFocusTo.current !== null) {
      returnFocusTo.current.current?.focus();
      returnFocusTo.current = null;
    }
  }, [mode]);

  const run = (action: CaseStudyWorkflowAction, mutate: () => Promise<unknown>) => {
    setErrors(null);
    setDone(null);
    void (async () => {
      try {
        await mutate();
        setMode('buttons');
        setDone(action);
        onCompleted?.(action);
      } catch (error) {
        setErrors({ action, errors: workflowErrors(error) });
      }
    })();
  };

  const open = (next: Mode, trigger: typeof requestButtonRef) => {
    setErrors(null);
    setDone(null);
    returnFocusTo.current = trigger;
    setMode(next);
  };
  const close = () => {
    setErrors(null);
    setMode('buttons');
  };

  const onRequestChanges = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const comment = formText(new FormData(event.currentTarget), 'comment').trim();
    if (comment === '') {
      setErrors({
        action: 'request-changes',
        errors: clientFormErrors({ comment: COMMENT_FIELD_MESSAGES['required'] }),
      });
      commentRef.current?.focus();
      return;
    }
    returnFocusTo.current = null;
    run('request-changes', () => requestChanges({ variables: { input: { id, comment } } }));
  };

  const Heading = `h${headingLevel}` as const;
  const alertAs = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const hasButtons = viewerCan.edit || viewerCan.submit || viewerCan.review || viewerCan.archive;

  if (!hasButtons && done === null) {
    return null;
  }

  return (
    <div className="fr-mb-4w">
      <div role="status">
        {done !== null && (
          <Alert severity="success" small description={DONE_MESSAGES[done]} className="fr-mb-2w" />
        )}
      </div>
      {errors !== null && (
        <ErrorAlert
          title={FAILED_TITLES[errors.action]}
          message={errors.errors.message}
          as={alertAs}
          className="fr-mb-2w"
        />
      )}
      {mode === 'buttons' && hasButtons && (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
          {viewerCan.edit && (
            <li>
              <Button priority="secondary" linkProps={{ to: caseStudyEditPath(slug) }}>
                Modifier
              </Button>
            </li>
          )}
          {viewerCan.submit && (
            <li>
              <Button
                type="button"
                disabled={busy}
                onClick={() => run('submit', () => submit({ variables: { input: { id } } }))}
              >
                Soumettre pour relecture
              </Button>
            </li>
          )}
          {viewerCan.review && (
            <>
              <li>
                <Button
                  type="button"
                  disabled={busy}
                  onClick={() => run('publish', () => publish({ variables: { input: { id } } }))}
                >
                  Publier
                </Button>
              </li>
              <li>
                <Button
                  type="button"
                  priority="secondary"
                  disabled={busy}
                  ref={requestButtonRef}
                  onClick={() => open('request-changes', requestButtonRef)}
                >
                  Demander des modifications
                </Button>
              </li>
            </>
          )}
          {viewerCan.archive && (
            <li>
              <Button
                type="button"
                priority="tertiary"
                disabled={busy}
                ref={archiveButtonRef}
                onClick={() => open('confirm-archive', archiveButtonRef)}
              >
                Archiver
              </Button>
            </li>
          )}
        </ul>
      )}
      {mode === 'request-changes' && (
        <form onSubmit={onRequestChanges} noValidate aria-labelledby={`${commentId}-title`}>
          <Heading id={`${commentId}-title`} className="fr-h6">
            Demander des modifications
          </Heading>
          <Input
            textArea
            label="Modifications demandées (obligatoire)"
            hintText="Ce commentaire sera montré aux auteurs ; le retour d'expérience repassera en brouillon."
            nativeTextAreaProps={{
              name: 'comment',
              rows: 5,
              required: true,
              maxLength: CASE_STUDY_LIMITS.reviewCommentMax,
              ref: commentRef,
            }}
            {...inputState(errors?.errors ?? null, 'comment')}
          />
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              <Button type="submit" disabled={busy}>
                Envoyer la demande
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={close}>
                Annuler
              </Button>
            </li>
          </ul>
        </form>
      )}
      {mode === 'confirm-archive' && (
        <div role="group" aria-labelledby={`${commentId}-archive`}>
          <Heading id={`${commentId}-archive`} className="fr-h6">
            Archiver ce retour d'expérience ?
          </Heading>
          <p>Il restera lisible par tous mais ne pourra plus être modifié. Cette action est définitive.</p>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              <Button
                type="button"
                disabled={busy}
                ref={confirmRef}
                onClick={() => {
                  returnFocusTo.current = null;
                  run('archive', () => archive({ variables: { input: { id } } }));
                }}
              >
                Confirmer l'archivage
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={close}>
                Annuler
              </Button>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}

/** Form errors of a failed action; an invalid comment gets its own French message. */
function workflowErrors(error: unknown): FormErrors {
  const errors = formErrorsFrom(error, PAGE_MESSAGES);
  const reason = describeApiError(error).fields.find((field) => field.field === 'comment')?.reason;
  const message = reason === undefined ? undefined : COMMENT_FIELD_MESSAGES[reason];
  return message === undefined ? errors : { ...errors, fields: { ...errors.fields, comment: message } };
}
