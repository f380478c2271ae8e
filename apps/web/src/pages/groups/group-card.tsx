import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { getFragmentData, graphql, type FragmentType } from '@pairs/web-graphql';
import { formatMemberCount } from '../organizations/organization-format';
import { joinPolicyLabel } from './group-format';
import { GroupVisibilityBadge } from './group-marker';
import { groupPath } from './group-paths';

/** What a group card shows; shared by the group list and the organisation page. */
export const GroupCardFragment = graphql(`
  fragment GroupCard on Group {
    id
    slug
    name
    description
    visibility
    joinPolicy
    memberCount
    organization {
      id
      slug
      name
    }
    themes {
      id
      slug
      name
    }
  }
`);

/** Longer descriptions are cut in a card; the group page shows them whole. */
const DESCRIPTION_MAX = 220;

export function shortDescription(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= DESCRIPTION_MAX) return trimmed;
  return `${trimmed.slice(0, DESCRIPTION_MAX).replace(/\s+\S*$/, '')}…`;
}

export interface GroupCardProps {
  group: FragmentType<typeof GroupCardFragment>;
  titleAs?: 'h2' | 'h3' | 'h4';
  /** Leave out the organisation (on its own page). */
  hideOrganization?: boolean;
}

/** A DSFR card linking to a group: visibility, join policy, themes, organisation, member count. */
export function GroupCard({ group: ref, titleAs = 'h3', hideOrganization = false }: GroupCardProps) {
  const group = getFragmentData(GroupCardFragment, ref);
  return (
    <Card
      titleAs={titleAs}
      title={group.name}
      linkProps={{ to: groupPath(group.slug) }}
      enlargeLink
      size="small"
      desc={group.description.trim() === '' ? undefined : shortDescription(group.description)}
      start={
        <>
          <ul className="fr-badges-group" aria-label="Accès">
            <li>
              <GroupVisibilityBadge visibility={group.visibility} small />
            </li>
            <li>
              <Badge as="span" small noIcon>
                {joinPolicyLabel(group.joinPolicy)}
              </Badge>
            </li>
          </ul>
          {group.themes.length > 0 && (
            <ul className="fr-tags-group" aria-label="Thématiques">
              {group.themes.map((theme) => (
                <li key={theme.id}>
                  <Tag small>{theme.name}</Tag>
                </li>
              ))}
            </ul>
          )}
        </>
      }
      detail={hideOrganization ? undefined : `Animé par ${group.organization.name}`}
      endDetail={formatMemberCount(group.memberCount)}
    />
  );
}
