import { describe, expect, it } from 'vitest';
import { MANDATE_ROLES, mandateRoleLabel } from './mandate-roles';
import { mandateLabel, territoryOptionLabel } from './territory-format';
import { describeUserAgent } from './user-agent';

// Intl writes French thousands with a narrow no-break space.
const nnbsp = (text: string) => text.replace(/ (?=\d{3}\b)/g, '\u202f');

describe('territoryOptionLabel', () => {
  it('shows name, kind, code and population', () => {
    expect(
      territoryOptionLabel({
        name: 'Châlons-en-Champagne',
        kind: 'COMMUNE',
        inseeCode: '51108',
        population: 42971,
      }),
    ).toBe(nnbsp('Châlons-en-Champagne — Commune (51108), 42 971 hab.'));
  });

  it('leaves out an unknown population', () => {
    expect(
      territoryOptionLabel({
        name: 'Saône-et-Loire',
        kind: 'DEPARTEMENT',
        inseeCode: '71',
        population: null,
      }),
    ).toBe('Saône-et-Loire — Département (71).');
  });
});

describe('mandateLabel', () => {
  it('writes the role, the territory, its kind and size', () => {
    expect(mandateLabel('MAIRE', { name: 'Anost', kind: 'COMMUNE', population: 695 })).toBe(
      'Maire — Anost (Commune, 695 habitants)',
    );
    expect(
      mandateLabel('PRESIDENT_EPCI', {
        name: 'CC du Grand Autunois Morvan',
        kind: 'EPCI',
        population: 35102,
      }),
    ).toBe(nnbsp("Président·e d'EPCI — CC du Grand Autunois Morvan (EPCI, 35 102 habitants)"));
  });

  it('has a French label for every role, in the editor order', () => {
    expect(MANDATE_ROLES.map(mandateRoleLabel)).toEqual([
      'Maire',
      'Adjoint·e',
      'Conseiller·ère municipal·e',
      'Conseiller·ère communautaire',
      "Président·e d'EPCI",
      "Vice-président·e d'EPCI",
      'Conseiller·ère départemental·e',
      'Conseiller·ère régional·e',
      'Agent·e / chargé·e de mission',
      'Autre',
    ]);
  });
});

describe('describeUserAgent', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox sur Linux'],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'Edge sur Windows',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      'Safari sur iPhone',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'Chrome sur Android',
    ],
    ['', 'Appareil inconnu'],
  ])('%s → %s', (userAgent, expected) => {
    expect(describeUserAgent(userAgent)).toBe(expected);
  });
});
