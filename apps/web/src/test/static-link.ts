import { ApolloLink } from '@apollo/client';
import type { FormattedExecutionResult } from 'graphql';
import { Observable } from 'rxjs';

/** A terminating link that answers every operation with `result`, like the API would. */
export function staticResultLink(result: FormattedExecutionResult): ApolloLink {
  return new ApolloLink(
    () =>
      new Observable((subscriber) => {
        subscriber.next(result);
        subscriber.complete();
      }),
  );
}

/** A terminating link whose requests never reach a server (network failure). */
export function failingLink(error: Error): ApolloLink {
  return new ApolloLink(() => new Observable((subscriber) => subscriber.error(error)));
}
