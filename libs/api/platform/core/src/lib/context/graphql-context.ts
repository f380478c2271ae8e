import type { Viewer } from '../auth/viewer.js';
import type { LoaderRegistry } from '../loaders/loader-registry.js';
import type { ReplayEffect } from '../cache/anonymous-response-cache.js';

/** What every resolver receives as GraphQL context. Built once per request. */
export interface GraphQLContext {
  requestId: string;
  viewer: Viewer;
  /** Per-request DataLoaders: batching and caching never cross requests or viewers. */
  loaders: LoaderRegistry;
  /** Raw HTTP objects, absent for subscriptions. */
  http?: { request: unknown; reply: unknown };
  /**
   * Effects to repeat when this answer is served again from the anonymous response cache
   * (views). Resolvers add them through `BufferedViewCounter.recordFor`.
   */
  replayOnCacheHit?: ReplayEffect[];
}
