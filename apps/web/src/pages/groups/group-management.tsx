import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { describeApiError, getFragmentData, graphql } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { useState, type FormEvent } from 'react';
import { formatLongDate } from '../../lib/format-date';
import { errorState } from '../../lib/form-errors';
import { ActionFeedback } from '../../ui/action-feedback';
import { MemberName } from './group-members';
import {
  DecideMembershipMutation,
  forgetGroupLists,
  GroupMemberFragment,
  InviteToGroupMutation,
  REFETCH_GROUP,
  RemoveGroupMemberMutation,
} from './group-operations';
import type { GroupDetails } from './group-page';

/** Requests and invitations waiting: those who manage members only (others get empty lists). */
export const GroupManagementQuery = graphql(`
  query GroupManagement($slug: String!, $first: Int!) {
    group(slug: $slug) {
      id
      pending: members(first: $first, status: PENDING) {
        totalCount
        edges {
          node {
            id
            ...GroupMember
          }
        }
      }
      invited: members(first: $first, status: INVITED) {
        totalCount
        edges {
          node {
            id
            ...GroupMember
          }
        }
      }
    }
  }
`);

const HEADING_ID = 'groupe-gestion';
const INVITE_INPUT_ID = 'groupe-invitation-identifiant';

/** Runs one manager action: a polite message on success, an alert on failure, focus kept in the section. */
function useManagerAction(focusId: string) {
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setDone(null);
    setError(null);
    void (async () => {
      try {
        await action();
        setDone(message);
        document.getElementById(focusId)?.focus();
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    })();
  };
  return { done, error, busy, run };
}

/** "Gestion du groupe", for facilitators and organisation admins: requests, invitations, invite. */
export function GroupManagement({ group }: { group: GroupDetails }) {
  return (
    <section aria-labelledby={HEADING_ID} className="fr-mb-6w">
      <h2 id={HEADING_ID}>Gestion du groupe</h2>
      {group.viewerCan.manageMembers ? (
        <ManageMembers group={group} />
      ) : (
        <p>Les animateurs du groupe gèrent ses membres.</p>
      )}
    </section>
  );
}

function ManageMembers({ group }: { group: GroupDetails }) {
  const { data, loading, error } = useQuery(GroupManagementQuery, {
    variables: { slug: group.slug, first: 100 },
  });
  const pending = (data?.group?.pending.edges ?? []).map((edge) =>
    getFragmentData(GroupMemberFragment, edge.node),
  );
  const invited = (data?.group?.invited.edges ?? []).map((edge) =>
    getFragmentData(GroupMemberFragment, edge.node),
  );
  const requests = useManagerAction('groupe-demandes');
  const invitations = useManagerAction('groupe-invitations');
  const [decide] = useMutation(DecideMembershipMutation, { ...REFETCH_GROUP, update: forgetGroupLists });
  const [remove] = useMutation(RemoveGroupMemberMutation, REFETCH_GROUP);

  if (error !== undefined) {
    return (
      <ErrorAlert
        title="Impossible d'afficher les demandes et invitations"
        message={describeApiError(error).message}
        as="h3"
      />
    );
  }
  if (loading && data === undefined) return <p role="status">Chargement des demandes…</p>;

  return (
    <>
      <h3 id="groupe-demandes" tabIndex={-1}>
        Demandes en attente
      </h3>
      <ActionFeedback
        done={requests.done}
        error={requests.error}
        errorTitle="La décision n'a pas été enregistrée"
        errorAs="h4"
      />
      {pending.length === 0 ? (
        <p>Aucune demande en attente.</p>
      ) : (
        <ul className="fr-raw-list">
          {pending.map((member) => {
            const name = member.user.displayName;
            return (
              <li key={member.id} className="fr-mb-3w">
                <p className="fr-mb-1w">
                  <MemberName member={member} />, le{' '}
                  <time dateTime={member.createdAt}>{formatLongDate(member.createdAt)}</time>
                </p>
                {member.message != null && member.message.trim() !== '' && (
                  <blockquote className="fr-text--sm fr-mb-1w" style={{ whiteSpace: 'pre-line' }}>
                    {member.message}
                  </blockquote>
                )}
                <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                  <li>
                    <Button
                      type="button"
                      size="small"
                      disabled={requests.busy}
                      onClick={() =>
                        requests.run(
                          () => decide({ variables: { input: { membershipId: member.id, accept: true } } }),
                          `${name} est désormais membre du groupe.`,
                        )
                      }
                    >
                      Accepter<span className="fr-sr-only"> la demande de {name}</span>
                    </Button>
                  </li>
                  <li>
                    <Button
                      type="button"
                      size="small"
                      priority="secondary"
                      disabled={requests.busy}
                      onClick={() =>
                        requests.run(
                          () => decide({ variables: { input: { membershipId: member.id, accept: false } } }),
                          `La demande de ${name} est refusée.`,
                        )
                      }
                    >
                      Refuser<span className="fr-sr-only"> la demande de {name}</span>
                    </Button>
                  </li>
                </ul>
              </li>
            );
          })}
        </ul>
      )}

      <h3 id="groupe-invitations" tabIndex={-1}>
        Invitations
      </h3>
      <ActionFeedback
        done={invitations.done}
        error={invitations.error}
        errorTitle="L'invitation n'a pas été modifiée"
        errorAs="h4"
      />
      {invited.length === 0 ? (
        <p>Aucune invitation en attente de réponse.</p>
      ) : (
        <ul>
          {invited.map((member) => (
            <li key={member.id} className="fr-mb-1w">
              <MemberName member={member} />, invité·e le{' '}
              <time dateTime={member.createdAt}>{formatLongDate(member.createdAt)}</time>{' '}
              <Button
                type="button"
                size="small"
                priority="tertiary"
                disabled={invitations.busy}
                onClick={() =>
                  invitations.run(
                    () => remove({ variables: { input: { membershipId: member.id, ban: false } } }),
                    `L'invitation de ${member.user.displayName} est annulée.`,
                  )
                }
              >
                Annuler l'invitation<span className="fr-sr-only"> de {member.user.displayName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <InviteForm groupId={group.id} />
    </>
  );
}

/** Invites a member by their handle (the name in their profile's address). */
function InviteForm({ groupId }: { groupId: string }) {
  const [handle, setHandle] = useState('');
  const [handleError, setHandleError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [invite, { loading }] = useMutation(InviteToGroupMutation, REFETCH_GROUP);

  const fail = (message: string) => {
    setHandleError(message);
    document.getElementById(INVITE_INPUT_ID)?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const wanted = handle.trim().replace(/^@/, '');
    setDone(null);
    setError(null);
    if (wanted === '') {
      fail("Saisissez l'identifiant du membre à inviter.");
      return;
    }
    void (async () => {
      try {
        const result = await invite({ variables: { input: { groupId, handle: wanted } } });
        const membership = result.data?.inviteToGroup;
        setHandleError(undefined);
        setHandle('');
        setDone(
          membership?.status === 'ACTIVE'
            ? `${membership.user.displayName} avait demandé à rejoindre le groupe : il ou elle en est désormais membre.`
            : `Invitation envoyée à ${membership?.user.displayName ?? wanted}.`,
        );
      } catch (caught) {
        const info = describeApiError(caught);
        if (info.code === 'NOT_FOUND' || (info.code === 'BAD_USER_INPUT' && info.fields.length > 0)) {
          fail(`Aucun membre de Pairs n'a l'identifiant « ${wanted} ».`);
        } else if (info.code === 'CONFLICT') {
          fail('Cette personne est déjà membre du groupe, déjà invitée, ou bannie du groupe.');
        } else {
          setError(caught);
        }
      }
    })();
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="groupe-inviter-titre" className="fr-mt-3w">
      <h3 id="groupe-inviter-titre" className="fr-h5">
        Inviter un membre
      </h3>
      <ActionFeedback done={done} error={error} errorTitle="L'invitation n'a pas été envoyée" errorAs="h4" />
      <Input
        label="Identifiant du membre"
        hintText="Le nom qui figure dans l'adresse de son profil, par exemple claire-martin."
        nativeInputProps={{
          id: INVITE_INPUT_ID,
          value: handle,
          autoComplete: 'off',
          onChange: (event) => setHandle(event.target.value),
        }}
        {...errorState(handleError)}
      />
      <Button type="submit" priority="secondary">
        {loading ? 'Envoi…' : "Envoyer l'invitation"}
      </Button>
    </form>
  );
}
