import { PageTitle } from '@pairs/web-ui';
import { CONTACT_EMAIL } from '../lib/contact';

export function AccessibilityPage() {
  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <PageTitle documentTitle="Accessibilité">Déclaration d'accessibilité</PageTitle>
          <p>
            Pairs s'engage à rendre son service accessible, conformément à l'article 47 de la loi n° 2005-102
            du 11 février 2005.
          </p>

          <h2>État de conformité</h2>
          <p>
            Pairs est <strong>non conforme</strong> au référentiel général d'amélioration de l'accessibilité
            (RGAA) : aucun audit n'a encore été réalisé.
          </p>
          <p>
            Le service est construit avec le Système de design de l'État et l'accessibilité est prise en
            compte à chaque évolution. Un audit de conformité est prévu ; cette déclaration sera mise à jour
            avec ses résultats.
          </p>

          <h2>Retour d'information et contact</h2>
          <p>
            Si vous n'arrivez pas à accéder à un contenu ou à un service, écrivez-nous à{' '}
            <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a> : nous vous répondrons et vous proposerons
            une alternative accessible.
          </p>

          <h2>Voies de recours</h2>
          <p>
            Si vous nous avez signalé un défaut d'accessibilité sans obtenir de réponse satisfaisante, vous
            pouvez saisir le Défenseur des droits, en ligne sur{' '}
            <a href="https://formulaire.defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a> ou par
            courrier (gratuit, sans affranchissement) : Défenseur des droits, Libre réponse 71120, 75342 Paris
            CEDEX 07.
          </p>
        </div>
      </div>
    </div>
  );
}
