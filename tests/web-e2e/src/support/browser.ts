import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with the network chatter this sandboxed machine refuses turned off.
 * Playwright gives every launch a fresh, temporary profile.
 */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core scan of the current page: the serious and critical violations (RGAA bar: none). */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** axe findings per page visited, so that one failure names every page at fault. */
export interface AxeLog {
  readonly violations: Record<string, AxeFinding[]>;
  /** Scans the current page, recording its findings under `name`. */
  scan(name: string): Promise<void>;
}

/** An axe log for the pages of a suite (create it in the `describe`, next to `useWebApp`). */
export function axeLog(web: { readonly page: Page }): AxeLog {
  const violations: Record<string, AxeFinding[]> = {};
  return {
    violations,
    scan: async (name) => {
      violations[name] = await seriousViolations(web.page);
    },
  };
}
