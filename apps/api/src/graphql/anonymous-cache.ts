import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { OperationTypeNode } from 'graphql';
import { SESSION_COOKIE } from '@pairs/identity';
import {
  viewerKeyOf,
  type AnonymousResponseCache,
  type CacheSlot,
  type GraphQLContext,
} from '@pairs/platform-core';

/** Any session cookie skips the cache (even an expired one: it is not an anonymous visitor's page). */
const SESSION_COOKIE_PREFIX = `${SESSION_COOKIE}=`;

type CachedRequest = FastifyRequest & { anonymousCacheSlot?: CacheSlot };

/** A request that may be answered from (or fill) the anonymous cache: an anonymous JSON POST. */
function isAnonymousJsonPost(request: FastifyRequest): boolean {
  if (request.method !== 'POST' || request.url.split('?')[0] !== '/graphql') return false;
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) return false; // Apollo's CSRF rules stay in charge of the rest
  if (request.headers.authorization) return false;
  const cookie = request.headers.cookie ?? '';
  return !cookie.includes(SESSION_COOKIE_PREFIX);
}

/**
 * Fastify `preHandler`: answers an anonymous query from the cache (replaying its views for this
 * visitor) before GraphQL runs, or marks the request so that its answer can be stored.
 */
export function anonymousCacheHook(cache: AnonymousResponseCache) {
  return (request: CachedRequest, reply: FastifyReply, done: () => void): void => {
    if (
      !cache.enabled ||
      !isAnonymousJsonPost(request) ||
      typeof request.body !== 'object' ||
      !request.body
    ) {
      done();
      return;
    }
    const key = cache.keyOf(request.body);
    const hit = cache.get(key);
    if (!hit) {
      request.anonymousCacheSlot = { key, generation: cache.generation };
      done();
      return;
    }
    const viewerKey = viewerKeyOf(null, request);
    for (const effect of hit.effects) effect(viewerKey);
    void reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-status', 'pairs-anonymous; hit')
      .send(hit.body);
  };
}

/**
 * Apollo plugin: stores the answers of anonymous queries that succeeded, and clears the cache after
 * every mutation (every write through the API), before the answer leaves.
 */
export function anonymousCachePlugin(cache: AnonymousResponseCache): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: ({ contextValue }) => {
      contextValue.replayOnCacheHit = [];
      return Promise.resolve({
        willSendResponse: ({ response, operation }) => {
          if (operation?.operation === OperationTypeNode.MUTATION) {
            cache.clear();
            return Promise.resolve();
          }
          const slot = (contextValue.http?.request as CachedRequest | undefined)?.anonymousCacheSlot;
          const body = response.body;
          if (
            slot &&
            contextValue.viewer === null &&
            operation?.operation === OperationTypeNode.QUERY &&
            body.kind === 'single' &&
            !body.singleResult.errors &&
            (response.http.status ?? 200) === 200
          ) {
            cache.set(slot, JSON.stringify(body.singleResult), contextValue.replayOnCacheHit ?? []);
          }
          return Promise.resolve();
        },
      });
    },
  };
}
