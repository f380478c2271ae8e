import { useApolloClient } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, graphql, type DocumentType } from '@pairs/web-graphql';
import { useState } from 'react';
import { formatDateTime } from '../../lib/format-date';
import { territoryOptionLabel } from '../../lib/territory-format';
import { formatEuros, formatPeriod } from './case-study-format';

/** The version someone else saved, read fresh from the server (never from the cache). */
export const CaseStudyEditorLatestQuery = graphql(`
  query CaseStudyEditorLatest($slug: String!) {
    caseStudy(slug: $slug) {
      id
      revisionCount
      updatedAt
      title
      summary
      territory {
        id
        code
        inseeCode
        name
        kind
        population
      }
      themes {
        id
        slug
        name
      }
      startedOn
      endedOn
      costEuros
      fundingSources {
        name
        amountEuros
      }
      bodyHtml
      resultsHtml
      environmentalAssessmentHtml
      lessonsLearnedHtml
      solutionsUsed
      contact
    }
  }
`);

type LatestVersion = NonNullable<DocumentType<typeof CaseStudyEditorLatestQuery>['caseStudy']>;

export interface ConflictPanelProps {
  slug: string;
  /** Latest revision number, as the API told with the CONFLICT. */
  latestRevision: number;
  /** Saves the author's text over the latest revision. */
  onOverwrite: (revision: number) => void;
  saving: boolean;
}

/**
 * Shown when someone else saved since the editor loaded. The author's text stays in the form
 * (and in the local draft); they may read the other version, then overwrite it knowingly.
 */
export function ConflictPanel({ slug, latestRevision, onOverwrite, saving }: ConflictPanelProps) {
  const client = useApolloClient();
  const [latest, setLatest] = useState<LatestVersion | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  const showLatest = async () => {
    setLoading(true);
    setLoadError(null);
    try {
      const result = await client.query({
        query: CaseStudyEditorLatestQuery,
        variables: { slug },
        fetchPolicy: 'network-only',
      });
      const caseStudy = result.data?.caseStudy;
      if (caseStudy == null) {
        setLoadError("Ce retour d'expérience n'est plus accessible.");
      } else {
        setLatest(caseStudy);
      }
    } catch (error) {
      setLoadError(describeApiError(error).message);
    } finally {
      setLoading(false);
    }
  };

  const revision = Math.max(latestRevision, latest?.revisionCount ?? 0);

  return (
    <div className="fr-mb-4w">
      <Alert
        severity="warning"
        as="h2"
        title="Quelqu'un d'autre a enregistré ce retour d'expérience entre-temps"
        description={
          <>
            <p className="fr-mb-2w">
              Une nouvelle version (version {revision}) a été enregistrée depuis que vous avez ouvert
              l'éditeur. Vos modifications n'ont pas été enregistrées sur le serveur, mais elles ne sont pas
              perdues : elles restent dans le formulaire ci-dessous et sur cet appareil.
            </p>
            <p className="fr-mb-2w">
              Consultez la dernière version, reportez-y ce qui vous manque si besoin, puis enregistrez votre
              version : elle remplacera celle de l'autre personne (l'historique garde les deux).
            </p>
            <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
              <li>
                <Button
                  type="button"
                  priority="secondary"
                  disabled={loading}
                  onClick={() => void showLatest()}
                >
                  {latest === null ? 'Afficher la dernière version' : 'Actualiser la dernière version'}
                </Button>
              </li>
              <li>
                <Button type="button" disabled={saving} onClick={() => onOverwrite(revision)}>
                  Remplacer par ma version
                </Button>
              </li>
            </ul>
            {loadError !== null && (
              <p className="fr-message fr-message--error" role="alert">
                {loadError}
              </p>
            )}
          </>
        }
      />
      {latest !== null && <LatestVersionView latest={latest} />}
    </div>
  );
}

function Html({ html }: { html: string }) {
  // Sanitised by the API's markdown renderer.
  return html === '' ? <p>—</p> : <div dangerouslySetInnerHTML={{ __html: html }} />;
}

function LatestVersionView({ latest }: { latest: LatestVersion }) {
  return (
    <section
      aria-labelledby="derniere-version"
      className="fr-mt-2w fr-p-3w"
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <h2 id="derniere-version" className="fr-h4">
        Dernière version enregistrée (version {latest.revisionCount})
      </h2>
      <p className="fr-text--sm">
        Enregistrée le <time dateTime={latest.updatedAt}>{formatDateTime(latest.updatedAt)}</time>. En lecture
        seule : votre texte, dans le formulaire, n'a pas changé.
      </p>
      <dl>
        <dt className="fr-text--bold">Titre</dt>
        <dd className="fr-mb-2w">{latest.title}</dd>
        <dt className="fr-text--bold">Résumé</dt>
        <dd className="fr-mb-2w">{latest.summary}</dd>
        <dt className="fr-text--bold">Territoire</dt>
        <dd className="fr-mb-2w">{territoryOptionLabel(latest.territory)}</dd>
        <dt className="fr-text--bold">Thématiques</dt>
        <dd className="fr-mb-2w">{latest.themes.map((theme) => theme.name).join(', ')}</dd>
        <dt className="fr-text--bold">Dates</dt>
        <dd className="fr-mb-2w">{formatPeriod(latest.startedOn, latest.endedOn) ?? '—'}</dd>
        <dt className="fr-text--bold">Coût total</dt>
        <dd className="fr-mb-2w">{latest.costEuros == null ? '—' : formatEuros(latest.costEuros)}</dd>
        <dt className="fr-text--bold">Financements</dt>
        <dd className="fr-mb-2w">
          {latest.fundingSources.length === 0
            ? '—'
            : latest.fundingSources
                .map((source) => `${source.name} : ${formatEuros(source.amountEuros)}`)
                .join(' ; ')}
        </dd>
        <dt className="fr-text--bold">Le projet</dt>
        <dd className="fr-mb-2w">
          <Html html={latest.bodyHtml} />
        </dd>
        <dt className="fr-text--bold">Résultats</dt>
        <dd className="fr-mb-2w">
          <Html html={latest.resultsHtml} />
        </dd>
        <dt className="fr-text--bold">Bilan coûts/bénéfices et environnemental</dt>
        <dd className="fr-mb-2w">
          <Html html={latest.environmentalAssessmentHtml} />
        </dd>
        <dt className="fr-text--bold">Enseignements</dt>
        <dd className="fr-mb-2w">
          <Html html={latest.lessonsLearnedHtml} />
        </dd>
        <dt className="fr-text--bold">Solutions utilisées</dt>
        <dd className="fr-mb-2w">{latest.solutionsUsed.join(', ') || '—'}</dd>
        <dt className="fr-text--bold">Contact</dt>
        <dd className="fr-mb-0">{latest.contact || '—'}</dd>
      </dl>
    </section>
  );
}
