import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { operationsLink } from '../../test/static-link';
import { THREAD_ID } from './question-fixtures';

function revision(number: number, title: string | null, body: string, author = 'Martine Girard') {
  return {
    __typename: 'PostRevision',
    id: `rev-${number}`,
    number,
    createdAt: `2026-03-0${number}T10:00:00.000Z`,
    title,
    body,
    author: { __typename: 'User', id: `user-${author}`, displayName: author, deleted: false },
  };
}

function revisions(nodes: ReturnType<typeof revision>[]) {
  return {
    __typename: 'PostRevisionConnection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false },
    edges: nodes.map((node) => ({ __typename: 'PostRevisionEdge', node })),
  };
}

describe('QuestionHistoryPage', () => {
  it('lists the versions of a question, newest first, with a word diff of the selected one', async () => {
    const { link, calls } = operationsLink({
      QuestionHistory: {
        data: {
          thread: {
            __typename: 'Thread',
            id: THREAD_ID,
            title: 'Financer une étude demi-heure',
            revisions: revisions([
              revision(
                3,
                'Financer une étude demi-heure',
                'Notre conseil hésite encore à financer une étude.',
              ),
              revision(
                2,
                'Financer une étude',
                'Notre conseil hésite à financer une étude.',
                'Sophie Lambert',
              ),
              revision(1, 'Financer une étude', 'Notre conseil hésite.'),
            ]),
          },
        },
      },
    });
    renderApp(`/questions/${THREAD_ID}/historique`, link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Historique de la question' })).toBeDefined();
    expect(document.title).toBe('Historique — Financer une étude demi-heure — Pairs');
    expect(calls.find((call) => call.operationName === 'QuestionHistory')?.variables).toEqual({
      id: THREAD_ID,
      first: 50,
    });
    const versions = screen.getByRole('region', { name: '3 versions' });
    expect(
      within(versions)
        .getAllByRole('link')
        .map((item) => item.textContent),
    ).toEqual(['Version 3', 'Version 2', 'Version 1']);
    expect(within(versions).getByRole('link', { name: 'Version 3' }).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(versions.textContent).toContain('Sophie Lambert, le 2 mars 2026 à');

    const shown = screen.getByRole('region', { name: 'Version 3' });
    expect(shown.textContent).toContain('comparée à la version 2');
    expect(within(shown).getByRole('heading', { level: 3, name: 'Titre' })).toBeDefined();
    const added = shown.querySelectorAll('ins');
    expect([...added].map((node) => node.textContent?.trim())).toEqual([
      '[ajouté : demi-heure]',
      '[ajouté : encore ]',
    ]);

    fireEvent.click(within(versions).getByRole('link', { name: 'Version 2' }));
    const second = await screen.findByRole('region', { name: 'Version 2' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(second).getByRole('heading', { level: 2 })),
    );
    // The title did not change in version 2: only the text is compared.
    expect(within(second).queryByRole('heading', { name: 'Titre' })).toBeNull();
    expect(second.querySelector('ins')?.textContent).toBe('[ajouté : à financer une étude]');

    fireEvent.click(within(versions).getByRole('link', { name: 'Version 1' }));
    const first = await screen.findByRole('region', { name: 'Version 1' });
    expect(first.textContent).toContain('Première version : le texte tel que publié.');
    expect(first.textContent).toContain('Notre conseil hésite.');
  });

  it('shows the versions of a reply, under its thread', async () => {
    const { link } = operationsLink({
      ReplyHistory: {
        data: {
          reply: {
            __typename: 'Reply',
            id: 'r1',
            author: { __typename: 'User', id: 'user-marc', displayName: 'Marc Olivier', deleted: false },
            thread: { __typename: 'Thread', id: THREAD_ID, title: 'Financer une étude' },
            revisions: revisions([
              revision(2, null, 'Avec la DETR et la région.', 'Marc Olivier'),
              revision(1, null, 'Avec la DETR.', 'Marc Olivier'),
            ]),
          },
        },
      },
    });
    renderApp(`/questions/${THREAD_ID}/reponses/r1/historique`, link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Historique de la réponse' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Réponse de Marc Olivier' }).getAttribute('href')).toBe(
      `/questions/${THREAD_ID}/reponses/r1`,
    );
    const shown = screen.getByRole('region', { name: 'Version 2' });
    expect(within(shown).queryByRole('heading', { name: 'Titre' })).toBeNull();
    expect(shown.querySelector('ins')?.textContent).toBe('[ajouté : et la région]');
  });

  it('shows the 404 page for a reply reached through another thread', async () => {
    const { link } = operationsLink({
      ReplyHistory: {
        data: {
          reply: {
            __typename: 'Reply',
            id: 'r1',
            author: null,
            thread: { __typename: 'Thread', id: 'another-thread', title: 'Autre' },
            revisions: revisions([]),
          },
        },
      },
    });
    renderApp(`/questions/${THREAD_ID}/reponses/r1/historique`, link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page non trouvée' })).toBeDefined();
  });
});
