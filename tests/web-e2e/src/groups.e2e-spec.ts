import type { Page } from 'playwright-core';
import { axeLog } from './support/browser.js';
import { DEMO_USERS, pageHeading, signIn, signOut } from './support/demo-session.js';
import { useWebApp } from './support/web-app.js';

/** Marc Olivier administers the Cerema in the demo data; Martine Girard is a maire with a verified address. */
const { adjoint: ORG_ADMIN, elue: ELUE } = DEMO_USERS;
const ORGANIZATION_PATH = '/organisations/cerema';
const PRIVATE_MESSAGE = 'Ce groupe est privé : ses échanges sont réservés à ses membres.';

/**
 * Peer groups in the browser: an organisation's admin creates a private group taking requests, an
 * élue asks to join and reads nothing until the facilitator accepts her, then posts a question
 * that only members see; an anonymous visitor finds the group listed but none of its content.
 * Every page is scanned with axe.
 */
describe('groups in the browser', () => {
  const web = useWebApp();
  let page: Page;
  beforeEach(() => {
    page = web.page;
  });
  const { violations, scan } = axeLog(web);
  const heading = (name: string | RegExp) => pageHeading(page, name);

  it('is created private by an organisation, joined on request, and keeps its content to its members', async () => {
    const suffix = Date.now().toString(36);
    const groupName = `Éclairage sobre entre pairs ${suffix}`;
    const title = `Quelle horloge astronomique avez-vous choisie ? ${suffix}`;

    // An anonymous visitor browses the directory and an organisation.
    await page.goto(`${web.baseUrl}/organisations`);
    await heading('Organisations').waitFor();
    await page.getByText(/^\d+ organisations?$/).waitFor();
    await scan('directory (anonymous)');
    await page.goto(web.baseUrl + ORGANIZATION_PATH);
    await heading('Cerema').waitFor();
    await page.getByRole('heading', { level: 2, name: "Membres de l'équipe" }).waitFor();
    await scan('organisation (anonymous)');

    // The organisation's admin creates a private group taking requests.
    await signIn(web, ORG_ADMIN, ORGANIZATION_PATH);
    await heading('Cerema').waitFor();
    await page.getByRole('link', { name: 'Créer un groupe' }).click();
    await heading('Créer un groupe').waitFor();
    await page.getByLabel(/^Nom du groupe/).fill(groupName);
    await page
      .getByLabel(/^Description/)
      .fill("Élus qui réduisent la facture de l'éclairage public sans le sacrifier.");
    await page
      .getByRole('group', { name: /^Thématiques/ })
      .getByText('Éclairage public', { exact: true })
      .click();
    expect(await page.getByLabel(/^Groupe privé/).isChecked()).toBe(true);
    expect(await page.getByLabel(/^Sur demande/).isChecked()).toBe(true);
    await scan('create form');
    await page.getByRole('button', { name: 'Créer le groupe' }).click();
    await heading(groupName).waitFor();
    const groupPath = new URL(page.url()).pathname;
    expect(groupPath).toMatch(/^\/groupes\/[a-z0-9-]+$/);
    await page.getByText(/^Le groupe est créé/).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gestion du groupe' }).waitFor();
    await page.getByText('Aucune demande en attente.').waitFor();
    await scan('group (facilitator, new)');
    await signOut(page);

    // The élue asks to join: she reads nothing yet.
    await signIn(web, ELUE, groupPath);
    await heading(groupName).waitFor();
    await page.getByText(PRIVATE_MESSAGE).waitFor();
    await page
      .getByLabel(/^Message aux animateurs/)
      .fill('Maire d’Anost, nous passons nos 120 points en LED.');
    await page.getByRole('button', { name: 'Demander à rejoindre' }).click();
    await page.getByRole('button', { name: 'Annuler la demande' }).waitFor();
    expect(await page.getByText('Demande envoyée', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Questions' }).count()).toBe(0);
    await page.getByText(PRIVATE_MESSAGE).waitFor();
    await scan('group (request pending)');
    await signOut(page);

    // The facilitator accepts her request.
    await signIn(web, ORG_ADMIN, groupPath);
    await heading(groupName).waitFor();
    await page.getByText('Nous passons nos 120 points en LED.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Accepter la demande de Martine Girard' }).click();
    await page.getByText('Martine Girard est désormais membre du groupe.').waitFor();
    await page.getByText('Aucune demande en attente.').waitFor();
    await scan('group (facilitator)');
    await signOut(page);

    // The élue now reads the group and asks a question in it.
    await signIn(web, ELUE, groupPath);
    await heading(groupName).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Questions' }).waitFor();
    expect(await page.getByText(PRIVATE_MESSAGE).count()).toBe(0);
    await scan('group (member)');
    await page.getByRole('link', { name: 'Poser une question dans ce groupe' }).click();
    await heading('Poser une question').waitFor();
    await page.getByText('Votre question ne sera visible que par les membres du groupe.').waitFor();
    await page.getByLabel(/^Titre de la question/).fill(title);
    await page.getByLabel(/^Votre question/).fill('Nous hésitons entre deux modèles pour éteindre la nuit.');
    await page
      .getByRole('group', { name: /^Thématiques/ })
      .getByText('Éclairage public', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Publier la question' }).click();
    await heading(title).waitFor();
    const threadPath = new URL(page.url()).pathname;
    await page.getByText('Groupe privé').first().waitFor();
    expect(await page.getByRole('link', { name: groupName }).getAttribute('href')).toBe(groupPath);
    await scan('thread (private group, member)');
    await page.goto(web.baseUrl + groupPath);
    await page.getByRole('link', { name: title }).waitFor();
    await signOut(page);

    // An anonymous visitor sees the group listed, but none of its content.
    await page.goto(`${web.baseUrl}/groupes`);
    await heading('Groupes').waitFor();
    const listed = page.getByRole('link', { name: groupName, exact: true });
    await listed.waitFor();
    await scan('groups list (anonymous)');
    await listed.click();
    await heading(groupName).waitFor();
    await page.getByText(PRIVATE_MESSAGE).waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Connectez-vous' }).count()).toBe(1);
    await scan('group (anonymous)');

    await page.goto(`${web.baseUrl}/questions`);
    await page.getByText(/^\d+ questions?$/).waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    await page.goto(web.baseUrl + threadPath);
    await heading('Page non trouvée').waitFor();

    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(web.consoleErrors).toEqual([]);
    // Four sessions and ten axe scans: longer than the suite's default.
  }, 240_000);
});
