import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import {
  formatGraphQLError,
  type AnonymousResponseCache,
  LoaderRegistry,
  requestContext,
  type ErrorLogger,
  type GraphQLContext,
  type ViewerResolver,
} from '@pairs/platform-core';
import type { AppConfig } from '../config/config.js';
import { anonymousCachePlugin } from './anonymous-cache.js';
import { buildCredentials, type RawRequestLike } from './credentials.js';

/**
 * Query limits (DESIGN.md §4). Real pages stay below them: a thread page with 100 replies (the
 * largest page), their authors, mandates, territories and quoted replies is 8 deep and costs about
 * 55,000 under graphql-armor's formula (objects 2, scalars 1, ×1.5 per level, × a literal `first`),
 * while a list of 100 threads with 100 replies each costs about a hundred times that.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 50,
  maxCost: 100_000,
  maxTokens: 10_000,
} as const;

/** Subscriptions live on graphql-ws; over HTTP they would resolve to nothing (an internal error). */
const subscriptionsOverWebSocketOnly: ApolloServerPlugin<GraphQLContext> = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ operation }) => {
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
          throw new GraphQLError('Subscriptions are served over graphql-ws only', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        return Promise.resolve();
      },
    }),
};

export function graphqlOptions(
  config: AppConfig,
  viewers: ViewerResolver,
  logger: ErrorLogger,
  cache?: AnonymousResponseCache,
): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    // Every alias counts, `__typename` ones included (armor allows those by default).
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [] },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ignoreIntrospection: true },
    // Armor's token limit throws inside a plugin hook (HTTP 500): Apollo's parser limit is used instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();

  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    subscriptionsOverWebSocketOnly,
    // Apollo's cache-control plugin is on by default and wraps every field resolver to read cache
    // hints nobody sets here (about 3% of a thread page's CPU): off.
    ApolloServerPluginCacheControlDisabled(),
    // graphql-armor's types point at Apollo's CommonJS declarations; the runtime objects are the same.
    ...(protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
  ];
  if (cache) plugins.push(anonymousCachePlugin(cache));
  if (!config.isProduction)
    plugins.push(ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: true }));

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: config.introspection,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    formatError: (formatted, error) => formatGraphQLError(formatted, error, logger),
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // The viewer is resolved once per socket, from the cookies of the upgrade request.
        onConnect: async (ctx) => {
          const request = (ctx.extra as { request?: RawRequestLike }).request;
          const viewer = request ? await viewers.resolve(buildCredentials(request)) : null;
          (ctx.extra as { viewer?: unknown }).viewer = viewer;
          return true;
        },
      },
    },
    context: async (...args: unknown[]): Promise<GraphQLContext> => {
      // graphql-ws calls the context with ({ connectionParams, extra }); Fastify HTTP with (request, reply).
      const first = args[0] as { extra?: { viewer?: GraphQLContext['viewer']; request?: RawRequestLike } } & {
        raw?: RawRequestLike;
        id?: string;
      };
      if (first?.extra) {
        return {
          requestId: requestContext.current()?.requestId ?? 'subscription',
          viewer: first.extra.viewer ?? null,
          loaders: new LoaderRegistry(),
        };
      }
      const request = first as {
        raw: RawRequestLike;
        id: string;
        ip: string;
        cookies?: Record<string, string>;
      };
      const viewer = await viewers.resolve(buildCredentials(request.raw, request.cookies, request.ip));
      return {
        requestId: request.id,
        viewer,
        loaders: new LoaderRegistry(),
        http: { request: args[0], reply: args[1] },
      };
    },
  };
}
