import type { Page } from 'playwright-core';
import { axeLog } from './support/browser.js';
import { DEMO_USERS, pageHeading, signIn, signOut } from './support/demo-session.js';
import { useWebApp } from './support/web-app.js';

const { elue: ELUE, adjoint: ADJOINT, moderator: MODERATOR } = DEMO_USERS;

/**
 * Questions and answers in the browser: an élue asks a question under a theme, another member
 * answers, she accepts the answer, and an anonymous visitor finds the thread solved with the
 * accepted answer right after the question. Every page is scanned with axe.
 */
describe('questions in the browser', () => {
  const web = useWebApp();
  let page: Page;
  beforeEach(() => {
    page = web.page;
  });
  const { violations, scan } = axeLog(web);
  const heading = (name: string | RegExp) => pageHeading(page, name);

  it('is asked by an élue, answered by a peer, accepted, and read solved by a visitor', async () => {
    const suffix = Date.now().toString(36);
    const title = `Comment avez-vous financé l'extinction nocturne ? ${suffix}`;
    const answer = `Nous avons obtenu la DETR pour les horloges astronomiques (${suffix}).`;

    // An anonymous visitor browses the list.
    await page.goto(`${web.baseUrl}/questions`);
    await heading('Questions').waitFor();
    await page.getByText(/^\d+ questions?$/).waitFor();
    await scan('list (anonymous)');

    // The élue asks a question, under a theme.
    await signIn(web, ELUE, '/questions/nouvelle');
    await heading('Poser une question').waitFor();
    expect(await page.title()).toBe('Poser une question — Pairs');
    await page.getByLabel(/^Titre de la question/).fill(title);
    await page
      .getByLabel(/^Votre question/)
      .fill('Notre conseil veut éteindre **de 23 h à 5 h**. Quelles aides avez-vous obtenues ?');
    // DSFR draws the checkbox on its label: click the label, as a person does.
    await page
      .getByRole('group', { name: /^Thématiques/ })
      .getByText('Éclairage public', { exact: true })
      .click();
    expect(await page.getByLabel('Éclairage public', { exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Aperçu : Votre question' }).click();
    await page
      .getByRole('region', { name: 'Aperçu : Votre question' })
      .locator('strong', { hasText: 'de 23 h à 5 h' })
      .waitFor();
    await scan('ask form (with preview)');
    await page.getByRole('button', { name: 'Publier la question' }).click();

    await heading(title).waitFor();
    const threadPath = new URL(page.url()).pathname;
    expect(threadPath).toMatch(/^\/questions\/[0-9a-f-]{36}$/);
    await page.getByText('Votre question est publiée').waitFor();
    expect(await page.getByRole('list', { name: 'État de la question' }).textContent()).toContain('Ouverte');
    await page.getByRole('heading', { level: 2, name: 'Aucune réponse' }).waitFor();
    await scan('thread (its author, no reply yet)');
    await signOut(page);

    // Another member answers.
    await signIn(web, ADJOINT, threadPath);
    await heading(title).waitFor();
    await page.getByLabel(/^Votre réponse/).fill(answer);
    await page.getByRole('button', { name: 'Publier la réponse' }).click();
    const posted = page.getByRole('article', { name: 'Réponse de Marc Olivier' });
    await posted.waitFor();
    await page.getByText('Votre réponse est publiée.').waitFor();
    // Focus moves to the new reply.
    await page.waitForFunction(`document.activeElement?.id.startsWith('reponse-') === true`);
    await page.getByRole('heading', { level: 2, name: '1 réponse' }).waitFor();
    // Members react to others' posts only: to the question, not to their own reply.
    expect(await page.getByRole('button', { name: /^Marquer comme utile la question/ }).count()).toBe(1);
    expect(await posted.getByRole('button', { name: /^Marquer comme utile/ }).count()).toBe(0);
    await scan('thread (member, after replying)');
    await signOut(page);

    // The élue accepts the answer.
    await signIn(web, ELUE, threadPath);
    await heading(title).waitFor();
    await page.getByRole('button', { name: 'Accepter la réponse de Marc Olivier' }).click();
    await page.getByRole('region', { name: 'Réponse acceptée' }).waitFor();
    expect(await page.getByRole('list', { name: 'État de la question' }).textContent()).toContain('Résolue');
    await scan('thread (its author, answer accepted)');
    await signOut(page);

    // A moderator pins it.
    await signIn(web, MODERATOR, threadPath);
    const moderation = page.getByRole('region', { name: 'Modération' });
    await moderation.getByRole('button', { name: 'Épingler la question' }).click();
    await moderation.getByRole('button', { name: 'Désépingler la question' }).waitFor();
    await scan('thread (moderator)');
    await signOut(page);

    // An anonymous visitor finds the solved question and reads the accepted answer first.
    await page.goto(`${web.baseUrl}/questions?statut=resolues`);
    const result = page.getByRole('link', { name: title, exact: true });
    await result.waitFor();
    await scan('list (solved)');
    await result.click();
    await heading(title).waitFor();
    const state = await page.getByRole('list', { name: 'État de la question' }).textContent();
    expect(state).toContain('Résolue');
    expect(state).toContain('Épinglée');
    expect(await page.getByRole('region', { name: 'Modération' }).count()).toBe(0);
    const accepted = page.getByRole('region', { name: 'Réponse acceptée' });
    const acceptedText = await accepted.innerText();
    expect(acceptedText).toContain(answer);
    expect(acceptedText).toContain('Marc Olivier');
    expect(acceptedText).toMatch(/Adjoint·e — Draguignan \(Commune, [\d\s]+ habitants\)/);
    // Right after the question, before the chronological replies: the outline says so.
    const outline = String(
      await page.evaluate(
        `[...document.querySelectorAll('main h2')].map((h) => h.textContent.trim()).join(' | ')`,
      ),
    );
    expect(outline).toMatch(/^La question \| Réponse acceptée \| 1 réponse \| /);
    // And the keyboard gets there from the question: the next link or button is in the accepted answer.
    const nextStopIsInAcceptedAnswer = await page.evaluate(`(() => {
      const question = document.querySelector('article[aria-labelledby="question-texte"]');
      const box = document.querySelector('section[aria-labelledby="reponse-acceptee-titre"]');
      const stops = [...document.querySelectorAll('main a[href], main button, main input, main textarea')];
      const next = stops.find(
        (stop) => !question.contains(stop) && (question.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      );
      return next !== undefined && box.contains(next);
    })()`);
    expect(nextStopIsInAcceptedAnswer).toBe(true);
    await page.getByRole('link', { name: 'Voir dans la discussion la réponse acceptée' }).click();
    await page.waitForFunction(`document.activeElement?.tagName === 'ARTICLE'`);
    expect(String(await page.evaluate(`document.activeElement.getAttribute('aria-labelledby')`))).toMatch(
      /^reponse-/,
    );
    expect(await page.getByText('Connectez-vous').count()).toBeGreaterThan(0);
    await scan('thread (anonymous, solved)');

    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(web.consoleErrors).toEqual([]);
  });

  it('keeps a question being written across a reload, and offers it back', async () => {
    await signIn(web, ELUE, '/questions/nouvelle');
    await heading('Poser une question').waitFor();
    await page.getByLabel(/^Titre de la question/).fill('Une question à ne pas perdre');
    await page.getByLabel(/^Votre question/).fill('Écrite juste avant une coupure.');
    await page.getByText(/^Copie de secours sur cet appareil : \d\d:\d\d\.$/).waitFor();

    await page.reload();
    await page
      .getByRole('heading', { name: 'Un brouillon non enregistré existe sur cet appareil' })
      .waitFor();
    await scan('ask form (draft offer)');
    await page.getByRole('button', { name: 'Reprendre le brouillon' }).click();
    expect(await page.getByLabel(/^Titre de la question/).inputValue()).toBe('Une question à ne pas perdre');
    expect(await page.getByLabel(/^Votre question/).inputValue()).toBe('Écrite juste avant une coupure.');

    expect(violations['ask form (draft offer)']).toEqual([]);
    expect(web.consoleErrors).toEqual([]);
  });
});
