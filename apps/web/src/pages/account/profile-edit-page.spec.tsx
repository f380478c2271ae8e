import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink, type OperationHandler } from '../../test/static-link';

function territory(code: string, name: string, kind: string, population: number | null) {
  return { __typename: 'Territory', id: `t-${code}`, code, inseeCode: code, name, kind, population };
}

const ANOST = territory('71009', 'Anost', 'COMMUNE', 695);
const CHALONS = territory('51108', 'Châlons-en-Champagne', 'COMMUNE', 42971);

const viewer = testViewer();
const profile = {
  ...viewer,
  bio: 'Maire rurale.',
  mandates: [{ __typename: 'Mandate', id: 'm-1', role: 'MAIRE', verified: true, territory: ANOST }],
};

function renderEditor(handlers: Record<string, OperationHandler> = {}) {
  const recorded = operationsLink({
    AccountProfile: { data: { me: profile } },
    TerritorySearch: ({ search }) => ({
      data: { territories: String(search).toLowerCase().startsWith('chalons') ? [CHALONS] : [] },
    }),
    ...handlers,
  });
  renderApp('/mon-compte/profil', recorded.link, { viewer });
  return recorded;
}

describe('ProfileEditPage', () => {
  it('renders the profile and its mandates in the editor', async () => {
    renderEditor();

    await screen.findByDisplayValue('Maire rurale.');
    expect(screen.getByRole('heading', { level: 1, name: 'Modifier mon profil' })).toBeDefined();
    expect(document.title).toBe('Modifier mon profil — Pairs');
    expect(screen.getByLabelText(/^Nom affiché/)).toHaveProperty('value', 'Claire Martin');
    expect(screen.getByText('13 / 2 000 caractères')).toBeDefined();

    const mandate = screen.getByRole('group', { name: /Mandat 1/ });
    expect(within(mandate).getByText('Mandat vérifié')).toBeDefined();
    expect(within(mandate).getByLabelText('Fonction')).toHaveProperty('value', 'MAIRE');
    const territoryInput = within(mandate).getByRole('combobox', { name: /Territoire du mandat/ });
    expect(territoryInput).toHaveProperty('value', 'Anost');
    expect(within(mandate).getByText('Territoire choisi : Anost — Commune (71009), 695 hab.')).toBeDefined();
  });

  it('adds a mandate chosen with the keyboard and saves the whole list', async () => {
    const { calls } = renderEditor({
      UpdateProfile: {
        data: {
          updateProfile: {
            ...profile,
            mandates: [
              profile.mandates[0],
              { __typename: 'Mandate', id: 'm-2', role: 'ADJOINT', verified: false, territory: CHALONS },
            ],
          },
        },
      },
    });
    await screen.findByDisplayValue('Maire rurale.');

    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un mandat' }));
    const row = screen.getByRole('group', { name: 'Mandat 2' });
    const role = within(row).getByLabelText('Fonction');
    expect(document.activeElement).toBe(role);
    fireEvent.change(role, { target: { value: 'ADJOINT' } });

    const input = within(row).getByRole('combobox', { name: /Territoire du mandat/ });
    input.focus();
    fireEvent.change(input, { target: { value: 'chalons en ch' } });
    const option = await within(row).findByRole('option', {
      name: 'Châlons-en-Champagne — Commune (51108), 42\u202f971 hab.',
    });
    expect(within(row).getByRole('status').textContent).toMatch(/^1 territoire trouvé\./);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(option.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input).toHaveProperty('value', 'Châlons-en-Champagne');
    expect(input.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mon profil' }));

    await screen.findByText(/Votre profil a été enregistré/);
    expect(screen.getByRole('group', { name: 'Mandat 2' })).toBeDefined();
    expect(calls.find((call) => call.operationName === 'UpdateProfile')?.variables).toEqual({
      input: {
        displayName: 'Claire Martin',
        bio: 'Maire rurale.',
        mandates: [
          { role: 'MAIRE', territoryCode: '71009' },
          { role: 'ADJOINT', territoryCode: '51108' },
        ],
      },
    });
  });

  it('asks for a role and a territory chosen from the list before sending', async () => {
    const { calls } = renderEditor();
    await screen.findByDisplayValue('Maire rurale.');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un mandat' }));
    const row = screen.getByRole('group', { name: 'Mandat 2' });
    fireEvent.change(within(row).getByRole('combobox', { name: /Territoire/ }), {
      target: { value: 'texte libre' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mon profil' }));

    expect(await screen.findByRole('alert')).toBeDefined();
    expect(within(row).getByText('Choisissez une fonction dans la liste.')).toBeDefined();
    expect(within(row).getByText('Choisissez un territoire dans la liste proposée.')).toBeDefined();
    expect(calls.some((call) => call.operationName === 'UpdateProfile')).toBe(false);
  });

  it('shows the API field errors on the row they concern', async () => {
    renderEditor({
      UpdateProfile: apiError('BAD_USER_INPUT', {
        fields: [
          { field: 'mandates.0.territoryCode', reason: 'unknown', message: 'Unknown territory code 71009' },
          { field: 'bio', reason: 'maxLength', message: 'bio too long' },
        ],
      }),
    });
    await screen.findByDisplayValue('Maire rurale.');

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mon profil' }));

    const row = screen.getByRole('group', { name: /Mandat 1/ });
    await waitFor(() =>
      expect(
        within(row).getByText('Territoire inconnu. Choisissez un territoire dans la liste proposée.'),
      ).toBeDefined(),
    );
    expect(
      within(row)
        .getByRole('combobox', { name: /Territoire/ })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(screen.getByText('La présentation ne doit pas dépasser 2 000 caractères.')).toBeDefined();
  });

  it('removes a mandate and gives focus back to the add button', async () => {
    renderEditor();
    await screen.findByDisplayValue('Maire rurale.');
    fireEvent.click(screen.getByRole('button', { name: 'Retirer le mandat 1' }));
    expect(screen.queryByRole('group', { name: /Mandat 1/ })).toBeNull();
    expect(screen.getByText('Aucun mandat renseigné.')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ajouter un mandat' }));
  });
});
