import { seriousViolations } from './support/browser.js';
import { DEMO_USERS, submitSignIn } from './support/demo-session.js';
import { useWebApp } from './support/web-app.js';

describe('themes in the browser', () => {
  const web = useWebApp();

  it('lets an anonymous visitor browse the theme tree down to a theme page', async () => {
    await web.page.goto(web.baseUrl + '/');
    await web.page.getByRole('link', { name: 'Thématiques' }).first().click();
    await web.page.getByRole('heading', { level: 1, name: 'Thématiques' }).waitFor();
    expect(await seriousViolations(web.page)).toEqual([]);
    await web.page.getByRole('link', { name: 'Territoire de la demi-heure' }).click();
    await web.page.getByRole('heading', { level: 1, name: 'Territoire de la demi-heure' }).waitFor();
    expect(web.page.url()).toMatch(/\/thematiques\/territoire-de-la-demi-heure$/);
    const breadcrumb = web.page.locator('nav.fr-breadcrumb');
    expect(await breadcrumb.innerText()).toContain('Aménagement et proximité');
    expect(await seriousViolations(web.page)).toEqual([]);
    expect(web.consoleErrors).toEqual([]);
  });

  it('shows the theme management page to a moderator only', async () => {
    await web.page.goto(web.baseUrl + '/connexion');
    await submitSignIn(web.page, DEMO_USERS.moderator);
    await web.page.waitForURL(/\/mon-compte|\/$/);
    await web.page.goto(web.baseUrl + '/moderation/thematiques');
    await web.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await web.page.getByText('Accès réservé aux modérateurs').count()).toBe(0);
    await web.page.getByText('Territoire de la demi-heure').first().waitFor();
    expect(await seriousViolations(web.page)).toEqual([]);
    expect(web.consoleErrors).toEqual([]);
  });
});
