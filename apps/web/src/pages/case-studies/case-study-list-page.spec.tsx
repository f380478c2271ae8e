import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink } from '../../test/static-link';
import { caseStudyCard, themeRef } from './case-study-fixtures';

function facets(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CaseStudyFacets',
    themes: [
      { __typename: 'ThemeFacet', count: 3, theme: themeRef('eclairage-public', 'Éclairage public') },
      { __typename: 'ThemeFacet', count: 2, theme: themeRef('voirie', 'Voirie') },
    ],
    populationBands: [
      { __typename: 'PopulationBandFacet', band: 'UNDER_1000', count: 4, label: 'Moins de 1 000 habitants' },
      {
        __typename: 'PopulationBandFacet',
        band: 'FROM_1000_TO_3499',
        count: 1,
        label: 'De 1 000 à 3 499 habitants',
      },
      {
        __typename: 'PopulationBandFacet',
        band: 'FROM_3500_TO_9999',
        count: 0,
        label: 'De 3 500 à 9 999 habitants',
      },
      {
        __typename: 'PopulationBandFacet',
        band: 'FROM_10000_TO_49999',
        count: 0,
        label: 'De 10 000 à 49 999 habitants',
      },
      { __typename: 'PopulationBandFacet', band: 'FROM_50000', count: 0, label: '50 000 habitants et plus' },
    ],
    regions: [
      {
        __typename: 'RegionFacet',
        count: 5,
        region: { __typename: 'Territory', id: 'reg-27', code: 'REG-27', name: 'Bourgogne-Franche-Comté' },
      },
    ],
    ...overrides,
  };
}

function connection(
  nodes: ReturnType<typeof caseStudyCard>[],
  { totalCount = nodes.length, endCursor = null as string | null, hasNextPage = false } = {},
) {
  return {
    __typename: 'CaseStudyConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    edges: nodes.map((node) => ({ __typename: 'CaseStudyEdge', node })),
    facets: facets(),
  };
}

const firstPage = [
  caseStudyCard('eclairage-led-anost', "Passer l'éclairage public en LED"),
  caseStudyCard('extinction-nocturne', 'Extinction nocturne', {
    costEuros: null,
    populationBand: 'FROM_1000_TO_3499',
    territory: { __typename: 'Territory', id: 't-2', name: 'Autun', population: 1 },
    themes: [themeRef('voirie', 'Voirie')],
  }),
];

function listCalls(calls: { operationName: string | undefined; variables: Record<string, unknown> }[]) {
  return calls.filter((call) => call.operationName === 'CaseStudyList').map((call) => call.variables);
}

describe('CaseStudyListPage', () => {
  it('reads the filters from the URL and shows the counts of each facet', async () => {
    const { link, calls } = operationsLink({
      CaseStudyList: { data: { caseStudies: connection(firstPage, { totalCount: 12 }) } },
    });
    renderApp('/retours-d-experience?thematique=voirie&population=UNDER_1000&region=27&tri=populaires', link);

    expect(screen.getByRole('heading', { level: 1, name: "Retours d'expérience" })).toBeDefined();
    expect(await screen.findByText("12 retours d'expérience")).toBeDefined();
    expect(screen.getByText("12 retours d'expérience").getAttribute('aria-live')).toBe('polite');
    expect(listCalls(calls)).toEqual([
      {
        filter: { themeSlugs: ['voirie'], populationBand: 'UNDER_1000', regionCode: '27' },
        orderBy: 'POPULARITY',
        first: 12,
        after: null,
      },
    ]);

    const themes = screen.getByRole('group', { name: 'Thématiques' });
    expect(within(themes).getByLabelText<HTMLInputElement>('Voirie (2)').checked).toBe(true);
    expect(within(themes).getByLabelText<HTMLInputElement>('Éclairage public (3)').checked).toBe(false);
    const bands = screen.getByRole('group', { name: 'Taille de la commune' });
    expect(within(bands).getByLabelText<HTMLInputElement>('Moins de 1 000 habitants (4)').checked).toBe(true);
    expect(within(bands).getByLabelText('50 000 habitants et plus (0)')).toBeDefined();
    // `27` in the URL selects the région the facets name `REG-27`.
    expect(screen.getByLabelText<HTMLSelectElement>('Région').value).toBe('REG-27');
    expect(screen.getByRole('option', { name: 'Bourgogne-Franche-Comté (5)' })).toBeDefined();
    expect(screen.getByLabelText<HTMLSelectElement>('Trier par').value).toBe('POPULARITY');

    // One card per case study: title link, summary, territory with population and band, themes, cost, date.
    const card = screen
      .getByRole('heading', { level: 3, name: "Passer l'éclairage public en LED" })
      .closest<HTMLElement>('.fr-card')!;
    expect(within(card).getByRole('link').getAttribute('href')).toBe(
      '/retours-d-experience/eclairage-led-anost',
    );
    expect(within(card).getByText("Résumé de passer l'éclairage public en led.")).toBeDefined();
    expect(within(card).getByText('Anost · 695 habitants · Moins de 1 000 habitants')).toBeDefined();
    expect(
      within(within(card).getByRole('list', { name: 'Thématiques' })).getByText('Éclairage public'),
    ).toBeDefined();
    expect(within(card).getByText(/^Coût : 125\s000\s€ · Publié le 2 mars 2026$/)).toBeDefined();
    const second = screen
      .getByRole('heading', { level: 3, name: 'Extinction nocturne' })
      .closest<HTMLElement>('.fr-card')!;
    expect(within(second).getByText('Autun · 1 habitant · De 1 000 à 3 499 habitants')).toBeDefined();
    expect(within(second).getByText('Publié le 2 mars 2026')).toBeDefined();
  });

  it('writes each choice to the URL, back to the first page, and asks again', async () => {
    const { link, calls } = operationsLink({
      CaseStudyList: () => ({
        data: { caseStudies: connection(firstPage, { totalCount: 30, endCursor: 'c2', hasNextPage: true }) },
      }),
    });
    renderApp('/retours-d-experience?thematique=voirie&apres=c1', link);

    fireEvent.click(await screen.findByLabelText('Éclairage public (3)'));
    await waitFor(() =>
      expect(listCalls(calls).at(-1)).toEqual({
        filter: { themeSlugs: ['voirie', 'eclairage-public'] },
        orderBy: 'PUBLISHED_AT',
        first: 12,
        after: null,
      }),
    );
    // The next-page link is built from the URL: it carries the new filter and no longer the old cursor.
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /voir plus/i }).getAttribute('href')).toBe(
        '/retours-d-experience?thematique=voirie&thematique=eclairage-public&apres=c2',
      ),
    );

    fireEvent.click(screen.getByLabelText('De 1 000 à 3 499 habitants (1)'));
    await waitFor(() =>
      expect(listCalls(calls).at(-1)?.['filter']).toEqual({
        themeSlugs: ['voirie', 'eclairage-public'],
        populationBand: 'FROM_1000_TO_3499',
      }),
    );
    fireEvent.change(screen.getByLabelText('Région'), { target: { value: 'REG-27' } });
    fireEvent.change(screen.getByLabelText('Trier par'), { target: { value: 'UPDATED_AT' } });
    await waitFor(() =>
      expect(listCalls(calls).at(-1)).toEqual({
        filter: {
          themeSlugs: ['voirie', 'eclairage-public'],
          populationBand: 'FROM_1000_TO_3499',
          regionCode: 'REG-27',
        },
        orderBy: 'UPDATED_AT',
        first: 12,
        after: null,
      }),
    );
    expect(screen.getByRole('link', { name: /voir plus/i }).getAttribute('href')).toBe(
      '/retours-d-experience?thematique=voirie&thematique=eclairage-public&population=FROM_1000_TO_3499&region=REG-27&tri=mis-a-jour&apres=c2',
    );

    // Active filters can be removed one by one.
    fireEvent.click(screen.getByRole('button', { name: 'Retirer le filtre Voirie' }));
    await waitFor(() =>
      expect(listCalls(calls).at(-1)?.['filter']).toEqual({
        themeSlugs: ['eclairage-public'],
        populationBand: 'FROM_1000_TO_3499',
        regionCode: 'REG-27',
      }),
    );
    expect(screen.getByRole('link', { name: 'Effacer tous les filtres' }).getAttribute('href')).toBe(
      '/retours-d-experience?tri=mis-a-jour',
    );
  });

  it('appends the next page on "Voir plus", without asking for counts again, and focuses the first new card', async () => {
    const { link, calls } = operationsLink({
      CaseStudyList: {
        data: { caseStudies: connection(firstPage, { totalCount: 3, endCursor: 'c2', hasNextPage: true }) },
      },
      CaseStudyListMore: {
        data: {
          caseStudies: {
            __typename: 'CaseStudyConnection',
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c3' },
            edges: [
              {
                __typename: 'CaseStudyEdge',
                node: caseStudyCard('cantine-bio', 'Une cantine bio et locale'),
              },
            ],
          },
        },
      },
    });
    renderApp('/retours-d-experience', link);

    fireEvent.click(await screen.findByRole('link', { name: "Voir plus de retours d'expérience" }));

    const added = await screen.findByRole('link', { name: 'Une cantine bio et locale' });
    await waitFor(() => expect(document.activeElement).toBe(added));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
    expect(screen.queryByRole('link', { name: /voir plus/i })).toBeNull();
    expect(calls.find((call) => call.operationName === 'CaseStudyListMore')?.variables).toEqual({
      filter: {},
      orderBy: 'PUBLISHED_AT',
      first: 12,
      after: 'c2',
    });
    expect(listCalls(calls)).toHaveLength(1);
  });

  it('names a sub-theme selected from a link even when no facet counts it', async () => {
    const { link } = operationsLink({
      CaseStudyList: { data: { caseStudies: { ...connection([]), facets: facets({ themes: [] }) } } },
      CaseStudyListLabels: {
        data: {
          themes: [
            {
              ...themeRef('urbanisme', 'Urbanisme'),
              children: [themeRef('mobilier-urbain', 'Mobilier urbain')],
            },
          ],
        },
      },
    });
    renderApp('/retours-d-experience?thematique=mobilier-urbain', link);

    expect(await screen.findByText("Aucun retour d'expérience")).toBeDefined();
    expect(screen.getByText("Aucun retour d'expérience ne correspond à ces filtres.")).toBeDefined();
    expect(await screen.findByRole('button', { name: 'Retirer le filtre Mobilier urbain' })).toBeDefined();
    expect(screen.getByLabelText<HTMLInputElement>('Mobilier urbain').checked).toBe(true);
    expect(screen.getByRole('link', { name: 'Effacer les filtres' }).getAttribute('href')).toBe(
      '/retours-d-experience',
    );
  });

  it('says when nothing is published yet, and offers members to write one', async () => {
    const { link } = operationsLink({ CaseStudyList: { data: { caseStudies: connection([]) } } });
    renderApp('/retours-d-experience', link, { viewer: testViewer() });

    expect(await screen.findByText("Aucun retour d'expérience n'a encore été publié.")).toBeDefined();
    expect(screen.getByRole('link', { name: "Rédiger un retour d'expérience" }).getAttribute('href')).toBe(
      '/retours-d-experience/nouveau',
    );
  });

  it('offers no writing link to anonymous visitors', async () => {
    const { link } = operationsLink({ CaseStudyList: { data: { caseStudies: connection(firstPage) } } });
    renderApp('/retours-d-experience', link);

    await screen.findByText("2 retours d'expérience");
    expect(screen.queryByRole('link', { name: "Rédiger un retour d'expérience" })).toBeNull();
  });

  it('explains an unknown filter in the address and offers the full list', async () => {
    const { link } = operationsLink({
      CaseStudyList: apiError('BAD_USER_INPUT', {
        fields: [{ field: 'filter.themeSlugs.0', reason: 'unknown', message: 'Unknown theme' }],
      }),
    });
    renderApp('/retours-d-experience?thematique=disparue', link);

    expect(
      await screen.findByText("Une thématique ou un territoire de cette adresse n'existe pas (ou plus)."),
    ).toBeDefined();
    expect(
      screen.getByRole('link', { name: "Afficher tous les retours d'expérience" }).getAttribute('href'),
    ).toBe('/retours-d-experience');
  });
});
