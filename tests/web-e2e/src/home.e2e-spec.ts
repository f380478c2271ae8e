import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createTestDatabase,
  freePort,
  spawnServer,
  workspaceRoot,
  type ServerProcess,
  type TestDatabase,
} from '@pairs/platform-testing';
import { launchBrowser, seriousViolations } from './support/browser.js';

describe('web app served by the API', () => {
  let db: TestDatabase;
  let server: ServerProcess;
  let baseUrl: string;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const port = await freePort();
    server = spawnServer({
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: 'true',
      WEB_DIST: path.join(workspaceRoot(), 'apps/web/dist'),
    });
    await server.waitForOutput(/Pairs is ready/, 60_000);
    baseUrl = `http://127.0.0.1:${port}`;
    ({ browser, close: closeBrowser } = await launchBrowser());
  });

  beforeEach(async () => {
    // axe needs pages made from an explicit context; one per test keeps storage apart.
    context = await browser.newContext({ locale: 'fr-FR' });
    page = await context.newPage();
    consoleErrors.length = 0;
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterEach(() => context?.close());

  afterAll(async () => {
    await closeBrowser?.();
    server?.child.kill('SIGTERM');
    await server?.exited;
    await db?.drop();
  });

  it('shows the DSFR shell with data fetched from the API, and passes axe', async () => {
    const response = await page.goto(baseUrl + '/');
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
    expect(consoleErrors).toEqual([]);
  });

  it('routes on the client: unknown paths get the 404 page (served index.html), and passes axe', async () => {
    const response = await page.goto(baseUrl + '/une/page/qui-n-existe-pas');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Page non trouvée' }).waitFor();
    expect(await page.title()).toContain('Page non trouvée');
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole('link', { name: /accueil/i })
      .first()
      .click();
    await page.getByTestId('welcome-message').waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('keeps the API paths out of the SPA fallback', async () => {
    const health = await page.request.get(baseUrl + '/health/ready');
    expect(health.status()).toBe(200);
    const missingAsset = await page.request.get(baseUrl + '/assets/nope.js');
    expect(missingAsset.status()).toBe(404);
  });
});
