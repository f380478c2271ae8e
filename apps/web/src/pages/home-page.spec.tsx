import { errorMessageFor, NETWORK_ERROR_MESSAGE } from '@pairs/web-graphql';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import { failingLink, staticResultLink } from '../test/static-link';

const siteInfo = {
  __typename: 'SiteInfo',
  name: 'Pairs',
  tagline: "l'échange d'expériences entre élus",
  welcomeMessageHtml: '<p>Bienvenue sur <strong>Pairs</strong>, entre élus.</p>',
  demoDataLoadedAt: '2026-11-29T12:00:00.000Z',
};

describe('HomePage', () => {
  it('shows a loading state, then the site info from the API', async () => {
    renderApp('/', staticResultLink({ data: { siteInfo } }));

    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Pairs');
    expect(screen.getByRole('status').textContent).toBe('Chargement…');
    expect(document.title).toBe('Accueil — Pairs');

    const welcome = await screen.findByTestId('welcome-message');
    expect(welcome.innerHTML).toBe(siteInfo.welcomeMessageHtml);
    expect(screen.getByText('Pairs', { selector: 'strong' })).toBeDefined();
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent?.endsWith('Données de démonstration chargées le 29 novembre 2026') === true,
      ),
    ).toBeDefined();
    expect(screen.queryByText('Chargement…')).toBeNull();
  });

  it('does not mention demo data when none was loaded', async () => {
    renderApp('/', staticResultLink({ data: { siteInfo: { ...siteInfo, demoDataLoadedAt: null } } }));

    await screen.findByTestId('welcome-message');
    expect(screen.queryByText(/Données de démonstration/)).toBeNull();
  });

  it('presents the three pillars as headings', () => {
    renderApp('/', staticResultLink({ data: { siteInfo } }));

    const pillars = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(pillars).toEqual(["Retours d'expérience", 'Questions entre pairs', 'Groupes thématiques']);
  });

  it('shows the French message of the API error code', async () => {
    renderApp(
      '/',
      staticResultLink({
        data: null,
        errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }],
      }),
    );

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(errorMessageFor('RATE_LIMITED'));
    expect(screen.queryByTestId('welcome-message')).toBeNull();
  });

  it('shows a generic French message when the server cannot be reached', async () => {
    renderApp('/', failingLink(new TypeError('Failed to fetch')));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(NETWORK_ERROR_MESSAGE);
  });
});
