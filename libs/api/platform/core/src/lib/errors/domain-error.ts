import { ErrorCode, type FieldErrorDetail } from '@pairs/shared-domain';

/**
 * The one error type services throw. It carries a code from the fixed set and, for
 * BAD_USER_INPUT, the fields concerned. It knows nothing of GraphQL: the error filter
 * maps it to a GraphQL error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldErrorDetail[] = [],
    /** Extra machine-readable data safe to send to the client (e.g. `retryAfterSeconds`). */
    readonly meta: Record<string, string | number | boolean> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(fields: FieldErrorDetail[], message = 'Invalid input'): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, fields);
  }

  static badField(field: string, reason: string, message: string): DomainError {
    return DomainError.badInput([{ field, reason, message }], message);
  }

  static notFound(what = 'Resource'): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
  }

  static unauthenticated(message = 'Authentication required'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'Not allowed'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static conflict(message: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message);
  }

  static rateLimited(retryAfterSeconds: number): DomainError {
    return new DomainError(ErrorCode.RATE_LIMITED, 'Too many attempts, try again later', [], {
      retryAfterSeconds,
    });
  }
}
