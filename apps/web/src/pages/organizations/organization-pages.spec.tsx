import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { operationsLink, type RecordedOperation } from '../../test/static-link';
import {
  groupCard,
  groupConnection,
  ORGANIZATION_ID,
  ORGANIZATION_SLUG,
  organizationCard,
  organizationConnection,
  userRef,
} from '../groups/group-fixtures';

function variablesOf(calls: RecordedOperation[], name: string) {
  return calls.filter((call) => call.operationName === name).map((call) => call.variables);
}

const TERRITORY = {
  __typename: 'Territory',
  id: 'territory-reg-27',
  code: 'REG-27',
  inseeCode: '27',
  name: 'Bourgogne-Franche-Comté',
  kind: 'REGION',
  population: 2800000,
};

function orgMember(handle: string, displayName: string, role: 'ADMIN' | 'MEMBER') {
  return {
    __typename: 'OrganizationMember',
    role,
    since: '2026-01-05T10:00:00.000Z',
    user: userRef(handle, displayName),
  };
}

function organizationDetails(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Organization',
    id: ORGANIZATION_ID,
    slug: ORGANIZATION_SLUG,
    name: "Agence d'urbanisme de l'Artois",
    kind: 'AGENCE_URBANISME',
    description: 'Études et observatoires au service des intercommunalités.',
    website: 'https://www.aud-artois.example',
    memberCount: 2,
    territory: { __typename: 'Territory', id: 'territory-arras', code: '200033579', name: "CU d'Arras" },
    viewerRole: null,
    viewerCan: {
      __typename: 'OrganizationPermissions',
      update: false,
      manageMembers: false,
      createGroup: false,
    },
    members: {
      __typename: 'OrganizationMemberConnection',
      totalCount: 2,
      edges: [
        {
          __typename: 'OrganizationMemberEdge',
          node: orgMember('bernard-vallet', 'Bernard Vallet', 'MEMBER'),
        },
        {
          __typename: 'OrganizationMemberEdge',
          node: orgMember('thomas-delattre', 'Thomas Delattre', 'ADMIN'),
        },
      ],
    },
    groups: groupConnection([
      groupCard('elus-ruraux', 'Élus ruraux et demi-heure', { visibility: 'PRIVATE', joinPolicy: 'REQUEST' }),
    ]),
    ...overrides,
  };
}

describe('OrganizationListPage', () => {
  it('searches by name, territory and kind, with the filters in the URL', async () => {
    const { link, calls } = operationsLink({
      OrganizationList: () => ({
        data: {
          organizations: organizationConnection(
            [
              organizationCard('hub-bfc', 'Hub numérique Bourgogne-Franche-Comté'),
              organizationCard('cerema', 'Cerema', { kind: 'AGENCE_ETAT', territory: null }),
            ],
            { totalCount: 2 },
          ),
        },
      }),
      TerritoryFilter: { data: { territory: TERRITORY } },
      TerritorySearch: { data: { territories: [TERRITORY] } },
    });
    renderApp('/organisations?type=hub-territorial', link);

    expect(screen.getByRole('heading', { level: 1, name: 'Organisations' })).toBeDefined();
    expect(await screen.findByText('2 organisations')).toBeDefined();
    expect(variablesOf(calls, 'OrganizationList')).toEqual([
      { filter: { kinds: ['HUB_TERRITORIAL'] }, first: 12, after: null },
    ]);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: "Type d'organisation" }).value).toBe(
      'HUB_TERRITORIAL',
    );
    const hub = screen
      .getByRole('heading', { level: 3, name: 'Hub numérique Bourgogne-Franche-Comté' })
      .closest<HTMLElement>('.fr-card')!;
    expect(within(hub).getByRole('link').getAttribute('href')).toBe('/organisations/hub-bfc');
    expect(hub.textContent).toContain('Hub de territoire');
    expect(hub.textContent).toContain('Territoire couvert : Bourgogne-Franche-Comté');
    const cerema = screen
      .getByRole('heading', { level: 3, name: 'Cerema' })
      .closest<HTMLElement>('.fr-card')!;
    expect(cerema.textContent).toContain("Agence de l'État");
    expect(cerema.textContent).toContain('Territoire couvert : national');

    fireEvent.change(screen.getByRole('searchbox', { name: "Nom de l'organisation" }), {
      target: { value: '  hub  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() =>
      expect(variablesOf(calls, 'OrganizationList').at(-1)).toEqual({
        filter: { search: 'hub', kinds: ['HUB_TERRITORIAL'] },
        first: 12,
        after: null,
      }),
    );

    const territory = screen.getByRole('combobox', { name: /^Territoire couvert/ });
    fireEvent.change(territory, { target: { value: 'Bourgogne' } });
    fireEvent.keyDown(territory, { key: 'ArrowDown' });
    fireEvent.click(await screen.findByRole('option', { name: /^Bourgogne-Franche-Comté — Région/ }));
    await waitFor(() =>
      expect(variablesOf(calls, 'OrganizationList').at(-1)).toEqual({
        filter: { search: 'hub', territoryCode: 'REG-27', kinds: ['HUB_TERRITORIAL'] },
        first: 12,
        after: null,
      }),
    );
    expect(
      await screen.findByRole('button', { name: 'Retirer le filtre Territoire : Bourgogne-Franche-Comté' }),
    ).toBeDefined();

    fireEvent.change(screen.getByRole('combobox', { name: "Type d'organisation" }), {
      target: { value: '' },
    });
    await waitFor(() =>
      expect(variablesOf(calls, 'OrganizationList').at(-1)?.['filter']).toEqual({
        search: 'hub',
        territoryCode: 'REG-27',
      }),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Retirer le filtre Territoire : Bourgogne-Franche-Comté' }),
    );
    await waitFor(() =>
      expect(variablesOf(calls, 'OrganizationList').at(-1)?.['filter']).toEqual({ search: 'hub' }),
    );
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: /^Territoire couvert/ }).value).toBe('');
  });
});

describe('OrganizationPage', () => {
  it('shows who the organisation is, its groups, and its staff with administrators first', async () => {
    const { link } = operationsLink({ OrganizationPage: { data: { organization: organizationDetails() } } });
    renderApp(`/organisations/${ORGANIZATION_SLUG}`, link);

    expect(
      await screen.findByRole('heading', { level: 1, name: "Agence d'urbanisme de l'Artois" }),
    ).toBeDefined();
    expect(screen.getByText("Agence d'urbanisme")).toBeDefined();
    expect(screen.getByText("Territoire couvert : CU d'Arras")).toBeDefined();
    expect(screen.getByRole('link', { name: /www\.aud-artois\.example/ }).getAttribute('href')).toBe(
      'https://www.aud-artois.example',
    );
    const groups = screen.getByRole('region', { name: 'Ses groupes' });
    const card = within(groups)
      .getByRole('heading', { level: 3, name: 'Élus ruraux et demi-heure' })
      .closest<HTMLElement>('.fr-card')!;
    expect(card.textContent).toContain('Groupe privé');
    expect(within(groups).queryByRole('link', { name: 'Créer un groupe' })).toBeNull();
    const staff = screen.getByRole('region', { name: "Membres de l'équipe" });
    expect(
      within(staff)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.split(',')[0]),
    ).toEqual(['Thomas Delattre — Administrateur·rice', 'Bernard Vallet — Membre']);
    expect(within(staff).queryByRole('button')).toBeNull();
  });

  it('lets its administrators create a group and add, promote and remove members', async () => {
    let added = false;
    const { link, calls } = operationsLink({
      OrganizationPage: () => ({
        data: {
          organization: organizationDetails({
            viewerRole: 'ADMIN',
            viewerCan: {
              __typename: 'OrganizationPermissions',
              update: true,
              manageMembers: true,
              createGroup: true,
            },
            ...(added
              ? {
                  members: {
                    __typename: 'OrganizationMemberConnection',
                    totalCount: 3,
                    edges: [
                      {
                        __typename: 'OrganizationMemberEdge',
                        node: orgMember('thomas-delattre', 'Thomas Delattre', 'ADMIN'),
                      },
                      {
                        __typename: 'OrganizationMemberEdge',
                        node: orgMember('bernard-vallet', 'Bernard Vallet', 'MEMBER'),
                      },
                      {
                        __typename: 'OrganizationMemberEdge',
                        node: orgMember('gaelle-le-goff', 'Gaëlle Le Goff', 'MEMBER'),
                      },
                    ],
                  },
                }
              : {}),
          }),
        },
      }),
      OrganizationUserByHandle: ({ handle }) => ({
        data: {
          user:
            handle === 'gaelle-le-goff'
              ? { __typename: 'User', id: 'user-gaelle-le-goff', handle, displayName: 'Gaëlle Le Goff' }
              : null,
        },
      }),
      AddOrganizationMember: () => {
        added = true;
        return {
          data: {
            addOrganizationMember: { __typename: 'Organization', id: ORGANIZATION_ID, memberCount: 3 },
          },
        };
      },
      RemoveOrganizationMember: {
        data: {
          removeOrganizationMember: { __typename: 'Organization', id: ORGANIZATION_ID, memberCount: 2 },
        },
      },
    });
    renderApp(`/organisations/${ORGANIZATION_SLUG}`, link, { viewer: testViewer() });

    const create = await screen.findByRole('link', { name: 'Créer un groupe' });
    expect(create.getAttribute('href')).toBe(`/groupes/nouveau?organisation=${ORGANIZATION_SLUG}`);

    const staff = screen.getByRole('region', { name: "Membres de l'équipe" });
    const handle = within(staff).getByLabelText(/^Identifiant du membre/);
    fireEvent.change(handle, { target: { value: 'inconnu' } });
    fireEvent.click(within(staff).getByRole('button', { name: "Ajouter à l'organisation" }));
    expect(
      await within(staff).findByText("Aucun membre de Pairs n'a l'identifiant « inconnu »."),
    ).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(handle));
    expect(variablesOf(calls, 'AddOrganizationMember')).toEqual([]);

    fireEvent.change(handle, { target: { value: '@gaelle-le-goff' } });
    fireEvent.click(within(staff).getByRole('button', { name: "Ajouter à l'organisation" }));
    expect(
      await within(staff).findByText("Gaëlle Le Goff fait désormais partie de l'organisation."),
    ).toBeDefined();
    expect(variablesOf(calls, 'AddOrganizationMember')).toEqual([
      { input: { organizationId: ORGANIZATION_ID, userId: 'user-gaelle-le-goff', role: 'MEMBER' } },
    ]);
    expect(await within(staff).findByRole('link', { name: 'Gaëlle Le Goff' })).toBeDefined();

    fireEvent.click(within(staff).getByRole('button', { name: 'Nommer Bernard Vallet administrateur·rice' }));
    await waitFor(() =>
      expect(variablesOf(calls, 'AddOrganizationMember').at(-1)).toEqual({
        input: { organizationId: ORGANIZATION_ID, userId: 'user-bernard-vallet', role: 'ADMIN' },
      }),
    );

    fireEvent.click(within(staff).getByRole('button', { name: 'Retirer Gaëlle Le Goff' }));
    const confirm = within(staff).getByRole('button', { name: 'Confirmer le retrait' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(confirm);
    expect(
      await within(staff).findByText("Gaëlle Le Goff ne fait plus partie de l'organisation."),
    ).toBeDefined();
    expect(variablesOf(calls, 'RemoveOrganizationMember')).toEqual([
      { input: { organizationId: ORGANIZATION_ID, userId: 'user-gaelle-le-goff' } },
    ]);
  });
});
