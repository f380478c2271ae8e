import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { formErrorsFrom, formText, inputState, type FormErrors } from '../../lib/form-errors';
import { noticeState } from '../../session/flash-notice';
import { REFRESH_VIEWER, useViewer } from '../../session/viewer';
import { AuthLayout } from './auth-layout';
import { PasswordField, PASSWORD_POLICY_HINT } from './password-field';

export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      id
      handle
      displayName
      email
      emailVerified
      role
    }
  }
`);

export const REGISTERED_NOTICE =
  "Un e-mail de confirmation vous a été envoyé : suivez le lien qu'il contient pour pouvoir publier.";

export function SignUpPage() {
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [register, { loading }] = useMutation(RegisterMutation, REFRESH_VIEWER);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [submitted, setSubmitted] = useState(false);

  const submit = async (form: FormData) => {
    setErrors(null);
    setSubmitted(true);
    try {
      await register({
        variables: {
          input: {
            email: formText(form, 'email'),
            displayName: formText(form, 'displayName'),
            handle: formText(form, 'handle'),
            password: formText(form, 'password'),
          },
        },
      });
      void navigate('/mon-compte', { state: noticeState(REGISTERED_NOTICE) });
    } catch (error) {
      setSubmitted(false);
      setErrors(formErrorsFrom(error));
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(new FormData(event.currentTarget));
  };

  return (
    <AuthLayout>
      <PageTitle documentTitle="Créer un compte" />
      {viewer !== null && !submitted ? (
        <Alert
          severity="info"
          as="h2"
          title={`Vous êtes connecté·e en tant que ${viewer.displayName}`}
          description={
            <>
              Pour créer un autre compte, déconnectez-vous d'abord.{' '}
              <Link to="/mon-compte">Accéder à mon compte</Link>
            </>
          }
        />
      ) : (
        <>
          <p>
            Pairs est réservé aux élus locaux et aux agents des collectivités. Votre adresse e-mail ne sera
            pas affichée ; votre nom et votre identifiant le seront sur votre profil public.
          </p>
          {errors !== null && (
            <ErrorAlert
              title="Le compte n'a pas pu être créé"
              message={errors.message}
              className="fr-mb-4w"
            />
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
            <Input
              label="Nom affiché"
              hintText="Votre prénom et votre nom, tels que les autres membres les verront"
              nativeInputProps={{
                name: 'displayName',
                autoComplete: 'name',
                required: true,
                maxLength: 80,
                'aria-invalid': errors?.fields['displayName'] !== undefined || undefined,
              }}
              {...inputState(errors, 'displayName')}
            />
            <Input
              label="Identifiant"
              hintText="3 à 30 caractères : lettres, chiffres, tirets. Il figure dans l'adresse de votre profil."
              nativeInputProps={{
                name: 'handle',
                autoComplete: 'nickname',
                autoCapitalize: 'none',
                spellCheck: false,
                required: true,
                maxLength: 30,
                'aria-invalid': errors?.fields['handle'] !== undefined || undefined,
              }}
              {...inputState(errors, 'handle')}
            />
            <PasswordField
              label="Mot de passe"
              hintText={PASSWORD_POLICY_HINT}
              name="password"
              autoComplete="new-password"
              error={errors?.fields['password']}
            />
            <Button type="submit" disabled={loading} className="fr-mt-2w">
              Créer mon compte
            </Button>
          </form>
          <hr className="fr-mt-6w" />
          <h2 className="fr-h5">Vous avez déjà un compte ?</h2>
          <Button priority="secondary" linkProps={{ to: '/connexion' }}>
            Se connecter
          </Button>
        </>
      )}
    </AuthLayout>
  );
}
