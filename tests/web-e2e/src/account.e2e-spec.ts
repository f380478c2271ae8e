import type { Page } from 'playwright-core';
import { axeLog, seriousViolations } from './support/browser.js';
import { pageHeading } from './support/demo-session.js';
import { useWebApp } from './support/web-app.js';

interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
}

/** The whole journey of a new member, in one browser, as a keyboard user would do the key parts. */
describe('accounts in the browser', () => {
  const web = useWebApp({ contextOptions: { acceptDownloads: true } });
  let page: Page;
  beforeEach(() => {
    page = web.page;
  });
  const { violations, scan } = axeLog(web);

  /**
   * A property of the focused element. Passed as a string expression: the Node typings of the
   * e2e tests have no DOM library.
   */
  async function focused(property: 'id' | 'textContent'): Promise<string> {
    return String(await page.evaluate(`document.activeElement?.${property}?.trim() ?? ''`));
  }

  const heading = (name: string | RegExp) => pageHeading(page, name);

  /** Quick access links of the header (desktop row; the mobile menu repeats them, hidden). */
  function headerTools() {
    return page.locator('.fr-header__tools-links');
  }

  async function latestMailTo(address: string): Promise<OutboxMail> {
    const response = await page.request.get(`${web.baseUrl}/dev/outbox.json`);
    expect(response.status()).toBe(200);
    const mails = (await response.json()) as OutboxMail[];
    const mail = mails.find((m) => m.to === address);
    if (mail === undefined) throw new Error(`No mail to ${address} in the outbox`);
    return mail;
  }

  it('signs up, verifies the address, signs out and in, sets a mandate with the keyboard, and shows it', async () => {
    const suffix = Date.now().toString(36);
    const email = `camille.${suffix}@example.fr`;
    const handle = `camille-${suffix}`;
    const displayName = 'Camille Bernard';
    const password = 'lavoirs-et-fontaines-2026';

    // Sign-up.
    await page.goto(`${web.baseUrl}/inscription`);
    await heading('Créer un compte').waitFor();
    expect(await page.title()).toBe('Créer un compte — Pairs');
    await scan('sign-up');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Nom affiché').fill(displayName);
    await page.getByLabel('Identifiant').fill(handle);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await heading('Mon compte').waitFor();
    expect(new URL(page.url()).pathname).toBe('/mon-compte');
    await page.getByText('Un e-mail de confirmation vous a été envoyé').waitFor();
    await page.getByRole('heading', { name: 'Confirmez votre adresse e-mail' }).waitFor();
    expect(await headerTools().innerText()).toContain(displayName);
    await scan('account (unverified)');

    // The verification mail, read from the development outbox.
    const mail = await latestMailTo(email);
    expect(mail.subject).toMatch(/confirmez votre adresse/i);
    const link = /https?:\/\/\S+\/verifier-email\?token=[^\s"<]+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    const verifyUrl = new URL(link!);
    expect(verifyUrl.origin).toBe(web.baseUrl);
    await page.goto(verifyUrl.toString());
    await page.getByRole('heading', { name: 'Votre adresse e-mail est confirmée' }).waitFor();
    expect(await page.title()).toBe("Confirmation de l'adresse e-mail — Pairs");
    await scan('verify email');

    // Sign-out, from the header.
    await headerTools().getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByText('Vous êtes déconnecté·e.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await headerTools().getByRole('link', { name: 'Se connecter' }).waitFor();

    // Sign-in.
    await headerTools().getByRole('link', { name: 'Se connecter' }).click();
    await heading('Se connecter à Pairs').waitFor();
    await scan('sign-in');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await heading('Mon compte').waitFor();
    expect(await page.getByRole('heading', { name: 'Confirmez votre adresse e-mail' }).count()).toBe(0);
    await scan('account');

    // Profile editor: a mandate set with the keyboard only.
    await page.getByRole('navigation', { name: 'Mon compte' }).getByRole('link', { name: 'Profil' }).click();
    await heading('Modifier mon profil').waitFor();
    await page.getByText('Aucun mandat renseigné.').waitFor();
    await page.getByRole('button', { name: 'Ajouter un mandat' }).focus();
    await page.keyboard.press('Enter');
    const row = page.getByRole('group', { name: 'Mandat 1' });
    const role = row.getByLabel('Fonction');
    expect(await focused('id')).toBe(await role.getAttribute('id'));
    await page.keyboard.press('ArrowDown'); // first role of the list: Maire
    expect(await role.inputValue()).toBe('MAIRE');

    await page.keyboard.press('Tab');
    const territory = row.getByRole('combobox', { name: /Territoire du mandat/ });
    expect(await focused('id')).toBe(await territory.getAttribute('id'));
    await page.keyboard.type('chalons en ch', { delay: 40 });
    const option = row.getByRole('option', {
      name: /^Châlons-en-Champagne — Commune \(51108\), [\d\s\u202f]+ hab\.$/,
    });
    await option.waitFor();
    expect(await territory.getAttribute('aria-expanded')).toBe('true');
    expect(await row.getByRole('status').innerText()).toMatch(/territoires? trouvés?/);
    await scan('profile editor (combobox open)');

    // The best match comes first (exact and prefix matches, then by population).
    await page.keyboard.press('ArrowDown');
    const optionId = await option.getAttribute('id');
    expect(await territory.getAttribute('aria-activedescendant')).toBe(optionId);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await territory.inputValue()).toBe('Châlons-en-Champagne');
    expect(await territory.getAttribute('aria-expanded')).toBe('false');
    await row.getByText(/^Territoire choisi : Châlons-en-Champagne — Commune \(51108\)/).waitFor();

    // Tab past "Retirer le mandat 1" and "Ajouter un mandat" to the save button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused('textContent')).toBe('Enregistrer mon profil');
    await page.keyboard.press('Enter');
    await page.getByText('Votre profil a été enregistré.').waitFor();

    // Public profile.
    await page.getByRole('link', { name: 'Voir mon profil public' }).click();
    await heading(displayName).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/membres/${handle}`);
    const mandates = page.getByRole('region', { name: 'Mandats' });
    await mandates.getByText(/Châlons-en-Champagne/).waitFor();
    expect(await mandates.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Maire — Châlons-en-Champagne \(Commune, [\d\s\u202f]+ habitants\)$/),
    ]);
    await scan('public profile');

    // The other account pages.
    await page.goto(`${web.baseUrl}/mon-compte/sessions`);
    await heading('Sessions').waitFor();
    await page.getByText('Cette session').waitFor();
    expect(await page.getByRole('button', { name: /^Révoquer/ }).count()).toBe(0);
    await scan('sessions');

    await page.goto(`${web.baseUrl}/mon-compte/donnees`);
    await heading('Mes données').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger mes données' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('pairs-mes-donnees.json');
    await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
    await page.getByRole('heading', { name: 'Confirmer la suppression' }).waitFor();
    await scan('my data (deletion confirmation open)');

    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(web.consoleErrors).toEqual([]);
  }, 180_000);

  it('sends anonymous visitors of an account page to sign in, and an unknown member to the 404 page', async () => {
    await page.goto(`${web.baseUrl}/mon-compte/profil`);
    await heading('Se connecter à Pairs').waitFor();
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/mon-compte/profil');

    await page.goto(`${web.baseUrl}/membres/personne-de-connu`);
    await heading('Page non trouvée').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(web.consoleErrors).toEqual([]);
  });
});
