import type { Page } from 'playwright-core';
import { axeLog } from './support/browser.js';
import { DEMO_USERS, pageHeading, signInThrough, signOut } from './support/demo-session.js';
import { useWebApp } from './support/web-app.js';

const { elue: ELUE, moderator: MODERATOR } = DEMO_USERS;

/**
 * The life of a case study in the browser: an élue writes it with the editor and submits it,
 * a moderator publishes it from the review queue, an anonymous visitor finds it through the
 * list filters and reads its key facts. Every page is scanned with axe.
 */
describe('case studies in the browser', () => {
  const web = useWebApp();
  let page: Page;
  beforeEach(() => {
    page = web.page;
  });
  const { violations, scan } = axeLog(web);
  const heading = (name: string | RegExp) => pageHeading(page, name);

  it('is written by an élue, published by a moderator and found by a visitor', async () => {
    const title = `Extinction nocturne à Anost ${Date.now().toString(36)}`;

    // The élue writes it.
    await signInThrough(web, '/retours-d-experience/nouveau', ELUE);
    await heading("Rédiger un retour d'expérience").waitFor();
    expect(await page.title()).toBe("Rédiger un retour d'expérience — Pairs");
    await page.getByLabel(/^Titre/).fill(title);
    await page
      .getByLabel(/^Résumé/)
      .fill('Les lampadaires sont éteints de 23 h à 5 h depuis 2023 : la facture a baissé de 40 %.');
    const territory = page.getByRole('combobox', { name: /^Territoire concerné/ });
    await territory.fill('Anost');
    await page.getByRole('option', { name: 'Anost — Commune (71009), 695 hab.' }).waitFor();
    await territory.press('ArrowDown');
    await territory.press('Enter');
    await page.getByText('Territoire choisi : Anost — Commune (71009), 695 hab.').waitFor();
    // DSFR draws the checkbox on its label: click the label, as a person does.
    await page
      .getByRole('group', { name: /^Thématiques/ })
      .getByText('Éclairage public', { exact: true })
      .click();
    expect(await page.getByLabel('Éclairage public', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel(/^Date de début/).fill('2023-01-15');
    await page.getByLabel(/^Coût total/).fill('12 500');
    await page.getByRole('button', { name: 'Ajouter un financement' }).click();
    await page.getByLabel('Financeur').fill('Syndicat départemental d’énergie');
    await page.getByLabel('Montant en euros').fill('5000');
    await page
      .getByLabel(/^Le projet/)
      .fill(
        'Le conseil municipal a voté l’extinction **de 23 h à 5 h**.\n\n- 120 points lumineux\n- 6 horloges',
      );
    await page.getByLabel(/^Enseignements/).fill('Prévenir les habitants **avant** la première nuit.');
    await page.getByLabel(/^Solutions utilisées/).fill('Horloges astronomiques');
    await page.getByRole('button', { name: 'Aperçu : Le projet' }).click();
    const preview = page.getByRole('region', { name: 'Aperçu : Le projet' });
    await preview.locator('strong', { hasText: 'de 23 h à 5 h' }).waitFor();
    await scan('editor (new, with preview)');

    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await heading(`Modifier « ${title} »`).waitFor();
    expect(new URL(page.url()).pathname).toMatch(
      /^\/retours-d-experience\/extinction-nocturne-a-anost-.+\/modifier$/,
    );
    await page.getByText('Votre brouillon est créé').waitFor();
    expect(await page.getByLabel(/^Titre/).inputValue()).toBe(title);
    expect(await page.getByLabel('Éclairage public', { exact: true }).isChecked()).toBe(true);

    await page.getByLabel(/^Résultats/).fill('- **40 %** de consommation en moins');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText(/^Enregistré à \d\d:\d\d$/).waitFor();
    await scan('editor (draft)');

    await page.getByRole('button', { name: 'Soumettre pour relecture' }).click();
    await page.getByRole('heading', { name: "Votre retour d'expérience est en relecture" }).waitFor();
    await scan('editor (in review)');

    await page.goto(web.baseUrl + '/mes-retours-d-experience');
    await heading("Mes retours d'expérience").waitFor();
    const inReview = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: /^En relecture/ }),
    });
    await inReview.getByRole('link', { name: title, exact: true }).waitFor();
    await scan('my case studies');
    await signOut(page);

    // The moderator publishes it from the review queue.
    await signInThrough(web, '/moderation/relectures', MODERATOR);
    await heading('Relectures en attente').waitFor();
    const entry = page.locator('article', { has: page.getByRole('heading', { level: 2, name: title }) });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('Anost (Commune, 695 habitants)');
    expect(await entry.innerText()).toContain('Martine Girard');
    await scan('review queue');
    await entry.getByRole('button', { name: 'Publier' }).click();
    await page.getByText(`« ${title} » est publié`).waitFor();
    expect(await entry.count()).toBe(0);
    await signOut(page);

    // An anonymous visitor finds it by theme and population band.
    await page.goto(web.baseUrl + '/retours-d-experience');
    await heading("Retours d'expérience").waitFor();
    await scan('list');
    await page.getByText(/^Éclairage public \(\d+\)$/).click();
    await page.waitForURL(/thematique=eclairage-public/);
    await page.getByText(/^Moins de 1 000 habitants \(\d+\)$/).click();
    await page.waitForURL(/population=UNDER_1000/);
    const result = page.getByRole('link', { name: title, exact: true });
    await result.waitFor();
    await scan('list (filtered)');
    await result.click();

    await heading(title).waitFor();
    const facts = page.locator('section', { has: page.getByRole('heading', { name: "L'essentiel" }) });
    const factsText = await facts.innerText();
    expect(factsText).toContain('Anost (Commune, 695 habitants)');
    expect(factsText).toContain('Moins de 1 000 habitants');
    expect(factsText).toContain('Depuis janvier 2023 (en cours)');
    // French number formatting uses narrow no-break spaces.
    expect(factsText).toMatch(/12\s500\s€ TTC/);
    expect(factsText).toMatch(/Syndicat départemental d’énergie : 5\s000\s€/);
    expect(factsText).toContain('Éclairage public');
    expect(factsText).toContain('Horloges astronomiques');
    await page.locator('strong', { hasText: 'de 23 h à 5 h' }).waitFor();
    await scan('case study');

    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(web.consoleErrors).toEqual([]);
  });

  it('keeps what was typed across a reload, and offers it back', async () => {
    await signInThrough(web, '/retours-d-experience/nouveau', ELUE);
    await heading("Rédiger un retour d'expérience").waitFor();
    await page.getByLabel(/^Titre/).fill('Un texte à ne pas perdre');
    await page.getByLabel(/^Le projet/).fill('Écrit juste avant une coupure.');
    await page.getByText(/^Copie de secours sur cet appareil : \d\d:\d\d\.$/).waitFor();

    await page.reload();
    await page
      .getByRole('heading', { name: 'Un brouillon non enregistré existe sur cet appareil' })
      .waitFor();
    await scan('local draft offer');
    await page.getByRole('button', { name: 'Reprendre le brouillon local' }).click();
    expect(await page.getByLabel(/^Titre/).inputValue()).toBe('Un texte à ne pas perdre');
    expect(await page.getByLabel(/^Le projet/).inputValue()).toBe('Écrit juste avant une coupure.');

    expect(violations['local draft offer']).toEqual([]);
    expect(web.consoleErrors).toEqual([]);
  });
});
