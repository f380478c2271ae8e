import { describe, expect, it } from 'vitest';
import { DEFAULT_SIGNED_IN_PATH, safeRedirectPath, signInPathFor } from './redirect-path';

describe('safeRedirectPath', () => {
  it.each([
    ['/mon-compte/profil', '/mon-compte/profil'],
    ['/membres/claire-martin?onglet=mandats#mandats', '/membres/claire-martin?onglet=mandats#mandats'],
    ['/', '/'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ])('keeps the site path %s', (raw, expected) => {
    expect(safeRedirectPath(raw)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'mon-compte',
    'https://evil.example/',
    'http:evil.example',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    ' /mon-compte',
  ])('refuses %j and falls back', (raw) => {
    expect(safeRedirectPath(raw)).toBe(DEFAULT_SIGNED_IN_PATH);
  });

  it('does not send back to the sign-in or sign-up page', () => {
    expect(safeRedirectPath('/connexion?redirect=/connexion')).toBe(DEFAULT_SIGNED_IN_PATH);
    expect(safeRedirectPath('/inscription')).toBe(DEFAULT_SIGNED_IN_PATH);
  });

  it('takes another fallback', () => {
    expect(safeRedirectPath('//evil.example', '/')).toBe('/');
  });

  it('round-trips with signInPathFor', () => {
    const path = '/mon-compte/sessions?x=1&y=2';
    const redirect = new URL(signInPathFor(path), 'https://pairs.invalid').searchParams.get('redirect');
    expect(safeRedirectPath(redirect)).toBe(path);
  });
});
