import { useQuery } from '@apollo/client/react';
import { graphql, type DocumentType } from '@pairs/web-graphql';
import type { DocumentNode } from 'graphql';

/** The signed-in user as the shell needs them; pages query what else they need by id. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      handle
      displayName
      email
      emailVerified
      role
    }
  }
`);

export type Viewer = NonNullable<DocumentType<typeof ViewerQuery>['me']>;

export interface ViewerState {
  /** The signed-in user, or null for an anonymous visitor (and while unknown). */
  viewer: Viewer | null;
  /** True until the first answer: nothing should be decided on `viewer` before that. */
  loading: boolean;
  /** Set when the session could not be read (server unreachable…). */
  error: unknown;
}

/**
 * Who is browsing. Cache-first: every component asking shares one request. Sign-in, sign-up,
 * sign-out and account deletion refresh it (refetch or store reset).
 */
export function useViewer(): ViewerState {
  const { data, loading, error } = useQuery(ViewerQuery);
  return { viewer: data?.me ?? null, loading: loading && data === undefined, error };
}

/** Public profile path of a member. */
export function profilePath(handle: string): string {
  return `/membres/${encodeURIComponent(handle)}`;
}

/** Mutation options for anything that changes who is signed in: the viewer is read again first. */
export const REFRESH_VIEWER: { refetchQueries: DocumentNode[]; awaitRefetchQueries: boolean } = {
  refetchQueries: [ViewerQuery],
  awaitRefetchQueries: true,
};

/** Moderators and administrators curate shared content (themes…); the API checks it again. */
export function canModerate(viewer: Viewer | null): boolean {
  return viewer !== null && (viewer.role === 'MODERATOR' || viewer.role === 'ADMIN');
}
