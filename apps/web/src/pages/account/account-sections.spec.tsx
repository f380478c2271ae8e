import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink } from '../../test/static-link';

const siteInfo = {
  __typename: 'SiteInfo',
  name: 'Pairs',
  tagline: "l'échange d'expériences entre élus",
  welcomeMessageHtml: '<p>Bienvenue</p>',
  demoDataLoadedAt: null,
};

function session(id: string, current: boolean, userAgent: string) {
  return {
    __typename: 'Session',
    id,
    current,
    ip: '192.0.2.10',
    userAgent,
    createdAt: '2026-11-28T09:00:00.000Z',
    lastSeenAt: '2026-11-29T12:00:00.000Z',
  };
}

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

describe('SessionsPage', () => {
  it('lists the sessions, marks the current one and revokes another', async () => {
    let sessions = [session('s-1', true, FIREFOX), session('s-2', false, SAFARI_IPHONE)];
    const { link, calls } = operationsLink({
      MySessions: () => ({ data: { mySessions: sessions } }),
      RevokeSession: () => {
        sessions = sessions.filter(({ id }) => id !== 's-2');
        return { data: { revokeSession: true } };
      },
    });
    renderApp('/mon-compte/sessions', link, { viewer: testViewer() });

    const current = (await screen.findByRole('heading', { name: 'Firefox sur Linux' })).closest('li')!;
    expect(within(current).getByText('Cette session')).toBeDefined();
    expect(within(current).getByText(/Adresse IP : 192\.0\.2\.10/)).toBeDefined();
    expect(within(current).getByRole('button', { name: 'Se déconnecter' })).toBeDefined();
    expect(within(current).queryByRole('button', { name: /Révoquer/ })).toBeNull();

    const other = screen.getByRole('heading', { name: 'Safari sur iPhone' }).closest('li')!;
    expect(within(other).queryByText('Cette session')).toBeNull();
    fireEvent.click(
      within(other).getByRole('button', { name: /^Révoquer la session Safari sur iPhone active le / }),
    );

    await screen.findByText('La session « Safari sur iPhone » a été fermée.');
    expect(calls.find((call) => call.operationName === 'RevokeSession')?.variables).toEqual({
      input: { id: 's-2' },
    });
    expect(screen.queryByText('Safari sur iPhone')).toBeNull();
  });
});

describe('MyDataPage', () => {
  it('deletes the account after the password, then goes home signed out', async () => {
    let deleted = false;
    const { link, calls } = operationsLink({
      HomePage: { data: { siteInfo } },
      DeleteMyAccount: ({ input }) => {
        if ((input as { password: string }).password !== 'le bon mot de passe') {
          return apiError('BAD_USER_INPUT', {
            fields: [{ field: 'password', reason: 'invalid', message: 'Wrong' }],
          });
        }
        deleted = true;
        return { data: { deleteMyAccount: true } };
      },
    });
    renderApp('/mon-compte/donnees', link, { viewer: () => (deleted ? null : testViewer()) });

    await screen.findByRole('heading', { level: 1, name: 'Mes données' });
    expect(screen.getByText(/attribuées à « Compte supprimé »/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer mon compte' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Confirmer la suppression' }));

    fireEvent.change(screen.getByLabelText(/^Votre mot de passe/), { target: { value: 'erreur' } });
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer définitivement mon compte' }));
    expect(await screen.findByText('Mot de passe incorrect.')).toBeDefined();

    fireEvent.change(screen.getByLabelText(/^Votre mot de passe/), {
      target: { value: 'le bon mot de passe' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer définitivement mon compte' }));

    await screen.findByText(/Votre compte a été supprimé/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Pairs');
    expect(calls.filter((call) => call.operationName === 'DeleteMyAccount')).toHaveLength(2);
  });

  it('cancels the deletion and gives focus back to the button', async () => {
    renderApp('/mon-compte/donnees', operationsLink({}).link, { viewer: testViewer() });
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer mon compte' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Supprimer mon compte' }));
  });
});
