import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { cleanParam } from '../../lib/list-search-params';
import { NotFoundPage } from '../not-found-page';
import { organizationPath, ORGANIZATIONS_PATH } from '../organizations/organization-paths';
import { useQuestionThemes } from '../questions/question-themes';
import { GroupForm } from './group-form';
import { groupPath, GROUPS_PATH, ORGANIZATION_PARAM } from './group-paths';
import { EMPTY_GROUP_VALUES } from './group-values';

/** The organisation of `?organisation=<slug>`, and whether the viewer may create its groups. */
export const NewGroupOrganizationQuery = graphql(`
  query NewGroupOrganization($slug: String!) {
    organization(slug: $slug) {
      id
      slug
      name
      viewerCan {
        createGroup
      }
    }
  }
`);

/** Always from the server: editing starts from the latest version. */
export const GroupEditorQuery = graphql(`
  query GroupEditor($slug: String!) {
    group(slug: $slug) {
      id
      slug
      name
      description
      visibility
      joinPolicy
      requiresVerifiedMandate
      themes {
        id
        slug
        name
      }
      organization {
        id
        slug
        name
      }
      viewerCan {
        update
      }
    }
  }
`);

const NEW_TITLE = 'Créer un groupe';

function Layout({
  title,
  segments,
  children,
}: {
  title: string;
  segments: { label: string; to: string }[];
  children: ReactNode;
}) {
  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-9">
          <Breadcrumb
            currentPageLabel={title}
            homeLinkProps={{ to: '/' }}
            segments={segments.map(({ label, to }) => ({ label, linkProps: { to } }))}
          />
          <PageTitle documentTitle={title} />
          {children}
        </div>
      </div>
    </div>
  );
}

function Loading({ text }: { text: string }) {
  return (
    <div aria-busy="true">
      <p role="status">{text}</p>
    </div>
  );
}

/** `/groupes/nouveau?organisation=<slug>`, for the organisation's administrators (RequireViewer). */
export function NewGroupPage() {
  const [searchParams] = useSearchParams();
  const slug = cleanParam(searchParams.get(ORGANIZATION_PARAM));
  const organizationQuery = useQuery(NewGroupOrganizationQuery, {
    variables: { slug: slug ?? '' },
    skip: slug === null,
  });
  const themes = useQuestionThemes();
  const organization = organizationQuery.data?.organization;

  let content: ReactNode;
  if (slug === null || (organizationQuery.data !== undefined && organization == null)) {
    content = (
      <Alert
        severity="warning"
        as="h2"
        title="Choisissez d'abord l'organisation"
        description={
          <p>
            Un groupe est animé par une organisation : créez-le depuis la page de celle que vous administrez.{' '}
            <Link to={ORGANIZATIONS_PATH}>Voir les organisations</Link>
          </p>
        }
      />
    );
  } else if (
    organizationQuery.error !== undefined ||
    (themes.error !== undefined && themes.groups === undefined)
  ) {
    content = (
      <ErrorAlert
        title="Impossible d'afficher le formulaire"
        message={describeApiError(organizationQuery.error ?? themes.error).message}
      />
    );
  } else if (organization == null || themes.groups === undefined) {
    content = <Loading text="Chargement du formulaire…" />;
  } else if (!organization.viewerCan.createGroup) {
    content = (
      <Alert
        severity="warning"
        as="h2"
        title="Vous ne pouvez pas créer de groupe pour cette organisation"
        description={
          <p>
            Seuls ses administrateurs créent ses groupes.{' '}
            <Link to={organizationPath(organization.slug)}>Retour à {organization.name}</Link>
          </p>
        }
      />
    );
  } else {
    content = (
      <>
        <p className="fr-text--lead">
          Un groupe animé par <Link to={organizationPath(organization.slug)}>{organization.name}</Link>. Vous
          en serez l'animateur·rice : vous accueillerez ses membres.
        </p>
        <GroupForm
          target={{ kind: 'create', organizationId: organization.id }}
          initialValues={EMPTY_GROUP_VALUES}
          themeGroups={themes.groups}
        />
      </>
    );
  }

  return (
    <Layout
      title={NEW_TITLE}
      segments={[
        { label: 'Groupes', to: GROUPS_PATH },
        ...(organization == null
          ? []
          : [{ label: organization.name, to: organizationPath(organization.slug) }]),
      ]}
    >
      {content}
    </Layout>
  );
}

/** `/groupes/:slug/modifier`, for the organisation's administrators and moderators (RequireViewer). */
export function EditGroupPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(GroupEditorQuery, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  const themes = useQuestionThemes();
  const group = data?.group;

  if (!loading && error === undefined && group === null) return <NotFoundPage />;
  const title = group == null ? 'Modifier le groupe' : `Modifier « ${group.name} »`;

  let content: ReactNode;
  if (error !== undefined || (themes.error !== undefined && themes.groups === undefined)) {
    content = (
      <ErrorAlert
        title="Impossible d'afficher le formulaire"
        message={describeApiError(error ?? themes.error).message}
      />
    );
  } else if (group == null || themes.groups === undefined) {
    content = <Loading text="Chargement du groupe…" />;
  } else if (!group.viewerCan.update) {
    content = (
      <Alert
        severity="warning"
        as="h2"
        title="Vous ne pouvez pas modifier ce groupe"
        description={
          <p>
            Seuls les administrateurs de {group.organization.name} le modifient.{' '}
            <Link to={groupPath(group.slug)}>Retour au groupe</Link>
          </p>
        }
      />
    );
  } else {
    const offered = new Set(
      themes.groups.flatMap((theme) => [theme.slug, ...theme.children.map((c) => c.slug)]),
    );
    content = (
      <GroupForm
        key={group.id}
        target={{ kind: 'edit', groupId: group.id, slug: group.slug }}
        initialValues={{
          name: group.name,
          description: group.description,
          themeSlugs: group.themes.map((theme) => theme.slug),
          visibility: group.visibility,
          joinPolicy: group.joinPolicy,
          requiresVerifiedMandate: group.requiresVerifiedMandate,
        }}
        themeGroups={themes.groups}
        unavailableThemes={group.themes.filter((theme) => !offered.has(theme.slug))}
      />
    );
  }

  return (
    <Layout
      title={title}
      segments={[
        { label: 'Groupes', to: GROUPS_PATH },
        ...(group == null ? [] : [{ label: group.name, to: groupPath(group.slug) }]),
      ]}
    >
      {content}
    </Layout>
  );
}
