import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formErrorsFrom, formText, inputState, type FormErrors } from '../../lib/form-errors';
import { AuthLayout } from './auth-layout';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

/** The same whether the address has an account or not: the page must not tell. */
export const RESET_REQUESTED_MESSAGE =
  "Si un compte existe pour cette adresse, un e-mail vient d'être envoyé.";

export function ForgotPasswordPage() {
  const [requestReset, { loading }] = useMutation(RequestPasswordResetMutation);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [sent, setSent] = useState(false);
  const confirmation = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The form disappears: move focus to what replaced it rather than losing it to <body>.
    if (sent) {
      confirmation.current?.focus();
    }
  }, [sent]);

  const submit = async (form: FormData) => {
    setErrors(null);
    try {
      await requestReset({ variables: { input: { email: formText(form, 'email') } } });
      setSent(true);
    } catch (error) {
      setErrors(formErrorsFrom(error));
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(new FormData(event.currentTarget));
  };

  return (
    <AuthLayout>
      <PageTitle documentTitle="Mot de passe oublié" />
      {sent ? (
        <div ref={confirmation} tabIndex={-1}>
          <Alert
            severity="success"
            as="h2"
            title="Demande enregistrée"
            description={`${RESET_REQUESTED_MESSAGE} Le lien qu'il contient est valable une heure. Pensez à regarder dans vos courriers indésirables.`}
          />
          <p className="fr-mt-4w">
            <Link to="/connexion" className="fr-link">
              Retour à la connexion
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p>
            Saisissez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau
            mot de passe.
          </p>
          {errors !== null && (
            <ErrorAlert title="La demande n'a pas abouti" message={errors.message} className="fr-mb-4w" />
          )}
          <form onSubmit={onSubmit} noValidate>
            <Input
              label="Adresse e-mail"
              hintText="Format attendu : prenom.nom@mairie.fr"
              nativeInputProps={{
                name: 'email',
                type: 'email',
                autoComplete: 'email',
                required: true,
                'aria-invalid': errors?.fields['email'] !== undefined || undefined,
              }}
              {...inputState(errors, 'email')}
            />
            <Button type="submit" disabled={loading}>
              Recevoir un lien
            </Button>
          </form>
          <p className="fr-mt-4w">
            <Link to="/connexion" className="fr-link">
              Retour à la connexion
            </Link>
          </p>
        </>
      )}
    </AuthLayout>
  );
}
