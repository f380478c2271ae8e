import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { operationsLink } from '../../test/static-link';

const PERMISSIONS = {
  __typename: 'CaseStudyPermissions',
  edit: true,
  submit: false,
  review: true,
  archive: false,
  manageAuthors: false,
};

function queued(id: string, title: string, submittedAt: string) {
  return {
    __typename: 'CaseStudy',
    id,
    slug: id,
    title,
    summary: `Résumé de ${title}.`,
    status: 'IN_REVIEW',
    revisionCount: 2,
    submittedAt,
    territory: { __typename: 'Territory', id: 't-71009', name: 'Anost', kind: 'COMMUNE', population: 695 },
    authors: [
      { __typename: 'User', id: 'u-1', handle: 'martine-girard', displayName: 'Martine Girard' },
      { __typename: 'User', id: 'u-2', handle: 'marc-olivier', displayName: 'Marc Olivier' },
    ],
    themes: [{ __typename: 'Theme', id: 'th-1', name: 'Éclairage public' }],
    viewerCan: PERMISSIONS,
  };
}

function connection(items: unknown[]) {
  return {
    data: {
      caseStudies: {
        __typename: 'CaseStudyConnection',
        totalCount: items.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
        edges: items.map((node, index) => ({ __typename: 'CaseStudyEdge', cursor: String(index), node })),
      },
    },
  };
}

function workflowResult(id: string, status: string) {
  return {
    __typename: 'CaseStudy',
    id,
    status,
    publishedAt: status === 'PUBLISHED' ? '2026-11-29T12:00:00.000Z' : null,
    updatedAt: '2026-11-29T12:00:00.000Z',
    viewerCan: { ...PERMISSIONS, review: false },
    changesRequested: null,
  };
}

const RECENT = queued('recent', 'Tablettes pour le conseil municipal', '2026-11-28T09:00:00.000Z');
const OLD = queued('old', 'Éclairage LED à Anost', '2026-11-20T09:00:00.000Z');

describe('ReviewQueuePage', () => {
  it('lists case studies in review, oldest submission first, with their facts and review actions', async () => {
    const { link, calls } = operationsLink({ ReviewQueue: connection([RECENT, OLD]) });
    renderApp('/moderation/relectures', link, { viewer: testViewer({ role: 'MODERATOR' }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Relectures en attente' })).toBeDefined();
    const titles = await screen.findAllByRole('heading', { level: 2 });
    expect(titles.map((title) => title.textContent)).toEqual([
      'Éclairage LED à Anost',
      'Tablettes pour le conseil municipal',
    ]);
    expect(screen.getByText("2 retours d'expérience en attente de relecture.")).toBeDefined();
    const first = titles[0].closest('article')!;
    expect(within(first).getByRole('link', { name: 'Éclairage LED à Anost' }).getAttribute('href')).toBe(
      '/retours-d-experience/old',
    );
    expect(within(first).getByText('Anost (Commune, 695 habitants)')).toBeDefined();
    expect(within(first).getByRole('link', { name: 'Martine Girard' }).getAttribute('href')).toBe(
      '/membres/martine-girard',
    );
    expect(within(first).getByRole('link', { name: 'Marc Olivier' })).toBeDefined();
    expect(within(first).getByText(/^20 novembre 2026 à/)).toBeDefined();
    expect(within(first).getByRole('button', { name: 'Publier' })).toBeDefined();
    expect(within(first).getByRole('button', { name: 'Demander des modifications' })).toBeDefined();
    expect(calls[0]).toEqual({ operationName: 'ReviewQueue', variables: { first: 100 } });
  });

  it('takes a published item out of the queue and says so', async () => {
    let queue = [OLD, RECENT];
    const { link, calls } = operationsLink({
      ReviewQueue: () => connection(queue),
      PublishCaseStudy: ({ input }) => {
        queue = queue.filter((item) => item.id !== (input as { id: string }).id);
        return { data: { publishCaseStudy: workflowResult('old', 'PUBLISHED') } };
      },
    });
    renderApp('/moderation/relectures', link, { viewer: testViewer({ role: 'MODERATOR' }) });
    const first = (await screen.findByRole('heading', { level: 2, name: 'Éclairage LED à Anost' })).closest(
      'article',
    )!;

    fireEvent.click(within(first).getByRole('button', { name: 'Publier' }));

    const notice = await screen.findByText(
      '« Éclairage LED à Anost » est publié : il est maintenant visible de tous.',
    );
    await waitFor(() => expect(document.activeElement?.id).toBe('relecture-effectuee'));
    expect(notice).toBeDefined();
    expect(screen.queryByRole('heading', { level: 2, name: 'Éclairage LED à Anost' })).toBeNull();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Tablettes pour le conseil municipal' }),
    ).toBeDefined();
    expect(calls.find((call) => call.operationName === 'PublishCaseStudy')?.variables).toEqual({
      input: { id: 'old' },
    });
  });

  it('sends an item back to its authors with a required comment', async () => {
    const { link, calls } = operationsLink({
      ReviewQueue: connection([OLD]),
      RequestCaseStudyChanges: { data: { requestChanges: workflowResult('old', 'DRAFT') } },
    });
    renderApp('/moderation/relectures', link, { viewer: testViewer({ role: 'MODERATOR' }) });
    const item = (await screen.findByRole('heading', { level: 2, name: 'Éclairage LED à Anost' })).closest(
      'article',
    )!;

    fireEvent.click(within(item).getByRole('button', { name: 'Demander des modifications' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Envoyer la demande' }));
    expect(await within(item).findByText("Expliquez aux auteurs ce qu'ils doivent modifier.")).toBeDefined();
    fireEvent.change(within(item).getByLabelText(/^Modifications demandées/), {
      target: { value: 'Précisez le coût des candélabres.' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Envoyer la demande' }));

    expect(await screen.findByText(/La demande de modifications a été envoyée aux auteurs/)).toBeDefined();
    expect(screen.getByText('Aucun retour d’expérience en attente de relecture.')).toBeDefined();
    expect(calls.find((call) => call.operationName === 'RequestCaseStudyChanges')?.variables).toEqual({
      input: { id: 'old', comment: 'Précisez le coût des candélabres.' },
    });
  });

  it('tells a member the page is for moderators, without loading the queue', async () => {
    const { link, calls } = operationsLink({});
    renderApp('/moderation/relectures', link, { viewer: testViewer() });

    expect(await screen.findByRole('heading', { name: 'Accès réservé aux modérateurs' })).toBeDefined();
    expect(calls).toEqual([]);
  });

  it('sends anonymous visitors to sign in', async () => {
    renderApp('/moderation/relectures', operationsLink({}).link);

    expect(await screen.findByRole('heading', { level: 1, name: /connecter/i })).toBeDefined();
  });
});
