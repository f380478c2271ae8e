import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { operationsLink } from '../../test/static-link';
import { themeRef } from './case-study-fixtures';

const caseStudy = {
  __typename: 'CaseStudy',
  id: 'cs-1',
  slug: 'eclairage-led-anost',
  title: "Passer l'éclairage public en LED",
};

function revisionSummary(number: number, changedFields: string[], overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CaseStudyRevision',
    id: `rev-${number}`,
    number,
    createdAt: `2026-04-0${number}T08:30:00.000Z`,
    public: true,
    changedFields,
    author: { __typename: 'User', id: 'user-jean', displayName: 'Jean Dupont', deleted: false },
    ...overrides,
  };
}

function content(number: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CaseStudyRevision',
    id: `rev-${number}`,
    number,
    title: "Passer l'éclairage public en LED",
    summary: 'Anost a remplacé ses points lumineux.',
    territoryCode: '71009',
    themeSlugs: ['eclairage-public'],
    startedOn: '2022-03-01',
    endedOn: null,
    costEuros: 120000,
    fundingSources: [{ __typename: 'FundingSource', name: 'DETR', amountEuros: 50000 }],
    body: 'Le projet.',
    results: 'Consommation divisée par deux.',
    environmentalAssessment: '',
    lessonsLearned: '',
    solutionsUsed: ['Luminaires LED'],
    contact: 'Mairie',
    ...overrides,
  };
}

const revisions = {
  __typename: 'CaseStudyRevisionConnection',
  totalCount: 3,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'r1' },
  edges: [
    {
      __typename: 'CaseStudyRevisionEdge',
      node: revisionSummary(3, ['themeSlugs', 'costEuros', 'fundingSources', 'results']),
    },
    { __typename: 'CaseStudyRevisionEdge', node: revisionSummary(2, ['summary'], { public: false }) },
    { __typename: 'CaseStudyRevisionEdge', node: revisionSummary(1, []) },
  ],
};

const revision3 = {
  ...revisionSummary(3, ['themeSlugs', 'costEuros', 'fundingSources', 'results']),
  ...content(3, {
    themeSlugs: ['eclairage-public', 'energie'],
    costEuros: 125000,
    fundingSources: [
      { __typename: 'FundingSource', name: 'DETR', amountEuros: 50000 },
      { __typename: 'FundingSource', name: 'SDE 71', amountEuros: 25000 },
    ],
    results: 'Consommation divisée par trois.',
  }),
  previous: content(2),
};

describe('CaseStudyHistoryPage', () => {
  it('lists the revisions newest first and shows what the newest changed, word by word', async () => {
    const { link, calls } = operationsLink({
      CaseStudyHistory: { data: { caseStudy } },
      CaseStudyRevisions: { data: { caseStudyRevisions: revisions } },
      CaseStudyRevisionDiff: { data: { caseStudyRevision: revision3 } },
      CaseStudyRevisionLabels: {
        data: {
          themes: [
            {
              ...themeRef('energie', 'Énergie'),
              children: [themeRef('eclairage-public', 'Éclairage public')],
            },
          ],
        },
      },
    });
    renderApp('/retours-d-experience/eclairage-led-anost/historique', link);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Historique des modifications' }),
    ).toBeDefined();
    expect(document.title).toBe("Historique — Passer l'éclairage public en LED — Pairs");
    const list = within(await screen.findByRole('region', { name: '3 versions' })).getAllByRole('listitem');
    expect(list.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Version 3',
      'Version 2',
      'Version 1',
    ]);
    expect(list[0].textContent).toContain('Modifié : Thématiques, Coût total, Financements, Résultats');
    expect(list[0].textContent).toContain('Jean Dupont, le');
    expect(list[1].textContent).toContain('Avant publication');
    expect(list[2].textContent).toContain('Première version');
    expect(within(list[0]).getByRole('link').getAttribute('aria-current')).toBe('true');
    expect(within(list[1]).getByRole('link').getAttribute('href')).toBe(
      '/retours-d-experience/eclairage-led-anost/historique?revision=2',
    );

    const diff = await screen.findByRole('region', { name: 'Version 3' });
    expect(calls.find((call) => call.operationName === 'CaseStudyRevisionDiff')?.variables).toEqual({
      id: 'cs-1',
      number: 3,
    });
    expect(diff.textContent).toContain('comparée à la version 2');

    // Text: only the changed word is marked, with words for screen readers.
    const results = within(diff).getByRole('heading', { level: 3, name: 'Résultats' }).nextElementSibling!;
    expect(results.querySelector('del')?.textContent).toBe('[supprimé : deux]');
    expect(results.querySelector('ins')?.textContent).toBe('[ajouté : trois]');
    expect(results.textContent).toContain('Consommation divisée par ');

    // Lists: added and removed items, themes by name.
    const themes = within(diff).getByRole('heading', { level: 3, name: 'Thématiques' }).nextElementSibling!;
    await waitFor(() => expect(themes.querySelector('ins')?.textContent).toBe('[ajouté : Énergie]'));
    expect(themes.querySelector('del')).toBeNull();
    const fundings = within(diff).getByRole('heading', {
      level: 3,
      name: 'Financements',
    }).nextElementSibling!;
    expect(fundings.querySelector('ins')?.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      '[ajouté : SDE 71 : 25 000 €]',
    );

    // Values: before and after.
    const cost = within(diff).getByRole('heading', { level: 3, name: 'Coût total' }).nextElementSibling!;
    expect(cost.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      '[supprimé : 120 000 €] → [ajouté : 125 000 €]',
    );
  });

  it('shows the revision chosen in the URL, and says when there is nothing before it', async () => {
    const { link } = operationsLink({
      CaseStudyHistory: { data: { caseStudy } },
      CaseStudyRevisions: { data: { caseStudyRevisions: revisions } },
      CaseStudyRevisionDiff: ({ number }) => ({
        data: {
          caseStudyRevision:
            number === 1
              ? { ...revisionSummary(1, []), ...content(1), previous: null }
              : {
                  ...revisionSummary(2, ['summary']),
                  ...content(2, { summary: 'Un nouveau résumé.' }),
                  previous: content(1),
                },
        },
      }),
    });
    renderApp('/retours-d-experience/eclairage-led-anost/historique?revision=1', link);

    const diff = await screen.findByRole('region', { name: 'Version 1' });
    expect(diff.textContent).toContain("il n'y a pas de version antérieure à comparer");

    fireEvent.click(screen.getByRole('link', { name: 'Version 2' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Version 2' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('link', { name: 'Version 2' }).getAttribute('aria-current')).toBe('true');
  });

  it('shows the 404 page when the case study cannot be read', async () => {
    const { link } = operationsLink({ CaseStudyHistory: { data: { caseStudy: null } } });
    renderApp('/retours-d-experience/brouillon-d-un-autre/historique', link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page non trouvée' })).toBeDefined();
  });
});
