import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { ERROR_CODES } from '@pairs/shared-domain';
import { describeApiError, errorMessageFor, NETWORK_ERROR_MESSAGE } from '@pairs/web-graphql';
import { describe, expect, it } from 'vitest';

describe('errorMessageFor', () => {
  it.each(ERROR_CODES)('has a French text for %s', (code) => {
    const message = errorMessageFor(code);
    expect(message.trim().length).toBeGreaterThan(20);
    expect(message).not.toContain(code);
    // A French sentence: starts with a capital, ends with a full stop.
    expect(message).toMatch(/^[A-ZÀ-Ý].*\.$/u);
  });

  it('uses the agreed wording for the most common codes', () => {
    expect(errorMessageFor('UNAUTHENTICATED')).toBe(
      'Vous devez être connecté·e pour effectuer cette action.',
    );
    expect(errorMessageFor('RATE_LIMITED')).toBe('Trop de tentatives. Réessayez dans quelques minutes.');
    expect(errorMessageFor('INTERNAL_SERVER_ERROR')).toBe(
      'Une erreur inattendue est survenue. Réessayez plus tard.',
    );
  });
});

describe('describeApiError', () => {
  it('reads the code and field details of a GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'email', reason: 'isEmail', message: 'email must be an email' },
              { field: 42, reason: 'malformed' },
            ],
          },
        },
      ],
    });

    expect(describeApiError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', reason: 'isEmail', message: 'email must be an email' }],
      message: errorMessageFor('BAD_USER_INPUT'),
    });
  });

  it('reads the retry delay of RATE_LIMITED and states it in minutes', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 125 } }],
    });
    expect(describeApiError(error)).toEqual({
      code: 'RATE_LIMITED',
      fields: [],
      message: 'Trop de tentatives. Réessayez dans 3 minutes.',
      retryAfterSeconds: 125,
    });
  });

  it('treats a GraphQL error without a known code as an internal error', () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'boom' }] });
    expect(describeApiError(error).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('reads the GraphQL error list of a non-2xx response', () => {
    const bodyText = JSON.stringify({ errors: [{ message: 'CSRF', extensions: { code: 'BAD_REQUEST' } }] });
    const error = new ServerError('Response not successful', {
      response: new Response(bodyText, { status: 400 }),
      bodyText,
    });
    expect(describeApiError(error)).toMatchObject({
      code: 'BAD_REQUEST',
      message: errorMessageFor('BAD_REQUEST'),
    });
  });

  it('falls back on the HTTP status when the body is not GraphQL', () => {
    const error = new ServerError('Response not successful', {
      response: new Response('<html></html>', { status: 429 }),
      bodyText: '<html></html>',
    });
    expect(describeApiError(error).code).toBe('RATE_LIMITED');
  });

  it('gives a generic French message for network failures', () => {
    expect(describeApiError(new TypeError('Failed to fetch'))).toEqual({
      code: null,
      fields: [],
      message: NETWORK_ERROR_MESSAGE,
    });
  });
});
