import { useQuery } from '@apollo/client/react';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { graphql } from '@pairs/web-graphql';
import { PageTitle } from '@pairs/web-ui';
import { Link, useSearchParams } from 'react-router';
import { appendPage, useMoreResults } from '../../lib/use-more-results';
import { useViewer } from '../../session/viewer';
import {
  ActiveFilterTags,
  FilteredListLayout,
  ListLoadError,
  PagedResults,
  type ActiveFilter,
} from '../../ui/filtered-list';
import type { ThemeGroup } from '../case-studies/case-study-editor-themes-field';
import { ORGANIZATIONS_PATH } from '../organizations/organization-paths';
import { themeNameIn, useQuestionThemes } from '../questions/question-themes';
import { GroupCard } from './group-card';
import { formatGroupCount } from './group-format';
import {
  groupFilterFromSearchParams,
  groupFilterInput,
  groupsPath,
  searchParamsFromGroupFilter,
  type GroupListFilter,
} from './group-paths';
import { MyGroupInvitations } from './my-group-invitations';

export const GROUP_PAGE_SIZE = 12;

export const GroupListQuery = graphql(`
  query GroupList($filter: GroupFilter, $first: Int, $after: String) {
    groups(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...GroupCard
        }
      }
    }
  }
`);

/** Next pages: same list, without counting again. */
export const GroupListMoreQuery = graphql(`
  query GroupListMore($filter: GroupFilter, $first: Int, $after: String) {
    groups(filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...GroupCard
        }
      }
    }
  }
`);

/** The organisations of the filter: the directory is small enough for one select. */
export const GROUP_FILTER_ORGANIZATIONS = 100;
export const GroupListOrganizationsQuery = graphql(`
  query GroupListOrganizations($first: Int!) {
    organizations(first: $first) {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
  }
`);

const TITLE = 'Groupes';

function hasFilter(filter: GroupListFilter): boolean {
  return filter.themeSlug !== null || filter.organizationSlug !== null;
}

/**
 * `/groupes`: the peer groups organisations run (private ones are listed too, their content is
 * not), by theme and organisation, and the viewer's own ("Mes groupes") and invitations.
 */
export function GroupListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = groupFilterFromSearchParams(searchParams);
  const { viewer, loading: viewerLoading } = useViewer();
  const signedIn = viewer !== null;
  const themes = useQuestionThemes();
  const organizations = useQuery(GroupListOrganizationsQuery, {
    variables: { first: GROUP_FILTER_ORGANIZATIONS },
  }).data?.organizations.edges.map((edge) => edge.node);
  const variables = {
    filter: groupFilterInput(filter, signedIn),
    first: GROUP_PAGE_SIZE,
    after: filter.after,
  };
  const { data, previousData, loading, error, fetchMore } = useQuery(GroupListQuery, {
    variables,
    // "Mes groupes" means nothing before the session is known.
    skip: filter.mine && viewerLoading,
  });
  const connection = error === undefined ? (data ?? previousData)?.groups : undefined;
  const more = useMoreResults({
    shownCount: connection?.edges.length ?? 0,
    endCursor: connection?.pageInfo.endCursor,
    fetchPage: (after) =>
      fetchMore({
        query: GroupListMoreQuery,
        variables: { ...variables, after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          groups: appendPage(previous.groups, fetchMoreResult.groups),
        }),
      }),
  });

  const update = (change: Partial<GroupListFilter>) => {
    more.reset();
    setSearchParams(searchParamsFromGroupFilter({ ...filter, ...change, after: null }));
  };

  const organizationName = (slug: string) => organizations?.find((org) => org.slug === slug)?.name ?? slug;
  const mine = filter.mine && signedIn;
  let countText = '';
  if (connection !== undefined) countText = formatGroupCount(connection.totalCount);
  else if (loading) countText = 'Chargement des groupes…';

  return (
    <div className="fr-container fr-my-6w">
      <PageTitle documentTitle={mine ? 'Mes groupes' : TITLE}>{TITLE}</PageTitle>
      <p className="fr-text--lead">
        Des groupes de pairs animés par des hubs de territoires, des syndicats et des agences : échangez entre
        élus qui travaillent sur les mêmes sujets. <Link to={ORGANIZATIONS_PATH}>Voir les organisations</Link>
      </p>
      {signedIn && <MyGroupInvitations />}
      <FilteredListLayout
        filters={
          <Filters
            filter={filter}
            signedIn={signedIn}
            themeGroups={themes.groups}
            organizations={organizations}
            onChange={update}
          />
        }
        busy={loading}
        countText={countText}
      >
        <ActiveFilterTags
          filters={activeFilters(filter, (slug) => themeNameIn(themes.groups, slug), organizationName)}
          inForce={hasFilter(filter)}
          clearPath={groupsPath({ mine: filter.mine })}
          onRemove={update}
        />
        {error !== undefined && (
          <ListLoadError
            error={error}
            title="Impossible d'afficher les groupes"
            unknownFilterMessage="Une thématique ou une organisation de cette adresse n'existe pas (ou plus)."
            allPath={groupsPath()}
            allLabel="Afficher tous les groupes"
            firstPagePath={groupsPath({ ...filter, after: null })}
          />
        )}
        {connection !== undefined && (
          <PagedResults
            more={more}
            pageInfo={connection.pageInfo}
            after={filter.after}
            pageAt={(after) => groupsPath({ ...filter, after })}
            count={connection.edges.length}
            empty={{
              filtered: hasFilter(filter),
              noMatch: 'Aucun groupe ne correspond à ces filtres.',
              clearPath: groupsPath({ mine: filter.mine }),
              noMore: "Il n'y a pas d'autre groupe.",
              none: mine ? (
                <p>
                  Vous n'êtes membre d'aucun groupe pour l'instant.{' '}
                  <Link to={groupsPath()}>Parcourir tous les groupes</Link>
                </p>
              ) : (
                <p>Aucun groupe n'a encore été créé.</p>
              ),
            }}
            what="groupes"
          >
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="fr-col-12 fr-col-lg-6">
                <GroupCard group={node} titleAs="h3" />
              </li>
            ))}
          </PagedResults>
        )}
      </FilteredListLayout>
    </div>
  );
}

interface FiltersProps {
  filter: GroupListFilter;
  signedIn: boolean;
  themeGroups: readonly ThemeGroup[] | undefined;
  organizations: ReadonlyArray<{ id: string; slug: string; name: string }> | undefined;
  onChange: (change: Partial<GroupListFilter>) => void;
}

function Filters({ filter, signedIn, themeGroups, organizations, onChange }: FiltersProps) {
  const themeKnown =
    filter.themeSlug === null ||
    (themeGroups ?? []).some(
      (group) => group.slug === filter.themeSlug || group.children.some((c) => c.slug === filter.themeSlug),
    );
  const organizationKnown =
    filter.organizationSlug === null ||
    (organizations ?? []).some((org) => org.slug === filter.organizationSlug);
  return (
    <>
      {signedIn && (
        <RadioButtons
          legend="Afficher"
          name="mes-groupes"
          small
          options={[
            {
              label: 'Tous les groupes',
              nativeInputProps: {
                value: 'tous',
                checked: !filter.mine,
                onChange: () => onChange({ mine: false }),
              },
            },
            {
              label: 'Mes groupes',
              nativeInputProps: {
                value: 'oui',
                checked: filter.mine,
                onChange: () => onChange({ mine: true }),
              },
            },
          ]}
        />
      )}
      <Select
        label="Thématique"
        nativeSelectProps={{
          value: filter.themeSlug ?? '',
          onChange: (event) => onChange({ themeSlug: event.target.value === '' ? null : event.target.value }),
        }}
      >
        <option value="">Toutes les thématiques</option>
        {!themeKnown && filter.themeSlug !== null && (
          <option value={filter.themeSlug}>{filter.themeSlug}</option>
        )}
        {(themeGroups ?? []).map((group) => (
          <optgroup key={group.slug} label={group.name}>
            <option value={group.slug}>{group.name} (ensemble)</option>
            {group.children.map((child) => (
              <option key={child.slug} value={child.slug}>
                {child.name}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <Select
        label="Organisation"
        nativeSelectProps={{
          value: filter.organizationSlug ?? '',
          onChange: (event) =>
            onChange({ organizationSlug: event.target.value === '' ? null : event.target.value }),
        }}
      >
        <option value="">Toutes les organisations</option>
        {!organizationKnown && filter.organizationSlug !== null && (
          <option value={filter.organizationSlug}>{filter.organizationSlug}</option>
        )}
        {(organizations ?? []).map((org) => (
          <option key={org.id} value={org.slug}>
            {org.name}
          </option>
        ))}
      </Select>
    </>
  );
}

function activeFilters(
  filter: GroupListFilter,
  themeName: (slug: string) => string,
  organizationName: (slug: string) => string,
): ActiveFilter<Partial<GroupListFilter>>[] {
  return [
    ...(filter.themeSlug === null
      ? []
      : [{ key: 'theme', label: themeName(filter.themeSlug), remove: { themeSlug: null } }]),
    ...(filter.organizationSlug === null
      ? []
      : [
          {
            key: 'organization',
            label: `Organisation : ${organizationName(filter.organizationSlug)}`,
            remove: { organizationSlug: null },
          },
        ]),
  ];
}
