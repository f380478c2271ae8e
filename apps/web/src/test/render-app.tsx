import type { ApolloLink } from '@apollo/client';
import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../app';

/** Renders the whole app at `path`, with every GraphQL operation answered by `link`. */
export function renderApp(path: string, link: ApolloLink): RenderResult {
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return render(
    <ApolloProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </ApolloProvider>,
  );
}
