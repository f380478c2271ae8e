import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { SITE_NAME, SITE_TAGLINE } from '@pairs/shared-domain';
import { BRAND_TOP } from './site-identity';

/** Referenced by the "Pied de page" skip link. */
export const FOOTER_ID = 'footer';

export function AppFooter() {
  return (
    <Footer
      id={FOOTER_ID}
      brandTop={BRAND_TOP}
      homeLinkProps={{ to: '/', title: `Accueil — ${SITE_NAME}` }}
      contentDescription={`${SITE_NAME}, ${SITE_TAGLINE} : retours d'expérience, questions entre pairs et groupes thématiques pour les élus locaux.`}
      // No audit has been made yet: RGAA requires stating "non conforme" until one is.
      accessibility="non compliant"
      accessibilityLinkProps={{ to: '/accessibilite' }}
      bottomItems={[
        { text: 'Données personnelles', linkProps: { to: '/donnees-personnelles' } },
        headerFooterDisplayItem,
      ]}
    />
  );
}
