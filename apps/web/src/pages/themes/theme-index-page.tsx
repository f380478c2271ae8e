import { useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { Link } from 'react-router';
import { canModerate, useViewer } from '../../session/viewer';
import { formatCaseStudyCount } from '../case-studies/case-study-format';
import { formatQuestionCount } from '../questions/question-format';
import { THEMES_MODERATION_PATH, themePath } from './theme-paths';

export const ThemeIndexQuery = graphql(`
  query ThemeIndex {
    themes {
      id
      slug
      name
      description
      caseStudyCount
      threadCount
      children {
        id
        slug
        name
        caseStudyCount
        threadCount
      }
    }
  }
`);

/** "4 retours d'expérience · 2 questions". */
function contentCounts(theme: { caseStudyCount: number; threadCount: number }): string {
  return `${formatCaseStudyCount(theme.caseStudyCount)} · ${formatQuestionCount(theme.threadCount)}`;
}

/** `/thematiques`: the curated tree, one section per top-level theme. */
export function ThemeIndexPage() {
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(ThemeIndexQuery);
  const themes = data?.themes;

  return (
    <div className="fr-container fr-my-6w">
      <PageTitle documentTitle="Thématiques" />
      <p className="fr-text--lead">
        Les sujets sur lesquels les élus partagent leurs retours d'expérience et leurs questions.
      </p>
      {canModerate(viewer) && (
        <Button
          priority="secondary"
          size="small"
          className="fr-mb-4w"
          linkProps={{ to: THEMES_MODERATION_PATH }}
        >
          Gérer les thématiques
        </Button>
      )}
      {loading && themes === undefined && (
        <div aria-busy="true">
          <p role="status">Chargement des thématiques…</p>
        </div>
      )}
      {error !== undefined && (
        <ErrorAlert title="Impossible d'afficher les thématiques" message={describeApiError(error).message} />
      )}
      {themes?.length === 0 && <p>Aucune thématique pour le moment.</p>}
      {themes?.map((theme) => {
        const headingId = `thematique-${theme.slug}`;
        return (
          <section key={theme.id} aria-labelledby={headingId} className="fr-mb-6w">
            <h2 id={headingId}>
              <Link to={themePath(theme.slug)}>{theme.name}</Link>
            </h2>
            {theme.description !== '' && <p className="fr-mb-1w">{theme.description}</p>}
            <p className="fr-text--sm">{contentCounts(theme)}</p>
            {theme.children.length > 0 && (
              <ul aria-label={`Sous-thématiques de ${theme.name}`}>
                {theme.children.map((child) => (
                  <li key={child.id}>
                    <Link to={themePath(child.slug)}>{child.name}</Link>
                    <span className="fr-text--sm"> — {contentCounts(child)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
