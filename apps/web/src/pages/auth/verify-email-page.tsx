import { useMutation } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { signInPathFor } from '../../session/redirect-path';
import { ResendVerification } from '../../session/resend-verification';
import { profilePath, useViewer } from '../../session/viewer';
import { AuthLayout } from './auth-layout';

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      id
      handle
      emailVerified
    }
  }
`);

export function VerifyEmailPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { viewer } = useViewer();
  const [verifyEmail, { data, error }] = useMutation(VerifyEmailMutation);
  const verifiedToken = useRef<string | null>(null);

  useEffect(() => {
    // Tokens are single-use: StrictMode's second effect run (and any re-render) must not spend
    // it again, or the second answer would say the link is invalid.
    if (token === '' || verifiedToken.current === token) {
      return;
    }
    verifiedToken.current = token;
    // The outcome is read from the mutation state below.
    verifyEmail({ variables: { input: { token } } }).catch(() => undefined);
  }, [token, verifyEmail]);

  const verified = data?.verifyEmail;
  const info = error === undefined ? null : describeApiError(error);
  const invalidLink = token === '' || info?.fields.some(({ field }) => field === 'token') === true;
  const pending = !invalidLink && info === null && verified == null;

  return (
    <AuthLayout>
      <PageTitle documentTitle="Confirmation de l'adresse e-mail">
        Confirmation de votre adresse e-mail
      </PageTitle>
      {pending && (
        <div aria-busy="true">
          <p role="status">Vérification du lien en cours…</p>
        </div>
      )}
      {verified != null && (
        <>
          <Alert
            severity="success"
            as="h2"
            title="Votre adresse e-mail est confirmée"
            description="Vous pouvez désormais publier des retours d'expérience et répondre à vos pairs."
          />
          <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
            <li>
              <Button linkProps={{ to: profilePath(verified.handle) }}>Voir mon profil</Button>
            </li>
            <li>
              {viewer !== null ? (
                <Button priority="secondary" linkProps={{ to: '/mon-compte' }}>
                  Mon compte
                </Button>
              ) : (
                <Button priority="secondary" linkProps={{ to: signInPathFor('/mon-compte') }}>
                  Se connecter
                </Button>
              )}
            </li>
          </ul>
        </>
      )}
      {invalidLink && (
        <>
          <div role="alert">
            <Alert
              severity="error"
              as="h2"
              title="Ce lien de confirmation n'est plus valide"
              description="Il a expiré (il est valable 48 heures) ou a déjà servi."
            />
          </div>
          <div className="fr-mt-4w">
            {viewer === null && (
              <p>
                <Link to={signInPathFor('/mon-compte')}>Connectez-vous</Link> pour recevoir un nouveau lien.
              </p>
            )}
            {viewer !== null && viewer.emailVerified === true && (
              <p>
                Votre adresse e-mail est déjà confirmée. <Link to="/mon-compte">Accéder à mon compte</Link>
              </p>
            )}
            {viewer !== null && viewer.emailVerified !== true && (
              <ResendVerification label="Renvoyer l'e-mail" email={viewer.email} />
            )}
          </div>
        </>
      )}
      {info !== null && !invalidLink && (
        <ErrorAlert title="La vérification n'a pas abouti" message={info.message} />
      )}
    </AuthLayout>
  );
}
