import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink, type RecordedOperation } from '../../test/static-link';
import { questionCard } from '../questions/question-fixtures';
import {
  GROUP_ID,
  GROUP_SLUG,
  groupCaseStudiesAnswer,
  groupDetails,
  groupManagementAnswer,
  groupMember,
  groupMembersAnswer,
  groupPermissions,
  groupThreadsAnswer,
  membership,
  userRef,
} from './group-fixtures';

const PATH = `/groupes/${GROUP_SLUG}`;
const viewer = testViewer();

function variablesOf(calls: RecordedOperation[], name: string) {
  return calls.filter((call) => call.operationName === name).map((call) => call.variables);
}

/** Handlers of the sections a reader of the group loads. */
const CONTENT = {
  GroupThreads: groupThreadsAnswer([
    questionCard('t1', 'Quelle étude pour la demi-heure ?', {
      group: {
        __typename: 'Group',
        id: GROUP_ID,
        slug: GROUP_SLUG,
        name: 'Élus ruraux et demi-heure',
        visibility: 'PRIVATE',
      },
    }),
  ]),
  GroupCaseStudies: groupCaseStudiesAnswer(),
  GroupMembers: groupMembersAnswer([
    groupMember('thomas-delattre', 'Thomas Delattre', { role: 'FACILITATOR' }),
    groupMember('claire-martin', 'Claire Martin', { id: 'membership-viewer' }),
  ]),
};

describe('GroupPage', () => {
  it('shows a private group to a visitor without its content, and a way to sign in', async () => {
    const { link, calls } = operationsLink({ GroupPage: { data: { group: groupDetails() } } });
    renderApp(PATH, link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Élus ruraux et demi-heure' })).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: 'À propos' })).toBeDefined();
    const access = within(screen.getByRole('list', { name: 'Accès au groupe' }));
    expect(access.getByText('Groupe privé')).toBeDefined();
    expect(access.getByText('Sur demande')).toBeDefined();
    expect(screen.getByText('Ce groupe est privé : ses échanges sont réservés à ses membres.')).toBeDefined();
    expect(
      screen.getAllByRole('link', { name: "Agence d'urbanisme de l'Artois" })[0].getAttribute('href'),
    ).toBe('/organisations/agence-d-urbanisme-de-l-artois');
    expect(screen.getByRole('link', { name: 'Thomas Delattre' }).getAttribute('href')).toBe(
      '/membres/thomas-delattre',
    );
    const signIn = await screen.findByRole('link', { name: 'Connectez-vous' });
    expect(signIn.getAttribute('href')).toBe(`/connexion?redirect=${encodeURIComponent(PATH)}`);
    expect(screen.queryByRole('heading', { name: 'Questions' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Membres' })).toBeNull();
    expect(variablesOf(calls, 'GroupThreads')).toEqual([]);
  });

  it('sends a join request with its message, then offers to withdraw it', async () => {
    let state: 'none' | 'pending' = 'none';
    const { link, calls } = operationsLink({
      GroupPage: () => ({
        data: {
          group: groupDetails(
            state === 'none'
              ? { viewerCan: groupPermissions({ join: true }) }
              : { viewerMembership: membership({ status: 'PENDING', message: 'Maire de 700 habitants.' }) },
          ),
        },
      }),
      JoinGroup: () => {
        state = 'pending';
        return {
          data: {
            joinGroup: {
              __typename: 'GroupMembership',
              id: 'membership-viewer',
              status: 'PENDING',
              role: 'MEMBER',
            },
          },
        };
      },
      LeaveGroup: () => {
        state = 'none';
        return { data: { leaveGroup: true } };
      },
      MyGroupInvitations: { data: { myGroupMemberships: [] } },
    });
    renderApp(PATH, link, { viewer });

    const message = await screen.findByLabelText(/^Message aux animateurs/);
    expect(screen.getByText('Ce groupe est privé : ses échanges sont réservés à ses membres.')).toBeDefined();
    fireEvent.change(message, { target: { value: '  Maire de 700 habitants.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Demander à rejoindre' }));

    expect(await screen.findByText(/^Demande envoyée :/)).toBeDefined();
    expect(screen.getByText(/^Demande envoyée :/).closest('[role="status"]')).not.toBeNull();
    expect(variablesOf(calls, 'JoinGroup')).toEqual([
      { input: { groupId: GROUP_ID, message: 'Maire de 700 habitants.' } },
    ]);
    await waitFor(() => expect(document.activeElement?.id).toBe('groupe-participation'));
    expect(screen.getByText('Demande envoyée')).toBeDefined();
    // Still no content: a pending request reads nothing.
    expect(screen.getByText('Ce groupe est privé : ses échanges sont réservés à ses membres.')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Annuler la demande' }));
    expect(await screen.findByText('Votre demande est annulée.')).toBeDefined();
    expect(variablesOf(calls, 'LeaveGroup')).toEqual([{ input: { groupId: GROUP_ID } }]);
    expect(await screen.findByRole('button', { name: 'Demander à rejoindre' })).toBeDefined();
  });

  it('joins an open group in one click, then shows its content and the way to post in it', async () => {
    let joined = false;
    const { link, calls } = operationsLink({
      GroupPage: () => ({
        data: {
          group: groupDetails({
            visibility: 'PUBLIC',
            joinPolicy: 'OPEN',
            viewerMembership: joined ? membership() : null,
            viewerCan: groupPermissions({ readContent: true, join: !joined, post: joined }),
          }),
        },
      }),
      JoinGroup: () => {
        joined = true;
        return {
          data: {
            joinGroup: {
              __typename: 'GroupMembership',
              id: 'membership-viewer',
              status: 'ACTIVE',
              role: 'MEMBER',
            },
          },
        };
      },
      ...CONTENT,
    });
    renderApp(PATH, link, { viewer });

    fireEvent.click(await screen.findByRole('button', { name: 'Rejoindre le groupe' }));
    expect(await screen.findByText('Bienvenue : vous êtes membre du groupe.')).toBeDefined();
    expect(variablesOf(calls, 'JoinGroup')).toEqual([{ input: { groupId: GROUP_ID } }]);

    const ask = await screen.findByRole('link', { name: 'Poser une question dans ce groupe' });
    expect(ask.getAttribute('href')).toBe(`/questions/nouvelle?groupe=${GROUP_SLUG}`);
    expect(screen.getByRole('link', { name: "Partager un retour d'expérience" }).getAttribute('href')).toBe(
      `/retours-d-experience/nouveau?groupe=${GROUP_SLUG}`,
    );
    expect(
      screen.getByRole('heading', { level: 3, name: 'Quelle étude pour la demi-heure ?' }),
    ).toBeDefined();
    expect(screen.getByText('1 question')).toBeDefined();
    const members = screen.getByRole('region', { name: 'Membres' });
    expect(
      within(members)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Thomas Delattre — Animateur·rice', 'Claire Martin — Membre']);
  });

  it('asks the last facilitator to name a successor before leaving', async () => {
    const { link, calls } = operationsLink({
      GroupPage: {
        data: {
          group: groupDetails({
            facilitators: [{ ...userRef('claire-martin', 'Claire Martin'), id: viewer.id }],
            viewerMembership: membership({ role: 'FACILITATOR' }),
            viewerCan: groupPermissions({ readContent: true, post: true }),
          }),
        },
      },
      ...CONTENT,
      GroupMembers: groupMembersAnswer([
        groupMember('claire-martin', 'Claire Martin', {
          id: 'membership-viewer',
          role: 'FACILITATOR',
          user: { ...userRef('claire-martin', 'Claire Martin'), id: viewer.id },
        }),
        groupMember('bernard-vallet', 'Bernard Vallet'),
      ]),
      LeaveGroup: { data: { leaveGroup: true } },
    });
    renderApp(PATH, link, { viewer });

    fireEvent.click(await screen.findByRole('button', { name: 'Quitter le groupe' }));
    const successor = await screen.findByRole('combobox', { name: /^Qui animera le groupe après vous/ });
    expect(
      within(successor)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choisir un membre', 'Bernard Vallet']);
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer : quitter le groupe' }));
    expect(await screen.findByText('Choisissez le membre qui animera le groupe après vous.')).toBeDefined();
    expect(variablesOf(calls, 'LeaveGroup')).toEqual([]);

    fireEvent.change(successor, { target: { value: 'membership-bernard-vallet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer : quitter le groupe' }));
    expect(await screen.findByText('Vous avez quitté le groupe.')).toBeDefined();
    expect(variablesOf(calls, 'LeaveGroup')).toEqual([
      { input: { groupId: GROUP_ID, newFacilitatorMembershipId: 'membership-bernard-vallet' } },
    ]);
  });

  it('lets an invited member accept the invitation', async () => {
    let accepted = false;
    const { link, calls } = operationsLink({
      GroupPage: () => ({
        data: {
          group: groupDetails({
            joinPolicy: 'INVITE',
            viewerMembership: membership({
              id: 'membership-invite',
              status: accepted ? 'ACTIVE' : 'INVITED',
            }),
            viewerCan: groupPermissions({ readContent: accepted, post: accepted }),
          }),
        },
      }),
      AcceptGroupInvitation: () => {
        accepted = true;
        return {
          data: {
            acceptInvitation: {
              __typename: 'GroupMembership',
              id: 'membership-invite',
              status: 'ACTIVE',
              role: 'MEMBER',
            },
          },
        };
      },
      ...CONTENT,
    });
    renderApp(PATH, link, { viewer });

    fireEvent.click(await screen.findByRole('button', { name: "Accepter l'invitation" }));
    expect(await screen.findByText('Bienvenue : vous êtes membre du groupe.')).toBeDefined();
    expect(variablesOf(calls, 'AcceptGroupInvitation')).toEqual([
      { input: { membershipId: 'membership-invite' } },
    ]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Questions' })).toBeDefined();
  });

  it('says that an invite-only group takes no request', async () => {
    const { link } = operationsLink({
      GroupPage: { data: { group: groupDetails({ joinPolicy: 'INVITE' }) } },
    });
    renderApp(PATH, link, { viewer });

    expect(
      await screen.findByText(
        'Ce groupe accueille de nouveaux membres sur invitation de ses animateurs uniquement.',
      ),
    ).toBeDefined();
    expect(screen.queryByRole('button', { name: /rejoindre/i })).toBeNull();
  });

  it('lets facilitators decide on requests, invite by handle, and manage members', async () => {
    let pending = [
      groupMember('bernard-vallet', 'Bernard Vallet', { status: 'PENDING', message: 'Adjoint à Anost.' }),
    ];
    let inviteAttempt = 0;
    const { link, calls } = operationsLink({
      GroupPage: {
        data: {
          group: groupDetails({
            facilitators: [
              userRef('claire-martin', 'Claire Martin'),
              userRef('thomas-delattre', 'Thomas Delattre'),
            ],
            viewerMembership: membership({ role: 'FACILITATOR' }),
            viewerCan: groupPermissions({
              readContent: true,
              post: true,
              manageMembers: true,
              moderate: true,
            }),
          }),
        },
      },
      ...CONTENT,
      GroupMembers: groupMembersAnswer([
        groupMember('thomas-delattre', 'Thomas Delattre', { role: 'FACILITATOR' }),
        groupMember('claire-martin', 'Claire Martin', { id: 'membership-viewer', role: 'FACILITATOR' }),
      ]),
      GroupManagement: () => groupManagementAnswer(pending),
      DecideGroupMembership: () => {
        pending = [];
        return {
          data: {
            decideMembership: {
              __typename: 'GroupMembership',
              id: 'membership-bernard-vallet',
              status: 'ACTIVE',
            },
          },
        };
      },
      InviteToGroup: () => {
        inviteAttempt += 1;
        return inviteAttempt === 1
          ? apiError('CONFLICT')
          : {
              data: {
                inviteToGroup: {
                  __typename: 'GroupMembership',
                  id: 'membership-gaelle',
                  status: 'INVITED',
                  user: { __typename: 'User', id: 'user-gaelle', displayName: 'Gaëlle Le Goff' },
                },
              },
            };
      },
      RemoveGroupMember: {
        data: { removeGroupMember: { __typename: 'Group', id: GROUP_ID, memberCount: 2 } },
      },
      SetGroupRole: {
        data: {
          setGroupRole: { __typename: 'GroupMembership', id: 'membership-thomas-delattre', role: 'MEMBER' },
        },
      },
    });
    renderApp(PATH, link, { viewer });

    const management = await screen.findByRole('region', { name: 'Gestion du groupe' });
    expect(await within(management).findByText('Adjoint à Anost.')).toBeDefined();
    fireEvent.click(
      within(management).getByRole('button', { name: 'Accepter la demande de Bernard Vallet' }),
    );
    expect(await screen.findByText('Bernard Vallet est désormais membre du groupe.')).toBeDefined();
    expect(variablesOf(calls, 'DecideGroupMembership')).toEqual([
      { input: { membershipId: 'membership-bernard-vallet', accept: true } },
    ]);
    expect(await within(management).findByText('Aucune demande en attente.')).toBeDefined();
    await waitFor(() => expect(document.activeElement?.id).toBe('groupe-demandes'));

    const handle = within(management).getByLabelText(/^Identifiant du membre/);
    fireEvent.change(handle, { target: { value: '@gaelle-le-goff' } });
    fireEvent.click(within(management).getByRole('button', { name: "Envoyer l'invitation" }));
    expect(
      await within(management).findByText(
        'Cette personne est déjà membre du groupe, déjà invitée, ou bannie du groupe.',
      ),
    ).toBeDefined();
    fireEvent.click(within(management).getByRole('button', { name: "Envoyer l'invitation" }));
    expect(await within(management).findByText('Invitation envoyée à Gaëlle Le Goff.')).toBeDefined();
    expect(variablesOf(calls, 'InviteToGroup').at(-1)).toEqual({
      input: { groupId: GROUP_ID, handle: 'gaelle-le-goff' },
    });

    const members = screen.getByRole('region', { name: 'Membres' });
    fireEvent.click(within(members).getByRole('button', { name: 'Bannir Claire Martin' }));
    fireEvent.click(within(members).getByRole('button', { name: 'Confirmer le bannissement' }));
    expect(await screen.findByText('Claire Martin est banni·e du groupe.')).toBeDefined();
    expect(variablesOf(calls, 'RemoveGroupMember')).toEqual([
      { input: { membershipId: 'membership-viewer', ban: true } },
    ]);

    fireEvent.click(
      within(members).getByRole('button', { name: "Retirer le rôle d'animateur·rice à Thomas Delattre" }),
    );
    expect(await screen.findByText("Thomas Delattre n'anime plus le groupe.")).toBeDefined();
    expect(variablesOf(calls, 'SetGroupRole')).toEqual([
      { input: { membershipId: 'membership-thomas-delattre', role: 'MEMBER' } },
    ]);
  });

  it('answers an unknown or hidden group with the not-found page', async () => {
    const { link } = operationsLink({ GroupPage: { data: { group: null } } });
    renderApp('/groupes/inconnu', link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page non trouvée' })).toBeDefined();
  });
});
