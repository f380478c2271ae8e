import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { FOOTER_ID } from './app-footer';
import { MAIN_NAVIGATION_ID } from './app-header';

/** Id of the `<main>` element; the layout must use it for the "Contenu" link to work. */
export const MAIN_CONTENT_ID = 'contenu';

/** DSFR skip links (RGAA 12.7); must be the first focusable element of the page. */
export function AppSkipLinks() {
  return (
    <SkipLinks
      links={[
        { label: 'Contenu', anchor: `#${MAIN_CONTENT_ID}` },
        { label: 'Menu', anchor: `#${MAIN_NAVIGATION_ID}` },
        { label: 'Pied de page', anchor: `#${FOOTER_ID}` },
      ]}
    />
  );
}
