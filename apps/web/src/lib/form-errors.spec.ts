import { CombinedGraphQLErrors } from '@apollo/client';
import {
  errorMessageFor,
  FIELD_ERROR_KEYS,
  fieldErrorMessage,
  GENERIC_FIELD_ERROR_MESSAGE,
  NETWORK_ERROR_MESSAGE,
} from '@pairs/web-graphql';
import { describe, expect, it } from 'vitest';
import { clientFormErrors, formErrorsFrom, INVALID_FORM_MESSAGE, inputState } from './form-errors';

function graphQLError(code: string, extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: code, extensions: { code, ...extensions } }],
  });
}

describe('fieldErrorMessage', () => {
  it.each(FIELD_ERROR_KEYS)('has a French sentence for %s', (key) => {
    const [field, reason] = key.split(':') as [string, string];
    const message = fieldErrorMessage(field.replace(/\bN\b/g, '0'), reason);
    expect(message).not.toBe(GENERIC_FIELD_ERROR_MESSAGE);
    expect(message).toMatch(/^[A-ZÀ-Ý].*\.$/u);
  });

  it('reads list indices as any row', () => {
    expect(fieldErrorMessage('mandates.3.territoryCode', 'unknown')).toBe(
      fieldErrorMessage('mandates.0.territoryCode', 'unknown'),
    );
    expect(fieldErrorMessage('mandates.12', 'duplicate')).toBe('Ce mandat figure deux fois dans la liste.');
  });

  it('uses the agreed wording of the sign-up fields', () => {
    expect(fieldErrorMessage('password', 'minLength')).toBe(
      'Le mot de passe doit contenir au moins 12 caractères.',
    );
    expect(fieldErrorMessage('email', 'taken')).toMatch(/^Un compte existe déjà avec cette adresse e-mail/);
    expect(fieldErrorMessage('handle', 'taken')).toBe(
      'Cet identifiant est déjà utilisé. Choisissez-en un autre.',
    );
  });

  it('falls back on a generic French sentence for an unknown pair', () => {
    expect(fieldErrorMessage('email', 'somethingNew')).toBe(GENERIC_FIELD_ERROR_MESSAGE);
  });
});

describe('formErrorsFrom', () => {
  it('maps BAD_USER_INPUT fields to French messages keyed by field path, first reason winning', () => {
    const errors = formErrorsFrom(
      graphQLError('BAD_USER_INPUT', {
        fields: [
          { field: 'email', reason: 'isEmail', message: 'email must be an email' },
          { field: 'password', reason: 'common', message: 'too common' },
          { field: 'password', reason: 'minLength', message: 'too short' },
          { field: 'mandates.1.territoryCode', reason: 'unknown', message: 'Unknown territory code' },
        ],
      }),
    );
    expect(errors).toEqual({
      code: 'BAD_USER_INPUT',
      message: INVALID_FORM_MESSAGE,
      fields: {
        email: fieldErrorMessage('email', 'isEmail'),
        password: fieldErrorMessage('password', 'common'),
        'mandates.1.territoryCode': 'Territoire inconnu. Choisissez un territoire dans la liste proposée.',
      },
    });
  });

  it('maps the fields of a CONFLICT (address or handle already taken)', () => {
    const errors = formErrorsFrom(
      graphQLError('CONFLICT', {
        fields: [
          { field: 'email', reason: 'taken', message: 'taken' },
          { field: 'handle', reason: 'taken', message: 'taken' },
        ],
      }),
    );
    expect(errors.message).toBe(INVALID_FORM_MESSAGE);
    expect(Object.keys(errors.fields)).toEqual(['email', 'handle']);
  });

  it("uses the page's wording for a code when it has one", () => {
    const errors = formErrorsFrom(graphQLError('UNAUTHENTICATED'), {
      UNAUTHENTICATED: 'Adresse e-mail ou mot de passe incorrect.',
    });
    expect(errors).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Adresse e-mail ou mot de passe incorrect.',
      fields: {},
    });
    expect(formErrorsFrom(graphQLError('FORBIDDEN')).message).toBe(errorMessageFor('FORBIDDEN'));
  });

  it('states the delay of RATE_LIMITED in minutes', () => {
    expect(formErrorsFrom(graphQLError('RATE_LIMITED', { retryAfterSeconds: 840 })).message).toBe(
      'Trop de tentatives. Réessayez dans 14 minutes.',
    );
    expect(formErrorsFrom(graphQLError('RATE_LIMITED', { retryAfterSeconds: 20 })).message).toBe(
      'Trop de tentatives. Réessayez dans 1 minute.',
    );
    expect(formErrorsFrom(graphQLError('RATE_LIMITED')).message).toBe(errorMessageFor('RATE_LIMITED'));
  });

  it('gives the network message when the server cannot be reached', () => {
    expect(formErrorsFrom(new TypeError('Failed to fetch'))).toEqual({
      code: null,
      message: NETWORK_ERROR_MESSAGE,
      fields: {},
    });
  });
});

describe('inputState', () => {
  it('gives the DSFR error state of a field with an error, nothing otherwise', () => {
    const errors = clientFormErrors({ email: 'Adresse invalide.' });
    expect(inputState(errors, 'email')).toEqual({ state: 'error', stateRelatedMessage: 'Adresse invalide.' });
    expect(inputState(errors, 'password')).toEqual({});
    expect(inputState(null, 'email')).toEqual({});
  });
});
