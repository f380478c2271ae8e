import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { describeApiError, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { Link, useParams } from 'react-router';
import { FlashNotice } from '../../session/flash-notice';
import { profilePath } from '../../session/viewer';
import { NotFoundPage } from '../not-found-page';
import { formatMemberCount } from '../organizations/organization-format';
import { organizationPath } from '../organizations/organization-paths';
import { themePath } from '../themes/theme-paths';
import { GroupCaseStudies, GroupThreads } from './group-content';
import { groupVisibilityHint, joinPolicyHint, joinPolicyLabel, PRIVATE_GROUP_MESSAGE } from './group-format';
import { GroupManagement } from './group-management';
import { GroupMembers } from './group-members';
import { GroupMembership } from './group-membership';
import { GroupVisibilityBadge } from './group-marker';
import { groupEditPath, GROUPS_PATH } from './group-paths';

export const GroupPageQuery = graphql(`
  query GroupPage($slug: String!) {
    group(slug: $slug) {
      id
      slug
      name
      description
      visibility
      joinPolicy
      requiresVerifiedMandate
      memberCount
      createdAt
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
      facilitators {
        id
        handle
        displayName
        deleted
      }
      viewerMembership {
        id
        status
        role
        message
        createdAt
      }
      viewerCan {
        readContent
        join
        post
        update
        manageMembers
        moderate
      }
    }
  }
`);

export type GroupDetails = NonNullable<DocumentType<typeof GroupPageQuery>['group']>;

/**
 * `/groupes/:slug`: what the group is about and how to join it; for those who may read it, its
 * questions, case studies and members; for its facilitators, the requests and invitations.
 */
export function GroupPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(GroupPageQuery, { variables: { slug } });
  const group = data?.group;

  if (!loading && error === undefined && group === null) {
    return <NotFoundPage />;
  }
  const title = group?.name ?? 'Groupe';

  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-10">
          <Breadcrumb
            currentPageLabel={title}
            homeLinkProps={{ to: '/' }}
            segments={[{ label: 'Groupes', linkProps: { to: GROUPS_PATH } }]}
          />
          {/* One h1 in every state, so focus after navigation has a heading to land on. */}
          <PageTitle documentTitle={title} />
          <FlashNotice />
          {loading && group == null && (
            <div aria-busy="true">
              <p role="status">Chargement du groupe…</p>
            </div>
          )}
          {error !== undefined && (
            <ErrorAlert title="Impossible d'afficher ce groupe" message={describeApiError(error).message} />
          )}
          {group != null && <GroupContent group={group} />}
        </div>
      </div>
    </div>
  );
}

function GroupContent({ group }: { group: GroupDetails }) {
  return (
    <>
      <ul className="fr-badges-group fr-mb-2w" aria-label="Accès au groupe">
        <li>
          <GroupVisibilityBadge visibility={group.visibility} />
        </li>
        <li>
          <Badge as="span" noIcon>
            {joinPolicyLabel(group.joinPolicy)}
          </Badge>
        </li>
      </ul>
      <p className="fr-mb-4w">
        Animé par <Link to={organizationPath(group.organization.slug)}>{group.organization.name}</Link> ·{' '}
        {formatMemberCount(group.memberCount)}
      </p>
      <GroupMembership group={group} />
      <About group={group} />
      {group.viewerCan.readContent ? (
        <>
          <GroupThreads group={group} />
          <GroupCaseStudies group={group} />
          <GroupMembers group={group} />
        </>
      ) : (
        <Alert
          severity="info"
          small
          className="fr-mb-6w"
          description={
            group.visibility === 'PRIVATE'
              ? PRIVATE_GROUP_MESSAGE
              : "Les échanges de ce groupe ne vous sont pas accessibles pour l'instant."
          }
        />
      )}
      {(group.viewerCan.manageMembers || group.viewerCan.update) && <GroupManagement group={group} />}
    </>
  );
}

function About({ group }: { group: GroupDetails }) {
  const facilitators = group.facilitators.filter((user) => !user.deleted);
  return (
    <section aria-labelledby="groupe-a-propos" className="fr-mb-6w">
      <h2 id="groupe-a-propos">À propos</h2>
      {group.description.trim() !== '' && (
        // Plain text: pre-line keeps the line breaks without any HTML.
        <p style={{ whiteSpace: 'pre-line' }}>{group.description}</p>
      )}
      {group.themes.length > 0 && (
        <ul className="fr-tags-group" aria-label="Thématiques">
          {group.themes.map((theme) => (
            <li key={theme.id}>
              <Tag small linkProps={{ to: themePath(theme.slug) }}>
                {theme.name}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      <dl>
        <dt className="fr-text--bold">Organisation</dt>
        <dd className="fr-mb-1w">
          <Link to={organizationPath(group.organization.slug)}>{group.organization.name}</Link>
        </dd>
        <dt className="fr-text--bold">Animation</dt>
        <dd className="fr-mb-1w">
          {facilitators.length === 0
            ? 'Aucun animateur pour le moment.'
            : facilitators.map((user, index) => (
                <span key={user.id}>
                  {index > 0 && ', '}
                  <Link to={profilePath(user.handle)}>{user.displayName}</Link>
                </span>
              ))}
        </dd>
        <dt className="fr-text--bold">Visibilité</dt>
        <dd className="fr-mb-1w">{groupVisibilityHint(group.visibility)}</dd>
        <dt className="fr-text--bold">Adhésion</dt>
        <dd className="fr-mb-1w">
          {joinPolicyLabel(group.joinPolicy)} : {joinPolicyHint(group.joinPolicy)}
          {group.requiresVerifiedMandate && ' Réservé aux élus dont le mandat a été vérifié.'}
        </dd>
        <dt className="fr-text--bold">Membres</dt>
        <dd className="fr-mb-1w">{formatMemberCount(group.memberCount)}</dd>
      </dl>
      {group.viewerCan.update && (
        <Button priority="secondary" size="small" linkProps={{ to: groupEditPath(group.slug) }}>
          Modifier le groupe
        </Button>
      )}
    </section>
  );
}
