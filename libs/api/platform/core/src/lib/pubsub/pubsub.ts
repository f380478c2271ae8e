import { PubSub } from 'graphql-subscriptions';

/**
 * The pub/sub engine behind GraphQL subscriptions, injected (never a module singleton).
 * In-process by default; a Redis engine replaces it when REDIS_URL is set (several API
 * instances), with the same interface.
 */
export const PUB_SUB = Symbol('PUB_SUB');

export interface PubSubEngineLike {
  publish(trigger: string, payload: unknown): Promise<void>;
  asyncIterableIterator<T>(triggers: string | readonly string[]): AsyncIterableIterator<T>;
}

export function createInProcessPubSub(): PubSubEngineLike {
  const pubsub = new PubSub();
  return {
    publish: (trigger, payload) => pubsub.publish(trigger, payload),
    asyncIterableIterator: <T>(triggers: string | readonly string[]) =>
      pubsub.asyncIterableIterator<T>(triggers),
  };
}
