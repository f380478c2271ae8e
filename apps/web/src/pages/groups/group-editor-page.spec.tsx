import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink, type RecordedOperation } from '../../test/static-link';
import { QUESTION_THEMES } from '../questions/question-fixtures';
import {
  GROUP_ID,
  GROUP_SLUG,
  groupCaseStudiesAnswer,
  groupDetails,
  groupMembersAnswer,
  groupPermissions,
  groupThreadsAnswer,
  membership,
  ORGANIZATION_ID,
  ORGANIZATION_SLUG,
  organizationRef,
} from './group-fixtures';

const viewer = testViewer();
const NEW_PATH = `/groupes/nouveau?organisation=${ORGANIZATION_SLUG}`;

function variablesOf(calls: RecordedOperation[], name: string) {
  return calls.filter((call) => call.operationName === name).map((call) => call.variables);
}

function organizationAnswer(createGroup: boolean) {
  return {
    data: {
      organization: organizationRef({
        viewerCan: { __typename: 'OrganizationPermissions', createGroup },
      }),
    },
  };
}

describe('NewGroupPage', () => {
  it('sends anonymous visitors to sign in first', async () => {
    renderApp(NEW_PATH, operationsLink({}).link);

    expect(await screen.findByRole('heading', { level: 1, name: /connecter/i })).toBeDefined();
  });

  it('tells a member who does not administer the organisation that they cannot create its groups', async () => {
    const { link } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      NewGroupOrganization: organizationAnswer(false),
    });
    renderApp(NEW_PATH, link, { viewer });

    expect(
      await screen.findByRole('heading', {
        name: 'Vous ne pouvez pas créer de groupe pour cette organisation',
      }),
    ).toBeDefined();
    expect(screen.queryByLabelText(/^Nom du groupe/)).toBeNull();
  });

  it('checks the name first, shows the API field errors, then creates the group and opens it', async () => {
    let attempt = 0;
    const { link, calls } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      NewGroupOrganization: organizationAnswer(true),
      CreateGroup: () => {
        attempt += 1;
        return attempt === 1
          ? apiError('BAD_USER_INPUT', {
              fields: [{ field: 'themeSlugs.0', reason: 'archived', message: 'archived' }],
            })
          : {
              data: {
                createGroup: {
                  __typename: 'Group',
                  id: GROUP_ID,
                  slug: GROUP_SLUG,
                  name: 'Élus ruraux et demi-heure',
                },
              },
            };
      },
      GroupPage: {
        data: {
          group: groupDetails({
            viewerMembership: membership({ role: 'FACILITATOR' }),
            viewerCan: groupPermissions({ readContent: true, post: true, update: true, manageMembers: true }),
          }),
        },
      },
      GroupThreads: groupThreadsAnswer(),
      GroupCaseStudies: groupCaseStudiesAnswer(),
      GroupMembers: groupMembersAnswer([]),
      GroupManagement: {
        data: {
          group: {
            __typename: 'Group',
            id: GROUP_ID,
            pending: { __typename: 'GroupMembershipConnection', totalCount: 0, edges: [] },
            invited: { __typename: 'GroupMembershipConnection', totalCount: 0, edges: [] },
          },
        },
      },
    });
    renderApp(NEW_PATH, link, { viewer });

    expect(await screen.findByRole('heading', { level: 1, name: 'Créer un groupe' })).toBeDefined();
    const name = await screen.findByLabelText(/^Nom du groupe/);
    // Private and on request by default: nothing is exposed before the facilitators decide.
    expect(
      within(screen.getByRole('group', { name: 'Visibilité' })).getByLabelText<HTMLInputElement>(
        /^Groupe privé/,
      ).checked,
    ).toBe(true);
    expect(
      within(screen.getByRole('group', { name: 'Adhésion' })).getByLabelText<HTMLInputElement>(/^Sur demande/)
        .checked,
    ).toBe(true);

    fireEvent.change(name, { target: { value: 'É' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le groupe' }));
    expect(
      await screen.findByRole('link', { name: 'Nom du groupe : Le nom doit compter au moins 3 caractères.' }),
    ).toBeDefined();
    await waitFor(() => expect(document.activeElement?.id).toBe('groupe-erreurs'));
    expect(variablesOf(calls, 'CreateGroup')).toEqual([]);

    fireEvent.change(name, { target: { value: '  Élus ruraux   et demi-heure ' } });
    fireEvent.change(screen.getByLabelText(/^Description/), { target: { value: 'Adapter la demi-heure.' } });
    fireEvent.click(screen.getByLabelText('Territoire de la demi-heure'));
    fireEvent.click(screen.getByLabelText(/^Ouvert/));
    fireEvent.click(screen.getByLabelText(/^Mandat vérifié requis/));
    fireEvent.click(screen.getByRole('button', { name: 'Créer le groupe' }));

    const summary = (await screen.findByRole('heading', { name: "Le groupe n'a pas été créé" })).closest(
      '.fr-alert',
    ) as HTMLElement;
    expect(
      within(summary)
        .getAllByRole('link')
        .map((item) => [item.textContent, item.getAttribute('href')]),
    ).toEqual([
      [
        'Thématiques : Une des thématiques choisies a été archivée. Décochez-la puis réessayez.',
        '#groupe-themes-amenagement-0',
      ],
    ]);
    expect(
      within(screen.getByRole('group', { name: /^Thématiques/ })).getByText(/a été archivée/),
    ).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Créer le groupe' }));
    expect(await screen.findByText(/^Le groupe est créé/)).toBeDefined();
    expect(await screen.findByRole('heading', { level: 1, name: 'Élus ruraux et demi-heure' })).toBeDefined();
    expect(variablesOf(calls, 'CreateGroup').at(-1)).toEqual({
      input: {
        organizationId: ORGANIZATION_ID,
        name: 'Élus ruraux et demi-heure',
        description: 'Adapter la demi-heure.',
        themeSlugs: ['territoire-de-la-demi-heure'],
        visibility: 'PRIVATE',
        joinPolicy: 'OPEN',
        requiresVerifiedMandate: true,
      },
    });
  });
});

describe('EditGroupPage', () => {
  it('starts from the group, and explains why opening a group with content is refused', async () => {
    const { link, calls } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      GroupEditor: {
        data: {
          group: {
            __typename: 'Group',
            id: GROUP_ID,
            slug: GROUP_SLUG,
            name: 'Élus ruraux et demi-heure',
            description: 'Ancienne description.',
            visibility: 'PRIVATE',
            joinPolicy: 'REQUEST',
            requiresVerifiedMandate: false,
            themes: [
              {
                __typename: 'Theme',
                id: 'theme-x',
                slug: 'territoire-de-la-demi-heure',
                name: 'Territoire de la demi-heure',
              },
            ],
            organization: organizationRef(),
            viewerCan: { __typename: 'GroupPermissions', update: true },
          },
        },
      },
      UpdateGroup: apiError('FORBIDDEN'),
    });
    renderApp(`/groupes/${GROUP_SLUG}/modifier`, link, { viewer });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Modifier « Élus ruraux et demi-heure »' }),
    ).toBeDefined();
    expect(screen.getByLabelText<HTMLInputElement>('Territoire de la demi-heure').checked).toBe(true);
    fireEvent.click(screen.getByLabelText(/^Groupe public/));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les modifications' }));

    expect(
      await screen.findByText(/^Ce groupe a déjà des échanges : le rendre public les publierait/),
    ).toBeDefined();
    expect(variablesOf(calls, 'UpdateGroup')).toEqual([
      {
        input: {
          groupId: GROUP_ID,
          name: 'Élus ruraux et demi-heure',
          description: 'Ancienne description.',
          themeSlugs: ['territoire-de-la-demi-heure'],
          visibility: 'PUBLIC',
          joinPolicy: 'REQUEST',
          requiresVerifiedMandate: false,
        },
      },
    ]);
  });
});
