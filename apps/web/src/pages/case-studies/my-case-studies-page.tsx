import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeApiError, getFragmentData, graphql, type DocumentType } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { Link } from 'react-router';
import { formatLongDate } from '../../lib/format-date';
import { useViewer } from '../../session/viewer';
import { caseStudyEditPath, caseStudyPath, NEW_CASE_STUDY_PATH } from './case-study-paths';

export const MyCaseStudiesListFragment = graphql(`
  fragment MyCaseStudiesList on CaseStudyConnection {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        slug
        title
        status
        updatedAt
        submittedAt
        publishedAt
        territory {
          id
          name
        }
        changesRequested {
          createdAt
        }
        viewerCan {
          edit
        }
      }
    }
  }
`);

/** One list per state (most recently changed first): a member has a few dozen case studies at most. */
export const MyCaseStudiesQuery = graphql(`
  query MyCaseStudies($handle: String!, $first: Int!) {
    drafts: caseStudies(
      filter: { authorHandle: $handle, status: DRAFT }
      orderBy: UPDATED_AT
      first: $first
    ) {
      ...MyCaseStudiesList
    }
    inReview: caseStudies(
      filter: { authorHandle: $handle, status: IN_REVIEW }
      orderBy: UPDATED_AT
      first: $first
    ) {
      ...MyCaseStudiesList
    }
    published: caseStudies(
      filter: { authorHandle: $handle, status: PUBLISHED }
      orderBy: UPDATED_AT
      first: $first
    ) {
      ...MyCaseStudiesList
    }
    archived: caseStudies(
      filter: { authorHandle: $handle, status: ARCHIVED }
      orderBy: UPDATED_AT
      first: $first
    ) {
      ...MyCaseStudiesList
    }
    hidden: caseStudies(
      filter: { authorHandle: $handle, status: HIDDEN }
      orderBy: UPDATED_AT
      first: $first
    ) {
      ...MyCaseStudiesList
    }
  }
`);

type MyCaseStudiesList = DocumentType<typeof MyCaseStudiesListFragment>;
type MyCaseStudy = MyCaseStudiesList['edges'][number]['node'];
type GroupKey = 'drafts' | 'inReview' | 'published' | 'archived' | 'hidden';

interface Group {
  key: GroupKey;
  title: string;
  empty: string;
  /** Hidden case studies are rare: that section shows only when it has some. */
  hideWhenEmpty?: boolean;
}

const GROUPS: readonly Group[] = [
  { key: 'drafts', title: 'Brouillons', empty: 'Aucun brouillon.' },
  { key: 'inReview', title: 'En relecture', empty: "Aucun retour d'expérience en relecture." },
  { key: 'published', title: 'Publiés', empty: "Aucun retour d'expérience publié." },
  { key: 'archived', title: 'Archivés', empty: "Aucun retour d'expérience archivé." },
  { key: 'hidden', title: 'Masqués par la modération', empty: '', hideWhenEmpty: true },
];

const DOCUMENT_TITLE = "Mes retours d'expérience";
/** Per state; a member writes a few dozen case studies at most. */
const LIST_SIZE = 100;

/** `/mes-retours-d-experience`: the viewer's case studies, by state, with links to edit them. */
export function MyCaseStudiesPage() {
  const { viewer } = useViewer();
  const { data, previousData, loading, error } = useQuery(
    MyCaseStudiesQuery,
    // RequireViewer renders this page only for a signed-in user.
    { variables: { handle: viewer?.handle ?? '', first: LIST_SIZE }, fetchPolicy: 'cache-and-network' },
  );
  const lists = data ?? previousData;

  return (
    <div className="fr-container fr-my-6w">
      <PageTitle documentTitle={DOCUMENT_TITLE} />
      <p>
        Vos brouillons ne sont visibles que de vous, de vos co-auteurs et des modérateurs. Une fois prêts,
        soumettez-les pour relecture : un modérateur les publie ou vous demande des modifications.
      </p>
      <Button linkProps={{ to: NEW_CASE_STUDY_PATH }} className="fr-mb-4w">
        Rédiger un retour d'expérience
      </Button>
      {lists === undefined ? (
        loading ? (
          <div aria-busy="true">
            <p role="status">Chargement de vos retours d'expérience…</p>
          </div>
        ) : (
          <ErrorAlert
            title="Impossible d'afficher vos retours d'expérience"
            message={describeApiError(error).message}
          />
        )
      ) : (
        GROUPS.map((group) => (
          <GroupSection
            key={group.key}
            group={group}
            list={getFragmentData(MyCaseStudiesListFragment, lists[group.key])}
          />
        ))
      )}
    </div>
  );
}

function GroupSection({ group, list }: { group: Group; list: MyCaseStudiesList }) {
  const headingId = `mes-retours-${group.key}`;
  if (group.hideWhenEmpty === true && list.edges.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby={headingId} className="fr-mb-6w">
      <h2 id={headingId}>
        {group.title} ({list.totalCount})
      </h2>
      {list.edges.length === 0 ? (
        <p>{group.empty}</p>
      ) : (
        <ul className="fr-raw-list">
          {list.edges.map(({ node }) => (
            <li key={node.id} className="fr-mb-3w">
              <MyCaseStudyItem caseStudy={node} />
            </li>
          ))}
        </ul>
      )}
      {list.pageInfo.hasNextPage && (
        <p className="fr-text--sm">Seuls les {LIST_SIZE} plus récemment modifiés sont affichés.</p>
      )}
    </section>
  );
}

function MyCaseStudyItem({ caseStudy }: { caseStudy: MyCaseStudy }) {
  const facts = [caseStudy.territory.name, `modifié le ${formatLongDate(caseStudy.updatedAt)}`];
  if (caseStudy.status === 'IN_REVIEW' && caseStudy.submittedAt != null) {
    facts.push(`soumis le ${formatLongDate(caseStudy.submittedAt)}`);
  }
  if (caseStudy.publishedAt != null) {
    facts.push(`publié le ${formatLongDate(caseStudy.publishedAt)}`);
  }
  return (
    <article className="fr-p-2w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <h3 className="fr-h6 fr-mb-1w">
        <Link to={caseStudyPath(caseStudy.slug)}>{caseStudy.title}</Link>
      </h3>
      <p className="fr-text--sm fr-mb-1w">{facts.join(' · ')}</p>
      {caseStudy.status === 'DRAFT' && caseStudy.changesRequested != null && (
        <p className="fr-mb-1w">
          <Badge as="span" severity="warning" small>
            Modifications demandées
          </Badge>
        </p>
      )}
      {caseStudy.viewerCan.edit && (
        <Button priority="secondary" size="small" linkProps={{ to: caseStudyEditPath(caseStudy.slug) }}>
          Modifier<span className="fr-sr-only"> « {caseStudy.title} »</span>
        </Button>
      )}
    </article>
  );
}
