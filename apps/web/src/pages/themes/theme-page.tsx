import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { Link, Navigate, useParams } from 'react-router';
import { CaseStudyCard } from '../case-studies/case-study-card';
import { formatCaseStudyCount } from '../case-studies/case-study-format';
import { caseStudiesPath } from '../case-studies/case-study-paths';
import { NotFoundPage } from '../not-found-page';
import { QuestionCard } from '../questions/question-card';
import { formatQuestionCount } from '../questions/question-format';
import { questionsPath } from '../questions/question-paths';
import { THEMES_PATH, themePath } from './theme-paths';

export const ThemePageQuery = graphql(`
  query ThemePage($slug: String!) {
    theme(slug: $slug) {
      id
      slug
      name
      description
      status
      synonyms
      parent {
        id
        slug
        name
      }
      children {
        id
        slug
        name
      }
    }
  }
`);

export const THEME_CASE_STUDIES_COUNT = 10;

/** Published case studies of a theme (and of its sub-themes, for a top-level theme). */
export const ThemeCaseStudiesQuery = graphql(`
  query ThemeCaseStudies($slug: String!, $first: Int!) {
    caseStudies(filter: { themeSlugs: [$slug] }, first: $first) {
      totalCount
      edges {
        node {
          id
          ...CaseStudyCard
        }
      }
    }
  }
`);

export const THEME_QUESTIONS_COUNT = 5;

/** Questions of a theme (and of its sub-themes), most recently active first. */
export const ThemeQuestionsQuery = graphql(`
  query ThemeQuestions($slug: String!, $first: Int!) {
    threads(filter: { themeSlugs: [$slug] }, orderBy: LAST_ACTIVITY, first: $first) {
      totalCount
      edges {
        node {
          id
          ...QuestionCard
        }
      }
    }
  }
`);

/** `/thematiques/:slug`: one theme; the old slug of a merged theme leads to the canonical address. */
export function ThemePage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(ThemePageQuery, { variables: { slug } });
  const theme = data?.theme;

  if (!loading && error === undefined && theme === null) {
    return <NotFoundPage />;
  }
  if (theme != null && theme.slug !== slug) {
    return <Navigate to={themePath(theme.slug)} replace />;
  }

  return (
    <div className="fr-container fr-my-6w">
      <Breadcrumb
        currentPageLabel={theme?.name ?? 'Thématique'}
        homeLinkProps={{ to: '/' }}
        segments={[
          { label: 'Thématiques', linkProps: { to: THEMES_PATH } },
          ...(theme?.parent == null
            ? []
            : [{ label: theme.parent.name, linkProps: { to: themePath(theme.parent.slug) } }]),
        ]}
      />
      <PageTitle documentTitle={theme?.name ?? 'Thématique'} />
      {loading && theme === undefined && (
        <div aria-busy="true">
          <p role="status">Chargement de la thématique…</p>
        </div>
      )}
      {error !== undefined && (
        <ErrorAlert
          title="Impossible d'afficher cette thématique"
          message={describeApiError(error).message}
        />
      )}
      {theme != null && (
        <>
          {theme.status === 'ARCHIVED' && (
            <Badge severity="warning" className="fr-mb-3w">
              Thématique archivée
            </Badge>
          )}
          {theme.description !== '' && <p className="fr-text--lead">{theme.description}</p>}
          {theme.synonyms.length > 0 && (
            <p className="fr-text--sm">Aussi appelé : {theme.synonyms.join(', ')}</p>
          )}
          {theme.children.length > 0 && (
            <section aria-labelledby="sous-thematiques" className="fr-mb-4w">
              <h2 id="sous-thematiques">Sous-thématiques</h2>
              <ul>
                {theme.children.map((child) => (
                  <li key={child.id}>
                    <Link to={themePath(child.slug)}>{child.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {/* Side by side on a desktop, one after the other on a phone. */}
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <ThemeCaseStudies slug={theme.slug} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <ThemeQuestions slug={theme.slug} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}

function ThemeCaseStudies({ slug }: { slug: string }) {
  const { data, loading, error } = useQuery(ThemeCaseStudiesQuery, {
    variables: { slug, first: THEME_CASE_STUDIES_COUNT },
  });
  const connection = data?.caseStudies;

  return (
    <section aria-labelledby="retours-d-experience" className="fr-mb-6w">
      <h2 id="retours-d-experience">Retours d'expérience</h2>
      {loading && connection === undefined && (
        <div aria-busy="true">
          <p role="status">Chargement des retours d'expérience…</p>
        </div>
      )}
      {error !== undefined && (
        <ErrorAlert
          title="Impossible d'afficher les retours d'expérience"
          message={describeApiError(error).message}
          as="h3"
        />
      )}
      {connection !== undefined &&
        (connection.totalCount === 0 ? (
          <p>Aucun retour d'expérience publié sur cette thématique pour le moment.</p>
        ) : (
          <>
            <p>{formatCaseStudyCount(connection.totalCount)} sur cette thématique.</p>
            <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list fr-mb-4w">
              {connection.edges.map(({ node }) => (
                <li key={node.id} className="fr-col-12">
                  <CaseStudyCard caseStudy={node} titleAs="h3" />
                </li>
              ))}
            </ul>
            <p>
              <Link
                to={caseStudiesPath({ themeSlugs: [slug] })}
                className="fr-link fr-icon-arrow-right-line fr-link--icon-right"
              >
                Voir tous les retours d'expérience
                {connection.totalCount > connection.edges.length && ` (${connection.totalCount})`}
              </Link>
            </p>
          </>
        ))}
    </section>
  );
}

function ThemeQuestions({ slug }: { slug: string }) {
  const { data, loading, error } = useQuery(ThemeQuestionsQuery, {
    variables: { slug, first: THEME_QUESTIONS_COUNT },
  });
  const connection = data?.threads;

  return (
    <section aria-labelledby="questions" className="fr-mb-6w">
      <h2 id="questions">Questions</h2>
      {loading && connection === undefined && (
        <div aria-busy="true">
          <p role="status">Chargement des questions…</p>
        </div>
      )}
      {error !== undefined && (
        <ErrorAlert
          title="Impossible d'afficher les questions"
          message={describeApiError(error).message}
          as="h3"
        />
      )}
      {connection !== undefined &&
        (connection.totalCount === 0 ? (
          <p>Aucune question posée sur cette thématique pour le moment.</p>
        ) : (
          <>
            <p>{formatQuestionCount(connection.totalCount)} sur cette thématique.</p>
            <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list fr-mb-4w">
              {connection.edges.map(({ node }) => (
                <li key={node.id} className="fr-col-12">
                  <QuestionCard thread={node} titleAs="h3" />
                </li>
              ))}
            </ul>
            <p>
              <Link
                to={questionsPath({ themeSlug: slug })}
                className="fr-link fr-icon-arrow-right-line fr-link--icon-right"
              >
                Voir toutes les questions
                {connection.totalCount > connection.edges.length && ` (${connection.totalCount})`}
              </Link>
            </p>
          </>
        ))}
    </section>
  );
}
