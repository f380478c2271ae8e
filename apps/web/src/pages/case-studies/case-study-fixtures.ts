/** API answers for case study specs (list, page, history), with the `__typename`s Apollo caches by. */

export function themeRef(slug: string, name: string) {
  return { __typename: 'Theme', id: `theme-${slug}`, slug, name };
}

export function territoryRef(
  name: string,
  population: number | null,
  overrides: Record<string, unknown> = {},
) {
  return { __typename: 'Territory', id: `territory-${name}`, name, population, ...overrides };
}

/** Fields of the `CaseStudyCard` fragment. */
export function caseStudyCard(slug: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CaseStudy',
    id: `cs-${slug}`,
    slug,
    title,
    summary: `Résumé de ${title.toLowerCase()}.`,
    costEuros: 125000,
    publishedAt: '2026-03-02T10:00:00.000Z',
    populationBand: 'UNDER_1000',
    territory: territoryRef('Anost', 695),
    themes: [themeRef('eclairage-public', 'Éclairage public')],
    group: null,
    ...overrides,
  };
}

export function permissions(
  overrides: Partial<Record<'edit' | 'submit' | 'review' | 'archive', boolean>> = {},
) {
  return {
    __typename: 'CaseStudyPermissions',
    edit: false,
    submit: false,
    review: false,
    archive: false,
    manageAuthors: false,
    ...overrides,
  };
}

export function author(handle: string, displayName: string, deleted = false) {
  return { __typename: 'User', id: `user-${handle}`, handle, displayName, deleted };
}

/** Every field of the `CaseStudyPage` query. */
export function caseStudyDetails(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CaseStudy',
    id: 'cs-1',
    slug: 'eclairage-led-anost',
    title: "Passer l'éclairage public en LED",
    status: 'PUBLISHED',
    summary: 'Anost a remplacé ses 120 points lumineux par des LED.',
    revisionCount: 3,
    startedOn: '2022-03-01',
    endedOn: '2023-06-30',
    costEuros: 125000,
    fundingSources: [
      { __typename: 'FundingSource', name: 'DETR', amountEuros: 50000 },
      { __typename: 'FundingSource', name: 'SDE 71', amountEuros: 25000 },
    ],
    solutionsUsed: ['Luminaires LED', 'Horloges astronomiques'],
    populationBand: 'UNDER_1000',
    territory: territoryRef('Anost', 695, { kind: 'COMMUNE' }),
    themes: [themeRef('eclairage-public', 'Éclairage public'), themeRef('energie', 'Énergie')],
    group: null,
    bodyHtml: '<p>Le projet en détail.</p><h2 id="etapes">Étapes</h2><p>Diagnostic, puis travaux.</p>',
    resultsHtml: '<p>Consommation divisée par trois.</p>',
    environmentalAssessmentHtml: '',
    lessonsLearnedHtml: '<p>Associer les habitants dès le début.</p>',
    contact: 'Secrétariat de mairie\n03 85 00 00 00',
    authors: [author('jean-dupont', 'Jean Dupont'), author('ancien', 'Compte supprimé', true)],
    publishedAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-04-15T10:00:00.000Z',
    viewCount: 1520,
    viewerCan: permissions(),
    changesRequested: null,
    ...overrides,
  };
}
