import { Args, Int, Resolver, Subscription } from '@nestjs/graphql';
import { DomainError, Public } from '@pairs/platform-core';

/**
 * Emits the server time every `intervalSeconds` (the first one at once) until the client
 * unsubscribes; `return()` clears the timer so nothing keeps running after the socket closes.
 */
export function heartbeatIterator(intervalMs: number): AsyncIterableIterator<{ heartbeat: Date }> {
  let timer: NodeJS.Timeout | null = null;
  let done = false;
  let first = true;
  const iterator: AsyncIterableIterator<{ heartbeat: Date }> = {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      const delay = first ? 0 : intervalMs;
      first = false;
      return new Promise((resolve) => {
        timer = setTimeout(() => {
          timer = null;
          resolve(
            done ? { value: undefined, done: true } : { value: { heartbeat: new Date() }, done: false },
          );
        }, delay);
      });
    },
    return() {
      done = true;
      if (timer) clearTimeout(timer);
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

@Resolver()
export class HeartbeatResolver {
  @Public() // carries no data: lets any client check its live connection
  @Subscription(() => Date, {
    description: 'Emits the server time at a fixed interval; lets clients check their live connection.',
  })
  heartbeat(@Args('intervalSeconds', { type: () => Int, defaultValue: 15 }) intervalSeconds: number) {
    if (!Number.isInteger(intervalSeconds) || intervalSeconds < 1 || intervalSeconds > 300) {
      throw DomainError.badField('intervalSeconds', 'range', 'intervalSeconds must be between 1 and 300');
    }
    return heartbeatIterator(intervalSeconds * 1000);
  }
}
