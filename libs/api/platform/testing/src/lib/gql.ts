import request from 'supertest';
import type { Server } from 'node:http';

export interface GqlResponse<TData = Record<string, unknown>> {
  status: number;
  data: TData | null | undefined;
  errors: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> | undefined;
  headers: Record<string, string>;
  /** SQL statements the request ran (`x-sql-queries`, exposed outside production). */
  sqlQueries: number;
  cookies: string[];
}

/** Posts one GraphQL operation as the web app does (JSON body, same origin). */
export async function gql<TData = Record<string, unknown>>(
  server: Server,
  query: string,
  variables?: Record<string, unknown>,
  options: { cookie?: string; headers?: Record<string, string> } = {},
): Promise<GqlResponse<TData>> {
  let req = request(server).post('/graphql').set('content-type', 'application/json');
  if (options.cookie) req = req.set('cookie', options.cookie);
  for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
  const res = await req.send(JSON.stringify({ query, variables }));
  const body = (res.body ?? {}) as { data?: TData | null; errors?: GqlResponse['errors'] };
  const setCookie = res.headers['set-cookie'] as unknown;
  return {
    status: res.status,
    data: body.data,
    errors: body.errors,
    headers: res.headers,
    sqlQueries: Number(res.headers['x-sql-queries'] ?? NaN),
    cookies: Array.isArray(setCookie) ? (setCookie as string[]) : [],
  };
}

/** The codes of a response's errors, for terse assertions. */
export function errorCodes(response: GqlResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((e) => e.extensions?.['code']);
}
