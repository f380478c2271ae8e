import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { GroupVisibility } from '@pairs/web-graphql';
import { Link } from 'react-router';
import { groupVisibilityLabel } from './group-format';
import { groupPath } from './group-paths';

/** The group a thread or a case study was posted into (`Thread.group`, `CaseStudy.group`). */
export interface GroupRef {
  slug: string;
  name: string;
  visibility: GroupVisibility;
}

/** "Groupe public" (blue) or "Groupe privé" (yellow): private content must never look public. */
export function GroupVisibilityBadge({
  visibility,
  small = false,
}: {
  visibility: GroupVisibility;
  small?: boolean;
}) {
  return (
    <Badge as="span" small={small} severity={visibility === 'PRIVATE' ? 'new' : 'info'} noIcon>
      {groupVisibilityLabel(visibility)}
    </Badge>
  );
}

/**
 * On a thread or case study page: the group it belongs to, linked. Private content carries a
 * "Groupe privé" badge, so that its members know it is not public.
 */
export function GroupMarker({ group }: { group: GroupRef }) {
  return (
    <p className="fr-mb-2w">
      {group.visibility === 'PRIVATE' && (
        <>
          <GroupVisibilityBadge visibility="PRIVATE" />{' '}
        </>
      )}
      <span className="fr-text--sm">
        Dans le groupe <Link to={groupPath(group.slug)}>{group.name}</Link>
        {group.visibility === 'PRIVATE' && ' : visible de ses seuls membres'}
      </span>
    </p>
  );
}

/**
 * In a result card (whose title link covers the card, so no other link fits in): the group's
 * name, with the "Groupe privé" badge for private content.
 */
export function GroupCardMarker({ group }: { group: GroupRef }) {
  return (
    <p className="fr-card__detail fr-mb-1w">
      {group.visibility === 'PRIVATE' && (
        <>
          <GroupVisibilityBadge visibility="PRIVATE" small />{' '}
        </>
      )}
      Groupe : {group.name}
    </p>
  );
}
