import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink } from '../../test/static-link';

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/Adresse e-mail/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('SignInPage', () => {
  it('has a title, links to the forgotten password and sign-up pages', () => {
    const { link } = operationsLink({});
    renderApp('/connexion', link);

    expect(screen.getByRole('heading', { level: 1, name: 'Se connecter à Pairs' })).toBeDefined();
    expect(document.title).toBe('Se connecter — Pairs');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Mot de passe oublié ?' }).getAttribute('href')).toBe(
      '/mot-de-passe-oublie',
    );
    expect(within(main).getByRole('link', { name: 'Créer un compte' }).getAttribute('href')).toBe(
      '/inscription',
    );
  });

  it('shows the French message on UNAUTHENTICATED, without telling which field was wrong', async () => {
    const { link, calls } = operationsLink({ Login: apiError('UNAUTHENTICATED') });
    renderApp('/connexion', link);

    fillAndSubmit('inconnu@example.fr', 'mauvais mot de passe');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Adresse e-mail ou mot de passe incorrect.');
    expect(calls.find((call) => call.operationName === 'Login')?.variables).toEqual({
      input: { email: 'inconnu@example.fr', password: 'mauvais mot de passe' },
    });
    expect(screen.getByLabelText(/Adresse e-mail/).getAttribute('aria-invalid')).toBeNull();
  });

  it('explains a suspended account and a rate limit', async () => {
    const { link } = operationsLink({ Login: apiError('RATE_LIMITED', { retryAfterSeconds: 600 }) });
    renderApp('/connexion', link);
    fillAndSubmit('claire.martin@anost.fr', 'un mot de passe');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Trop de tentatives. Réessayez dans 10 minutes.',
    );
  });

  it('goes to the redirect path after signing in, with the header updated', async () => {
    const viewer = testViewer();
    let signedIn = false;
    const { link } = operationsLink({
      Login: () => {
        signedIn = true;
        return { data: { login: viewer } };
      },
      AccountProfile: { data: { me: { ...viewer, bio: '', mandates: [] } } },
    });
    renderApp('/connexion?redirect=%2Fmon-compte%2Fprofil', link, {
      viewer: () => (signedIn ? viewer : null),
    });

    fillAndSubmit('claire.martin@anost.fr', 'un mot de passe solide');

    await screen.findByRole('heading', { level: 1, name: 'Modifier mon profil' });
    const header = screen.getByRole('banner');
    expect(
      within(header)
        .getAllByRole('link', { name: /Claire Martin/ })[0]
        .getAttribute('href'),
    ).toBe('/membres/claire-martin');
    expect(within(header).queryAllByRole('link', { name: 'Se connecter' })).toEqual([]);
  });

  it('ignores a redirect leaving the site', async () => {
    const viewer = testViewer();
    let signedIn = false;
    const { link } = operationsLink({
      Login: () => {
        signedIn = true;
        return { data: { login: viewer } };
      },
    });
    renderApp('/connexion?redirect=%2F%2Fevil.example', link, { viewer: () => (signedIn ? viewer : null) });

    fillAndSubmit('claire.martin@anost.fr', 'un mot de passe solide');

    await screen.findByRole('heading', { level: 1, name: 'Mon compte' });
  });
});
