import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { operationsLink } from '../../test/static-link';

function mine(id: string, title: string, status: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CaseStudy',
    id,
    slug: id,
    title,
    status,
    updatedAt: '2026-11-25T09:00:00.000Z',
    submittedAt: status === 'IN_REVIEW' ? '2026-11-26T09:00:00.000Z' : null,
    publishedAt: status === 'PUBLISHED' || status === 'ARCHIVED' ? '2026-10-01T09:00:00.000Z' : null,
    territory: { __typename: 'Territory', id: 't-71009', name: 'Anost' },
    changesRequested: null,
    viewerCan: { __typename: 'CaseStudyPermissions', edit: status !== 'ARCHIVED' },
    ...overrides,
  };
}

function list(items: unknown[]) {
  return {
    __typename: 'CaseStudyConnection',
    totalCount: items.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false },
    edges: items.map((node, index) => ({ __typename: 'CaseStudyEdge', cursor: String(index), node })),
  };
}

describe('MyCaseStudiesPage', () => {
  it("groups the viewer's case studies by state, with edit links", async () => {
    const { link, calls } = operationsLink({
      MyCaseStudies: {
        data: {
          drafts: list([
            mine('tablettes', 'Tablettes pour le conseil', 'DRAFT', {
              changesRequested: {
                __typename: 'CaseStudyReviewComment',
                createdAt: '2026-11-27T09:00:00.000Z',
              },
            }),
          ]),
          inReview: list([mine('led', 'Éclairage LED à Anost', 'IN_REVIEW')]),
          published: list([mine('adressage', 'Adressage des hameaux', 'PUBLISHED')]),
          archived: list([]),
          hidden: list([]),
        },
      },
    });
    renderApp('/mes-retours-d-experience', link, { viewer: testViewer() });

    expect(await screen.findByRole('heading', { level: 1, name: "Mes retours d'expérience" })).toBeDefined();
    expect(screen.getByRole('link', { name: "Rédiger un retour d'expérience" }).getAttribute('href')).toBe(
      '/retours-d-experience/nouveau',
    );
    const drafts = (await screen.findByRole('heading', { level: 2, name: 'Brouillons (1)' })).closest(
      'section',
    )!;
    expect(within(drafts).getByRole('link', { name: 'Tablettes pour le conseil' }).getAttribute('href')).toBe(
      '/retours-d-experience/tablettes',
    );
    expect(within(drafts).getByText('Modifications demandées')).toBeDefined();
    expect(
      within(drafts)
        .getByRole('link', { name: 'Modifier « Tablettes pour le conseil »' })
        .getAttribute('href'),
    ).toBe('/retours-d-experience/tablettes/modifier');

    const inReview = screen.getByRole('heading', { level: 2, name: 'En relecture (1)' }).closest('section')!;
    expect(within(inReview).getByText(/soumis le 26 novembre 2026/)).toBeDefined();
    const published = screen.getByRole('heading', { level: 2, name: 'Publiés (1)' }).closest('section')!;
    expect(within(published).getByRole('link', { name: 'Adressage des hameaux' })).toBeDefined();
    const archived = screen.getByRole('heading', { level: 2, name: 'Archivés (0)' }).closest('section')!;
    expect(within(archived).getByText("Aucun retour d'expérience archivé.")).toBeDefined();
    expect(screen.queryByRole('heading', { name: /Masqués/ })).toBeNull();

    expect(calls.find((call) => call.operationName === 'MyCaseStudies')?.variables).toEqual({
      handle: 'claire-martin',
      first: 100,
    });
  });

  it('sends anonymous visitors to sign in', async () => {
    renderApp('/mes-retours-d-experience', operationsLink({}).link);

    expect(await screen.findByRole('heading', { level: 1, name: /connecter/i })).toBeDefined();
  });
});
