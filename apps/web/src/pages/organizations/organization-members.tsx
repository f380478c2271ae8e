import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { graphql, type OrganizationRole } from '@pairs/web-graphql';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatLongDate } from '../../lib/format-date';
import { errorState } from '../../lib/form-errors';
import { profilePath } from '../../session/viewer';
import { ActionFeedback, ConfirmButton } from '../../ui/action-feedback';
import type { OrganizationDetails } from './organization-page';
import { formatMemberCount, organizationRoleLabel } from './organization-format';

/** The member to add, by the handle shown on their profile (the API takes their id). */
export const OrganizationUserByHandleQuery = graphql(`
  query OrganizationUserByHandle($handle: String!) {
    user(handle: $handle) {
      id
      handle
      displayName
    }
  }
`);

/** Also changes the role of a member already there. */
export const AddOrganizationMemberMutation = graphql(`
  mutation AddOrganizationMember($input: AddOrganizationMemberInput!) {
    addOrganizationMember(input: $input) {
      id
      memberCount
    }
  }
`);

export const RemoveOrganizationMemberMutation = graphql(`
  mutation RemoveOrganizationMember($input: RemoveOrganizationMemberInput!) {
    removeOrganizationMember(input: $input) {
      id
      memberCount
    }
  }
`);

/** The page's query is asked again after each change: the list, its order and the counts change. */
const REFETCH = { refetchQueries: ['OrganizationPage'], awaitRefetchQueries: true };

type Member = OrganizationDetails['members']['edges'][number]['node'];

const MEMBERS_HEADING_ID = 'organisation-membres';

/** Administrators first ("who can I call"), then by name. */
export function membersInOrder(members: readonly Member[]): Member[] {
  return [...members].sort((a, b) =>
    a.role === b.role
      ? a.user.displayName.localeCompare(b.user.displayName, 'fr')
      : a.role === 'ADMIN'
        ? -1
        : 1,
  );
}

/** The organisation's staff; its administrators also add, remove and promote members here. */
export function OrganizationMembers({ organization }: { organization: OrganizationDetails }) {
  const manage = organization.viewerCan.manageMembers;
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [addMember, adding] = useMutation(AddOrganizationMemberMutation, REFETCH);
  const [removeMember, removing] = useMutation(RemoveOrganizationMemberMutation, REFETCH);

  const run = (action: () => Promise<unknown>, message: string, focusHeading: boolean) => {
    setDone(null);
    setError(null);
    void (async () => {
      try {
        await action();
        setDone(message);
        // The member's own buttons may be gone: take keyboard users back to the list.
        if (focusHeading) headingRef.current?.focus();
      } catch (caught) {
        setError(caught);
      }
    })();
  };

  const setRole = (member: Member, role: OrganizationRole) =>
    run(
      () =>
        addMember({
          variables: { input: { organizationId: organization.id, userId: member.user.id, role } },
        }),
      role === 'ADMIN'
        ? `${member.user.displayName} administre désormais l'organisation.`
        : `${member.user.displayName} n'administre plus l'organisation.`,
      false,
    );

  const remove = (member: Member) =>
    run(
      () =>
        removeMember({ variables: { input: { organizationId: organization.id, userId: member.user.id } } }),
      `${member.user.displayName} ne fait plus partie de l'organisation.`,
      true,
    );

  const members = membersInOrder(organization.members.edges.map((edge) => edge.node));
  return (
    <section aria-labelledby={MEMBERS_HEADING_ID} className="fr-mb-6w">
      <h2 id={MEMBERS_HEADING_ID} ref={headingRef} tabIndex={-1}>
        Membres de l'équipe
      </h2>
      <p>{formatMemberCount(organization.members.totalCount)}</p>
      <ActionFeedback done={done} error={error} errorTitle="La modification n'a pas été enregistrée" />
      {members.length > 0 && (
        <ul>
          {members.map((member) => (
            <li key={member.user.id} className="fr-mb-1w">
              {member.user.deleted ? (
                'Compte supprimé'
              ) : (
                <Link to={profilePath(member.user.handle)}>{member.user.displayName}</Link>
              )}{' '}
              — {organizationRoleLabel(member.role)}, depuis le{' '}
              <time dateTime={member.since}>{formatLongDate(member.since)}</time>
              {manage && (
                <span className="fr-ml-2w">
                  <Button
                    type="button"
                    priority="tertiary"
                    size="small"
                    className="fr-mr-1w"
                    disabled={adding.loading}
                    onClick={() => setRole(member, member.role === 'ADMIN' ? 'MEMBER' : 'ADMIN')}
                  >
                    {member.role === 'ADMIN'
                      ? `Retirer les droits d'administration à ${member.user.displayName}`
                      : `Nommer ${member.user.displayName} administrateur·rice`}
                  </Button>
                  <ConfirmButton
                    label={`Retirer ${member.user.displayName}`}
                    question={`Retirer ${member.user.displayName} de l'organisation ?`}
                    confirmLabel="Confirmer le retrait"
                    busy={removing.loading}
                    onConfirm={() => remove(member)}
                  />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <AddMemberForm
          organizationId={organization.id}
          onAdded={(name) => {
            setError(null);
            setDone(`${name} fait désormais partie de l'organisation.`);
          }}
        />
      )}
    </section>
  );
}

const HANDLE_INPUT_ID = 'organisation-ajout-identifiant';

/** Adds a member by their handle (the name in their profile's address). */
function AddMemberForm({
  organizationId,
  onAdded,
}: {
  organizationId: string;
  onAdded: (displayName: string) => void;
}) {
  const client = useApolloClient();
  const [handle, setHandle] = useState('');
  const [role, setRole] = useState<OrganizationRole>('MEMBER');
  const [handleError, setHandleError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [addMember] = useMutation(AddOrganizationMemberMutation, REFETCH);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const wanted = handle.trim().replace(/^@/, '');
    setError(null);
    if (wanted === '') {
      setHandleError("Saisissez l'identifiant du membre à ajouter.");
      document.getElementById(HANDLE_INPUT_ID)?.focus();
      return;
    }
    setBusy(true);
    void (async () => {
      try {
        const found = await client.query({
          query: OrganizationUserByHandleQuery,
          variables: { handle: wanted },
          fetchPolicy: 'network-only',
        });
        const user = found.data?.user;
        if (user == null) {
          setHandleError(`Aucun membre de Pairs n'a l'identifiant « ${wanted} ».`);
          document.getElementById(HANDLE_INPUT_ID)?.focus();
          return;
        }
        await addMember({ variables: { input: { organizationId, userId: user.id, role } } });
        setHandleError(undefined);
        setHandle('');
        onAdded(user.displayName);
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    })();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="fr-mt-4w" aria-labelledby="organisation-ajout-titre">
      <h3 id="organisation-ajout-titre" className="fr-h5">
        Ajouter un membre
      </h3>
      <ActionFeedback done={null} error={error} errorTitle="Le membre n'a pas été ajouté" errorAs="h4" />
      <Input
        label="Identifiant du membre"
        hintText="Le nom qui figure dans l'adresse de son profil, par exemple claire-martin."
        nativeInputProps={{
          id: HANDLE_INPUT_ID,
          value: handle,
          autoComplete: 'off',
          onChange: (event) => setHandle(event.target.value),
        }}
        {...errorState(handleError)}
      />
      <RadioButtons
        legend="Rôle"
        name="organisation-ajout-role"
        small
        orientation="horizontal"
        options={(['MEMBER', 'ADMIN'] as const).map((value) => ({
          label: organizationRoleLabel(value),
          nativeInputProps: { value, checked: role === value, onChange: () => setRole(value) },
        }))}
      />
      <Button type="submit" priority="secondary">
        {busy ? 'Ajout…' : "Ajouter à l'organisation"}
      </Button>
    </form>
  );
}
