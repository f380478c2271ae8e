import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import {
  apiError,
  operationsLink,
  type OperationHandler,
  type RecordedOperation,
} from '../../test/static-link';
import { QUESTION_DRAFT_DELAY_MS } from './ask-question-form';
import { questionDraftKey } from './question-draft-storage';
import { QUESTION_THEMES, THREAD_ID, threadDetails } from './question-fixtures';

const viewer = testViewer();
const PATH = '/questions/nouvelle';

function renderAsk(path: string, handlers: Record<string, OperationHandler> = {}) {
  const recorded = operationsLink({ QuestionThemes: QUESTION_THEMES, ...handlers });
  const rendered = renderApp(path, recorded.link, { viewer });
  return { ...recorded, ...rendered };
}

function variablesOf(calls: RecordedOperation[], name: string) {
  return calls.filter((call) => call.operationName === name).map((call) => call.variables);
}

function titleInput(): HTMLInputElement {
  return screen.getByLabelText(/^Titre de la question/);
}

function bodyInput(): HTMLTextAreaElement {
  return screen.getByLabelText(/^Votre question/);
}

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('AskQuestionPage', () => {
  it('sends anonymous visitors to sign in first', async () => {
    renderApp(PATH, operationsLink({}).link);

    expect(await screen.findByRole('heading', { level: 1, name: /connecter/i })).toBeDefined();
  });

  it('tells a member with an unconfirmed address why they cannot ask yet', async () => {
    renderApp(PATH, operationsLink({}).link, { viewer: testViewer({ emailVerified: false }) });

    expect(
      await screen.findByRole('heading', { name: 'Confirmez votre adresse e-mail pour poser une question' }),
    ).toBeDefined();
    expect(screen.queryByLabelText(/^Titre de la question/)).toBeNull();
  });

  it('checks the fields before sending, and focuses the error summary', async () => {
    const { calls } = renderAsk(PATH);

    expect(await screen.findByRole('heading', { level: 1, name: 'Poser une question' })).toBeDefined();
    fireEvent.change(titleInput(), { target: { value: 'LED' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publier la question' }));

    const summary = await screen.findByRole('heading', { name: "La question n'a pas été publiée" });
    await waitFor(() => expect(document.activeElement?.id).toBe('question-erreurs'));
    const links = within(summary.closest('.fr-alert') as HTMLElement)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Titre : Le titre doit compter au moins 5 caractères.', '#question-titre'],
      ['Votre question : Écrivez votre question.', '#question-texte'],
      ['Thématiques : Choisissez au moins une thématique.', '#question-themes-amenagement-0'],
    ]);
    // Each message is also next to its field.
    expect(titleInput().getAttribute('aria-invalid')).toBe('true');
    expect(variablesOf(calls, 'CreateQuestion')).toEqual([]);
  });

  it('shows the API field errors next to the fields, then publishes and opens the question', async () => {
    let attempt = 0;
    const { calls } = renderAsk(PATH, {
      CreateQuestion: () => {
        attempt += 1;
        return attempt === 1
          ? apiError('BAD_USER_INPUT', {
              fields: [{ field: 'themeSlugs.0', reason: 'archived', message: 'archived' }],
            })
          : {
              data: {
                createThread: { __typename: 'Thread', id: THREAD_ID, title: 'Financer la demi-heure ?' },
              },
            };
      },
      QuestionPage: { data: { thread: threadDetails() } },
    });

    await screen.findByRole('heading', { level: 1, name: 'Poser une question' });
    fireEvent.change(titleInput(), { target: { value: '  Financer   la demi-heure ?  ' } });
    fireEvent.change(bodyInput(), { target: { value: 'Comment avez-vous convaincu votre conseil ?' } });
    fireEvent.click(screen.getByLabelText('Territoire de la demi-heure'));
    expect(screen.getByText('1 thématique choisie sur 5 au plus.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Publier la question' }));

    const message =
      'Une des thématiques choisies a été archivée et ne reçoit plus de contenus. Décochez-la puis réessayez.';
    expect(await screen.findByRole('link', { name: `Thématiques : ${message}` })).toBeDefined();
    expect(within(screen.getByRole('group', { name: /^Thématiques/ })).getByText(message)).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Publier la question' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Comment financer une étude « territoire de la demi-heure » ?',
      }),
    ).toBeDefined();
    expect(screen.getByText(/Votre question est publiée/)).toBeDefined();
    expect(variablesOf(calls, 'CreateQuestion').at(-1)).toEqual({
      input: {
        title: 'Financer la demi-heure ?',
        body: 'Comment avez-vous convaincu votre conseil ?',
        themeSlugs: ['territoire-de-la-demi-heure'],
      },
    });
    // Published: nothing left to offer back.
    expect(window.localStorage.getItem(questionDraftKey(viewer.id, null))).toBeNull();
  });

  it('keeps the text on this device and offers it back after a reload', async () => {
    const first = renderAsk(PATH);
    await screen.findByRole('heading', { level: 1, name: 'Poser une question' });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fireEvent.change(titleInput(), { target: { value: 'Un texte à ne pas perdre' } });
    act(() => {
      vi.advanceTimersByTime(QUESTION_DRAFT_DELAY_MS);
    });
    expect(screen.getByText(/^Copie de secours sur cet appareil : \d\d:\d\d\.$/)).toBeDefined();
    // Typed after the last local copy, then the tab is closed at once: flushed on the way out.
    fireEvent.change(bodyInput(), { target: { value: 'Écrit juste avant une coupure.' } });
    fireEvent.click(screen.getByLabelText('Éclairage public'));
    first.unmount();
    vi.useRealTimers();

    const second = renderAsk(PATH);
    expect(
      await screen.findByRole('heading', { name: 'Un brouillon non enregistré existe sur cet appareil' }),
    ).toBeDefined();
    expect(screen.getByText(/« Un texte à ne pas perdre »/)).toBeDefined();
    expect(screen.queryByLabelText(/^Titre de la question/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre le brouillon' }));

    expect(titleInput().value).toBe('Un texte à ne pas perdre');
    expect(document.activeElement).toBe(titleInput());
    expect(bodyInput().value).toBe('Écrit juste avant une coupure.');
    expect(screen.getByLabelText<HTMLInputElement>('Éclairage public').checked).toBe(true);
    second.unmount();

    renderAsk(PATH);
    fireEvent.click(await screen.findByRole('button', { name: 'Ignorer' }));
    expect(titleInput().value).toBe('');
    expect(window.localStorage.getItem(questionDraftKey(viewer.id, null))).toBeNull();
  });

  it('asks about a case study, with its themes chosen to start with', async () => {
    const { calls } = renderAsk(`${PATH}?retour=led-anost`, {
      AskQuestionCaseStudy: {
        data: {
          caseStudy: {
            __typename: 'CaseStudy',
            id: 'cs-1',
            slug: 'led-anost',
            title: 'Éclairage LED à Anost',
            status: 'PUBLISHED',
            themes: [{ __typename: 'Theme', id: 'theme-eclairage-public', slug: 'eclairage-public' }],
          },
        },
      },
      CreateQuestion: { data: { createThread: { __typename: 'Thread', id: THREAD_ID, title: 'Q' } } },
      QuestionPage: { data: { thread: threadDetails() } },
    });

    const attach = await screen.findByLabelText<HTMLInputElement>(
      "Rattacher ma question à ce retour d'expérience",
    );
    expect(attach.checked).toBe(true);
    expect(screen.getByRole('link', { name: 'Éclairage LED à Anost' }).getAttribute('href')).toBe(
      '/retours-d-experience/led-anost',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Éclairage public').checked).toBe(true);
    fireEvent.change(titleInput(), { target: { value: 'Quel fournisseur de LED ?' } });
    fireEvent.change(bodyInput(), { target: { value: 'Avec quel fournisseur avez-vous travaillé ?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publier la question' }));

    await screen.findByRole('heading', { level: 1, name: /territoire de la demi-heure/ });
    expect(variablesOf(calls, 'AskQuestionCaseStudy')).toEqual([{ slug: 'led-anost' }]);
    expect(variablesOf(calls, 'CreateQuestion')).toEqual([
      {
        input: {
          title: 'Quel fournisseur de LED ?',
          body: 'Avec quel fournisseur avez-vous travaillé ?',
          themeSlugs: ['eclairage-public'],
          caseStudyId: 'cs-1',
        },
      },
    ]);
  });

  it('posts a question into a private group, saying only its members will read it', async () => {
    const { calls } = renderAsk(`${PATH}?groupe=elus-ruraux`, {
      AskQuestionGroup: {
        data: {
          group: {
            __typename: 'Group',
            id: 'group-1',
            slug: 'elus-ruraux',
            name: 'Élus ruraux et demi-heure',
            visibility: 'PRIVATE',
            viewerCan: { __typename: 'GroupPermissions', post: true },
          },
        },
      },
      CreateQuestion: { data: { createThread: { __typename: 'Thread', id: THREAD_ID, title: 'Q' } } },
      QuestionPage: { data: { thread: threadDetails() } },
    });

    expect(
      await screen.findByText('Votre question ne sera visible que par les membres du groupe.'),
    ).toBeDefined();
    expect(screen.getByRole('link', { name: 'Élus ruraux et demi-heure' }).getAttribute('href')).toBe(
      '/groupes/elus-ruraux',
    );
    expect(screen.getByText('Groupe privé')).toBeDefined();
    fireEvent.change(titleInput(), { target: { value: 'Quelle étude pour la demi-heure ?' } });
    fireEvent.change(bodyInput(), { target: { value: 'Avec quel bureau avez-vous travaillé ?' } });
    fireEvent.click(screen.getByLabelText('Territoire de la demi-heure'));
    fireEvent.click(screen.getByRole('button', { name: 'Publier la question' }));

    await screen.findByRole('heading', { level: 1, name: /territoire de la demi-heure/ });
    expect(variablesOf(calls, 'CreateQuestion')).toEqual([
      {
        input: {
          title: 'Quelle étude pour la demi-heure ?',
          body: 'Avec quel bureau avez-vous travaillé ?',
          themeSlugs: ['territoire-de-la-demi-heure'],
          groupId: 'group-1',
        },
      },
    ]);
  });

  it('offers no form for a group the member may not post in, rather than a public question', async () => {
    renderAsk(`${PATH}?groupe=elus-ruraux`, {
      AskQuestionGroup: {
        data: {
          group: {
            __typename: 'Group',
            id: 'group-1',
            slug: 'elus-ruraux',
            name: 'Élus ruraux et demi-heure',
            visibility: 'PRIVATE',
            viewerCan: { __typename: 'GroupPermissions', post: false },
          },
        },
      },
    });

    expect(
      await screen.findByRole('heading', { name: 'Vous ne pouvez pas poser une question dans ce groupe' }),
    ).toBeDefined();
    expect(screen.getByText(/Seuls les membres du groupe Élus ruraux et demi-heure/)).toBeDefined();
    expect(screen.queryByLabelText(/^Titre de la question/)).toBeNull();
  });
});
