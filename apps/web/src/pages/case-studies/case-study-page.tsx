import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { describeApiError, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { Link, useParams } from 'react-router';
import { formatLongDate } from '../../lib/format-date';
import { formatPopulation, territoryKindLabel } from '../../lib/territory-format';
import { profilePath } from '../../session/viewer';
import { GroupMarker } from '../groups/group-marker';
import { NotFoundPage } from '../not-found-page';
import { QuestionCard } from '../questions/question-card';
import { formatQuestionCount } from '../questions/question-format';
import { newQuestionPath, questionsPath } from '../questions/question-paths';
import { themePath } from '../themes/theme-paths';
import { CaseStudyCard } from './case-study-card';
import {
  caseStudyStatusLabel,
  caseStudyStatusSeverity,
  formatEuros,
  formatPeriod,
  formatViewCount,
  populationBandLabel,
} from './case-study-format';
import { CASE_STUDIES_PATH, caseStudyHistoryPath } from './case-study-paths';
import { nestHeadings } from './nest-headings';
import { CaseStudyWorkflowActions } from './workflow-actions';

export const CaseStudyPageQuery = graphql(`
  query CaseStudyPage($slug: String!) {
    caseStudy(slug: $slug) {
      id
      slug
      title
      status
      summary
      revisionCount
      startedOn
      endedOn
      costEuros
      fundingSources {
        name
        amountEuros
      }
      solutionsUsed
      populationBand
      territory {
        id
        name
        kind
        population
      }
      themes {
        id
        slug
        name
      }
      group {
        id
        slug
        name
        visibility
      }
      bodyHtml
      resultsHtml
      environmentalAssessmentHtml
      lessonsLearnedHtml
      contact
      authors {
        id
        handle
        displayName
        deleted
      }
      publishedAt
      updatedAt
      viewCount
      viewerCan {
        edit
        submit
        review
        archive
        manageAuthors
      }
      changesRequested {
        comment
        createdAt
        reviewer {
          id
          handle
          displayName
        }
      }
    }
  }
`);

/** Apart from the page itself, so that a failure there never hides the case study. */
export const SimilarCaseStudiesQuery = graphql(`
  query SimilarCaseStudies($slug: String!) {
    similarCaseStudies(slug: $slug, first: 4) {
      id
      ...CaseStudyCard
    }
  }
`);

export const CASE_STUDY_QUESTIONS_COUNT = 5;

/** Questions readers asked about this case study, most recently active first. */
export const CaseStudyQuestionsQuery = graphql(`
  query CaseStudyQuestions($caseStudyId: ID!, $first: Int!) {
    threads(filter: { caseStudyId: $caseStudyId }, orderBy: LAST_ACTIVITY, first: $first) {
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

type CaseStudy = NonNullable<DocumentType<typeof CaseStudyPageQuery>['caseStudy']>;

/** `/retours-d-experience/:slug`: one case study, laid out to be read on a phone. */
export function CaseStudyPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(CaseStudyPageQuery, { variables: { slug } });
  const caseStudy = data?.caseStudy;

  if (!loading && error === undefined && caseStudy === null) {
    return <NotFoundPage />;
  }

  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-lg-9">
          <Breadcrumb
            currentPageLabel={caseStudy?.title ?? "Retour d'expérience"}
            homeLinkProps={{ to: '/' }}
            segments={[{ label: "Retours d'expérience", linkProps: { to: CASE_STUDIES_PATH } }]}
          />
          {/* One h1 in every state, so focus after navigation has a heading to land on. */}
          <PageTitle documentTitle={caseStudy?.title ?? "Retour d'expérience"} />
          {loading && caseStudy === undefined && (
            <div aria-busy="true">
              <p role="status">Chargement du retour d'expérience…</p>
            </div>
          )}
          {error !== undefined && (
            <ErrorAlert
              title="Impossible d'afficher ce retour d'expérience"
              message={describeApiError(error).message}
            />
          )}
          {caseStudy != null && <CaseStudyContent caseStudy={caseStudy} />}
        </div>
      </div>
    </div>
  );
}

function CaseStudyContent({ caseStudy }: { caseStudy: CaseStudy }) {
  const status = caseStudy.status;
  return (
    <>
      {status !== 'PUBLISHED' && (
        <p className="fr-mb-3w">
          <Badge as="span" severity={caseStudyStatusSeverity(status)}>
            {caseStudyStatusLabel(status)}
          </Badge>
        </p>
      )}
      {caseStudy.changesRequested != null && (
        <Alert
          severity="warning"
          as="h2"
          className="fr-mb-4w"
          title="Modifications demandées par la modération"
          description={
            <>
              <span style={{ whiteSpace: 'pre-line' }}>{caseStudy.changesRequested.comment}</span>
              <br />
              <span className="fr-text--sm">
                {caseStudy.changesRequested.reviewer == null
                  ? 'Demandé'
                  : `Demandé par ${caseStudy.changesRequested.reviewer.displayName}`}{' '}
                le{' '}
                <time dateTime={caseStudy.changesRequested.createdAt}>
                  {formatLongDate(caseStudy.changesRequested.createdAt)}
                </time>
                .
              </span>
            </>
          }
        />
      )}
      {caseStudy.group != null && <GroupMarker group={caseStudy.group} />}
      <CaseStudyWorkflowActions caseStudy={caseStudy} />
      <p className="fr-text--lead">{caseStudy.summary}</p>
      <KeyFacts caseStudy={caseStudy} />
      <HtmlSection id="projet" title="Le projet" html={caseStudy.bodyHtml} />
      <HtmlSection id="resultats" title="Résultats" html={caseStudy.resultsHtml} />
      <HtmlSection
        id="bilan"
        title="Bilan coûts/bénéfices et environnemental"
        html={caseStudy.environmentalAssessmentHtml}
      />
      <HtmlSection id="enseignements" title="Enseignements" html={caseStudy.lessonsLearnedHtml} />
      {caseStudy.contact.trim() !== '' && (
        <section aria-labelledby="contact" className="fr-mb-6w">
          <h2 id="contact">Contact</h2>
          {/* Plain text: pre-line keeps the author's line breaks without any HTML. */}
          <p style={{ whiteSpace: 'pre-line' }}>{caseStudy.contact}</p>
        </section>
      )}
      <About caseStudy={caseStudy} />
      {/* Only a published case study takes questions; an archived one keeps those it had. */}
      {(status === 'PUBLISHED' || status === 'ARCHIVED') && (
        <CaseStudyQuestions id={caseStudy.id} slug={caseStudy.slug} canAsk={status === 'PUBLISHED'} />
      )}
      <SimilarCaseStudies slug={caseStudy.slug} />
    </>
  );
}

/** The facts an élu compares first: where, how big, when, how much, who paid, about what, with what. */
function KeyFacts({ caseStudy }: { caseStudy: CaseStudy }) {
  const { territory } = caseStudy;
  const period = formatPeriod(caseStudy.startedOn, caseStudy.endedOn);
  const territoryDetails = [
    territoryKindLabel(territory.kind),
    territory.population == null
      ? null
      : `${formatPopulation(territory.population)} habitant${territory.population > 1 ? 's' : ''}`,
  ].filter((part): part is string => part !== null);

  return (
    <section aria-labelledby="essentiel" className="fr-callout fr-mb-6w">
      <h2 id="essentiel" className="fr-callout__title fr-h4">
        L'essentiel
      </h2>
      <dl className="fr-pl-0">
        <dt className="fr-text--bold">Territoire</dt>
        <dd className="fr-mb-2w fr-pl-0">
          {territory.name} ({territoryDetails.join(', ')})
          {caseStudy.populationBand != null && (
            <>
              <br />
              <span className="fr-text--sm">{populationBandLabel(caseStudy.populationBand)}</span>
            </>
          )}
        </dd>
        {period !== null && (
          <>
            <dt className="fr-text--bold">Dates</dt>
            <dd className="fr-mb-2w fr-pl-0">{period}</dd>
          </>
        )}
        {caseStudy.costEuros != null && (
          <>
            <dt className="fr-text--bold">Coût total</dt>
            <dd className="fr-mb-2w fr-pl-0">{formatEuros(caseStudy.costEuros)} TTC</dd>
          </>
        )}
        {caseStudy.fundingSources.length > 0 && (
          <>
            <dt className="fr-text--bold">Financements</dt>
            <dd className="fr-mb-2w fr-pl-0">
              <ul>
                {caseStudy.fundingSources.map((funding, index) => (
                  <li key={`${index}-${funding.name}`}>
                    {funding.name} : {formatEuros(funding.amountEuros)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {caseStudy.themes.length > 0 && (
          <>
            <dt className="fr-text--bold">Thématiques</dt>
            <dd className="fr-mb-2w fr-pl-0">
              <ul className="fr-tags-group">
                {caseStudy.themes.map((theme) => (
                  <li key={theme.id}>
                    <Tag small linkProps={{ to: themePath(theme.slug) }}>
                      {theme.name}
                    </Tag>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {caseStudy.solutionsUsed.length > 0 && (
          <>
            <dt className="fr-text--bold">Solutions utilisées</dt>
            <dd className="fr-mb-0 fr-pl-0">
              <ul>
                {caseStudy.solutionsUsed.map((solution, index) => (
                  <li key={`${index}-${solution}`}>{solution}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** A section rendered from the API's safe HTML (markdown rendered server-side, raw HTML escaped). */
function HtmlSection({ id, title, html }: { id: string; title: string; html: string }) {
  if (html.trim() === '') {
    return null;
  }
  return (
    <section aria-labelledby={id} className="fr-mb-6w">
      <h2 id={id}>{title}</h2>
      {/* Trusted: the API's markdown renderer escapes raw HTML and filters link schemes. */}
      <div dangerouslySetInnerHTML={{ __html: nestHeadings(html, 3) }} />
    </section>
  );
}

/** Authors, dates, views and history. */
function About({ caseStudy }: { caseStudy: CaseStudy }) {
  return (
    <section aria-labelledby="a-propos" className="fr-mb-6w">
      <h2 id="a-propos" className="fr-h4">
        À propos de ce retour d'expérience
      </h2>
      {caseStudy.authors.length > 0 && (
        <p className="fr-mb-1w">
          {caseStudy.authors.length > 1 ? 'Auteurs : ' : 'Auteur : '}
          {caseStudy.authors.map((author, index) => (
            <span key={author.id}>
              {index > 0 && ', '}
              {author.deleted ? (
                'Compte supprimé'
              ) : (
                <Link to={profilePath(author.handle)}>{author.displayName}</Link>
              )}
            </span>
          ))}
        </p>
      )}
      <p className="fr-mb-1w">
        {caseStudy.publishedAt != null && (
          <>
            Publié le <time dateTime={caseStudy.publishedAt}>{formatLongDate(caseStudy.publishedAt)}</time>
            {' · '}
          </>
        )}
        Mis à jour le <time dateTime={caseStudy.updatedAt}>{formatLongDate(caseStudy.updatedAt)}</time>
        {caseStudy.status === 'PUBLISHED' || caseStudy.status === 'ARCHIVED' ? (
          <> · {formatViewCount(caseStudy.viewCount)}</>
        ) : null}
      </p>
      {caseStudy.revisionCount > 1 && (
        <p>
          <Link to={caseStudyHistoryPath(caseStudy.slug)}>
            Voir l'historique des modifications ({caseStudy.revisionCount} versions)
          </Link>
        </p>
      )}
    </section>
  );
}

function CaseStudyQuestions({ id, slug, canAsk }: { id: string; slug: string; canAsk: boolean }) {
  const { data, error } = useQuery(CaseStudyQuestionsQuery, {
    variables: { caseStudyId: id, first: CASE_STUDY_QUESTIONS_COUNT },
  });
  const connection = data?.threads;
  return (
    <section aria-labelledby="questions" className="fr-mb-6w">
      <h2 id="questions">Questions sur ce retour d'expérience</h2>
      {error !== undefined && (
        <ErrorAlert
          title="Impossible d'afficher les questions"
          message={describeApiError(error).message}
          as="h3"
          className="fr-mb-2w"
        />
      )}
      {connection !== undefined &&
        (connection.totalCount === 0 ? (
          <p>Aucune question n'a encore été posée sur ce retour d'expérience.</p>
        ) : (
          <>
            <p>{formatQuestionCount(connection.totalCount)} sur ce retour d'expérience.</p>
            <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list fr-mb-2w">
              {connection.edges.map(({ node }) => (
                <li key={node.id} className="fr-col-12">
                  <QuestionCard thread={node} titleAs="h3" />
                </li>
              ))}
            </ul>
            {connection.totalCount > connection.edges.length && (
              <p>
                <Link to={questionsPath({ caseStudySlug: slug })}>
                  Voir les {connection.totalCount} questions
                </Link>
              </p>
            )}
          </>
        ))}
      {canAsk && (
        <Button priority="secondary" linkProps={{ to: newQuestionPath(slug) }}>
          Poser une question aux auteurs
        </Button>
      )}
    </section>
  );
}

function SimilarCaseStudies({ slug }: { slug: string }) {
  const { data } = useQuery(SimilarCaseStudiesQuery, { variables: { slug } });
  const similar = data?.similarCaseStudies ?? [];
  if (similar.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="similaires" className="fr-mb-6w">
      <h2 id="similaires">Retours d'expérience similaires</h2>
      <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {similar.map((item) => (
          <li key={item.id} className="fr-col-12 fr-col-md-6">
            <CaseStudyCard caseStudy={item} titleAs="h3" />
          </li>
        ))}
      </ul>
    </section>
  );
}
