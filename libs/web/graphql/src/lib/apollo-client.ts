import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

export interface CreateApolloClientOptions {
  /** GraphQL HTTP endpoint; relative by default so the dev proxy and production share one origin. */
  httpUri?: string;
  /** WebSocket endpoint for subscriptions; derived from the page origin and `httpUri` when omitted. */
  wsUrl?: string;
}

/** `ws(s)://<current host><path>`, or undefined outside a browser (tests, prerendering). */
function defaultWsUrl(httpUri: string): string | undefined {
  if (typeof window === 'undefined') {
    return undefined;
  }
  const url = new URL(httpUri, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

export function createApolloClient({
  httpUri = '/graphql',
  wsUrl,
}: CreateApolloClientOptions = {}): ApolloClient {
  // Same-origin cookies carry the session; never send them to another origin.
  const httpLink = new HttpLink({ uri: httpUri, credentials: 'same-origin' });

  const resolvedWsUrl = wsUrl ?? defaultWsUrl(httpUri);
  const link =
    resolvedWsUrl === undefined
      ? httpLink
      : ApolloLink.split(
          ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
          // graphql-ws connects lazily, on the first subscription, so pages without one open no socket.
          new GraphQLWsLink(createClient({ url: resolvedWsUrl })),
          httpLink,
        );

  return new ApolloClient({ link, cache: createCache() });
}

/**
 * The cache. Objects without an id that belong to one parent (a case study's permissions, its
 * review comment, its key facts; a thread's participants; a group's or an organisation's
 * permissions) merge field by field: two queries
 * selecting different fields of them must not overwrite each other.
 * Reaction summaries are identified by the post they count (`targetId`): the summary that
 * `react` and `unreact` return then updates the thread or reply on screen by itself.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      CaseStudy: {
        fields: {
          viewerCan: { merge: true },
          changesRequested: { merge: true },
        },
      },
      Thread: {
        fields: {
          viewerCan: { merge: true },
          participants: { merge: true },
        },
      },
      Reply: {
        fields: {
          viewerCan: { merge: true },
        },
      },
      Group: {
        fields: {
          viewerCan: { merge: true },
        },
      },
      Organization: {
        fields: {
          viewerCan: { merge: true },
        },
      },
      ReactionSummary: {
        keyFields: ['targetId'],
      },
    },
  });
}
