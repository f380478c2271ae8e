import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, getFragmentData, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatLongDate } from '../../lib/format-date';
import { profilePath, useViewer } from '../../session/viewer';
import { ActionFeedback, ConfirmButton } from '../../ui/action-feedback';
import { formatMemberCount } from '../organizations/organization-format';
import { groupRoleLabel } from './group-format';
import {
  forgetGroupLists,
  GroupMemberFragment,
  REFETCH_GROUP,
  RemoveGroupMemberMutation,
  SetGroupRoleMutation,
} from './group-operations';
import type { GroupDetails } from './group-page';

/** Members shown on the group page; peer groups stay small. */
export const GROUP_MEMBERS_SHOWN = 100;

/** Active members; the API answers an empty list to those who may not see them. */
export const GroupMembersQuery = graphql(`
  query GroupMembers($slug: String!, $first: Int!) {
    group(slug: $slug) {
      id
      members(first: $first, status: ACTIVE) {
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

type MemberRef = NonNullable<
  DocumentType<typeof GroupMembersQuery>['group']
>['members']['edges'][number]['node'];
type Member = DocumentType<typeof GroupMemberFragment>;

const HEADING_ID = 'groupe-membres';

/** Facilitators first, then by name. */
function inOrder(members: Member[]): Member[] {
  return [...members].sort((a, b) =>
    a.role === b.role
      ? a.user.displayName.localeCompare(b.user.displayName, 'fr')
      : a.role === 'FACILITATOR'
        ? -1
        : 1,
  );
}

/** "Membres": who is in the group; those who manage it also change roles and remove members here. */
export function GroupMembers({ group }: { group: GroupDetails }) {
  const { data, loading, error } = useQuery(GroupMembersQuery, {
    variables: { slug: group.slug, first: GROUP_MEMBERS_SHOWN },
  });
  const connection = data?.group?.members;
  const members = inOrder(
    (connection?.edges ?? []).map((edge: { node: MemberRef }) =>
      getFragmentData(GroupMemberFragment, edge.node),
    ),
  );
  return (
    <section aria-labelledby={HEADING_ID} className="fr-mb-6w" aria-busy={loading}>
      <h2 id={HEADING_ID} tabIndex={-1}>
        Membres
      </h2>
      {error !== undefined && (
        <ErrorAlert
          title="Impossible d'afficher les membres"
          message={describeApiError(error).message}
          as="h3"
        />
      )}
      {loading && connection === undefined && <p role="status">Chargement des membres…</p>}
      {connection !== undefined && (
        <>
          <p>{formatMemberCount(connection.totalCount)}</p>
          {group.viewerCan.manageMembers ? (
            <ManagedMemberList members={members} />
          ) : (
            <ul>
              {members.map((member) => (
                <li key={member.id}>
                  <MemberName member={member} /> — {groupRoleLabel(member.role)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

export function MemberName({ member }: { member: Pick<Member, 'user'> }) {
  return member.user.deleted ? (
    <>Compte supprimé</>
  ) : (
    <Link to={profilePath(member.user.handle)}>{member.user.displayName}</Link>
  );
}

/** Members with the managers' actions: role, removal, ban. */
function ManagedMemberList({ members }: { members: Member[] }) {
  const { viewer } = useViewer();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [setRole] = useMutation(SetGroupRoleMutation, REFETCH_GROUP);
  const [removeMember] = useMutation(RemoveGroupMemberMutation, {
    ...REFETCH_GROUP,
    update: forgetGroupLists,
  });
  const facilitatorCount = members.filter((member) => member.role === 'FACILITATOR').length;

  const run = (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setDone(null);
    setError(null);
    void (async () => {
      try {
        await action();
        setDone(message);
        // The member's buttons may be gone: the section heading keeps keyboard users in place.
        document.getElementById(HEADING_ID)?.focus();
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    })();
  };

  return (
    <>
      <ActionFeedback done={done} error={error} errorTitle="La modification n'a pas été enregistrée" />
      <ul className="fr-raw-list">
        {members.map((member) => {
          const name = member.user.deleted ? 'ce compte supprimé' : member.user.displayName;
          const self = member.user.id === viewer?.id;
          // The API refuses to demote the last facilitator: no button that can only fail.
          const canDemote = member.role === 'FACILITATOR' && facilitatorCount > 1;
          return (
            <li key={member.id} className="fr-mb-2w">
              <MemberName member={member} /> — {groupRoleLabel(member.role)}, depuis le{' '}
              <time dateTime={member.createdAt}>{formatLongDate(member.createdAt)}</time>
              {!self && (
                <div>
                  {(member.role === 'MEMBER' || canDemote) && (
                    <Button
                      type="button"
                      priority="tertiary"
                      size="small"
                      className="fr-mr-1w"
                      disabled={busy}
                      onClick={() =>
                        run(
                          () =>
                            setRole({
                              variables: {
                                input: {
                                  membershipId: member.id,
                                  role: member.role === 'MEMBER' ? 'FACILITATOR' : 'MEMBER',
                                },
                              },
                            }),
                          member.role === 'MEMBER'
                            ? `${name} anime désormais le groupe.`
                            : `${name} n'anime plus le groupe.`,
                        )
                      }
                    >
                      {member.role === 'MEMBER'
                        ? `Nommer ${name} animateur·rice`
                        : `Retirer le rôle d'animateur·rice à ${name}`}
                    </Button>
                  )}
                  <ConfirmButton
                    label={`Retirer ${name} du groupe`}
                    question={`Retirer ${name} ? Il ou elle pourra demander à revenir.`}
                    confirmLabel="Confirmer le retrait"
                    busy={busy}
                    onConfirm={() =>
                      run(
                        () => removeMember({ variables: { input: { membershipId: member.id, ban: false } } }),
                        `${name} ne fait plus partie du groupe.`,
                      )
                    }
                  />{' '}
                  <ConfirmButton
                    label={`Bannir ${name}`}
                    question={`Bannir ${name} ? Il ou elle ne pourra plus rejoindre le groupe.`}
                    confirmLabel="Confirmer le bannissement"
                    busy={busy}
                    onConfirm={() =>
                      run(
                        () => removeMember({ variables: { input: { membershipId: member.id, ban: true } } }),
                        `${name} est banni·e du groupe.`,
                      )
                    }
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
