import { ApolloProvider } from '@apollo/client/react';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { createApolloClient } from '@pairs/web-graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link } from 'react-router';
import { App } from './app';

// DSFR styles are linked from index.html (public/dsfr), as react-dsfr documents for Vite.
// Registering react-router's Link makes every DSFR `linkProps` a client-side navigation.
startReactDsfr({ defaultColorScheme: 'system', Link });

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html must contain <div id="root">');
}

const apolloClient = createApolloClient();

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
