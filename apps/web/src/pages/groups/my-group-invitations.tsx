import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { graphql } from '@pairs/web-graphql';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatLongDate } from '../../lib/format-date';
import { ActionFeedback } from '../../ui/action-feedback';
import { GroupVisibilityBadge } from './group-marker';
import {
  AcceptInvitationMutation,
  forgetGroupLists,
  LeaveGroupMutation,
  REFETCH_GROUP,
} from './group-operations';
import { groupPath } from './group-paths';

export const MyGroupInvitationsQuery = graphql(`
  query MyGroupInvitations {
    myGroupMemberships(statuses: [INVITED]) {
      id
      status
      createdAt
      group {
        id
        slug
        name
        visibility
        organization {
          id
          name
        }
      }
    }
  }
`);

const HEADING_ID = 'mes-invitations';

/** The signed-in member's pending invitations, to accept or decline; nothing when there are none. */
export function MyGroupInvitations() {
  const { data } = useQuery(MyGroupInvitationsQuery);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [accept] = useMutation(AcceptInvitationMutation, { ...REFETCH_GROUP, update: forgetGroupLists });
  const [decline] = useMutation(LeaveGroupMutation, { ...REFETCH_GROUP, update: forgetGroupLists });
  const invitations = data?.myGroupMemberships ?? [];

  const run = (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setDone(null);
    setError(null);
    void (async () => {
      try {
        await action();
        setDone(message);
        document.getElementById(HEADING_ID)?.focus();
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    })();
  };

  // The section stays once an answer was given, so that its status message is heard.
  if (invitations.length === 0 && done === null && error === null) return null;

  return (
    <section aria-labelledby={HEADING_ID} className="fr-callout fr-mb-6w">
      <h2 id={HEADING_ID} className="fr-callout__title fr-h4" tabIndex={-1}>
        Vos invitations
      </h2>
      <ActionFeedback done={done} error={error} errorTitle="Votre réponse n'a pas été enregistrée" />
      {invitations.length === 0 ? (
        <p>Aucune autre invitation en attente.</p>
      ) : (
        <ul className="fr-raw-list">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="fr-mb-3w">
              <p className="fr-mb-1w">
                <Link to={groupPath(invitation.group.slug)}>{invitation.group.name}</Link> (
                {invitation.group.organization.name}){' '}
                <GroupVisibilityBadge visibility={invitation.group.visibility} small />
                <br />
                <span className="fr-text--sm">
                  Invitation reçue le{' '}
                  <time dateTime={invitation.createdAt}>{formatLongDate(invitation.createdAt)}</time>
                </span>
              </p>
              <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                <li>
                  <Button
                    type="button"
                    size="small"
                    disabled={busy}
                    onClick={() =>
                      run(
                        () => accept({ variables: { input: { membershipId: invitation.id } } }),
                        `Vous êtes membre du groupe ${invitation.group.name}.`,
                      )
                    }
                  >
                    Accepter
                    <span className="fr-sr-only"> l'invitation au groupe {invitation.group.name}</span>
                  </Button>
                </li>
                <li>
                  <Button
                    type="button"
                    size="small"
                    priority="secondary"
                    disabled={busy}
                    onClick={() =>
                      run(
                        () => decline({ variables: { input: { groupId: invitation.group.id } } }),
                        `Vous avez décliné l'invitation au groupe ${invitation.group.name}.`,
                      )
                    }
                  >
                    Décliner
                    <span className="fr-sr-only"> l'invitation au groupe {invitation.group.name}</span>
                  </Button>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
