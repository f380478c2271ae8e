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

export type OperationHandler =
  FormattedExecutionResult | ((variables: Record<string, unknown>) => FormattedExecutionResult);

export interface RecordedOperation {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

/**
 * A terminating link answering each operation by name, recording every call. An operation
 * without a handler fails the test loudly (an INTERNAL_SERVER_ERROR naming it).
 */
export function operationsLink(handlers: Record<string, OperationHandler>): {
  link: ApolloLink;
  calls: RecordedOperation[];
} {
  const calls: RecordedOperation[] = [];
  const link = new ApolloLink(
    ({ operationName, variables }) =>
      new Observable((subscriber) => {
        calls.push({ operationName, variables });
        const handler = operationName === undefined ? undefined : handlers[operationName];
        const result: FormattedExecutionResult =
          handler === undefined
            ? {
                data: null,
                errors: [
                  {
                    message: `No test handler for operation ${String(operationName)}`,
                    extensions: { code: 'INTERNAL_SERVER_ERROR' },
                  },
                ],
              }
            : typeof handler === 'function'
              ? handler(variables)
              : handler;
        subscriber.next(result);
        subscriber.complete();
      }),
  );
  return { link, calls };
}

/** A GraphQL error result as the API sends it. */
export function apiError(code: string, extensions: Record<string, unknown> = {}): FormattedExecutionResult {
  return { data: null, errors: [{ message: code, extensions: { code, ...extensions } }] };
}
