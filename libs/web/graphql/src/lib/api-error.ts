import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isErrorCode, type FieldErrorDetail } from '@pairs/shared-domain';
import { errorMessageFor, NETWORK_ERROR_MESSAGE, rateLimitedMessage } from './error-messages';

/** What the UI needs from a failed operation: a French message, and per-field details for forms. */
export interface ApiErrorInfo {
  /** The API error code, or `null` when the server could not be reached or answered without one. */
  code: ErrorCode | null;
  /** Invalid input fields (only for BAD_USER_INPUT); empty otherwise. */
  fields: FieldErrorDetail[];
  /** French text, ready to be displayed. */
  message: string;
  /** For RATE_LIMITED, the delay the API asks for (the message already states it in minutes). */
  retryAfterSeconds?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFieldErrorDetail(value: unknown): value is FieldErrorDetail {
  return (
    isRecord(value) &&
    typeof value['field'] === 'string' &&
    typeof value['reason'] === 'string' &&
    typeof value['message'] === 'string'
  );
}

/** Only `message` is required by the GraphQL spec; `extensions` is checked where it is read. */
function isGraphQLFormattedError(value: unknown): value is GraphQLFormattedError {
  return isRecord(value) && typeof value['message'] === 'string';
}

function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): ApiErrorInfo {
  // The first error carrying a known code decides the message: one French sentence per failure.
  const withCode = errors.find((error) => isErrorCode(error.extensions?.['code']));
  const rawCode = withCode?.extensions?.['code'];
  // An error without a known code is a server bug from the user's point of view.
  const code = isErrorCode(rawCode) ? rawCode : ErrorCode.INTERNAL_SERVER_ERROR;
  const rawFields = withCode?.extensions?.['fields'];
  const fields = Array.isArray(rawFields) ? rawFields.filter(isFieldErrorDetail) : [];
  const retryAfter = withCode?.extensions?.['retryAfterSeconds'];
  if (code === ErrorCode.RATE_LIMITED && typeof retryAfter === 'number' && retryAfter > 0) {
    return { code, fields, message: rateLimitedMessage(retryAfter), retryAfterSeconds: retryAfter };
  }
  return { code, fields, message: errorMessageFor(code) };
}

/** HTTP statuses that keep their meaning even when the body is not a GraphQL response (e.g. a proxy). */
function codeForStatus(status: number): ErrorCode | null {
  switch (status) {
    case 400:
      return ErrorCode.BAD_REQUEST;
    case 401:
      return ErrorCode.UNAUTHENTICATED;
    case 403:
      return ErrorCode.FORBIDDEN;
    case 429:
      return ErrorCode.RATE_LIMITED;
    default:
      return status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : null;
  }
}

function fromServerError(error: ServerError): ApiErrorInfo {
  // Apollo only parses the body of 2xx `application/json` responses; non-2xx ones (CSRF refusal,
  // rate limiting) often still carry a GraphQL error list, which is more precise than the status.
  try {
    const body: unknown = JSON.parse(error.bodyText);
    const errors =
      isRecord(body) && Array.isArray(body['errors']) ? body['errors'].filter(isGraphQLFormattedError) : [];
    if (errors.length > 0) {
      return fromGraphQLErrors(errors);
    }
  } catch {
    // Not JSON (HTML error page from a proxy…): fall back on the HTTP status below.
  }
  const code = codeForStatus(error.statusCode);
  return code === null
    ? { code: null, fields: [], message: NETWORK_ERROR_MESSAGE }
    : { code, fields: [], message: errorMessageFor(code) };
}

/**
 * Turns any error thrown by Apollo Client 4 (`useQuery().error`, a rejected mutation…)
 * into a code, field details and a French message. Never throws.
 */
export function describeApiError(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    return fromGraphQLErrors(error.errors);
  }
  if (ServerError.is(error)) {
    return fromServerError(error);
  }
  // Network failure, aborted request, unparsable response: nothing more precise to tell the user.
  return { code: null, fields: [], message: NETWORK_ERROR_MESSAGE };
}
