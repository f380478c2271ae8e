import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { PageTitle } from '@pairs/web-ui';
import { Link } from 'react-router';
import { FlashNotice } from '../../session/flash-notice';
import { ResendVerification } from '../../session/resend-verification';
import { profilePath, useViewer } from '../../session/viewer';

export function AccountHomePage() {
  const { viewer } = useViewer();
  // RequireViewer renders this page only for a signed-in user.
  if (viewer === null) {
    return null;
  }

  return (
    <>
      <PageTitle documentTitle="Mon compte" />
      <FlashNotice />
      {viewer.emailVerified !== true && (
        <Alert
          severity="warning"
          as="h2"
          className="fr-mb-4w"
          title="Confirmez votre adresse e-mail"
          description={
            <>
              <p className="fr-mb-2w">
                Nous avons envoyé un lien de confirmation à <strong>{viewer.email}</strong>. Tant que votre
                adresse n'est pas confirmée, vous pouvez lire les contenus de Pairs mais pas en publier.
              </p>
              <ResendVerification label="Renvoyer l'e-mail de confirmation" email={viewer.email} />
            </>
          }
        />
      )}
      <p>
        Connecté·e en tant que <strong>{viewer.displayName}</strong> ({viewer.email}).
      </p>
      <ul>
        <li>
          <Link to={profilePath(viewer.handle)}>Voir mon profil public</Link>
        </li>
        <li>
          <Link to="/mon-compte/profil">Modifier mon profil et mes mandats</Link>
        </li>
        <li>
          <Link to="/mon-compte/sessions">Gérer mes sessions</Link> : les appareils connectés à votre compte
        </li>
        <li>
          <Link to="/mon-compte/donnees">Mes données</Link> : télécharger vos données ou supprimer votre
          compte
        </li>
      </ul>
    </>
  );
}
