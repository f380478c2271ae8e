import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Card } from '@codegouvfr/react-dsfr/Card';
import { SITE_NAME, SITE_TAGLINE } from '@pairs/shared-domain';
import { describeApiError, graphql } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { formatLongDate } from '../lib/format-date';
import { FlashNotice } from '../session/flash-notice';

export const HomePageQuery = graphql(`
  query HomePage {
    siteInfo {
      name
      tagline
      welcomeMessageHtml
      demoDataLoadedAt
    }
  }
`);

const PILLARS: ReadonlyArray<{ title: string; description: string }> = [
  {
    title: "Retours d'expérience",
    description:
      "Des projets menés par d'autres collectivités, racontés par les élus qui les ont portés : contexte, coûts, difficultés et résultats.",
  },
  {
    title: 'Questions entre pairs',
    description:
      "Posez une question concrète et recevez les réponses d'élus qui ont déjà rencontré la même situation.",
  },
  {
    title: 'Groupes thématiques',
    description:
      'Retrouvez les élus qui travaillent sur les mêmes sujets que vous, de la voirie à la transition écologique.',
  },
];

function WelcomeSection() {
  const { data, loading, error } = useQuery(HomePageQuery);

  if (loading) {
    return (
      <div aria-busy="true">
        <p role="status">Chargement…</p>
      </div>
    );
  }
  if (error !== undefined) {
    return (
      <ErrorAlert
        title="Impossible d'afficher le message d'accueil"
        message={describeApiError(error).message}
      />
    );
  }
  if (data === undefined) {
    return null;
  }

  const { welcomeMessageHtml, demoDataLoadedAt } = data.siteInfo;
  return (
    <>
      {/* Sanitised by the API when it renders the markdown; never inject client-built HTML here. */}
      <div data-testid="welcome-message" dangerouslySetInnerHTML={{ __html: welcomeMessageHtml }} />
      {demoDataLoadedAt != null && (
        <p className="fr-text--sm">
          <Badge as="span" severity="info" small className="fr-mr-1w">
            Démonstration
          </Badge>
          Données de démonstration chargées le{' '}
          <time dateTime={demoDataLoadedAt}>{formatLongDate(demoDataLoadedAt)}</time>
        </p>
      )}
    </>
  );
}

export function HomePage() {
  return (
    <div className="fr-container fr-my-6w">
      {/* Static name and tagline: the h1 exists before the API answers, so focus can land on it. */}
      <PageTitle documentTitle="Accueil">
        {SITE_NAME}
        <span className="fr-sr-only"> : </span>
        <br />
        <span className="fr-text--lead fr-text--regular">{SITE_TAGLINE}</span>
      </PageTitle>
      <FlashNotice />

      <section className="fr-mb-6w" aria-label="Message d'accueil">
        <WelcomeSection />
      </section>

      <section aria-labelledby="piliers-titre">
        <h2 id="piliers-titre">Ce que vous trouverez sur {SITE_NAME}</h2>
        <div className="fr-grid-row fr-grid-row--gutters">
          {PILLARS.map(({ title, description }) => (
            <div key={title} className="fr-col-12 fr-col-md-4">
              <Card
                title={title}
                titleAs="h3"
                desc={description}
                start={
                  <Badge as="span" severity="new" small>
                    Bientôt disponible
                  </Badge>
                }
              />
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
