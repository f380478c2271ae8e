import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldErrorDetail } from '@pairs/shared-domain';
import { DomainError } from '../errors/domain-error.js';

/**
 * Flattens class-validator errors into `{ field, reason, message }` details, with dotted
 * paths relative to the argument (`email`, `fundingSources.0.amountEuros`).
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldErrorDetail[] {
  const details: FieldErrorDetail[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [reason, message] of Object.entries(error.constraints ?? {})) {
      details.push({ field, reason, message });
    }
    if (error.children?.length) details.push(...flattenValidationErrors(error.children, field));
  }
  return details;
}

/**
 * Global pipe validating GraphQL inputs declared with class-validator decorators. GraphQL has
 * already refused unknown fields, so no whitelisting: with it, a field that merely lacks a
 * validator would silently arrive as `undefined`.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: false,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainError.badInput(flattenValidationErrors(errors)),
  });
}
