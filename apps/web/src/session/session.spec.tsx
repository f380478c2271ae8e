import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../test/render-app';
import { operationsLink } from '../test/static-link';

const siteInfo = {
  __typename: 'SiteInfo',
  name: 'Pairs',
  tagline: "l'échange d'expériences entre élus",
  welcomeMessageHtml: '<p>Bienvenue</p>',
  demoDataLoadedAt: null,
};

describe('header', () => {
  it('offers to sign in and to create an account to anonymous visitors', async () => {
    const { link } = operationsLink({ HomePage: { data: { siteInfo } } });
    renderApp('/', link);

    const header = screen.getByRole('banner');
    const signIn = (await within(header).findAllByRole('link', { name: 'Se connecter' }))[0];
    expect(signIn.getAttribute('href')).toBe('/connexion');
    expect(within(header).getAllByRole('link', { name: 'Créer un compte' })[0].getAttribute('href')).toBe(
      '/inscription',
    );
    expect(within(header).queryByRole('link', { name: 'Mon compte' })).toBeNull();
  });

  it('comes back to the current page after signing in from the header', async () => {
    const { link } = operationsLink({});
    renderApp('/accessibilite', link);
    const signIn = (
      await within(screen.getByRole('banner')).findAllByRole('link', { name: 'Se connecter' })
    )[0];
    expect(signIn.getAttribute('href')).toBe('/connexion?redirect=%2Faccessibilite');
  });

  it('shows the signed-in user, their account, and signs out', async () => {
    let signedIn = true;
    const { link, calls } = operationsLink({
      HomePage: { data: { siteInfo } },
      Logout: () => {
        signedIn = false;
        return { data: { logout: true } };
      },
    });
    renderApp('/accessibilite', link, { viewer: () => (signedIn ? testViewer() : null) });

    const header = screen.getByRole('banner');
    const profile = (
      await within(header).findAllByRole('link', { name: 'Mon profil public : Claire Martin' })
    )[0];
    expect(profile.getAttribute('href')).toBe('/membres/claire-martin');
    expect(within(header).getAllByRole('link', { name: 'Mon compte' })[0].getAttribute('href')).toBe(
      '/mon-compte',
    );

    fireEvent.click(within(header).getAllByRole('button', { name: 'Se déconnecter' })[0]);

    await screen.findByText('Vous êtes déconnecté·e.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Pairs');
    expect(calls.some((call) => call.operationName === 'Logout')).toBe(true);
    await waitFor(() =>
      expect(within(header).getAllByRole('link', { name: 'Se connecter' }).length).toBeGreaterThan(0),
    );
    expect(within(header).queryByRole('button', { name: 'Se déconnecter' })).toBeNull();
  });
});

describe('account pages', () => {
  it('send anonymous visitors to sign in, coming back afterwards', async () => {
    let signedIn = false;
    const { link } = operationsLink({
      Login: () => {
        signedIn = true;
        return { data: { login: testViewer() } };
      },
      MySessions: { data: { mySessions: [] } },
    });
    renderApp('/mon-compte/sessions', link, { viewer: () => (signedIn ? testViewer() : null) });

    await screen.findByRole('heading', { level: 1, name: 'Se connecter à Pairs' });
    fireEvent.change(screen.getByLabelText(/Adresse e-mail/), {
      target: { value: 'claire.martin@anost.fr' },
    });
    fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: 'un mot de passe solide' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    await screen.findByRole('heading', { level: 1, name: 'Sessions' });
  });

  it('show the dashboard with its side menu, and ask to confirm the address', async () => {
    const { link, calls } = operationsLink({ ResendVerification: { data: { resendVerification: true } } });
    renderApp('/mon-compte', link, { viewer: testViewer({ emailVerified: false }) });

    await screen.findByRole('heading', { level: 1, name: 'Mon compte' });
    expect(document.title).toBe('Mon compte — Pairs');
    const menu = screen.getByRole('navigation', { name: 'Mon compte' });
    expect(
      within(menu)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ["Vue d'ensemble", '/mon-compte'],
      ['Profil', '/mon-compte/profil'],
      ['Sessions', '/mon-compte/sessions'],
      ['Mes données', '/mon-compte/donnees'],
    ]);

    expect(screen.getByRole('heading', { name: 'Confirmez votre adresse e-mail' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: "Renvoyer l'e-mail de confirmation" }));
    expect(
      (
        await screen.findByText(
          'Un nouvel e-mail de confirmation vous a été envoyé à claire.martin@anost.fr.',
        )
      ).textContent,
    ).toBeDefined();
    expect(calls.filter((call) => call.operationName === 'ResendVerification')).toHaveLength(1);
  });

  it('do not ask a verified user to confirm their address', async () => {
    const { link } = operationsLink({});
    renderApp('/mon-compte', link, { viewer: testViewer() });
    await screen.findByRole('heading', { level: 1, name: 'Mon compte' });
    expect(screen.queryByRole('heading', { name: 'Confirmez votre adresse e-mail' })).toBeNull();
  });
});
