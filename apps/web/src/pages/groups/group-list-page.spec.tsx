import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { operationsLink, type RecordedOperation } from '../../test/static-link';
import { QUESTION_THEMES } from '../questions/question-fixtures';
import { groupCard, groupConnection, organizationRef } from './group-fixtures';

const ORGANIZATIONS = {
  data: {
    organizations: {
      __typename: 'OrganizationConnection',
      edges: [
        { __typename: 'OrganizationEdge', node: organizationRef() },
        {
          __typename: 'OrganizationEdge',
          node: organizationRef({
            id: 'org-hub',
            slug: 'hub-bfc',
            name: 'Hub numérique Bourgogne-Franche-Comté',
          }),
        },
      ],
    },
  },
};

const GROUPS = [
  groupCard('elus-ruraux', 'Élus ruraux et demi-heure', {
    visibility: 'PRIVATE',
    joinPolicy: 'REQUEST',
    memberCount: 3,
  }),
  groupCard('numerique-bourgogne', 'Numérique responsable en Bourgogne', { themes: [], memberCount: 1 }),
];

function listCalls(calls: RecordedOperation[]) {
  return calls.filter((call) => call.operationName === 'GroupList').map((call) => call.variables);
}

describe('GroupListPage', () => {
  it('reads the filters from the URL and shows one card per group, private ones included', async () => {
    const { link, calls } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      GroupListOrganizations: ORGANIZATIONS,
      GroupList: { data: { groups: groupConnection(GROUPS, { totalCount: 2 }) } },
    });
    renderApp(
      '/groupes?thematique=territoire-de-la-demi-heure&organisation=agence-d-urbanisme-de-l-artois',
      link,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Groupes' })).toBeDefined();
    expect(await screen.findByText('2 groupes')).toBeDefined();
    expect(screen.getByText('2 groupes').getAttribute('aria-live')).toBe('polite');
    expect(listCalls(calls)).toEqual([
      {
        filter: {
          themeSlugs: ['territoire-de-la-demi-heure'],
          organizationSlug: 'agence-d-urbanisme-de-l-artois',
        },
        first: 12,
        after: null,
      },
    ]);
    // "Mes groupes" is for members only.
    expect(screen.queryByRole('group', { name: 'Afficher' })).toBeNull();
    expect(
      await screen.findByRole('button', {
        name: "Retirer le filtre Organisation : Agence d'urbanisme de l'Artois",
      }),
    ).toBeDefined();

    const card = screen
      .getByRole('heading', { level: 3, name: 'Élus ruraux et demi-heure' })
      .closest<HTMLElement>('.fr-card')!;
    expect(within(card).getByRole('link').getAttribute('href')).toBe('/groupes/elus-ruraux');
    expect(
      within(within(card).getByRole('list', { name: 'Accès' }))
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['Groupe privé', 'Sur demande']);
    expect(card.textContent).toContain("Animé par Agence d'urbanisme de l'Artois");
    expect(card.textContent).toContain('3 membres');
    expect(
      within(within(card).getByRole('list', { name: 'Thématiques' })).getByText(
        'Territoire de la demi-heure',
      ),
    ).toBeDefined();
    const open = screen
      .getByRole('heading', { level: 3, name: 'Numérique responsable en Bourgogne' })
      .closest<HTMLElement>('.fr-card')!;
    expect(open.textContent).toContain('Groupe public');
    expect(open.textContent).toContain('Ouvert');
    expect(open.textContent).toContain('1 membre');
  });

  it('writes each choice to the URL and shows a member their own groups and invitations', async () => {
    const { link, calls } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      GroupListOrganizations: ORGANIZATIONS,
      GroupList: () => ({
        data: { groups: groupConnection(GROUPS, { totalCount: 20, hasNextPage: true, endCursor: 'c2' }) },
      }),
      MyGroupInvitations: {
        data: {
          myGroupMemberships: [
            {
              __typename: 'GroupMembership',
              id: 'membership-invite',
              status: 'INVITED',
              createdAt: '2026-03-02T10:00:00.000Z',
              group: {
                __typename: 'Group',
                id: 'group-invite',
                slug: 'sobriete',
                name: 'Sobriété numérique',
                visibility: 'PRIVATE',
                organization: { __typename: 'Organization', id: 'org-hub', name: 'Hub numérique' },
              },
            },
          ],
        },
      },
      AcceptGroupInvitation: {
        data: {
          acceptInvitation: {
            __typename: 'GroupMembership',
            id: 'membership-invite',
            status: 'ACTIVE',
            role: 'MEMBER',
          },
        },
      },
    });
    renderApp('/groupes', link, { viewer: testViewer() });

    const invitations = await screen.findByRole('region', { name: 'Vos invitations' });
    expect(within(invitations).getByRole('link', { name: 'Sobriété numérique' }).getAttribute('href')).toBe(
      '/groupes/sobriete',
    );
    fireEvent.click(
      within(invitations).getByRole('button', { name: "Accepter l'invitation au groupe Sobriété numérique" }),
    );
    expect(await screen.findByText('Vous êtes membre du groupe Sobriété numérique.')).toBeDefined();
    expect(calls.find((call) => call.operationName === 'AcceptGroupInvitation')?.variables).toEqual({
      input: { membershipId: 'membership-invite' },
    });

    await screen.findByText('20 groupes');
    fireEvent.click(within(screen.getByRole('group', { name: 'Afficher' })).getByLabelText('Mes groupes'));
    await waitFor(() =>
      expect(listCalls(calls).at(-1)).toEqual({ filter: { mine: true }, first: 12, after: null }),
    );
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /voir plus/i }).getAttribute('href')).toBe(
        '/groupes?mes-groupes=oui&apres=c2',
      ),
    );
    expect(document.title).toBe('Mes groupes — Pairs');

    await screen.findByRole('option', { name: 'Hub numérique Bourgogne-Franche-Comté' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Organisation' }), {
      target: { value: 'hub-bfc' },
    });
    await waitFor(() =>
      expect(listCalls(calls).at(-1)).toEqual({
        filter: { organizationSlug: 'hub-bfc', mine: true },
        first: 12,
        after: null,
      }),
    );
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Retirer le filtre Organisation : Hub numérique Bourgogne-Franche-Comté',
      }),
    );
    // Back to a list already asked for: the cache answers, the URL says so.
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /voir plus/i }).getAttribute('href')).toBe(
        '/groupes?mes-groupes=oui&apres=c2',
      ),
    );
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Organisation' }).value).toBe('');
  });

  it("ignores «\u00a0Mes groupes\u00a0» for anonymous visitors and links the organisations' directory", async () => {
    const { link, calls } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      GroupListOrganizations: ORGANIZATIONS,
      GroupList: { data: { groups: groupConnection([]) } },
    });
    renderApp('/groupes?mes-groupes=oui', link);

    expect(await screen.findByText("Aucun groupe n'a encore été créé.")).toBeDefined();
    expect(listCalls(calls).at(-1)).toEqual({ filter: {}, first: 12, after: null });
    expect(screen.getByRole('link', { name: 'Voir les organisations' }).getAttribute('href')).toBe(
      '/organisations',
    );
  });
});
