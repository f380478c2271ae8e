import { useQuery } from '@apollo/client/react';
import { graphql } from '@pairs/web-graphql';
import type { ThemeGroup } from '../case-studies/case-study-editor-themes-field';

/** Active themes as a tree: the list filter, the ask form and the moderators' "change themes". */
export const QuestionThemesQuery = graphql(`
  query QuestionThemes {
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

export function useQuestionThemes(skip = false): {
  groups: ThemeGroup[] | undefined;
  loading: boolean;
  error: unknown;
} {
  const { data, loading, error } = useQuery(QuestionThemesQuery, { skip });
  return { groups: data?.themes, loading, error };
}

/** Name of a theme of the tree, or the slug itself when the tree does not hold it. */
export function themeNameIn(groups: readonly ThemeGroup[] | undefined, slug: string): string {
  return (
    groups?.flatMap((group) => [group, ...group.children]).find((theme) => theme.slug === slug)?.name ?? slug
  );
}
