import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { DISCUSSION_LIMITS } from '@pairs/shared-domain';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useSearchParams } from 'react-router';
import { ResendVerification } from '../../session/resend-verification';
import { useViewer, type Viewer } from '../../session/viewer';
import type { ThemeGroup } from '../case-studies/case-study-editor-themes-field';
import { AskQuestionForm, type AskAboutCaseStudy } from './ask-question-form';
import { GroupUnavailable, PostingInGroup } from '../groups/posting-in-group';
import { groupSlugFrom } from '../groups/group-paths';
import { ABOUT_CASE_STUDY_PARAM, QUESTIONS_PATH } from './question-paths';
import { useQuestionThemes } from './question-themes';

/** The case study of `?retour=<slug>`: only a published one takes questions. */
export const AskQuestionCaseStudyQuery = graphql(`
  query AskQuestionCaseStudy($slug: String!) {
    caseStudy(slug: $slug) {
      id
      slug
      title
      status
      themes {
        id
        slug
      }
    }
  }
`);

/** The group of `?groupe=<slug>`: the question is posted there, visible to its members only if private. */
export const AskQuestionGroupQuery = graphql(`
  query AskQuestionGroup($slug: String!) {
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

const TITLE = 'Poser une question';

/**
 * `/questions/nouvelle` (and `?retour=<slug>` from a case study), for signed-in members
 * (RequireViewer); asking needs a verified email address.
 */
export function AskQuestionPage() {
  const { viewer } = useViewer();
  const [searchParams] = useSearchParams();
  const slug = searchParams.get(ABOUT_CASE_STUDY_PARAM)?.trim() || null;
  const groupSlug = groupSlugFrom(searchParams);
  // RequireViewer renders this page only for a signed-in user.
  if (viewer === null) return null;
  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-9">
          <Breadcrumb
            currentPageLabel={TITLE}
            homeLinkProps={{ to: '/' }}
            segments={[{ label: 'Questions', linkProps: { to: QUESTIONS_PATH } }]}
          />
          <PageTitle documentTitle={TITLE} />
          <p className="fr-text--lead">
            Un problème que d'autres élus ont peut-être déjà affronté ? Posez votre question : les membres de
            communes et d'intercommunalités comparables vous répondront.
          </p>
          {viewer.emailVerified !== true ? (
            <UnverifiedEmail viewer={viewer} />
          ) : (
            <AskQuestion
              key={`${slug ?? ''}|${groupSlug ?? ''}`}
              viewer={viewer}
              caseStudySlug={slug}
              groupSlug={groupSlug}
            />
          )}
        </div>
      </div>
    </div>
  );
}

function UnverifiedEmail({ viewer }: { viewer: Viewer }) {
  return (
    <Alert
      severity="warning"
      as="h2"
      title="Confirmez votre adresse e-mail pour poser une question"
      description={
        <>
          <p className="fr-mb-2w">
            Pour que chaque question ait un auteur joignable, il faut avoir confirmé son adresse e-mail. Nous
            avons envoyé un lien de confirmation à <strong>{viewer.email}</strong> : cliquez dessus, puis
            revenez sur cette page.
          </p>
          <ResendVerification label="Renvoyer l'e-mail de confirmation" email={viewer.email} />
        </>
      }
    />
  );
}

interface AskQuestionProps {
  viewer: Viewer;
  caseStudySlug: string | null;
  groupSlug: string | null;
}

function AskQuestion({ viewer, caseStudySlug, groupSlug }: AskQuestionProps) {
  const themes = useQuestionThemes();
  const inGroup = useQuery(AskQuestionGroupQuery, {
    variables: { slug: groupSlug ?? '' },
    skip: groupSlug === null,
  });
  const group = inGroup.data?.group;
  const about = useQuery(AskQuestionCaseStudyQuery, {
    variables: { slug: caseStudySlug ?? '' },
    skip: caseStudySlug === null,
  });
  const found = about.data?.caseStudy;
  const caseStudy: AskAboutCaseStudy | null =
    found != null && found.status === 'PUBLISHED'
      ? { id: found.id, slug: found.slug, title: found.title }
      : null;
  const waitingForCaseStudy = caseStudySlug !== null && about.loading && about.data === undefined;
  const waitingForGroup = groupSlug !== null && inGroup.loading && inGroup.data === undefined;

  if (groupSlug !== null && !waitingForGroup && (group == null || !group.viewerCan.post)) {
    // Never fall back on a public question: what was meant for a group may be confidential.
    return (
      <GroupUnavailable
        groupSlug={groupSlug}
        group={group ?? null}
        error={inGroup.error}
        what="poser une question"
      />
    );
  }

  if (themes.groups === undefined || waitingForCaseStudy || waitingForGroup) {
    return themes.error !== undefined && themes.groups === undefined ? (
      <ErrorAlert
        title="Impossible d'afficher le formulaire"
        message={describeApiError(themes.error).message}
      />
    ) : (
      <div aria-busy="true">
        <p role="status">Chargement du formulaire…</p>
      </div>
    );
  }

  return (
    <>
      {caseStudySlug !== null && caseStudy === null && (
        <Alert
          severity="warning"
          small
          className="fr-mb-4w"
          description={
            about.error === undefined
              ? "Le retour d'expérience de cette adresse n'existe pas ou n'est pas publié : votre question ne lui sera pas rattachée."
              : `Le retour d'expérience n'a pas pu être chargé : votre question ne lui sera pas rattachée. ${describeApiError(about.error).message}`
          }
        />
      )}
      {group != null && <PostingInGroup group={group} what="question" />}
      <AskQuestionForm
        viewerId={viewer.id}
        group={group ?? null}
        themeGroups={themes.groups}
        caseStudy={caseStudy}
        initialThemeSlugs={caseStudy === null ? [] : offeredThemes(themes.groups, found?.themes ?? [])}
      />
    </>
  );
}

/** The case study's themes that can still be chosen (active), as many as a question takes. */
function offeredThemes(groups: readonly ThemeGroup[], themes: ReadonlyArray<{ slug: string }>): string[] {
  const offered = new Set(groups.flatMap((group) => [group.slug, ...group.children.map((c) => c.slug)]));
  return themes
    .map((theme) => theme.slug)
    .filter((slug) => offered.has(slug))
    .slice(0, DISCUSSION_LIMITS.themesMax);
}
