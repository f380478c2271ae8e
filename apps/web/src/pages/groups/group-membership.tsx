import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { GROUP_LIMITS } from '@pairs/shared-domain';
import { getFragmentData } from '@pairs/web-graphql';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { formatLongDate } from '../../lib/format-date';
import { errorState } from '../../lib/form-errors';
import { useFocusRequest } from '../../lib/use-focus-request';
import { signInPathFor } from '../../session/redirect-path';
import { useViewer } from '../../session/viewer';
import { ActionFeedback } from '../../ui/action-feedback';
import { GroupMembersQuery } from './group-members';
import {
  AcceptInvitationMutation,
  forgetGroupLists,
  GroupMemberFragment,
  JoinGroupMutation,
  LeaveGroupMutation,
  REFETCH_GROUP,
} from './group-operations';
import type { GroupDetails } from './group-page';

const HEADING_ID = 'groupe-participation';
const JOIN_MESSAGE_ID = 'groupe-demande-message';

/** Runs a membership mutation, then says what happened and brings focus back to the section. */
function useMembershipAction() {
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<unknown>, message: string) => {
    if (busy) return;
    setBusy(true);
    setDone(null);
    setError(null);
    void (async () => {
      try {
        await action();
        setDone(message);
        // The button pressed is replaced by another state's: keep keyboard users in the section.
        document.getElementById(HEADING_ID)?.focus();
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    })();
  };
  return { done, error, busy, run };
}

/**
 * "Votre participation": join, ask to join, accept an invitation, withdraw a request, leave;
 * what the viewer may do comes from the API (`viewerCan.join`, `viewerMembership`).
 */
export function GroupMembership({ group }: { group: GroupDetails }) {
  const { viewer, loading } = useViewer();
  const { pathname } = useLocation();
  const action = useMembershipAction();
  const [join] = useMutation(JoinGroupMutation, { ...REFETCH_GROUP, update: forgetGroupLists });
  const [leave] = useMutation(LeaveGroupMutation, { ...REFETCH_GROUP, update: forgetGroupLists });
  const [accept] = useMutation(AcceptInvitationMutation, { ...REFETCH_GROUP, update: forgetGroupLists });

  if (loading) return null;
  const membership = group.viewerMembership;

  let content;
  if (viewer === null) {
    content = (
      <p>
        <Link to={signInPathFor(pathname)}>Connectez-vous</Link>{' '}
        {group.joinPolicy === 'INVITE'
          ? 'pour voir si vous êtes invité·e à rejoindre ce groupe.'
          : 'pour rejoindre ce groupe et échanger avec ses membres.'}
      </p>
    );
  } else if (membership?.status === 'ACTIVE') {
    content = (
      <>
        <p>
          Vous êtes {membership.role === 'FACILITATOR' ? 'animateur·rice' : 'membre'} de ce groupe depuis le{' '}
          <time dateTime={membership.createdAt}>{formatLongDate(membership.createdAt)}</time>.
        </p>
        <LeaveForm
          group={group}
          viewerId={viewer.id}
          busy={action.busy}
          onLeave={(newFacilitatorMembershipId) =>
            action.run(
              () =>
                leave({
                  variables: {
                    input: {
                      groupId: group.id,
                      ...(newFacilitatorMembershipId === null ? {} : { newFacilitatorMembershipId }),
                    },
                  },
                }),
              'Vous avez quitté le groupe.',
            )
          }
        />
      </>
    );
  } else if (membership?.status === 'PENDING') {
    content = (
      <>
        <p>
          <strong>Demande envoyée</strong> le{' '}
          <time dateTime={membership.createdAt}>{formatLongDate(membership.createdAt)}</time> : les animateurs
          du groupe vont l'examiner.
        </p>
        <Button
          type="button"
          priority="secondary"
          disabled={action.busy}
          onClick={() =>
            action.run(
              () => leave({ variables: { input: { groupId: group.id } } }),
              'Votre demande est annulée.',
            )
          }
        >
          Annuler la demande
        </Button>
      </>
    );
  } else if (membership?.status === 'INVITED') {
    content = (
      <>
        <p>Les animateurs vous invitent à rejoindre ce groupe.</p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button
              type="button"
              disabled={action.busy}
              onClick={() =>
                action.run(
                  () => accept({ variables: { input: { membershipId: membership.id } } }),
                  'Bienvenue : vous êtes membre du groupe.',
                )
              }
            >
              Accepter l'invitation
            </Button>
          </li>
          <li>
            <Button
              type="button"
              priority="secondary"
              disabled={action.busy}
              onClick={() =>
                action.run(
                  () => leave({ variables: { input: { groupId: group.id } } }),
                  "Vous avez décliné l'invitation.",
                )
              }
            >
              Décliner l'invitation
            </Button>
          </li>
        </ul>
      </>
    );
  } else if (membership?.status === 'BANNED') {
    content = <p>Vous ne pouvez plus rejoindre ce groupe.</p>;
  } else if (group.viewerCan.join) {
    content = (
      <>
        {membership?.status === 'REJECTED' && (
          <p>Votre précédente demande n'a pas été acceptée. Vous pouvez en envoyer une nouvelle.</p>
        )}
        <JoinForm
          group={group}
          busy={action.busy}
          onJoin={(message) =>
            action.run(
              () =>
                join({
                  variables: {
                    input: { groupId: group.id, ...(message === '' ? {} : { message }) },
                  },
                }),
              group.joinPolicy === 'OPEN'
                ? 'Bienvenue : vous êtes membre du groupe.'
                : 'Demande envoyée : les animateurs du groupe vont l’examiner.',
            )
          }
        />
      </>
    );
  } else {
    content = <p>{cannotJoinText(group)}</p>;
  }

  return (
    <section aria-labelledby={HEADING_ID} className="fr-mb-6w fr-p-3w fr-background-alt--grey">
      <h2 id={HEADING_ID} className="fr-h4" tabIndex={-1}>
        Votre participation
      </h2>
      <ActionFeedback done={action.done} error={action.error} errorTitle="L'action n'a pas abouti" />
      {content}
    </section>
  );
}

/** Why a signed-in viewer who is not a member has no join button. */
function cannotJoinText(group: GroupDetails): string {
  if (group.joinPolicy === 'INVITE') {
    return 'Ce groupe accueille de nouveaux membres sur invitation de ses animateurs uniquement.';
  }
  if (group.requiresVerifiedMandate) {
    return "Ce groupe est réservé aux élus dont le mandat a été vérifié. Déclarez votre mandat dans votre profil : l'équipe de Pairs le vérifiera.";
  }
  return 'Vous ne pouvez pas rejoindre ce groupe pour le moment.';
}

function JoinForm({
  group,
  busy,
  onJoin,
}: {
  group: GroupDetails;
  busy: boolean;
  onJoin: (message: string) => void;
}) {
  const [message, setMessage] = useState('');
  const [messageError, setMessageError] = useState<string | undefined>(undefined);
  if (group.joinPolicy === 'OPEN') {
    return (
      <Button type="button" disabled={busy} onClick={() => onJoin('')}>
        Rejoindre le groupe
      </Button>
    );
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = message.trim();
    if (trimmed.length > GROUP_LIMITS.joinMessageMax) {
      setMessageError(`Le message ne doit pas dépasser ${GROUP_LIMITS.joinMessageMax} caractères.`);
      document.getElementById(JOIN_MESSAGE_ID)?.focus();
      return;
    }
    setMessageError(undefined);
    onJoin(trimmed);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>Les animateurs du groupe examinent chaque demande.</p>
      <Input
        label="Message aux animateurs (facultatif)"
        hintText={`Présentez-vous en quelques mots : votre mandat, ce que vous attendez du groupe. ${GROUP_LIMITS.joinMessageMax} caractères au plus.`}
        textArea
        nativeTextAreaProps={{
          id: JOIN_MESSAGE_ID,
          value: message,
          rows: 3,
          onChange: (event) => setMessage(event.target.value),
        }}
        {...errorState(messageError)}
      />
      <Button type="submit" disabled={busy}>
        Demander à rejoindre
      </Button>
    </form>
  );
}

/**
 * Leaving, confirmed first. The last facilitator names who takes over the group among its
 * active members (the API refuses to leave a group without one).
 */
function LeaveForm({
  group,
  viewerId,
  busy,
  onLeave,
}: {
  group: GroupDetails;
  viewerId: string;
  busy: boolean;
  onLeave: (newFacilitatorMembershipId: string | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const requestFocus = useFocusRequest();
  const [successor, setSuccessor] = useState('');
  const [successorError, setSuccessorError] = useState<string | undefined>(undefined);
  const lastFacilitator =
    group.viewerMembership?.role === 'FACILITATOR' &&
    group.facilitators.filter((user) => user.id !== viewerId).length === 0;
  const members = useQuery(GroupMembersQuery, {
    variables: { slug: group.slug, first: 100 },
    skip: !open || !lastFacilitator,
  });
  const candidates = (members.data?.group?.members.edges ?? [])
    .map((edge) => getFragmentData(GroupMemberFragment, edge.node))
    .filter((member) => member.user.id !== viewerId && !member.user.deleted);

  if (!open) {
    return (
      <Button
        type="button"
        priority="secondary"
        onClick={() => {
          setOpen(true);
          requestFocus('groupe-quitter-titre');
        }}
      >
        Quitter le groupe
      </Button>
    );
  }

  // The API keeps a facilitator in every group: alone, the last one cannot leave.
  const stuck = lastFacilitator && !members.loading && members.data !== undefined && candidates.length === 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (stuck) return;
    if (lastFacilitator && successor === '') {
      setSuccessorError('Choisissez le membre qui animera le groupe après vous.');
      document.getElementById('groupe-successeur')?.focus();
      return;
    }
    onLeave(lastFacilitator && successor !== '' ? successor : null);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="groupe-quitter-titre">
      <h3 id="groupe-quitter-titre" className="fr-h5" tabIndex={-1}>
        Quitter le groupe ?
      </h3>
      {group.visibility === 'PRIVATE' && (
        <p>Vous ne pourrez plus lire ses échanges, sauf à le rejoindre de nouveau.</p>
      )}
      {lastFacilitator &&
        (members.loading ? (
          <p role="status">Chargement des membres…</p>
        ) : stuck ? (
          <p>
            Vous êtes son seul membre actif : un groupe garde toujours un animateur. Invitez d'autres membres,
            nommez l'un d'eux animateur, puis vous pourrez partir.
          </p>
        ) : (
          <Select
            label="Qui animera le groupe après vous ?"
            hint="Vous êtes son seul animateur : choisissez un membre actif pour vous succéder."
            nativeSelectProps={{
              id: 'groupe-successeur',
              value: successor,
              onChange: (event) => setSuccessor(event.target.value),
            }}
            {...errorState(successorError)}
          >
            <option value="">Choisir un membre</option>
            {candidates.map((member) => (
              <option key={member.id} value={member.id}>
                {member.user.displayName}
              </option>
            ))}
          </Select>
        ))}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {!stuck && (
          <li>
            <Button type="submit" disabled={busy}>
              Confirmer : quitter le groupe
            </Button>
          </li>
        )}
        <li>
          <Button type="button" priority="secondary" onClick={() => setOpen(false)}>
            Rester dans le groupe
          </Button>
        </li>
      </ul>
    </form>
  );
}
