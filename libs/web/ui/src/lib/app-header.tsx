import { Header, type HeaderProps } from '@codegouvfr/react-dsfr/Header';
import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import { SITE_NAME, SITE_TAGLINE } from '@pairs/shared-domain';
import { useLocation } from 'react-router';
import { BRAND_TOP } from './site-identity';

/** Referenced by the "Menu" skip link: react-dsfr names the nav `<header id>-main-navigation`. */
export const HEADER_ID = 'header';
export const MAIN_NAVIGATION_ID = `${HEADER_ID}-main-navigation`;

/** Sections of the site: the menu must never lead to a 404. */
const NAVIGATION: ReadonlyArray<{ text: string; to: string }> = [
  { text: 'Accueil', to: '/' },
  { text: 'Thématiques', to: '/thematiques' },
  { text: "Retours d'expérience", to: '/retours-d-experience' },
  { text: 'Questions', to: '/questions' },
  { text: 'Groupes', to: '/groupes' },
  { text: 'Organisations', to: '/organisations' },
];

/** Sections only a signed-in member has. */
const MEMBER_NAVIGATION: ReadonlyArray<{ text: string; to: string }> = [
  { text: "Mes retours d'expérience", to: '/mes-retours-d-experience' },
];

/** Sections for moderators and administrators (the API checks the role again). */
const MODERATOR_NAVIGATION: ReadonlyArray<{ text: string; to: string }> = [
  { text: 'Relectures', to: '/moderation/relectures' },
];

/** Pages after which signing in should not come back (they would loop or make no sense). */
const NO_RETURN_PATHS = [
  '/',
  '/connexion',
  '/inscription',
  '/mot-de-passe-oublie',
  '/reinitialiser-mot-de-passe',
  '/verifier-email',
];

/** Who is browsing, as far as the header cares; the app computes it from its session state. */
export type HeaderAccount =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | {
      status: 'signed-in';
      displayName: string;
      profilePath: string;
      onSignOut: () => void;
      /** Moderators and administrators also get the moderation sections. */
      canModerate?: boolean;
    };

export interface AppHeaderProps {
  account: HeaderAccount;
}

function isCurrent(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

function signInPath(pathname: string, search: string): string {
  return NO_RETURN_PATHS.includes(pathname)
    ? '/connexion'
    : `/connexion?redirect=${encodeURIComponent(pathname + search)}`;
}

/*
 * Icons: the DSFR assets copied to public/dsfr only hold the SVGs that dsfr.min.css itself uses,
 * so quick access items stick to those (account-circle, arrow-right…); another icon would 404.
 * The display settings button lives in the footer only: the DSFR allows three quick access items.
 */
function quickAccessItems(
  account: HeaderAccount,
  pathname: string,
  search: string,
): HeaderProps['quickAccessItems'] {
  switch (account.status) {
    case 'loading':
      return [];
    case 'signed-out':
      return [
        {
          iconId: 'fr-icon-account-circle-fill',
          text: 'Se connecter',
          linkProps: { to: signInPath(pathname, search) },
        },
        { iconId: 'fr-icon-arrow-right-line', text: 'Créer un compte', linkProps: { to: '/inscription' } },
      ];
    case 'signed-in':
      return [
        {
          iconId: 'fr-icon-account-circle-fill',
          text: (
            <>
              <span className="fr-sr-only">Mon profil public : </span>
              {account.displayName}
            </>
          ),
          linkProps: { to: account.profilePath },
        },
        { iconId: 'fr-icon-briefcase-fill', text: 'Mon compte', linkProps: { to: '/mon-compte' } },
        {
          iconId: 'fr-icon-arrow-right-line',
          text: 'Se déconnecter',
          buttonProps: { type: 'button', onClick: account.onSignOut },
        },
      ];
  }
}

export function AppHeader({ account }: AppHeaderProps) {
  const { pathname, search } = useLocation();
  const sections = [
    ...NAVIGATION,
    ...(account.status === 'signed-in' ? MEMBER_NAVIGATION : []),
    ...(account.status === 'signed-in' && account.canModerate === true ? MODERATOR_NAVIGATION : []),
  ];
  const navigation: MainNavigationProps.Item[] = sections.map(({ text, to }) => ({
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
      quickAccessItems={quickAccessItems(account, pathname, search)}
    />
  );
}
