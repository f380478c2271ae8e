import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink, type RecordedOperation } from '../../test/static-link';
import {
  QUESTION_THEMES,
  questionAuthor,
  reactions,
  repliesConnection,
  reply,
  replyPermissions,
  THREAD_ID,
  threadDetails,
  threadPermissions,
  themeRef,
} from './question-fixtures';
import { replyDraftKey } from './reply-draft-storage';
import { REPLY_DRAFT_DELAY_MS } from './reply-form';

const PATH = `/questions/${THREAD_ID}`;

function normalizeSpaces(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

function variablesOf(calls: RecordedOperation[], name: string) {
  return calls.filter((call) => call.operationName === name).map((call) => call.variables);
}

/** What the acceptance and moderation mutations answer (the `QuestionState` fragment). */
function questionState(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Thread',
    id: THREAD_ID,
    status: 'OPEN',
    pinned: false,
    themes: [themeRef('territoire-de-la-demi-heure', 'Territoire de la demi-heure')],
    acceptedReply: null,
    viewerCan: threadPermissions({ reply: true, accept: true, edit: true }),
    ...overrides,
  };
}

const author = testViewer({
  id: 'user-martine-girard',
  handle: 'martine-girard',
  displayName: 'Martine Girard',
});
const member = testViewer();

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('QuestionPage', () => {
  it('shows the question, then the accepted answer, then the replies in order', async () => {
    const accepted = reply('r2', {
      body: 'Nous avons demandé une aide de la région.',
      bodyHtml: '<p>Nous avons demandé une aide de la région.</p>',
      author: questionAuthor('jean-pierre-morel', 'Jean-Pierre Morel', {
        role: 'PRESIDENT_EPCI',
        territory: 'CC du Grand Autunois Morvan',
        kind: 'EPCI',
        population: 35102,
      }),
      quotedReply: {
        __typename: 'Reply',
        id: 'r1',
        body: 'Le **conseil** a voté le budget.',
        deleted: false,
        author: { __typename: 'User', id: 'user-marc-olivier', displayName: 'Marc Olivier', deleted: false },
      },
      reactions: reactions('r2', { useful: 3, thanks: 1 }),
      revisionCount: 2,
      editedAt: '2026-03-04T10:00:00.000Z',
    });
    const { link, calls } = operationsLink({
      QuestionPage: {
        data: {
          thread: threadDetails({
            status: 'SOLVED',
            revisionCount: 3,
            editedAt: '2026-03-05T08:00:00.000Z',
            caseStudy: {
              __typename: 'CaseStudy',
              id: 'cs-1',
              slug: 'led-anost',
              title: 'Éclairage LED à Anost',
            },
            acceptedReply: accepted,
            participants: {
              __typename: 'ThreadParticipants',
              totalCount: 8,
              users: [
                {
                  __typename: 'User',
                  id: 'user-martine-girard',
                  handle: 'martine-girard',
                  displayName: 'Martine Girard',
                  deleted: false,
                },
                { __typename: 'User', id: 'user-x', handle: 'x', displayName: 'Ancien', deleted: true },
              ],
            },
            replies: repliesConnection([
              reply('r1', { body: 'Le **conseil** a voté le budget.' }),
              accepted,
              reply('r3', { deleted: true, body: '', bodyHtml: '', author: null }),
            ]),
          }),
        },
      },
    });
    renderApp(PATH, link);

    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'Comment financer une étude « territoire de la demi-heure » ?',
    });
    expect(document.title).toBe('Comment financer une étude « territoire de la demi-heure » ? — Pairs');
    expect(variablesOf(calls, 'QuestionPage')).toEqual([{ id: THREAD_ID, first: 20, from: null }]);
    expect(
      within(screen.getByRole('list', { name: 'État de la question' })).getByText('Résolue'),
    ).toBeDefined();
    expect(screen.getByRole('link', { name: 'Territoire de la demi-heure' }).getAttribute('href')).toBe(
      '/thematiques/territoire-de-la-demi-heure',
    );
    expect(screen.getByRole('link', { name: 'Éclairage LED à Anost' }).getAttribute('href')).toBe(
      '/retours-d-experience/led-anost',
    );

    const question = screen.getByRole('article', { name: 'La question' });
    expect(within(question).getByRole('link', { name: 'Martine Girard' }).getAttribute('href')).toBe(
      '/membres/martine-girard',
    );
    expect(normalizeSpaces(question.textContent)).toContain(
      'Maire — Anost (Commune, 695 habitants) · mandat vérifié',
    );
    expect(question.textContent).toContain('modifiée le 5 mars 2026');
    expect(
      within(question)
        .getByRole('link', { name: /historique des modifications \(3 versions\)/ })
        .getAttribute('href'),
    ).toBe(`/questions/${THREAD_ID}/historique`);
    expect(question.textContent).toContain('42 consultations');
    // Anonymous visitors see the counts, not buttons.
    expect(screen.queryByRole('button', { name: /Marquer comme utile/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Modération' })).toBeNull();

    // The accepted answer comes right after the question, before the chronological replies.
    const acceptedBox = screen.getByRole('region', { name: 'Réponse acceptée' });
    const replies = screen.getByRole('region', { name: '2 réponses' });
    expect(question.compareDocumentPosition(acceptedBox) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(acceptedBox.compareDocumentPosition(replies) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(acceptedBox).getByText('Nous avons demandé une aide de la région.')).toBeDefined();
    expect(normalizeSpaces(acceptedBox.textContent)).toContain(
      "Président·e d'EPCI — CC du Grand Autunois Morvan (EPCI, 35 102 habitants)",
    );
    expect(
      within(acceptedBox)
        .getByRole('link', { name: 'Voir dans la discussion la réponse acceptée' })
        .getAttribute('href'),
    ).toBe(`/questions/${THREAD_ID}/reponses/r2`);

    const articles = within(replies).getAllByRole('article');
    expect(articles.map((article) => article.getAttribute('aria-labelledby'))).toEqual([
      'reponse-r1-titre',
      'reponse-r2-titre',
      'reponse-r3-titre',
    ]);
    const second = articles[1];
    expect(
      within(second).getByRole('heading', { level: 3, name: 'Réponse de Jean-Pierre Morel' }),
    ).toBeDefined();
    expect(within(second).getByText('Réponse acceptée')).toBeDefined();
    expect(normalizeSpaces(second.textContent)).toContain('Utile : 3 · Merci : 1');
    // The quoted reply: an excerpt in a blockquote, linked to its stable URL.
    const quote = second.querySelector('blockquote')!;
    expect(quote.textContent).toContain('Le conseil a voté le budget.');
    expect(within(quote).getByRole('link', { name: 'la réponse de Marc Olivier' }).getAttribute('href')).toBe(
      `/questions/${THREAD_ID}/reponses/r1`,
    );
    expect(
      within(second)
        .getByRole('link', { name: "Voir l'historique de la réponse de Jean-Pierre Morel" })
        .getAttribute('href'),
    ).toBe(`/questions/${THREAD_ID}/reponses/r2/historique`);
    // A deleted reply stays as a placeholder.
    expect(within(articles[2]).getByRole('heading', { level: 3, name: 'Message supprimé' })).toBeDefined();
    expect(within(articles[2]).queryByRole('button')).toBeNull();

    expect(screen.getByRole('link', { name: 'Connectez-vous' }).getAttribute('href')).toBe(
      `/connexion?redirect=${encodeURIComponent(PATH)}`,
    );
    const participants = screen.getByRole('region', { name: 'Participants' });
    expect(participants.textContent).toBe('ParticipantsMartine Girard, Compte supprimé et 6 autres');
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([title]);
  });

  it('toggles the reactions of a reply, showing the new counts at once', async () => {
    const { link, calls } = operationsLink({
      QuestionPage: {
        data: {
          thread: threadDetails({
            viewerCan: threadPermissions({ reply: true, react: true }),
            replies: repliesConnection([
              reply('r1', {
                reactions: reactions('r1', { useful: 2, thanks: 0 }),
                viewerCan: replyPermissions({ react: true }),
              }),
            ]),
          }),
        },
      },
      React: ({ input }) => ({
        data: { react: { ...reactions('r1', { useful: 3, mine: [(input as { kind: string }).kind] }) } },
      }),
      Unreact: { data: { unreact: reactions('r1', { useful: 2 }) } },
    });
    renderApp(PATH, link, { viewer: member });

    const useful = await screen.findByRole('button', {
      name: 'Marquer comme utile la réponse de Marc Olivier (2)',
    });
    expect(useful.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Marquer comme utile la question (0)' })).toBeDefined();

    useful.focus();
    fireEvent.click(useful);
    await waitFor(() => expect(useful.getAttribute('aria-pressed')).toBe('true'));
    expect(useful.textContent).toContain('(3)');
    expect(variablesOf(calls, 'React')).toEqual([{ input: { targetId: 'r1', kind: 'USEFUL' } }]);

    fireEvent.click(useful);
    await waitFor(() => expect(useful.getAttribute('aria-pressed')).toBe('false'));
    expect(useful.textContent).toContain('(2)');
    expect(variablesOf(calls, 'Unreact')).toEqual([{ input: { targetId: 'r1', kind: 'USEFUL' } }]);
    expect(document.activeElement).toBe(useful);
  });

  it('posts a reply quoting another one, then focuses it', async () => {
    const { link, calls } = operationsLink({
      QuestionPage: {
        data: { thread: threadDetails({ viewerCan: threadPermissions({ reply: true, react: true }) }) },
      },
      CreateReply: ({ input }) => ({
        data: {
          createReply: {
            ...reply('r9', {
              body: (input as { body: string }).body,
              bodyHtml: '<p>Nous aussi, avec la DETR.</p>',
              author: questionAuthor('claire-martin', 'Claire Martin', null),
              quotedReply: {
                __typename: 'Reply',
                id: 'r2',
                body: 'Texte de la réponse r2.',
                deleted: false,
                author: {
                  __typename: 'User',
                  id: 'user-marc-olivier',
                  displayName: 'Marc Olivier',
                  deleted: false,
                },
              },
            }),
            thread: {
              __typename: 'Thread',
              id: THREAD_ID,
              replyCount: 3,
              lastActivityAt: '2026-03-06T10:00:00.000Z',
              participants: { __typename: 'ThreadParticipants', totalCount: 3, users: [] },
            },
          },
        },
      }),
    });
    renderApp(PATH, link, { viewer: member });

    const form = (await screen.findByRole('heading', { level: 2, name: 'Répondre' })).closest('section')!;
    expect(screen.queryByRole('region', { name: 'Modération' })).toBeNull();
    // Empty: checked before sending.
    fireEvent.click(within(form).getByRole('button', { name: 'Publier la réponse' }));
    expect(await within(form).findByText('Écrivez votre réponse.')).toBeDefined();
    expect(variablesOf(calls, 'CreateReply')).toEqual([]);

    const replies = screen.getByRole('region', { name: '2 réponses' });
    fireEvent.click(within(replies).getAllByRole('button', { name: 'Citer la réponse de Marc Olivier' })[1]);
    const field = screen.getByLabelText(/^Votre réponse/);
    expect(document.activeElement).toBe(field);
    expect(within(form).getByText('Vous citez la réponse de Marc Olivier :')).toBeDefined();
    fireEvent.change(field, { target: { value: '  Nous aussi, avec la DETR.  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Publier la réponse' }));

    const created = await screen.findByRole('article', { name: 'Réponse de Claire Martin' });
    await waitFor(() => expect(document.activeElement).toBe(created));
    expect(variablesOf(calls, 'CreateReply')).toEqual([
      { input: { threadId: THREAD_ID, body: 'Nous aussi, avec la DETR.', quotedReplyId: 'r2' } },
    ]);
    expect(screen.getByText('Votre réponse est publiée.')).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: '3 réponses' })).toBeDefined();
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^Votre réponse/).value).toBe('');
    expect(within(form).queryByText(/Vous citez/)).toBeNull();
  });

  it("lets the question's author accept an answer, shown first from then on", async () => {
    const { link, calls } = operationsLink({
      QuestionPage: {
        data: {
          thread: threadDetails({
            viewerCan: threadPermissions({ reply: true, accept: true, edit: true }),
            replies: repliesConnection([
              reply('r1', { viewerCan: replyPermissions({ accept: true, react: true }) }),
              reply('r2', { viewerCan: replyPermissions({ accept: true, react: true }) }),
            ]),
          }),
        },
      },
      AcceptReply: {
        data: {
          acceptReply: questionState({
            status: 'SOLVED',
            acceptedReply: reply('r2', { viewerCan: replyPermissions({ accept: true, react: true }) }),
          }),
        },
      },
      UnacceptReply: { data: { unacceptReply: questionState() } },
      // The server's word on what may be done with the replies whose acceptance changed.
      ReplyPermissions: (variables) => ({
        data: {
          reply: {
            __typename: 'Reply',
            id: variables['id'],
            accepted: false,
            viewerCan: replyPermissions({ accept: true, react: true, delete: variables['id'] === 'r2' }),
          },
        },
      }),
    });
    renderApp(PATH, link, { viewer: author });

    await screen.findByRole('region', { name: '2 réponses' });
    expect(screen.queryByRole('region', { name: 'Réponse acceptée' })).toBeNull();
    const second = screen.getAllByRole('article', { name: 'Réponse de Marc Olivier' })[1];
    const accept = within(second).getByRole('button', { name: 'Accepter la réponse de Marc Olivier' });
    fireEvent.click(accept);

    const box = await screen.findByRole('region', { name: 'Réponse acceptée' });
    expect(within(box).getByText('Texte de la réponse r2.')).toBeDefined();
    expect(variablesOf(calls, 'AcceptReply')).toEqual([{ input: { replyId: 'r2', threadId: THREAD_ID } }]);
    expect(
      within(screen.getByRole('list', { name: 'État de la question' })).getByText('Résolue'),
    ).toBeDefined();
    expect(within(second).getByText(/est acceptée : elle est affichée sous la question/)).toBeDefined();
    // The same button now withdraws the acceptance, and kept the focus.
    const unaccept = within(second).getByRole('button', {
      name: "Retirer l'acceptation de la réponse de Marc Olivier",
    });
    expect(unaccept).toBe(accept);
    fireEvent.click(unaccept);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Réponse acceptée' })).toBeNull());
    expect(variablesOf(calls, 'UnacceptReply')).toEqual([{ input: { threadId: THREAD_ID } }]);
    // Each change re-reads the permissions of the replies concerned (delete depends on acceptance).
    expect(variablesOf(calls, 'ReplyPermissions')).toEqual([{ id: 'r2' }, { id: 'r2' }]);
    expect(
      await within(second).findByRole('button', { name: 'Supprimer la réponse de Marc Olivier' }),
    ).toBeDefined();
  });

  it('shows the moderators their actions, and no one else', async () => {
    const { link, calls } = operationsLink({
      QuestionPage: {
        data: { thread: threadDetails({ viewerCan: threadPermissions({ reply: true, moderate: true }) }) },
      },
      PinQuestion: {
        data: {
          pinThread: questionState({
            pinned: true,
            viewerCan: threadPermissions({ reply: true, moderate: true }),
          }),
        },
      },
      LockQuestion: {
        data: {
          lockThread: questionState({
            pinned: true,
            status: 'LOCKED',
            viewerCan: threadPermissions({ reply: true, moderate: true }),
          }),
        },
      },
      QuestionThemes: QUESTION_THEMES,
      MoveQuestion: ({ input }) => ({
        data: {
          moveThread: questionState({
            pinned: true,
            status: 'LOCKED',
            viewerCan: threadPermissions({ reply: true, moderate: true }),
            themes: (input as { themeSlugs: string[] }).themeSlugs.map((slug) =>
              themeRef(slug, 'Éclairage public'),
            ),
          }),
        },
      }),
    });
    renderApp(PATH, link, { viewer: testViewer({ role: 'MODERATOR' }) });

    const moderation = await screen.findByRole('region', { name: 'Modération' });
    fireEvent.click(within(moderation).getByRole('button', { name: 'Épingler la question' }));
    expect(await within(moderation).findByRole('button', { name: 'Désépingler la question' })).toBeDefined();
    expect(
      within(screen.getByRole('list', { name: 'État de la question' })).getByText('Épinglée'),
    ).toBeDefined();
    // The next action waits for this one to end (the buttons ignore clicks while one runs): its
    // outcome is announced once the mutation has settled.
    expect(await within(moderation).findByText(/La question est épinglée/)).toBeDefined();

    fireEvent.click(within(moderation).getByRole('button', { name: 'Verrouiller la discussion' }));
    expect(
      await within(moderation).findByRole('button', { name: 'Déverrouiller la discussion' }),
    ).toBeDefined();
    expect(screen.getByText(/Cette discussion est verrouillée : seuls les modérateurs/)).toBeDefined();
    expect(variablesOf(calls, 'LockQuestion')).toEqual([{ input: { threadId: THREAD_ID } }]);
    expect(await within(moderation).findByText(/La discussion est verrouillée/)).toBeDefined();

    fireEvent.click(within(moderation).getByRole('button', { name: 'Changer les thématiques' }));
    const demiHeure = await within(moderation).findByLabelText('Territoire de la demi-heure');
    expect((demiHeure as HTMLInputElement).checked).toBe(true);
    fireEvent.click(demiHeure);
    fireEvent.click(within(moderation).getByLabelText('Éclairage public'));
    fireEvent.click(within(moderation).getByRole('button', { name: 'Enregistrer les thématiques' }));
    expect(
      await within(moderation).findByText('Les thématiques de la question sont modifiées.'),
    ).toBeDefined();
    expect(variablesOf(calls, 'MoveQuestion')).toEqual([
      { input: { threadId: THREAD_ID, themeSlugs: ['eclairage-public'] } },
    ]);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(moderation).getByRole('button', { name: 'Changer les thématiques' }),
      ),
    );
  });

  it("lets the question's author correct its themes, sending them only when changed", async () => {
    let attempt = 0;
    const { link, calls } = operationsLink({
      QuestionPage: {
        data: { thread: threadDetails({ viewerCan: threadPermissions({ reply: true, edit: true }) }) },
      },
      QuestionThemes: QUESTION_THEMES,
      UpdateQuestion: ({ input }) => {
        attempt += 1;
        const { title, body, themeSlugs } = input as { title: string; body: string; themeSlugs?: string[] };
        if (attempt === 2) {
          return apiError('BAD_USER_INPUT', {
            fields: [{ field: 'themeSlugs.1', reason: 'archived', message: 'archived' }],
          });
        }
        return {
          data: {
            updateThread: {
              ...questionState({
                themes:
                  themeSlugs === undefined
                    ? [themeRef('territoire-de-la-demi-heure', 'Territoire de la demi-heure')]
                    : themeSlugs.map((slug) =>
                        themeRef(
                          slug,
                          slug === 'eclairage-public' ? 'Éclairage public' : 'Numérique responsable',
                        ),
                      ),
                viewerCan: threadPermissions({ reply: true, edit: true }),
              }),
              title,
              body,
              bodyHtml: `<p>${body}</p>`,
              editedAt: '2026-03-06T10:00:00.000Z',
              revisionCount: attempt,
            },
          },
        };
      },
    });
    renderApp(PATH, link, { viewer: author });

    const question = await screen.findByRole('article', { name: 'La question' });
    // The button is rendered again each time the form closes.
    const edit = () => within(question).getByRole('button', { name: 'Modifier la question' });

    // The title alone: the themes are not sent.
    fireEvent.click(edit());
    const title = within(question).getByLabelText<HTMLInputElement>(/^Titre/);
    await waitFor(() => expect(document.activeElement).toBe(title));
    const themes = await within(question).findByRole('group', { name: /^Thématiques/ });
    expect(within(themes).getByLabelText<HTMLInputElement>('Territoire de la demi-heure').checked).toBe(true);
    fireEvent.change(title, { target: { value: 'Comment financer une étude de mobilité ?' } });
    fireEvent.click(within(question).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await screen.findByText('Vos modifications sont enregistrées.')).toBeDefined();
    expect(variablesOf(calls, 'UpdateQuestion')).toEqual([
      {
        input: {
          threadId: THREAD_ID,
          title: 'Comment financer une étude de mobilité ?',
          body: 'Notre conseil hésite à financer une étude.',
        },
      },
    ]);
    await waitFor(() => expect(document.activeElement).toBe(edit()));

    // No theme left: checked before sending, focus on the themes.
    fireEvent.click(edit());
    fireEvent.click(await within(question).findByLabelText('Territoire de la demi-heure'));
    fireEvent.click(within(question).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(
      within(within(question).getByRole('group', { name: /^Thématiques/ })).getByText(
        'Choisissez au moins une thématique.',
      ),
    ).toBeDefined();
    expect(document.activeElement?.id).toBe('question-edition-themes-amenagement-0');
    expect(variablesOf(calls, 'UpdateQuestion')).toHaveLength(1);

    // The API refuses one of them: its message is next to the themes, which get the focus.
    fireEvent.click(within(question).getByLabelText('Éclairage public'));
    fireEvent.click(within(question).getByLabelText('Numérique responsable (ensemble du domaine)'));
    fireEvent.click(within(question).getByRole('button', { name: 'Enregistrer les modifications' }));
    const archived =
      'Une des thématiques choisies a été archivée et ne reçoit plus de contenus. Décochez-la puis réessayez.';
    const group = within(question).getByRole('group', { name: /^Thématiques/ });
    expect(await within(group).findByText(archived)).toBeDefined();
    expect(within(question).getByRole('heading', { name: "La question n'a pas été modifiée" })).toBeDefined();
    await waitFor(() => expect(document.activeElement?.id).toBe('question-edition-themes-amenagement-0'));
    expect(variablesOf(calls, 'UpdateQuestion').at(-1)).toEqual({
      input: {
        threadId: THREAD_ID,
        title: 'Comment financer une étude de mobilité ?',
        body: 'Notre conseil hésite à financer une étude.',
        themeSlugs: ['eclairage-public', 'numerique-responsable'],
      },
    });

    fireEvent.click(within(question).getByLabelText('Numérique responsable (ensemble du domaine)'));
    fireEvent.click(within(question).getByRole('button', { name: 'Enregistrer les modifications' }));
    expect(await screen.findByText('Vos modifications sont enregistrées.')).toBeDefined();
    expect(variablesOf(calls, 'UpdateQuestion').at(-1)).toEqual({
      input: {
        threadId: THREAD_ID,
        title: 'Comment financer une étude de mobilité ?',
        body: 'Notre conseil hésite à financer une étude.',
        themeSlugs: ['eclairage-public'],
      },
    });
    const tags = screen.getByRole('list', { name: 'Thématiques' });
    expect(within(tags).getByRole('link', { name: 'Éclairage public' }).getAttribute('href')).toBe(
      '/thematiques/eclairage-public',
    );
    expect(within(tags).queryByRole('link', { name: 'Territoire de la demi-heure' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(edit()));
  });

  it('keeps a reply being written on this device, offers it back with its quote, and forgets it once posted', async () => {
    const key = replyDraftKey(member.id, THREAD_ID);
    const handlers = {
      QuestionPage: {
        data: { thread: threadDetails({ viewerCan: threadPermissions({ reply: true }) }) },
      },
      CreateReply: ({ input }: Record<string, unknown>) => ({
        data: {
          createReply: {
            ...reply('r9', {
              body: (input as { body: string }).body,
              author: questionAuthor('claire-martin', 'Claire Martin', null),
            }),
            thread: {
              __typename: 'Thread',
              id: THREAD_ID,
              replyCount: 3,
              lastActivityAt: '2026-03-06T10:00:00.000Z',
              participants: { __typename: 'ThreadParticipants', totalCount: 3, users: [] },
            },
          },
        },
      }),
    };
    const first = operationsLink(handlers);
    const firstRender = renderApp(PATH, first.link, { viewer: member });

    const replies = await screen.findByRole('region', { name: '2 réponses' });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fireEvent.click(within(replies).getAllByRole('button', { name: 'Citer la réponse de Marc Olivier' })[1]);
    fireEvent.change(screen.getByLabelText(/^Votre réponse/), {
      target: { value: 'Nous avons obtenu la DETR.' },
    });
    act(() => {
      vi.advanceTimersByTime(REPLY_DRAFT_DELAY_MS);
    });
    expect(screen.getByText(/^Copie de secours sur cet appareil : \d\d:\d\d\.$/)).toBeDefined();
    // Typed after the last local copy, then the tab is closed at once: flushed on the way out.
    fireEvent.change(screen.getByLabelText(/^Votre réponse/), {
      target: { value: 'Nous avons obtenu la DETR, puis la DSIL.' },
    });
    firstRender.unmount();
    vi.useRealTimers();

    // After a reload: offered back under the "Répondre" heading, then resumed with its quote.
    const second = operationsLink(handlers);
    const secondRender = renderApp(PATH, second.link, { viewer: member });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Répondre' })).closest('section')!;
    expect(
      within(section).getByRole('heading', {
        level: 3,
        name: 'Un brouillon non enregistré existe sur cet appareil',
      }),
    ).toBeDefined();
    expect(within(section).getByText('Nous avons obtenu la DETR, puis la DSIL.')).toBeDefined();
    expect(within(section).getByText('Elle citait la réponse de Marc Olivier.')).toBeDefined();
    expect(screen.queryByLabelText(/^Votre réponse/)).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Reprendre le brouillon' }));

    const field = screen.getByLabelText<HTMLTextAreaElement>(/^Votre réponse/);
    expect(field.value).toBe('Nous avons obtenu la DETR, puis la DSIL.');
    expect(document.activeElement).toBe(field);
    expect(within(section).getByText('Vous citez la réponse de Marc Olivier :')).toBeDefined();
    fireEvent.click(within(section).getByRole('button', { name: 'Publier la réponse' }));

    expect(await screen.findByText('Votre réponse est publiée.')).toBeDefined();
    expect(variablesOf(second.calls, 'CreateReply')).toEqual([
      {
        input: { threadId: THREAD_ID, body: 'Nous avons obtenu la DETR, puis la DSIL.', quotedReplyId: 'r2' },
      },
    ]);
    expect(window.localStorage.getItem(key)).toBeNull();
    secondRender.unmount();
    // Leaving the page with the emptied form keeps nothing either.
    expect(window.localStorage.getItem(key)).toBeNull();
    expect(variablesOf(first.calls, 'CreateReply')).toEqual([]);
  });

  it('drops a stored reply draft when the member ignores it', async () => {
    const key = replyDraftKey(member.id, THREAD_ID);
    window.localStorage.setItem(
      key,
      JSON.stringify({
        version: 1,
        savedAt: '2026-03-06T10:00:00.000Z',
        body: 'Un vieux brouillon.',
        quoted: null,
      }),
    );
    // Another member's draft on this device is never offered.
    window.localStorage.setItem(
      replyDraftKey('someone-else', THREAD_ID),
      JSON.stringify({ version: 1, savedAt: '2026-03-06T10:00:00.000Z', body: 'Pas le mien.', quoted: null }),
    );
    const { link } = operationsLink({
      QuestionPage: {
        data: { thread: threadDetails({ viewerCan: threadPermissions({ reply: true }) }) },
      },
    });
    renderApp(PATH, link, { viewer: member });

    expect(await screen.findByText('Un vieux brouillon.')).toBeDefined();
    expect(screen.queryByText('Pas le mien.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ignorer' }));
    const field = screen.getByLabelText<HTMLTextAreaElement>(/^Votre réponse/);
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
    expect(window.localStorage.getItem(key)).toBeNull();
  });

  it('tells members a locked discussion takes no more replies', async () => {
    const { link } = operationsLink({
      QuestionPage: { data: { thread: threadDetails({ status: 'LOCKED' }) } },
    });
    renderApp(PATH, link, { viewer: member });

    expect(
      await screen.findByText(
        'Cette discussion est verrouillée : elle reste lisible, mais on ne peut plus y répondre.',
      ),
    ).toBeDefined();
    expect(screen.queryByLabelText(/^Votre réponse/)).toBeNull();
    expect(
      within(screen.getByRole('list', { name: 'État de la question' })).getByText('Verrouillée'),
    ).toBeDefined();
    expect(screen.queryByRole('button', { name: /Citer/ })).toBeNull();
  });

  it('edits a reply in place, and deletes it after confirmation', async () => {
    const own = reply('r1', {
      author: questionAuthor('claire-martin', 'Claire Martin', null),
      viewerCan: replyPermissions({ edit: true, delete: true }),
    });
    const { link, calls } = operationsLink({
      QuestionPage: {
        data: {
          thread: threadDetails({
            viewerCan: threadPermissions({ reply: true }),
            replies: repliesConnection([own]),
          }),
        },
      },
      UpdateReply: ({ input }) => ({
        data: {
          updateReply: {
            ...own,
            body: (input as { body: string }).body,
            bodyHtml: '<p>Texte corrigé.</p>',
            revisionCount: 2,
            editedAt: '2026-03-06T10:00:00.000Z',
          },
        },
      }),
      DeleteReply: {
        data: {
          deleteReply: {
            ...own,
            deleted: true,
            body: '',
            bodyHtml: '',
            viewerCan: replyPermissions(),
            thread: { __typename: 'Thread', id: THREAD_ID, replyCount: 0 },
          },
        },
      },
    });
    renderApp(PATH, link, { viewer: member });

    const article = await screen.findByRole('article', { name: 'Réponse de Claire Martin' });
    fireEvent.click(within(article).getByRole('button', { name: 'Modifier la réponse de Claire Martin' }));
    const editor = within(article).getByLabelText(/^Modifier la réponse de Claire Martin/);
    await waitFor(() => expect(document.activeElement).toBe(editor));
    expect((editor as HTMLTextAreaElement).value).toBe('Texte de la réponse r1.');
    fireEvent.change(editor, { target: { value: 'Texte corrigé.' } });
    fireEvent.click(within(article).getByRole('button', { name: 'Enregistrer les modifications' }));

    expect(await within(article).findByText('Vos modifications sont enregistrées.')).toBeDefined();
    expect(within(article).getByText('Texte corrigé.').tagName).toBe('P');
    expect(variablesOf(calls, 'UpdateReply')).toEqual([{ input: { replyId: 'r1', body: 'Texte corrigé.' } }]);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(article).getByRole('button', { name: 'Modifier la réponse de Claire Martin' }),
      ),
    );
    expect(within(article).getByRole('link', { name: /Voir l'historique/ })).toBeDefined();

    fireEvent.click(within(article).getByRole('button', { name: 'Supprimer la réponse de Claire Martin' }));
    expect(variablesOf(calls, 'DeleteReply')).toEqual([]);
    const confirm = within(article).getByRole('button', { name: 'Confirmer la suppression' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);

    expect(await within(article).findByRole('heading', { name: 'Message supprimé' })).toBeDefined();
    expect(within(article).queryByText('Texte corrigé.')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(article));
    expect(variablesOf(calls, 'DeleteReply')).toEqual([{ input: { replyId: 'r1' } }]);
  });

  it('opens the stable URL of a reply at that reply, and loads the replies before it', async () => {
    const { link, calls } = operationsLink({
      QuestionPage: {
        data: {
          thread: threadDetails({
            replyCount: 25,
            replies: repliesConnection([reply('r21'), reply('r22')], { hasPreviousPage: true }),
          }),
        },
      },
      QuestionReplies: {
        data: {
          thread: {
            __typename: 'Thread',
            id: THREAD_ID,
            replies: repliesConnection([reply('r19'), reply('r20')], {
              hasPreviousPage: false,
              hasNextPage: true,
            }),
          },
        },
      },
    });
    renderApp(`${PATH}/reponses/r21`, link);

    await waitFor(() => expect(document.activeElement?.id).toBe('reponse-r21'));
    expect(variablesOf(calls, 'QuestionPage')).toEqual([{ id: THREAD_ID, first: 20, from: 'r21' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Réponses précédentes' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('reponse-r19'));
    expect(variablesOf(calls, 'QuestionReplies')).toEqual([
      { id: THREAD_ID, first: null, after: null, last: 20, before: 'cursor-r21' },
    ]);
    const ids = screen
      .getAllByRole('article')
      .map((article) => article.id)
      .filter((id) => id.startsWith('reponse-'));
    expect(ids).toEqual(['reponse-r19', 'reponse-r20', 'reponse-r21', 'reponse-r22']);
    expect(screen.queryByRole('button', { name: 'Réponses précédentes' })).toBeNull();
  });

  it('marks a question of a private group for its members, with a link to the group', async () => {
    const group = {
      __typename: 'Group',
      id: 'group-1',
      slug: 'elus-ruraux',
      name: 'Élus ruraux',
      visibility: 'PRIVATE',
    };
    const { link } = operationsLink({ QuestionPage: { data: { thread: threadDetails({ group }) } } });
    renderApp(PATH, link, { viewer: testViewer() });

    const link_ = await screen.findByRole('link', { name: 'Élus ruraux' });
    expect(link_.getAttribute('href')).toBe('/groupes/elus-ruraux');
    const marker = link_.closest('p')!;
    expect(normalizeSpaces(marker.textContent)).toBe(
      'Groupe privé Dans le groupe Élus ruraux : visible de ses seuls membres',
    );
  });

  it('names the public group a question belongs to, without the private badge', async () => {
    const group = {
      __typename: 'Group',
      id: 'group-2',
      slug: 'sobriete',
      name: 'Sobriété',
      visibility: 'PUBLIC',
    };
    const { link } = operationsLink({ QuestionPage: { data: { thread: threadDetails({ group }) } } });
    renderApp(PATH, link);

    const groupLink = await screen.findByRole('link', { name: 'Sobriété' });
    expect(normalizeSpaces(groupLink.closest('p')!.textContent)).toBe('Dans le groupe Sobriété');
    expect(screen.queryByText('Groupe privé')).toBeNull();
  });

  it('shows the 404 page for an unknown thread', async () => {
    const { link } = operationsLink({ QuestionPage: { data: { thread: null } } });
    renderApp(PATH, link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page non trouvée' })).toBeDefined();
  });

  it('explains an error of the API', async () => {
    const { link } = operationsLink({ QuestionPage: apiError('INTERNAL_SERVER_ERROR') });
    renderApp(PATH, link);
    expect(
      await screen.findByRole('heading', { name: "Impossible d'afficher cette question" }),
    ).toBeDefined();
  });
});
