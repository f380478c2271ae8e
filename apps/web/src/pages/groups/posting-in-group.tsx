import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { describeApiError } from '@pairs/web-graphql';
import { Link } from 'react-router';
import type { GroupRef } from './group-marker';
import { GroupVisibilityBadge } from './group-marker';
import { groupPath, GROUPS_PATH } from './group-paths';

const PRIVATE_NOTICE: Record<'question' | 'caseStudy', string> = {
  question: 'Votre question ne sera visible que par les membres du groupe.',
  caseStudy: "Votre retour d'expérience ne sera visible que par les membres du groupe.",
};

const PUBLIC_NOTICE: Record<'question' | 'caseStudy', string> = {
  question: 'Tout le monde pourra la lire ; elle figurera parmi les questions du groupe.',
  caseStudy:
    "Une fois publié, tout le monde pourra le lire ; il figurera parmi les retours d'expérience du groupe.",
};

/** Above a form that posts into a group: which group, and who will read it. */
export function PostingInGroup({ group, what }: { group: GroupRef; what: 'question' | 'caseStudy' }) {
  return (
    <div className="fr-callout fr-mb-4w">
      <p className="fr-callout__text fr-text--md fr-mb-1w">
        {what === 'question'
          ? 'Vous posez une question dans le groupe '
          : "Vous partagez un retour d'expérience dans le groupe "}
        <Link to={groupPath(group.slug)}>{group.name}</Link>.
      </p>
      {group.visibility === 'PRIVATE' ? (
        <p className="fr-mb-0">
          <GroupVisibilityBadge visibility="PRIVATE" /> {PRIVATE_NOTICE[what]}
        </p>
      ) : (
        <p className="fr-mb-0">
          <GroupVisibilityBadge visibility="PUBLIC" /> {PUBLIC_NOTICE[what]}
        </p>
      )}
    </div>
  );
}

export interface GroupUnavailableProps {
  groupSlug: string;
  /** The group when it exists and is readable, but the viewer may not post in it. */
  group: GroupRef | null;
  error: unknown;
  /** "poser une question". */
  what: string;
}

/**
 * The group of the address is unknown, or the viewer is not one of its active members: say so
 * rather than offer a form that would post in public what was meant for the group.
 */
export function GroupUnavailable({ groupSlug, group, error, what }: GroupUnavailableProps) {
  const description =
    error !== undefined
      ? `Le groupe n'a pas pu être chargé. ${describeApiError(error).message}`
      : group === null
        ? "Le groupe de cette adresse n'existe pas, ou ne vous est pas accessible."
        : `Seuls les membres du groupe ${group.name} peuvent y ${what}.`;
  return (
    <Alert
      severity="warning"
      as="h2"
      title={`Vous ne pouvez pas ${what} dans ce groupe`}
      description={
        <p>
          {description}{' '}
          {group === null ? (
            <Link to={GROUPS_PATH}>Voir les groupes</Link>
          ) : (
            <Link to={groupPath(groupSlug)}>Aller à la page du groupe</Link>
          )}
        </p>
      }
    />
  );
}
