import type { Page } from 'playwright-core';
import { seriousViolations } from './support/browser.js';
import { useWebApp } from './support/web-app.js';

describe('web app served by the API', () => {
  const web = useWebApp();
  let page: Page;
  beforeEach(() => {
    page = web.page;
  });

  it('shows the DSFR shell with data fetched from the API, and passes axe', async () => {
    const response = await page.goto(web.baseUrl + '/');
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toMatch(/Pairs/);
    // The welcome text exists only in the database (seeded), so seeing it proves the loop.
    const welcome = page.getByTestId('welcome-message');
    await welcome.waitFor();
    expect(await welcome.innerText()).toContain('éclairage public');
    await page.getByText(/Données de démonstration chargées le/).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: /Pairs/ }).count()).toBeGreaterThan(0);
    expect(await page.locator('header').innerText()).toContain("l'échange d'expériences entre élus");
    expect(await page.locator('footer').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Contenu' }).count()).toBe(1); // skip link
    expect(await seriousViolations(page)).toEqual([]);
    expect(web.consoleErrors).toEqual([]);
  });

  it('routes on the client: unknown paths get the 404 page (served index.html), and passes axe', async () => {
    const response = await page.goto(web.baseUrl + '/une/page/qui-n-existe-pas');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Page non trouvée' }).waitFor();
    expect(await page.title()).toContain('Page non trouvée');
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole('link', { name: /accueil/i })
      .first()
      .click();
    await page.getByTestId('welcome-message').waitFor();
    expect(web.consoleErrors).toEqual([]);
  });

  it('keeps the API paths out of the SPA fallback', async () => {
    const health = await page.request.get(web.baseUrl + '/health/ready');
    expect(health.status()).toBe(200);
    const missingAsset = await page.request.get(web.baseUrl + '/assets/nope.js');
    expect(missingAsset.status()).toBe(404);
  });
});
