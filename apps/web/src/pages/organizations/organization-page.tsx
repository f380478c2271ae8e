import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useParams } from 'react-router';
import { FlashNotice } from '../../session/flash-notice';
import { GroupCard } from '../groups/group-card';
import { formatGroupCount } from '../groups/group-format';
import { newGroupPath } from '../groups/group-paths';
import { NotFoundPage } from '../not-found-page';
import { organizationKindLabel, territoryCoveredText } from './organization-format';
import { OrganizationMembers } from './organization-members';
import { ORGANIZATIONS_PATH } from './organization-paths';

/** Staff and groups of one organisation fit on its page: a few dozen at most. */
export const ORGANIZATION_MEMBERS_SHOWN = 100;
export const ORGANIZATION_GROUPS_SHOWN = 50;

export const OrganizationPageQuery = graphql(`
  query OrganizationPage($slug: String!, $members: Int!, $groups: Int!) {
    organization(slug: $slug) {
      id
      slug
      name
      kind
      description
      website
      memberCount
      territory {
        id
        code
        name
      }
      viewerRole
      viewerCan {
        update
        manageMembers
        createGroup
      }
      members(first: $members) {
        totalCount
        edges {
          node {
            role
            since
            user {
              id
              handle
              displayName
              deleted
            }
          }
        }
      }
      groups(first: $groups) {
        totalCount
        edges {
          node {
            id
            ...GroupCard
          }
        }
      }
    }
  }
`);

export type OrganizationDetails = NonNullable<DocumentType<typeof OrganizationPageQuery>['organization']>;

/** `/organisations/:slug`: who the organisation is, who to call there, and the groups it runs. */
export function OrganizationPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(OrganizationPageQuery, {
    variables: { slug, members: ORGANIZATION_MEMBERS_SHOWN, groups: ORGANIZATION_GROUPS_SHOWN },
  });
  const organization = data?.organization;

  if (!loading && error === undefined && organization === null) {
    return <NotFoundPage />;
  }
  const title = organization?.name ?? 'Organisation';

  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-10">
          <Breadcrumb
            currentPageLabel={title}
            homeLinkProps={{ to: '/' }}
            segments={[{ label: 'Organisations', linkProps: { to: ORGANIZATIONS_PATH } }]}
          />
          {/* One h1 in every state, so focus after navigation has a heading to land on. */}
          <PageTitle documentTitle={title} />
          <FlashNotice />
          {loading && organization == null && (
            <div aria-busy="true">
              <p role="status">Chargement de l'organisation…</p>
            </div>
          )}
          {error !== undefined && (
            <ErrorAlert
              title="Impossible d'afficher cette organisation"
              message={describeApiError(error).message}
            />
          )}
          {organization != null && <OrganizationContent organization={organization} />}
        </div>
      </div>
    </div>
  );
}

function OrganizationContent({ organization }: { organization: OrganizationDetails }) {
  return (
    <>
      <p className="fr-mb-3w">
        <Badge as="span" noIcon severity="info">
          {organizationKindLabel(organization.kind)}
        </Badge>
      </p>
      <section aria-labelledby="organisation-a-propos" className="fr-mb-6w">
        <h2 id="organisation-a-propos">À propos</h2>
        {organization.description.trim() !== '' && (
          // Plain text: pre-line keeps the line breaks without any HTML.
          <p style={{ whiteSpace: 'pre-line' }}>{organization.description}</p>
        )}
        <ul>
          <li>{territoryCoveredText(organization.territory)}</li>
          {organization.website != null && organization.website.trim() !== '' && (
            <li>
              Site internet :{' '}
              <a href={organization.website} target="_blank" rel="noopener noreferrer">
                {organization.website}
                <span className="fr-sr-only"> (nouvelle fenêtre)</span>
              </a>
            </li>
          )}
        </ul>
      </section>
      <OrganizationGroups organization={organization} />
      <OrganizationMembers organization={organization} />
    </>
  );
}

function OrganizationGroups({ organization }: { organization: OrganizationDetails }) {
  const groups = organization.groups;
  return (
    <section aria-labelledby="organisation-groupes" className="fr-mb-6w">
      <h2 id="organisation-groupes">Ses groupes</h2>
      <p>{formatGroupCount(groups.totalCount)}</p>
      {organization.viewerCan.createGroup && (
        <Button className="fr-mb-3w" linkProps={{ to: newGroupPath(organization.slug) }}>
          Créer un groupe
        </Button>
      )}
      {groups.edges.length === 0 ? (
        <p>Cette organisation n'anime pas encore de groupe.</p>
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          {groups.edges.map(({ node }) => (
            <li key={node.id} className="fr-col-12 fr-col-md-6">
              <GroupCard group={node} titleAs="h3" hideOrganization />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
