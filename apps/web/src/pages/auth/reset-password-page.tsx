import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { formErrorsFrom, formText, type FormErrors } from '../../lib/form-errors';
import { REFRESH_VIEWER } from '../../session/viewer';
import { AuthLayout } from './auth-layout';
import { PASSWORD_POLICY_HINT, PasswordField } from './password-field';

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

type Outcome = 'form' | 'done' | 'invalid-link';

export function ResetPasswordPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  // Every session is closed by a reset, this browser's too: the viewer is read again.
  const [resetPassword, { loading }] = useMutation(ResetPasswordMutation, REFRESH_VIEWER);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(token === '' ? 'invalid-link' : 'form');
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome === 'done') {
      result.current?.focus();
    }
  }, [outcome]);

  const submit = async (form: FormData) => {
    setErrors(null);
    try {
      await resetPassword({ variables: { input: { token, password: formText(form, 'password') } } });
      setOutcome('done');
    } catch (error) {
      const formErrors = formErrorsFrom(error);
      if (formErrors.fields['token'] !== undefined) {
        setOutcome('invalid-link');
      } else {
        setErrors(formErrors);
      }
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(new FormData(event.currentTarget));
  };

  return (
    <AuthLayout>
      <PageTitle documentTitle="Nouveau mot de passe">Choisir un nouveau mot de passe</PageTitle>
      {outcome === 'done' && (
        <div ref={result} tabIndex={-1}>
          <Alert
            severity="success"
            as="h2"
            title="Votre mot de passe a été modifié"
            description="Par sécurité, toutes vos sessions ont été fermées : connectez-vous avec votre nouveau mot de passe."
          />
          <Button className="fr-mt-4w" linkProps={{ to: '/connexion' }}>
            Se connecter
          </Button>
        </div>
      )}
      {outcome === 'invalid-link' && (
        <div role="alert">
          <Alert
            severity="error"
            as="h2"
            title="Ce lien n'est plus valide"
            description="Le lien de réinitialisation a expiré (il est valable une heure) ou a déjà servi. Demandez-en un nouveau."
          />
          <Button className="fr-mt-4w" linkProps={{ to: '/mot-de-passe-oublie' }}>
            Demander un nouveau lien
          </Button>
        </div>
      )}
      {outcome === 'form' && (
        <>
          {errors !== null && (
            <ErrorAlert
              title="Le mot de passe n'a pas été modifié"
              message={errors.message}
              className="fr-mb-4w"
            />
          )}
          <form onSubmit={onSubmit} noValidate>
            <PasswordField
              label="Nouveau mot de passe"
              hintText={PASSWORD_POLICY_HINT}
              name="password"
              autoComplete="new-password"
              error={errors?.fields['password']}
            />
            <Button type="submit" disabled={loading} className="fr-mt-2w">
              Enregistrer le mot de passe
            </Button>
          </form>
        </>
      )}
    </AuthLayout>
  );
}
