import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request state reachable from anywhere below the request (SQL logger, loggers…). */
export interface RequestStore {
  requestId: string;
  /** SQL statements sent to PostgreSQL while serving this request. */
  sqlQueries: number;
}

const storage = new AsyncLocalStorage<RequestStore>();

/** Access to the current request's store; `undefined` outside a request (jobs, boot). */
export const requestContext = {
  create(requestId: string): RequestStore {
    return { requestId, sqlQueries: 0 };
  },
  run<T>(store: RequestStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  /** Re-enter a store in the current execution (used once the body has been parsed). */
  enter(store: RequestStore): void {
    storage.enterWith(store);
  },
  current(): RequestStore | undefined {
    return storage.getStore();
  },
  countSqlQuery(): void {
    const store = storage.getStore();
    if (store) store.sqlQueries++;
  },
};
