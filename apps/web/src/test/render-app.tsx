import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render, type RenderResult } from '@testing-library/react';
import { StrictMode } from 'react';
import { MemoryRouter } from 'react-router';
import { App } from '../app';
import { createCache } from '@pairs/web-graphql';
import type { Viewer } from '../session/viewer';
import { Observable } from 'rxjs';

export interface RenderAppOptions {
  /**
   * Who is signed in (answer of the `Viewer` query); anonymous by default. A function is asked
   * again at each request, for tests where signing in or out changes the answer.
   */
  viewer?: Viewer | null | (() => Viewer | null);
  /** Render inside <StrictMode>, as main.tsx does (effects run twice in development). */
  strict?: boolean;
}

/** A signed-in member, for `renderApp(…, { viewer })`. */
export function testViewer(overrides: Partial<Viewer> = {}): Viewer & { __typename: 'User' } {
  return {
    __typename: 'User',
    id: 'user-1',
    handle: 'claire-martin',
    displayName: 'Claire Martin',
    email: 'claire.martin@anost.fr',
    emailVerified: true,
    role: 'MEMBER',
    ...overrides,
  };
}

/**
 * Renders the whole app at `path`, with every GraphQL operation answered by `link`, except the
 * header's `Viewer` query, answered from `options.viewer`.
 */
export function renderApp(
  path: string,
  link: ApolloLink,
  { viewer = null, strict = false }: RenderAppOptions = {},
): RenderResult & { client: ApolloClient } {
  const viewerLink = new ApolloLink(
    () =>
      new Observable((subscriber) => {
        subscriber.next({ data: { me: typeof viewer === 'function' ? viewer() : viewer } });
        subscriber.complete();
      }),
  );
  const client = new ApolloClient({
    link: ApolloLink.split(({ operationName }) => operationName === 'Viewer', viewerLink, link),
    cache: createCache(),
  });
  const tree = (
    <ApolloProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </ApolloProvider>
  );
  return { ...render(strict ? <StrictMode>{tree}</StrictMode> : tree), client };
}
