import type { ErrorCode } from '@pairs/shared-domain';
import { describeApiError, fieldErrorMessage } from '@pairs/web-graphql';

/** What a form shows after a failed submission. */
export interface FormErrors {
  /** API error code, `null` for a network failure or a client-side check. */
  code: ErrorCode | null;
  /** French message for the alert above the form. */
  message: string;
  /** French message per input path (`email`, `mandates.0.territoryCode`…), shown next to the field. */
  fields: Readonly<Record<string, string>>;
}

export const INVALID_FORM_MESSAGE =
  'Le formulaire contient des erreurs. Corrigez les champs signalés puis réessayez.';

/** How a form shows the API's field errors: the field that shows a path, and its French text. */
export interface FieldErrorMapping {
  fieldOf: (path: string) => string;
  message: (path: string, reason: string) => string;
}

/** Each path shown by the field of the same name, with the shared wording. */
const SAME_FIELDS: FieldErrorMapping = { fieldOf: (path) => path, message: fieldErrorMessage };

/**
 * Turns a failed mutation into form errors. When the API names fields (BAD_USER_INPUT, or
 * CONFLICT for an email or handle already taken), the alert points to them and each field gets
 * its own message (the first one, when several paths land on one field); otherwise the alert
 * carries the page's wording for the code, if it has one, else the generic one (RATE_LIMITED
 * with its delay).
 */
export function formErrorsFrom(
  error: unknown,
  messages: Partial<Record<ErrorCode, string>> = {},
  mapping: FieldErrorMapping = SAME_FIELDS,
): FormErrors {
  const info = describeApiError(error);
  const fields: Record<string, string> = {};
  for (const { field, reason } of info.fields) {
    fields[mapping.fieldOf(field)] ??= mapping.message(field, reason);
  }
  if (Object.keys(fields).length > 0) {
    return { code: info.code, message: INVALID_FORM_MESSAGE, fields };
  }
  const pageMessage = info.code === null ? undefined : messages[info.code];
  return { code: info.code, message: pageMessage ?? info.message, fields };
}

/** Errors found before sending anything (a required choice left empty…). */
export function clientFormErrors(fields: Record<string, string>): FormErrors {
  return { code: null, message: INVALID_FORM_MESSAGE, fields };
}

/** DSFR field props (`Input`, `Checkbox`…) for an error message: error state and message when there is one. */
export function errorState(message: string | undefined): { state?: 'error'; stateRelatedMessage?: string } {
  return message === undefined ? {} : { state: 'error', stateRelatedMessage: message };
}

/** DSFR `Input` props for one field: error state and message when the field has one. */
export function inputState(
  errors: FormErrors | null,
  field: string,
): { state?: 'error'; stateRelatedMessage?: string } {
  return errorState(errors?.fields[field]);
}

/** Reads a text input of a submitted form. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
