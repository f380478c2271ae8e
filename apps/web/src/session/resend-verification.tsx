import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { useState } from 'react';
import { ViewerQuery } from './viewer';

export const ResendVerificationMutation = graphql(`
  mutation ResendVerification {
    resendVerification
  }
`);

type Outcome = { kind: 'sent' } | { kind: 'already-verified' } | { kind: 'error'; message: string };

export interface ResendVerificationProps {
  /** Button text. */
  label: string;
  /** Address the mail goes to, repeated in the confirmation. */
  email?: string | null;
}

/** Sends a new confirmation link to the signed-in user, and says what happened. */
export function ResendVerification({ label, email }: ResendVerificationProps) {
  const client = useApolloClient();
  const [resend, { loading }] = useMutation(ResendVerificationMutation);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const onClick = async () => {
    setOutcome(null);
    try {
      await resend();
      setOutcome({ kind: 'sent' });
    } catch (error) {
      const info = describeApiError(error);
      if (info.code === 'CONFLICT') {
        // Confirmed meanwhile (another tab): refresh the viewer so the page stops asking.
        setOutcome({ kind: 'already-verified' });
        await client.refetchQueries({ include: [ViewerQuery] }).catch(() => undefined);
      } else {
        setOutcome({ kind: 'error', message: info.message });
      }
    }
  };

  return (
    <>
      <Button type="button" priority="secondary" disabled={loading} onClick={() => void onClick()}>
        {label}
      </Button>
      {outcome?.kind === 'sent' && (
        <Alert
          severity="success"
          small
          role="status"
          className="fr-mt-2w"
          description={
            email != null && email !== ''
              ? `Un nouvel e-mail de confirmation vous a été envoyé à ${email}.`
              : 'Un nouvel e-mail de confirmation vous a été envoyé.'
          }
        />
      )}
      {outcome?.kind === 'already-verified' && (
        <Alert
          severity="info"
          small
          role="status"
          className="fr-mt-2w"
          description="Votre adresse e-mail est déjà confirmée."
        />
      )}
      {outcome?.kind === 'error' && (
        <Alert severity="error" small role="alert" className="fr-mt-2w" description={outcome.message} />
      )}
    </>
  );
}
