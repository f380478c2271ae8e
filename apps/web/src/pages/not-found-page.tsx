import { Button } from '@codegouvfr/react-dsfr/Button';
import { PageTitle } from '@pairs/web-ui';

/** DSFR "page non trouvée" template; rendered client-side for any unknown path. */
export function NotFoundPage() {
  return (
    <div className="fr-container">
      <div className="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
        <div className="fr-py-0 fr-col-12 fr-col-md-6">
          <PageTitle documentTitle="Page non trouvée" />
          <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
          <p className="fr-text--lead fr-mb-3w">
            La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.
          </p>
          <p className="fr-text--sm fr-mb-5w">
            Si vous avez saisi l'adresse dans votre navigateur, vérifiez qu'elle est correcte. La page n'est
            peut-être plus disponible. Vous pouvez poursuivre votre visite depuis la page d'accueil.
          </p>
          <Button linkProps={{ to: '/' }}>Page d'accueil</Button>
        </div>
      </div>
    </div>
  );
}
