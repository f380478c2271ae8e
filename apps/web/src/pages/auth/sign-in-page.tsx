import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formErrorsFrom, formText, inputState, type FormErrors } from '../../lib/form-errors';
import { safeRedirectPath } from '../../session/redirect-path';
import { REFRESH_VIEWER, useViewer } from '../../session/viewer';
import { AuthLayout } from './auth-layout';
import { PasswordField } from './password-field';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
      handle
      displayName
      email
      emailVerified
      role
    }
  }
`);

export const INVALID_CREDENTIALS_MESSAGE = 'Adresse e-mail ou mot de passe incorrect.';
export const SUSPENDED_ACCOUNT_MESSAGE =
  "Ce compte est suspendu : il ne permet plus de se connecter. Pour en savoir plus, écrivez à l'équipe de Pairs.";

export function SignInPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirectPath(searchParams.get('redirect'));
  const { viewer } = useViewer();
  const [login, { loading }] = useMutation(LoginMutation, REFRESH_VIEWER);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [submitted, setSubmitted] = useState(false);

  const submit = async (form: FormData) => {
    setErrors(null);
    setSubmitted(true);
    try {
      await login({
        variables: { input: { email: formText(form, 'email'), password: formText(form, 'password') } },
      });
      void navigate(redirectTo, { replace: true });
    } catch (error) {
      setSubmitted(false);
      setErrors(
        formErrorsFrom(error, {
          // Same answer for an unknown address and a wrong password: the API tells neither.
          UNAUTHENTICATED: INVALID_CREDENTIALS_MESSAGE,
          FORBIDDEN: SUSPENDED_ACCOUNT_MESSAGE,
        }),
      );
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(new FormData(event.currentTarget));
  };

  return (
    <AuthLayout>
      <PageTitle documentTitle="Se connecter">Se connecter à Pairs</PageTitle>
      {viewer !== null && !submitted ? (
        <Alert
          severity="info"
          as="h2"
          title={`Vous êtes connecté·e en tant que ${viewer.displayName}`}
          description={<Link to={redirectTo}>Continuer</Link>}
        />
      ) : (
        <>
          {errors !== null && (
            <ErrorAlert title="Connexion impossible" message={errors.message} className="fr-mb-4w" />
          )}
          <form onSubmit={onSubmit} noValidate>
            <p className="fr-hint-text">Tous les champs sont obligatoires.</p>
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
            <PasswordField
              label="Mot de passe"
              name="password"
              autoComplete="current-password"
              error={errors?.fields['password']}
            />
            <p className="fr-mt-2w">
              <Link to="/mot-de-passe-oublie" className="fr-link">
                Mot de passe oublié ?
              </Link>
            </p>
            <Button type="submit" disabled={loading}>
              Se connecter
            </Button>
          </form>
          <hr className="fr-mt-6w" />
          <h2 className="fr-h5">Vous n'avez pas de compte ?</h2>
          <Button priority="secondary" linkProps={{ to: '/inscription' }}>
            Créer un compte
          </Button>
        </>
      )}
    </AuthLayout>
  );
}
