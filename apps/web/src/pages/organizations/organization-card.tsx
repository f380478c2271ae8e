import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { getFragmentData, graphql, type FragmentType } from '@pairs/web-graphql';
import { shortDescription } from '../groups/group-card';
import { formatMemberCount, organizationKindLabel, territoryCoveredText } from './organization-format';
import { organizationPath } from './organization-paths';

export const OrganizationCardFragment = graphql(`
  fragment OrganizationCard on Organization {
    id
    slug
    name
    kind
    description
    memberCount
    territory {
      id
      code
      name
    }
  }
`);

export interface OrganizationCardProps {
  organization: FragmentType<typeof OrganizationCardFragment>;
  titleAs?: 'h2' | 'h3' | 'h4';
}

/** A DSFR card linking to an organisation: its kind, the territory it covers, its staff count. */
export function OrganizationCard({ organization: ref, titleAs = 'h3' }: OrganizationCardProps) {
  const organization = getFragmentData(OrganizationCardFragment, ref);
  return (
    <Card
      titleAs={titleAs}
      title={organization.name}
      linkProps={{ to: organizationPath(organization.slug) }}
      enlargeLink
      size="small"
      desc={organization.description.trim() === '' ? undefined : shortDescription(organization.description)}
      start={
        <p className="fr-mb-1w">
          <Badge as="span" small noIcon severity="info">
            {organizationKindLabel(organization.kind)}
          </Badge>
        </p>
      }
      detail={territoryCoveredText(organization.territory)}
      endDetail={formatMemberCount(organization.memberCount)}
    />
  );
}
