import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink } from '../../test/static-link';
import { QUESTION_THEMES, questionCard, threadConnection, themeRef } from './question-fixtures';

const firstPage = [
  questionCard('t1', 'Comment financer une étude demi-heure ?', {
    status: 'SOLVED',
    pinned: true,
    replyCount: 12,
    viewCount: 1520,
    themes: [themeRef('territoire-de-la-demi-heure', 'Territoire de la demi-heure')],
  }),
  questionCard('t2', 'Extinction nocturne : comment prévenir les habitants ?', {
    replyCount: 0,
    viewCount: 1,
  }),
];

function listCalls(calls: { operationName: string | undefined; variables: Record<string, unknown> }[]) {
  return calls.filter((call) => call.operationName === 'QuestionList').map((call) => call.variables);
}

function normalizeSpaces(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

describe('QuestionListPage', () => {
  it('reads the filters from the URL and shows one card per question', async () => {
    const { link, calls } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      QuestionList: { data: { threads: threadConnection(firstPage, { totalCount: 14 }) } },
    });
    renderApp('/questions?thematique=territoire-de-la-demi-heure&statut=resolues&tri=utiles', link);

    expect(screen.getByRole('heading', { level: 1, name: 'Questions' })).toBeDefined();
    expect(await screen.findByText('14 questions')).toBeDefined();
    expect(screen.getByText('14 questions').getAttribute('aria-live')).toBe('polite');
    expect(listCalls(calls)).toEqual([
      {
        filter: { themeSlugs: ['territoire-de-la-demi-heure'], status: 'SOLVED' },
        orderBy: 'TOP',
        first: 15,
        after: null,
      },
    ]);
    await waitFor(() =>
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: /^Thématique / }).value).toBe(
        'territoire-de-la-demi-heure',
      ),
    );
    const status = screen.getByRole('group', { name: 'Statut' });
    expect(within(status).getByLabelText<HTMLInputElement>('Résolues').checked).toBe(true);
    expect(screen.getByLabelText<HTMLSelectElement>('Trier par').value).toBe('TOP');
    expect(
      await screen.findByRole('button', { name: 'Retirer le filtre Territoire de la demi-heure' }),
    ).toBeDefined();

    const card = screen
      .getByRole('heading', { level: 3, name: 'Comment financer une étude demi-heure ?' })
      .closest<HTMLElement>('.fr-card')!;
    expect(within(card).getByRole('link').getAttribute('href')).toBe('/questions/t1');
    const badges = within(within(card).getByRole('list', { name: 'État' })).getAllByRole('listitem');
    expect(badges.map((badge) => badge.textContent)).toEqual(['Résolue', 'Épinglée']);
    expect(
      within(within(card).getByRole('list', { name: 'Thématiques' })).getByText(
        'Territoire de la demi-heure',
      ),
    );
    expect(normalizeSpaces(card.textContent)).toContain(
      'Par Martine Girard · 12 réponses · 1 520 consultations',
    );
    expect(card.textContent).toContain('Dernière activité le 2 mars 2026');
    const second = screen
      .getByRole('heading', { level: 3, name: 'Extinction nocturne : comment prévenir les habitants ?' })
      .closest<HTMLElement>('.fr-card')!;
    expect(second.textContent).toContain('Ouverte');
    expect(second.textContent).toContain('Par Martine Girard · Aucune réponse · 1 consultation');
  });

  it('writes each choice to the URL, back to the first page, and asks again', async () => {
    const { link, calls } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      QuestionList: () => ({
        data: {
          threads: threadConnection(firstPage, { totalCount: 30, endCursor: 'c2', hasNextPage: true }),
        },
      }),
    });
    renderApp('/questions?apres=c1', link);

    await screen.findByText('30 questions');
    fireEvent.click(screen.getByLabelText('Sans réponse'));
    await waitFor(() =>
      expect(listCalls(calls).at(-1)).toEqual({
        filter: { unanswered: true },
        orderBy: 'LAST_ACTIVITY',
        first: 15,
        after: null,
      }),
    );
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /voir plus/i }).getAttribute('href')).toBe(
        '/questions?statut=sans-reponse&apres=c2',
      ),
    );

    await screen.findByRole('option', { name: 'Éclairage public' });
    fireEvent.change(screen.getByRole('combobox', { name: /^Thématique / }), {
      target: { value: 'eclairage-public' },
    });
    fireEvent.change(screen.getByLabelText('Trier par'), { target: { value: 'NEWEST' } });
    await waitFor(() =>
      expect(listCalls(calls).at(-1)).toEqual({
        filter: { themeSlugs: ['eclairage-public'], unanswered: true },
        orderBy: 'NEWEST',
        first: 15,
        after: null,
      }),
    );
    expect(screen.getByRole('link', { name: /voir plus/i }).getAttribute('href')).toBe(
      '/questions?thematique=eclairage-public&statut=sans-reponse&tri=recentes&apres=c2',
    );

    fireEvent.click(screen.getByLabelText('Résolues'));
    await waitFor(() =>
      expect(listCalls(calls).at(-1)?.['filter']).toEqual({
        themeSlugs: ['eclairage-public'],
        status: 'SOLVED',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Retirer le filtre Éclairage public' }));
    await waitFor(() => expect(listCalls(calls).at(-1)?.['filter']).toEqual({ status: 'SOLVED' }));
    expect(screen.getByRole('link', { name: 'Effacer tous les filtres' }).getAttribute('href')).toBe(
      '/questions?tri=recentes',
    );
  });

  it('appends the next page on "Voir plus", without counting again, and focuses the first new card', async () => {
    const { link, calls } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      QuestionList: {
        data: { threads: threadConnection(firstPage, { totalCount: 3, endCursor: 'c2', hasNextPage: true }) },
      },
      QuestionListMore: {
        data: {
          threads: {
            __typename: 'ThreadConnection',
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c3' },
            edges: [{ __typename: 'ThreadEdge', node: questionCard('t3', 'Quel logiciel pour le CCAS ?') }],
          },
        },
      },
    });
    renderApp('/questions', link);

    fireEvent.click(await screen.findByRole('link', { name: 'Voir plus de questions' }));

    const added = await screen.findByRole('link', { name: 'Quel logiciel pour le CCAS ?' });
    await waitFor(() => expect(document.activeElement).toBe(added));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
    expect(screen.queryByRole('link', { name: /voir plus/i })).toBeNull();
    expect(calls.find((call) => call.operationName === 'QuestionListMore')?.variables).toEqual({
      filter: {},
      orderBy: 'LAST_ACTIVITY',
      first: 15,
      after: 'c2',
    });
    expect(listCalls(calls)).toHaveLength(1);
  });

  it('offers members to ask a question, and says when none was asked yet', async () => {
    const { link } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      QuestionList: { data: { threads: threadConnection([]) } },
    });
    renderApp('/questions', link, { viewer: testViewer() });

    expect(await screen.findByText("Aucune question n'a encore été posée.")).toBeDefined();
    expect(screen.getByText('Aucune question').getAttribute('role')).toBe('status');
    expect(screen.getByRole('link', { name: 'Poser une question' }).getAttribute('href')).toBe(
      '/questions/nouvelle',
    );
  });

  it("marks the questions of a private group in the list, for that group's members", async () => {
    const group = {
      __typename: 'Group',
      id: 'group-1',
      slug: 'elus-ruraux',
      name: 'Élus ruraux',
      visibility: 'PRIVATE',
    };
    const { link } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      QuestionList: {
        data: { threads: threadConnection([questionCard('t9', 'Une question du groupe', { group })]) },
      },
    });
    renderApp('/questions', link, { viewer: testViewer() });

    const card = (
      await screen.findByRole('heading', { level: 3, name: 'Une question du groupe' })
    ).closest<HTMLElement>('.fr-card')!;
    expect(normalizeSpaces(card.textContent)).toContain('Groupe privé Groupe : Élus ruraux');
  });

  it('offers no asking link to anonymous visitors', async () => {
    const { link } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      QuestionList: { data: { threads: threadConnection(firstPage) } },
    });
    renderApp('/questions', link);

    await screen.findByText('2 questions');
    expect(screen.queryByRole('link', { name: 'Poser une question' })).toBeNull();
  });

  it('lists the questions about one case study', async () => {
    const { link, calls } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      QuestionListCaseStudy: {
        data: {
          caseStudy: {
            __typename: 'CaseStudy',
            id: 'cs-1',
            slug: 'led-anost',
            title: 'Éclairage LED à Anost',
          },
        },
      },
      QuestionList: { data: { threads: threadConnection(firstPage) } },
    });
    renderApp('/questions?retour=led-anost', link);

    await screen.findByText('2 questions');
    expect(listCalls(calls)).toEqual([
      { filter: { caseStudyId: 'cs-1' }, orderBy: 'LAST_ACTIVITY', first: 15, after: null },
    ]);
    expect(
      screen.getByRole('button', { name: "Retirer le filtre Retour d'expérience : Éclairage LED à Anost" }),
    ).toBeDefined();
  });

  it('explains an unknown theme in the address and offers the full list', async () => {
    const { link } = operationsLink({
      QuestionThemes: QUESTION_THEMES,
      QuestionList: apiError('BAD_USER_INPUT', {
        fields: [{ field: 'filter.themeSlugs.0', reason: 'unknown', message: 'Unknown theme' }],
      }),
    });
    renderApp('/questions?thematique=disparue', link);

    expect(await screen.findByText("Une thématique de cette adresse n'existe pas (ou plus).")).toBeDefined();
    expect(screen.getByRole('link', { name: 'Afficher toutes les questions' }).getAttribute('href')).toBe(
      '/questions',
    );
  });
});
