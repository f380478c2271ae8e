import { PageTitle } from '@pairs/web-ui';
import { CONTACT_EMAIL } from '../lib/contact';

export function PrivacyPage() {
  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <PageTitle documentTitle="Données personnelles" />

          <h2>Des données limitées au strict nécessaire</h2>
          <p>
            Pairs ne traite que les données indispensables à l'échange entre élus : votre adresse
            électronique, les informations de profil que vous choisissez de renseigner (nom, mandat,
            collectivité) et les contenus que vous publiez. Elles ne sont ni vendues, ni utilisées à des fins
            publicitaires.
          </p>

          <h2>Vos droits</h2>
          <p>
            Conformément au règlement général sur la protection des données (RGPD), vous pouvez à tout moment
            :
          </p>
          <ul>
            <li>consulter et corriger les informations de votre profil ;</li>
            <li>obtenir une copie de vos données dans un format réutilisable (export) ;</li>
            <li>demander la suppression de votre compte et des données associées.</li>
          </ul>

          <h2>Contact</h2>
          <p>
            Pour exercer ces droits ou pour toute question, écrivez-nous à{' '}
            <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>. Si vous estimez que vos droits ne sont
            pas respectés, vous pouvez adresser une réclamation à la CNIL sur{' '}
            <a href="https://www.cnil.fr/fr/plaintes">cnil.fr</a>.
          </p>
        </div>
      </div>
    </div>
  );
}
