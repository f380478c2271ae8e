import { SideMenu } from '@codegouvfr/react-dsfr/SideMenu';
import { Outlet, useLocation } from 'react-router';

const SECTIONS: ReadonlyArray<{ text: string; to: string }> = [
  { text: "Vue d'ensemble", to: '/mon-compte' },
  { text: 'Profil', to: '/mon-compte/profil' },
  { text: 'Sessions', to: '/mon-compte/sessions' },
  { text: 'Mes données', to: '/mon-compte/donnees' },
];

/** "Mon compte": DSFR side menu (a disclosure button on mobile) beside the section's page. */
export function AccountLayout() {
  const { pathname } = useLocation();
  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4 fr-col-lg-3">
          <SideMenu
            title="Mon compte"
            burgerMenuButtonText="Rubriques de mon compte"
            items={SECTIONS.map(({ text, to }) => ({
              text,
              linkProps: { to },
              isActive: pathname === to || pathname === `${to}/`,
            }))}
          />
        </div>
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-9">
          <Outlet />
        </div>
      </div>
    </div>
  );
}
