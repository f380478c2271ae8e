import type { Page } from 'playwright-core';
import type { WebApp } from './web-app.js';

/** Password of every demo account (seeded with the demo data, see the README). */
export const DEMO_PASSWORD = 'pairs-demo-2026';

/** Demo accounts the browser suites act as. */
export const DEMO_USERS = {
  /** Maire of Anost (71009, 695 inhabitants), verified. */
  elue: 'martine.girard@demo.pairs.fr',
  /** Adjoint in Draguignan (83050), verified. */
  adjoint: 'marc.olivier@demo.pairs.fr',
  moderator: 'moderatrice@demo.pairs.fr',
} as const;

/** The page's h1. */
export function pageHeading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

/** Fills in the sign-in form the page shows with a demo account, and sends it. */
export async function submitSignIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /se connecter/i }).click();
}

/** Signs in from the sign-in page, coming back to `path` (public pages do not redirect by themselves). */
export async function signIn(web: WebApp, email: string, path: string): Promise<void> {
  await web.page.goto(`${web.baseUrl}/connexion?redirect=${encodeURIComponent(path)}`);
  await signInHere(web.page, email, path);
}

/** Signs in on the sign-in page the guard of `path` sends to, and comes back to `path`. */
export async function signInThrough(web: WebApp, path: string, email: string): Promise<void> {
  await web.page.goto(web.baseUrl + path);
  await signInHere(web.page, email, path);
}

async function signInHere(page: Page, email: string, path: string): Promise<void> {
  await pageHeading(page, /connecter/i).waitFor();
  await submitSignIn(page, email);
  await page.waitForURL((url) => url.pathname === path);
}

/** Ends the session: the next page is seen as an anonymous visitor sees it. */
export async function signOut(page: Page): Promise<void> {
  await page.context().clearCookies();
}
