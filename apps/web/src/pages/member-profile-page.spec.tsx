import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../test/render-app';
import { operationsLink } from '../test/static-link';

function territory(code: string, name: string, kind: string, population: number | null) {
  return { __typename: 'Territory', id: `t-${code}`, code, name, kind, population };
}

const member = {
  __typename: 'User',
  id: 'user-2',
  handle: 'jean-dupont',
  displayName: 'Jean Dupont',
  bio: 'Maire depuis 2020.\nÉclairage public et mobilités rurales.',
  deleted: false,
  createdAt: '2026-11-29T12:00:00.000Z',
  mandates: [
    {
      __typename: 'Mandate',
      id: 'm-1',
      role: 'MAIRE',
      verified: true,
      territory: territory('71009', 'Anost', 'COMMUNE', 695),
    },
    {
      __typename: 'Mandate',
      id: 'm-2',
      role: 'CONSEILLER_COMMUNAUTAIRE',
      verified: false,
      territory: territory('200070530', 'CC du Grand Autunois Morvan', 'EPCI', 35102),
    },
  ],
};

describe('MemberProfilePage', () => {
  it('renders the name, the bio and the mandates, with a badge on verified ones', async () => {
    const { link, calls } = operationsLink({ MemberProfile: { data: { user: member } } });
    renderApp('/membres/jean-dupont', link);

    await screen.findByRole('heading', { level: 1, name: 'Jean Dupont' });
    expect(document.title).toBe('Jean Dupont — Pairs');
    expect(calls.find((call) => call.operationName === 'MemberProfile')?.variables).toEqual({
      handle: 'jean-dupont',
    });
    expect(screen.getByText(/Éclairage public et mobilités rurales/)).toBeDefined();

    const mandates = within(screen.getByRole('region', { name: 'Mandats' })).getAllByRole('listitem');
    expect(mandates.map((item) => item.textContent)).toEqual([
      'Maire — Anost (Commune, 695 habitants) Mandat vérifié',
      'Conseiller·ère communautaire — CC du Grand Autunois Morvan (EPCI, 35\u202f102 habitants)',
    ]);
    // Only the owner gets the edit link.
    expect(screen.queryByRole('link', { name: 'Modifier mon profil' })).toBeNull();
  });

  it('offers its owner to edit it', async () => {
    const { link } = operationsLink({ MemberProfile: { data: { user: member } } });
    renderApp('/membres/jean-dupont', link, { viewer: testViewer({ id: 'user-2', handle: 'jean-dupont' }) });
    const edit = await screen.findByRole('link', { name: 'Modifier mon profil' });
    expect(edit.getAttribute('href')).toBe('/mon-compte/profil');
  });

  it('says so when the member has no mandate', async () => {
    const { link } = operationsLink({
      MemberProfile: { data: { user: { ...member, mandates: [], bio: '' } } },
    });
    renderApp('/membres/jean-dupont', link);
    await screen.findByText('Aucun mandat renseigné.');
    expect(screen.queryByRole('heading', { name: 'Présentation' })).toBeNull();
  });

  it('shows a deleted account as "Compte supprimé", without mandates', async () => {
    const deleted = { ...member, displayName: 'Compte supprimé', bio: '', deleted: true, mandates: [] };
    const { link } = operationsLink({ MemberProfile: { data: { user: deleted } } });
    renderApp('/membres/compte-supprime-1234abcd', link);

    await screen.findByRole('heading', { level: 1, name: 'Compte supprimé' });
    expect(screen.getByText(/Ce membre a supprimé son compte/)).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Mandats' })).toBeNull();
  });

  it('renders the 404 page for an unknown handle', async () => {
    const { link } = operationsLink({ MemberProfile: { data: { user: null } } });
    renderApp('/membres/personne', link);
    await screen.findByRole('heading', { level: 1, name: 'Page non trouvée' });
    expect(screen.getByText('Erreur 404')).toBeDefined();
  });
});
