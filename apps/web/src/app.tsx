import { AppFooter, AppHeader, AppSkipLinks, MAIN_CONTENT_ID } from '@pairs/web-ui';
import { Route, Routes } from 'react-router';
import { useRouteFocus } from './lib/use-route-focus';
import { AccessibilityPage } from './pages/accessibility-page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { PrivacyPage } from './pages/privacy-page';

/** Layout and routes; the router and Apollo providers are set up by the caller (main.tsx or a test). */
export function App() {
  useRouteFocus(MAIN_CONTENT_ID);

  return (
    <>
      <AppSkipLinks />
      <AppHeader />
      {/* tabIndex -1: target of the "Contenu" skip link and of focus after navigation. */}
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/accessibilite" element={<AccessibilityPage />} />
          <Route path="/donnees-personnelles" element={<PrivacyPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <AppFooter />
    </>
  );
}
