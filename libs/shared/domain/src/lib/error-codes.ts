/**
 * The fixed set of `extensions.code` values a client can receive.
 * Domain codes come from our services; protocol codes from the GraphQL layer itself.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The query could not be parsed (syntax, or too many tokens). */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** The query is invalid against the schema, or exceeds depth, alias or cost limits. */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** The HTTP request itself is not acceptable (CSRF prevention, GET mutation, bad body). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** Anything unexpected: the details are logged with the request id, never sent. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** One invalid field of an input, as sent in `extensions.fields` of a BAD_USER_INPUT error. */
export interface FieldErrorDetail {
  /** Dotted path inside the mutation input, e.g. `email` or `fundingSources.0.amountEuros`. */
  field: string;
  /** Machine-readable reason, e.g. `isEmail`, `maxLength`, `required`. */
  reason: string;
  /** English explanation for developers; the web app shows French texts keyed by `reason`. */
  message: string;
}
