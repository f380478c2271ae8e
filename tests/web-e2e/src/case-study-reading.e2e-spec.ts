import type { Page } from 'playwright-core';
import { axeLog } from './support/browser.js';
import { pageHeading, submitSignIn } from './support/demo-session.js';
import { useWebApp } from './support/web-app.js';

/** Author of the demo case study below. */
const AUTHOR = 'jean-pierre.morel@demo.pairs.fr';
const SLUG = 'etang-sur-arroux-extinction-nocturne-eclairage';
const TITLE =
  'Étang-sur-Arroux : extinction en milieu de nuit et premières LED, sans système « intelligent »';

/**
 * Reading case studies in the browser: shareable list filters and the back button, the theme
 * page's list, and the word-level history of an edit. Every page is scanned with axe.
 */
describe('reading case studies in the browser', () => {
  const web = useWebApp();
  let page: Page;
  beforeEach(() => {
    page = web.page;
  });
  const { violations, scan } = axeLog(web);
  const heading = (name: string | RegExp) => pageHeading(page, name);

  function count() {
    return page.locator('[role="status"][aria-live="polite"]').innerText();
  }

  it('keeps the filters in the URL, so that the back button and shared links work', async () => {
    await page.goto(web.baseUrl + '/thematiques/eclairage-public');
    await heading('Éclairage public').waitFor();
    const section = page.getByRole('region', { name: "Retours d'expérience" });
    await section.getByRole('link', { name: TITLE }).waitFor();
    await scan('theme page');
    await section.getByRole('link', { name: /Voir tous les retours d'expérience/ }).click();

    await heading("Retours d'expérience").waitFor();
    expect(new URL(page.url()).search).toBe('?thematique=eclairage-public');
    await page.getByRole('link', { name: TITLE }).waitFor();
    const filtered = await count();
    expect(filtered).toMatch(/^\d+ retours? d'expérience$/);
    expect(await page.getByLabel(/^Éclairage public \(\d+\)$/).isChecked()).toBe(true);

    // DSFR draws the control on its label: click the label, as a person does.
    await page.getByText('Toutes les tailles').click();
    await page.getByText(/^50 000 habitants et plus \(\d+\)$/).click();
    await page.waitForURL(/population=FROM_50000/);
    await page.getByText(/^(Aucun retour d'expérience|\d+ retours? d'expérience)$/).waitFor();
    await scan('list (filtered)');

    await page.goBack();
    await page.waitForURL((url) => url.search === '?thematique=eclairage-public');
    await page.getByRole('link', { name: TITLE }).waitFor();
    expect(await count()).toBe(filtered);

    // The same address in a new tab shows the same list.
    const shared = await page.context().newPage();
    await shared.goto(page.url());
    await shared.getByRole('link', { name: TITLE }).waitFor();
    expect(await shared.locator('[role="status"][aria-live="polite"]').innerText()).toBe(filtered);
    await shared.close();
    expect(web.consoleErrors).toEqual([]);
  });

  it('shows what an edit changed, word by word, in the history', async () => {
    await page.goto(web.baseUrl + '/connexion');
    await submitSignIn(page, AUTHOR);
    await page.waitForURL((url) => url.pathname !== '/connexion');

    // The author edits the summary and the cost (through the API, as the editor would).
    const saved = await page.evaluate(async (slug) => {
      const call = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as { data: Record<string, Record<string, unknown>> };
      };
      const read = await call(
        'query($slug: String!) { caseStudy(slug: $slug) { id revisionCount summary } }',
        {
          slug,
        },
      );
      const current = read.data['caseStudy'] as { id: string; revisionCount: number; summary: string };
      const update = await call(
        'mutation($input: UpdateCaseStudyInput!) { updateCaseStudy(input: $input) { revisionCount } }',
        {
          input: {
            id: current.id,
            expectedRevision: current.revisionCount,
            summary: current.summary.replace('presque divisé', 'nettement divisé'),
            costEuros: 99000,
          },
        },
      );
      return update.data['updateCaseStudy'];
    }, SLUG);
    expect(saved).toEqual({ revisionCount: 2 });

    await page.goto(web.baseUrl + `/retours-d-experience/${SLUG}`);
    await heading(TITLE).waitFor();
    await page.getByRole('link', { name: 'Modifier' }).waitFor();
    await scan('case study (author)');
    await page.getByRole('link', { name: /historique des modifications/ }).click();

    await heading('Historique des modifications').waitFor();
    const diff = page.getByRole('region', { name: 'Version 2' });
    await diff.waitFor();
    // Marked by more than colour: <del>/<ins>, and words that screen readers read out.
    expect(await diff.locator('del').allTextContents()).toEqual(
      expect.arrayContaining(['[supprimé : presque]', expect.stringMatching(/^\[supprimé : 96\s000\s€\]$/)]),
    );
    expect(await diff.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining(['[ajouté : nettement]', expect.stringMatching(/^\[ajouté : 99\s000\s€\]$/)]),
    );
    await scan('history');

    await page.getByRole('link', { name: 'Version 1' }).click();
    await page.getByRole('heading', { level: 2, name: 'Version 1' }).waitFor();
    expect(new URL(page.url()).search).toBe('?revision=1');
    expect(await page.locator(':focus').textContent()).toBe('Version 1');

    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(web.consoleErrors).toEqual([]);
  });
});
