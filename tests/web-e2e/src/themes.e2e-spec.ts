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

describe('themes in the browser', () => {
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
    context = await browser.newContext({ locale: 'fr-FR' });
    page = await context.newPage();
    consoleErrors.length = 0;
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });

  afterEach(() => context?.close());

  afterAll(async () => {
    await closeBrowser?.();
    server?.child.kill('SIGTERM');
    await server?.exited;
    await db?.drop();
  });

  it('lets an anonymous visitor browse the theme tree down to a theme page', async () => {
    await page.goto(baseUrl + '/');
    await page.getByRole('link', { name: 'Thématiques' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Thématiques' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Territoire de la demi-heure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Territoire de la demi-heure' }).waitFor();
    expect(page.url()).toMatch(/\/thematiques\/territoire-de-la-demi-heure$/);
    const breadcrumb = page.locator('nav.fr-breadcrumb');
    expect(await breadcrumb.innerText()).toContain('Aménagement et proximité');
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('shows the theme management page to a moderator only', async () => {
    await page.goto(baseUrl + '/connexion');
    await page.getByLabel('Adresse e-mail').fill('moderatrice@demo.pairs.fr');
    await page.getByLabel('Mot de passe').first().fill('pairs-demo-2026');
    await page.getByRole('button', { name: /se connecter/i }).click();
    await page.waitForURL(/\/mon-compte|\/$/);
    await page.goto(baseUrl + '/moderation/thematiques');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByText('Accès réservé aux modérateurs').count()).toBe(0);
    await page.getByText('Territoire de la demi-heure').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
