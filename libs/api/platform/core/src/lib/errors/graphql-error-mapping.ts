import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, isErrorCode, type FieldErrorDetail } from '@pairs/shared-domain';
import { DomainError } from './domain-error.js';

/** What the server logs about an error it hides from the client. */
export interface ErrorLogger {
  error(details: Record<string, unknown>, message: string): void;
}

/**
 * Maps anything a resolver throws to a client-safe GraphQLError.
 * DomainErrors keep their code and message; HTTP exceptions from Nest pipes become
 * BAD_USER_INPUT; everything else is an INTERNAL_SERVER_ERROR whose details stay in the log.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError && isErrorCode(error.extensions?.['code'])) return error;
  if (error instanceof DomainError) {
    const extensions: Record<string, unknown> = { code: error.code, ...error.meta };
    if (error.fields.length > 0) extensions['fields'] = error.fields;
    return new GraphQLError(error.message, { extensions, originalError: error });
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = httpStatusToCode(status);
    if (code) {
      const message = code === ErrorCode.BAD_USER_INPUT ? 'Invalid input' : error.message;
      return new GraphQLError(message, { extensions: { code }, originalError: error });
    }
  }
  return internalError(error);
}

function httpStatusToCode(status: number): ErrorCode | null {
  switch (status) {
    case 400:
    case 422:
      return ErrorCode.BAD_USER_INPUT;
    case 401:
      return ErrorCode.UNAUTHENTICATED;
    case 403:
      return ErrorCode.FORBIDDEN;
    case 404:
      return ErrorCode.NOT_FOUND;
    case 409:
      return ErrorCode.CONFLICT;
    case 429:
      return ErrorCode.RATE_LIMITED;
    default:
      return null;
  }
}

function internalError(error: unknown): GraphQLError {
  return new GraphQLError('Internal server error', {
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    originalError: error instanceof Error ? error : new Error(String(error)),
  });
}

/** Apollo/graphql-js codes that we pass through, renamed into our fixed set. */
const PROTOCOL_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.GRAPHQL_VALIDATION_FAILED,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_REQUEST,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_REQUEST,
};

/**
 * Last line of defence (Apollo `formatError`): every error leaving the server has a code
 * from the fixed set, and nothing internal (stack, SQL, driver message) reaches a client.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: ErrorLogger,
): GraphQLFormattedError {
  const original = unwrap(error);
  const rawCode = formatted.extensions?.['code'];
  let code: ErrorCode | undefined;
  if (original instanceof DomainError) code = isErrorCode(original.code) ? original.code : undefined;
  else if (typeof rawCode === 'string' && isErrorCode(rawCode) && rawCode !== ErrorCode.INTERNAL_SERVER_ERROR)
    code = rawCode;
  else if (typeof rawCode === 'string' && PROTOCOL_CODES[rawCode]) code = PROTOCOL_CODES[rawCode];
  // Validation errors raised by validation rules (depth, aliases, cost) carry no code.
  else if (rawCode === undefined && !formatted.path && isValidationLike(original))
    code = ErrorCode.GRAPHQL_VALIDATION_FAILED;

  if (!code || code === ErrorCode.INTERNAL_SERVER_ERROR) {
    logger.error({ err: original, path: formatted.path }, 'Unhandled error in GraphQL request');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  }
  const extensions: Record<string, unknown> = { code };
  for (const key of ['fields', 'retryAfterSeconds'] as const) {
    const value = formatted.extensions?.[key];
    if (value !== undefined) extensions[key] = value;
  }
  if (original instanceof DomainError) {
    Object.assign(extensions, original.meta);
    if (original.fields.length > 0) extensions['fields'] = sanitizeFields(original.fields);
  }
  return {
    message: formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}

function sanitizeFields(fields: FieldErrorDetail[]): FieldErrorDetail[] {
  return fields.map(({ field, reason, message }) => ({ field, reason, message }));
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current instanceof GraphQLError && current.originalError; i++) {
    current = current.originalError;
  }
  return current;
}

function isValidationLike(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError;
}
