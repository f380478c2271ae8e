import { describeApiError } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';

export interface ActionFeedbackProps {
  /** What the last action did, announced politely ("Demande envoyée."); null for nothing yet. */
  done: string | null;
  /** Why the last action failed; null when it did not. */
  error: unknown;
  /** "L'invitation n'a pas été envoyée". */
  errorTitle: string;
  /** Heading level of the error's title, to fit the outline of the section. */
  errorAs?: 'h3' | 'h4';
}

/**
 * The outcome of a button or small form (join, accept a request…): a polite status for
 * success, present before it changes so that screen readers announce it, and an alert for failure.
 */
export function ActionFeedback({ done, error, errorTitle, errorAs = 'h3' }: ActionFeedbackProps) {
  return (
    <>
      <div role="status">{done !== null && <p className="fr-text--sm fr-text--bold fr-mb-2w">{done}</p>}</div>
      {error !== null && error !== undefined && (
        <ErrorAlert
          title={errorTitle}
          message={describeApiError(error).message}
          as={errorAs}
          className="fr-mb-2w"
        />
      )}
    </>
  );
}

export interface ConfirmButtonProps {
  /** The first button, e.g. "Retirer Claire Martin". */
  label: string;
  /** The question asked before acting, e.g. "Retirer Claire Martin de l'organisation ?". */
  question: string;
  /** The confirming button, e.g. "Confirmer le retrait". */
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  size?: 'small' | 'medium';
}

/**
 * A destructive action in two steps, without a modal: the button turns into a question with
 * "confirm" and "cancel"; focus follows (to the confirming button, then back).
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy = false,
  size = 'small',
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) {
      wasAsking.current = true;
      confirmRef.current?.focus();
    } else if (wasAsking.current) {
      wasAsking.current = false;
      startRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <Button type="button" priority="tertiary" size={size} ref={startRef} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <span className="fr-mb-0">
      <span className="fr-text--sm fr-mr-1w">{question}</span>
      <Button
        type="button"
        size={size}
        ref={confirmRef}
        className="fr-mr-1w"
        disabled={busy}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </Button>
      <Button type="button" priority="secondary" size={size} onClick={() => setAsking(false)}>
        Annuler
      </Button>
    </span>
  );
}
