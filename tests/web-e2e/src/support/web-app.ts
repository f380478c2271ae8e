import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import {
  createTestDatabase,
  freePort,
  spawnServer,
  workspaceRoot,
  type ServerProcess,
  type TestDatabase,
} from '@pairs/platform-testing';
import { launchBrowser } from './browser.js';

export interface WebApp {
  /** Origin of the built API serving the built web app. */
  readonly baseUrl: string;
  /** A fresh page, in a fresh browser context, for each test. */
  readonly page: Page;
  /** Console errors and uncaught exceptions of the current test's page. */
  readonly consoleErrors: string[];
}

/**
 * Registers the jest hooks of a browser suite: its own database (with the demo data), the built
 * API (`node apps/api/dist/main.js`) serving `apps/web/dist`, Debian's Chromium, and a fresh
 * context per test. Call it at the top of a `describe`.
 */
export function useWebApp(options: { contextOptions?: BrowserContextOptions } = {}): WebApp {
  let db: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let baseUrl = '';
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawnServer({
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO_DATA: 'true',
      // Links in mails point at the origin the browser uses (the session cookie's).
      PUBLIC_URL: baseUrl,
      WEB_DIST: path.join(workspaceRoot(), 'apps/web/dist'),
    });
    await server.waitForOutput(/Pairs is ready/, 60_000);
    ({ browser, close: closeBrowser } = await launchBrowser());
  });

  beforeEach(async () => {
    // axe needs pages made from an explicit context; one per test keeps storage apart.
    context = await browser!.newContext({ locale: 'fr-FR', ...options.contextOptions });
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

  return {
    get baseUrl() {
      return baseUrl;
    },
    get page() {
      if (!page) throw new Error('useWebApp: the page exists only inside a test');
      return page;
    },
    consoleErrors,
  };
}
