import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { describeApiError, getFragmentData, graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { Link, useParams, useSearchParams } from 'react-router';
import { FlashNotice } from '../../session/flash-notice';
import { ResendVerification } from '../../session/resend-verification';
import { useViewer, type Viewer } from '../../session/viewer';
import { groupSlugFrom } from '../groups/group-paths';
import { GroupUnavailable, PostingInGroup } from '../groups/posting-in-group';
import { NotFoundPage } from '../not-found-page';
import {
  CaseStudyEditorFieldsFragment,
  CaseStudyEditorForm,
  CaseStudyEditorQuery,
} from './case-study-editor-form';
import type { ThemeGroup } from './case-study-editor-themes-field';
import { caseStudyPath, MY_CASE_STUDIES_PATH } from './case-study-paths';

/** Active themes (the API refuses archived ones), as a tree. */
export const CaseStudyEditorThemesQuery = graphql(`
  query CaseStudyEditorThemes {
    themes {
      id
      slug
      name
      children {
        id
        slug
        name
      }
    }
  }
`);

/** The group of `?groupe=<slug>`: the new case study is posted there. */
export const CaseStudyEditorGroupQuery = graphql(`
  query CaseStudyEditorGroup($slug: String!) {
    group(slug: $slug) {
      id
      slug
      name
      visibility
      viewerCan {
        post
      }
    }
  }
`);

const NEW_TITLE = "Rédiger un retour d'expérience";
const EDIT_TITLE = "Modifier un retour d'expérience";

/**
 * `/retours-d-experience/nouveau` and `/retours-d-experience/:slug/modifier`, for signed-in
 * members (RequireViewer); writing needs a verified email address.
 */
export function CaseStudyEditorPage() {
  const { slug } = useParams();
  const [searchParams] = useSearchParams();
  const groupSlug = groupSlugFrom(searchParams);
  const { viewer } = useViewer();
  // RequireViewer renders this page only for a signed-in user.
  if (viewer === null) {
    return null;
  }
  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-10">
          {viewer.emailVerified !== true ? (
            <UnverifiedEmail viewer={viewer} title={slug === undefined ? NEW_TITLE : EDIT_TITLE} />
          ) : slug === undefined ? (
            <NewCaseStudy key={groupSlug ?? ''} viewer={viewer} groupSlug={groupSlug} />
          ) : (
            <EditCaseStudy key={slug} viewer={viewer} slug={slug} />
          )}
        </div>
      </div>
    </div>
  );
}

function UnverifiedEmail({ viewer, title }: { viewer: Viewer; title: string }) {
  return (
    <>
      <PageTitle documentTitle={title} />
      <Alert
        severity="warning"
        as="h2"
        title="Confirmez votre adresse e-mail pour écrire"
        description={
          <>
            <p className="fr-mb-2w">
              Pour que chaque retour d'expérience ait un auteur joignable, il faut avoir confirmé son adresse
              e-mail avant d'en rédiger ou d'en modifier un. Nous avons envoyé un lien de confirmation à{' '}
              <strong>{viewer.email}</strong> : cliquez dessus, puis revenez sur cette page.
            </p>
            <ResendVerification label="Renvoyer l'e-mail de confirmation" email={viewer.email} />
          </>
        }
      />
    </>
  );
}

function useThemeGroups(): { groups: ThemeGroup[] | undefined; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(CaseStudyEditorThemesQuery);
  return { groups: data?.themes, loading, error };
}

function Loading({ text }: { text: string }) {
  return (
    <div aria-busy="true">
      <p role="status">{text}</p>
    </div>
  );
}

function NewCaseStudy({ viewer, groupSlug }: { viewer: Viewer; groupSlug: string | null }) {
  const themes = useThemeGroups();
  const inGroup = useQuery(CaseStudyEditorGroupQuery, {
    variables: { slug: groupSlug ?? '' },
    skip: groupSlug === null,
  });
  const group = inGroup.data?.group;
  const waitingForGroup = groupSlug !== null && inGroup.loading && inGroup.data === undefined;
  const groupUnavailable = groupSlug !== null && !waitingForGroup && (group == null || !group.viewerCan.post);
  return (
    <>
      <PageTitle documentTitle={NEW_TITLE} />
      <p className="fr-text--lead">
        Racontez ce que votre collectivité a fait, ce que cela a coûté, ce que cela a donné et ce que vous en
        retenez : d'autres élus pourront s'en inspirer. Votre texte reste un brouillon, visible de vous
        seul·e, jusqu'à sa relecture par un modérateur.
      </p>
      {groupUnavailable ? (
        // Never fall back on the commons: what was meant for a group may be confidential.
        <GroupUnavailable
          groupSlug={groupSlug}
          group={group ?? null}
          error={inGroup.error}
          what="partager un retour d'expérience"
        />
      ) : themes.groups === undefined || waitingForGroup ? (
        themes.loading || waitingForGroup ? (
          <Loading text="Chargement de l'éditeur…" />
        ) : (
          <ErrorAlert
            title="Impossible d'afficher l'éditeur"
            message={describeApiError(themes.error).message}
          />
        )
      ) : (
        <>
          {group != null && <PostingInGroup group={group} what="caseStudy" />}
          <CaseStudyEditorForm
            viewerId={viewer.id}
            caseStudy={null}
            group={group ?? null}
            themeGroups={themes.groups}
          />
        </>
      )}
    </>
  );
}

function EditCaseStudy({ viewer, slug }: { viewer: Viewer; slug: string }) {
  // Always from the server: editing must start from the latest revision, not a cached one.
  const { data, loading, error } = useQuery(CaseStudyEditorQuery, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  const themes = useThemeGroups();
  const caseStudy = getFragmentData(CaseStudyEditorFieldsFragment, data?.caseStudy);

  if (!loading && error === undefined && data !== undefined && caseStudy == null) {
    return <NotFoundPage />;
  }

  const documentTitle = caseStudy == null ? EDIT_TITLE : `Modifier « ${caseStudy.title} »`;
  let content;
  if (error !== undefined || (themes.error !== undefined && themes.groups === undefined)) {
    content = (
      <ErrorAlert
        title="Impossible d'afficher l'éditeur"
        message={describeApiError(error ?? themes.error).message}
      />
    );
  } else if (caseStudy == null || themes.groups === undefined) {
    content = <Loading text="Chargement du retour d'expérience…" />;
  } else if (!caseStudy.viewerCan.edit) {
    content = (
      <Alert
        severity="warning"
        as="h2"
        title="Vous ne pouvez pas modifier ce retour d'expérience"
        description={
          <p>
            {caseStudy.status === 'ARCHIVED'
              ? "Il est archivé : il reste lisible mais n'est plus modifié."
              : caseStudy.status === 'HIDDEN'
                ? 'Il a été masqué par la modération et ne peut plus être modifié.'
                : 'Seuls ses auteurs et les modérateurs peuvent le modifier.'}{' '}
            <Link to={caseStudyPath(caseStudy.slug)}>Lire le retour d'expérience</Link> ·{' '}
            <Link to={MY_CASE_STUDIES_PATH}>Mes retours d'expérience</Link>
          </p>
        }
      />
    );
  } else {
    content = (
      <CaseStudyEditorForm
        key={caseStudy.id}
        viewerId={viewer.id}
        caseStudy={caseStudy}
        themeGroups={themes.groups}
      />
    );
  }

  return (
    <>
      <PageTitle documentTitle={documentTitle}>
        {caseStudy == null ? EDIT_TITLE : `Modifier « ${caseStudy.title} »`}
      </PageTitle>
      <FlashNotice />
      {content}
    </>
  );
}
