import { headerFooterDisplayItem } from '@codegouvfr/react-dsfr/Display';
import { Header } from '@codegouvfr/react-dsfr/Header';
import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import { SITE_NAME, SITE_TAGLINE } from '@pairs/shared-domain';
import { useLocation } from 'react-router';
import { BRAND_TOP } from './site-identity';

/** Referenced by the "Menu" skip link: react-dsfr names the nav `<header id>-main-navigation`. */
export const HEADER_ID = 'header';
export const MAIN_NAVIGATION_ID = `${HEADER_ID}-main-navigation`;

/**
 * Sections of the site. "Retours d'expérience", "Questions" and "Groupes" will be added here
 * once their pages exist: the menu must never lead to a 404.
 */
const NAVIGATION: ReadonlyArray<{ text: string; to: string }> = [{ text: 'Accueil', to: '/' }];

function isCurrent(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function AppHeader() {
  const { pathname } = useLocation();
  const navigation: MainNavigationProps.Item[] = NAVIGATION.map(({ text, to }) => ({
    text,
    linkProps: { to },
    isActive: isCurrent(pathname, to),
  }));

  return (
    <Header
      id={HEADER_ID}
      brandTop={BRAND_TOP}
      serviceTitle={SITE_NAME}
      serviceTagline={SITE_TAGLINE}
      homeLinkProps={{ to: '/', title: `Accueil — ${SITE_NAME}` }}
      navigation={navigation}
      // "Paramètres d'affichage": lets users choose a light or dark theme regardless of their system.
      quickAccessItems={[headerFooterDisplayItem]}
    />
  );
}
