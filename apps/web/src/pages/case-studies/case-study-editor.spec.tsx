import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, failingLink, operationsLink, type OperationHandler } from '../../test/static-link';
import { LOCAL_SAVE_DELAY_MS, SERVER_AUTOSAVE_DELAY_MS } from './case-study-editor-form';
import { localDraftKey } from './case-study-editor-storage';

const viewer = testViewer();

const ANOST = {
  __typename: 'Territory',
  id: 't-71009',
  code: '71009',
  inseeCode: '71009',
  name: 'Anost',
  kind: 'COMMUNE',
  population: 695,
};

function theme(slug: string, name: string, children: unknown[] = []) {
  return { __typename: 'Theme', id: `theme-${slug}`, slug, name, children };
}

const THEMES = {
  data: {
    themes: [
      theme('numerique-responsable', 'Numérique responsable', [
        theme('eclairage-public', 'Éclairage public'),
        theme('dematerialisation-des-assemblees', 'Dématérialisation des assemblées'),
      ]),
      theme('services-aux-habitants', 'Services aux habitants'),
    ],
  },
};

function caseStudy(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CaseStudy',
    id: 'cs-1',
    slug: 'eclairage-led-anost',
    status: 'DRAFT',
    title: 'Éclairage LED à Anost',
    summary: 'Nous avons remplacé 120 points lumineux par des LED.',
    body: 'Le projet a commencé en 2023.',
    results: '',
    environmentalAssessment: '',
    lessonsLearned: '',
    solutionsUsed: ['LED'],
    contact: 'Mairie, services techniques',
    startedOn: '2023-03-01',
    endedOn: null,
    costEuros: 48000,
    fundingSources: [{ __typename: 'FundingSource', name: 'DETR', amountEuros: 20000 }],
    territory: ANOST,
    themes: [
      {
        __typename: 'Theme',
        id: 'theme-eclairage-public',
        slug: 'eclairage-public',
        name: 'Éclairage public',
        status: 'ACTIVE',
      },
    ],
    revisionCount: 3,
    updatedAt: '2026-11-29T10:00:00.000Z',
    changesRequested: null,
    viewerCan: {
      __typename: 'CaseStudyPermissions',
      edit: true,
      submit: true,
      review: false,
      archive: false,
      manageAuthors: true,
    },
    ...overrides,
  };
}

const EDIT_PATH = '/retours-d-experience/eclairage-led-anost/modifier';

function renderEditor(path: string, handlers: Record<string, OperationHandler> = {}) {
  const recorded = operationsLink({
    CaseStudyEditorThemes: THEMES,
    CaseStudyEditor: { data: { caseStudy: caseStudy() } },
    ...handlers,
  });
  const rendered = renderApp(path, recorded.link, { viewer });
  return { ...recorded, ...rendered };
}

function titleInput(): HTMLInputElement {
  return screen.getByLabelText(/^Titre/);
}

function variablesOf(calls: ReturnType<typeof operationsLink>['calls'], name: string) {
  return calls.filter((call) => call.operationName === name).map((call) => call.variables);
}

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('CaseStudyEditorPage', () => {
  it('loads a draft into structured fields, with the moderator comment on top', async () => {
    renderEditor(EDIT_PATH, {
      CaseStudyEditor: {
        data: {
          caseStudy: caseStudy({
            changesRequested: {
              __typename: 'CaseStudyReviewComment',
              comment: 'Précisez le coût des candélabres.',
              createdAt: '2026-11-28T09:00:00.000Z',
              reviewer: {
                __typename: 'User',
                id: 'u-mod',
                handle: 'sophie-lambert',
                displayName: 'Sophie Lambert',
              },
            },
          }),
        },
      },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Modifier « Éclairage LED à Anost »' }),
    ).toBeDefined();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Modifier « Éclairage LED à Anost » — Pairs');
    const comment = screen
      .getByRole('heading', { name: 'Modifications demandées par la modération' })
      .closest('.fr-alert')!;
    expect(within(comment as HTMLElement).getByText('Précisez le coût des candélabres.')).toBeDefined();
    expect(within(comment as HTMLElement).getByText(/Demandé par Sophie Lambert/)).toBeDefined();

    expect(titleInput().value).toBe('Éclairage LED à Anost');
    expect(screen.getByText('21 / 200 caractères')).toBeDefined();
    expect(screen.getByRole('combobox', { name: /^Territoire concerné/ })).toHaveProperty('value', 'Anost');
    expect(screen.getByLabelText('Éclairage public')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Dématérialisation des assemblées')).toHaveProperty('checked', false);
    expect(screen.getByLabelText(/^Date de début/)).toHaveProperty('value', '2023-03-01');
    expect(screen.getByLabelText(/^Coût total/)).toHaveProperty('value', '48000');
    expect(screen.getByLabelText('Financeur')).toHaveProperty('value', 'DETR');
    expect(screen.getByLabelText('Montant en euros')).toHaveProperty('value', '20000');
    expect(screen.getByLabelText(/^Le projet/)).toHaveProperty('value', 'Le projet a commencé en 2023.');
    expect(screen.getByText('Brouillon')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Soumettre pour relecture' })).toBeDefined();
  });

  it('tells a member with an unconfirmed address why they cannot write yet', async () => {
    const { link, calls } = operationsLink({});
    renderApp('/retours-d-experience/nouveau', link, {
      viewer: testViewer({ emailVerified: false }),
    });

    expect(
      await screen.findByRole('heading', { name: 'Confirmez votre adresse e-mail pour écrire' }),
    ).toBeDefined();
    expect(screen.getByRole('heading', { level: 1, name: "Rédiger un retour d'expérience" })).toBeDefined();
    expect(screen.getByRole('button', { name: "Renvoyer l'e-mail de confirmation" })).toBeDefined();
    expect(screen.queryByLabelText(/^Titre/)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('checks required fields before sending, and focuses the error summary', async () => {
    const { calls } = renderEditor('/retours-d-experience/nouveau');
    fireEvent.change(await screen.findByLabelText(/^Titre/), { target: { value: 'LED' } });
    fireEvent.change(screen.getByLabelText(/^Date de début/), { target: { value: '2024-05-01' } });
    fireEvent.change(screen.getByLabelText(/^Date de fin/), { target: { value: '2024-01-01' } });
    fireEvent.change(screen.getByLabelText(/^Coût total/), { target: { value: '-5' } });

    fireEvent.click(screen.getByRole('button', { name: 'Créer le brouillon' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement?.id).toBe('case-study-error-summary'));
    expect(
      within(summary).getByRole('link', { name: 'Titre : Le titre doit compter au moins 5 caractères.' }),
    ).toBeDefined();
    expect(
      within(summary).getByRole('link', { name: /^Territoire : Choisissez un territoire/ }),
    ).toBeDefined();
    expect(
      within(summary).getByRole('link', { name: 'Thématiques : Choisissez au moins une thématique.' }),
    ).toBeDefined();
    expect(
      within(summary).getByRole('link', {
        name: 'Date de fin : La date de fin ne peut pas précéder la date de début.',
      }),
    ).toBeDefined();
    expect(
      within(summary).getByRole('link', { name: 'Coût total : Le coût ne peut pas être négatif.' }),
    ).toBeDefined();
    expect(within(summary).getByRole('link', { name: 'Le projet : Décrivez le projet.' })).toBeDefined();

    fireEvent.click(within(summary).getByRole('link', { name: /^Coût total/ }));
    expect(document.activeElement).toBe(screen.getByLabelText(/^Coût total/));
    expect(calls.some((call) => call.operationName === 'CreateCaseStudy')).toBe(false);
  });

  it('shows the API field errors next to the fields they concern', async () => {
    const { calls } = renderEditor(EDIT_PATH, {
      UpdateCaseStudy: apiError('BAD_USER_INPUT', {
        fields: [
          { field: 'themeSlugs.0', reason: 'archived', message: 'Theme eclairage-public is archived' },
          { field: 'fundingSources.0.amountEuros', reason: 'max', message: 'too large' },
          { field: 'endedOn', reason: 'beforeStart', message: 'endedOn cannot be before startedOn' },
          { field: 'costEuros', reason: 'min', message: 'costEuros cannot be negative' },
          { field: 'body', reason: 'maxBytes', message: 'body must be at most 100 KB' },
        ],
      }),
    });
    await screen.findByDisplayValue('Éclairage LED à Anost');

    fireEvent.change(titleInput(), { target: { value: 'Éclairage LED à Anost, le bilan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement?.id).toBe('case-study-error-summary'));
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Thématiques : Une des thématiques choisies a été archivée et ne reçoit plus de contenus. Décochez-la puis réessayez.',
      'Date de fin : La date de fin ne peut pas précéder la date de début.',
      'Coût total : Le coût ne peut pas être négatif.',
      'Financement 1 — montant : Ce montant est trop élevé.',
      'Le projet : Le texte du projet dépasse la taille maximale (100 Ko).',
    ]);

    const expectFieldError = (input: HTMLElement, message: string) => {
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const described = (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent);
      expect(described).toContain(message);
    };
    expectFieldError(screen.getByLabelText(/^Coût total/), 'Le coût ne peut pas être négatif.');
    expectFieldError(screen.getByLabelText('Montant en euros'), 'Ce montant est trop élevé.');
    expectFieldError(
      screen.getByLabelText(/^Date de fin/),
      'La date de fin ne peut pas précéder la date de début.',
    );
    expectFieldError(
      screen.getByLabelText(/^Le projet/),
      'Le texte du projet dépasse la taille maximale (100 Ko).',
    );
    const themes = screen.getByRole('group', { name: /^Thématiques/ });
    expect(themes.className).toContain('fr-fieldset--error');
    expect(themes.getAttribute('aria-labelledby')).toContain('case-study-themes-message');

    expect(variablesOf(calls, 'UpdateCaseStudy')).toEqual([
      {
        input: {
          id: 'cs-1',
          expectedRevision: 3,
          title: 'Éclairage LED à Anost, le bilan',
          summary: 'Nous avons remplacé 120 points lumineux par des LED.',
          body: 'Le projet a commencé en 2023.',
          territoryCode: '71009',
          themeSlugs: ['eclairage-public'],
          startedOn: '2023-03-01',
          endedOn: null,
          costEuros: 48000,
          fundingSources: [{ name: 'DETR', amountEuros: 20000 }],
          results: '',
          environmentalAssessment: '',
          lessonsLearned: '',
          solutionsUsed: ['LED'],
          contact: 'Mairie, services techniques',
        },
      },
    ]);
  });

  it('keeps every change on this device and offers it back after a reload', async () => {
    const first = renderEditor(EDIT_PATH);
    await screen.findByDisplayValue('Éclairage LED à Anost');
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fireEvent.change(screen.getByLabelText(/^Le projet/), {
      target: { value: 'Le projet a commencé en 2023, avec 120 points lumineux.' },
    });
    act(() => {
      vi.advanceTimersByTime(LOCAL_SAVE_DELAY_MS);
    });
    const stored = JSON.parse(window.localStorage.getItem(localDraftKey(viewer.id, 'cs-1')) ?? 'null') as {
      baseRevision: number;
      values: { body: string };
    };
    expect(stored.baseRevision).toBe(3);
    expect(stored.values.body).toBe('Le projet a commencé en 2023, avec 120 points lumineux.');
    // Typed after the last local copy, then the tab is closed at once: flushed on the way out.
    fireEvent.change(titleInput(), { target: { value: 'Éclairage LED à Anost (bilan)' } });
    first.unmount();
    vi.useRealTimers();

    const second = renderEditor(EDIT_PATH);
    expect(
      await screen.findByRole('heading', { name: 'Un brouillon non enregistré existe sur cet appareil' }),
    ).toBeDefined();
    expect(screen.queryByLabelText(/^Titre/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre le brouillon local' }));

    expect(titleInput().value).toBe('Éclairage LED à Anost (bilan)');
    expect(document.activeElement).toBe(titleInput());
    expect(screen.getByLabelText(/^Le projet/)).toHaveProperty(
      'value',
      'Le projet a commencé en 2023, avec 120 points lumineux.',
    );
    second.unmount();

    renderEditor(EDIT_PATH);
    fireEvent.click(await screen.findByRole('button', { name: 'Ignorer' }));
    expect(titleInput().value).toBe('Éclairage LED à Anost');
    expect(window.localStorage.getItem(localDraftKey(viewer.id, 'cs-1'))).toBeNull();
  });

  it('saves a draft to the server after 20 seconds without typing', async () => {
    const { calls } = renderEditor(EDIT_PATH, {
      UpdateCaseStudy: ({ input }) => ({
        data: {
          updateCaseStudy: caseStudy({ ...(input as object), revisionCount: 4, themes: caseStudy().themes }),
        },
      }),
    });
    await screen.findByDisplayValue('Éclairage LED à Anost');
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fireEvent.change(titleInput(), { target: { value: 'Éclairage LED à Anost : deux ans après' } });
    act(() => {
      vi.advanceTimersByTime(SERVER_AUTOSAVE_DELAY_MS - 1000);
    });
    expect(variablesOf(calls, 'UpdateCaseStudy')).toHaveLength(0);
    act(() => {
      vi.advanceTimersByTime(1000);
    });

    await waitFor(() => expect(screen.getByText(/^Enregistré à \d\d:\d\d$/)).toBeDefined());
    expect(variablesOf(calls, 'UpdateCaseStudy')).toMatchObject([
      { input: { expectedRevision: 3, title: 'Éclairage LED à Anost : deux ans après' } },
    ]);
    // Saved: no local copy left to offer.
    await waitFor(() => expect(window.localStorage.getItem(localDraftKey(viewer.id, 'cs-1'))).toBeNull());

    fireEvent.change(titleInput(), { target: { value: 'Éclairage LED : deux ans après' } });
    act(() => {
      vi.advanceTimersByTime(SERVER_AUTOSAVE_DELAY_MS);
    });
    await waitFor(() => expect(variablesOf(calls, 'UpdateCaseStudy')).toHaveLength(2));
    expect(variablesOf(calls, 'UpdateCaseStudy')[1]).toMatchObject({ input: { expectedRevision: 4 } });
  });

  it('keeps the text when someone else saved, shows their version and overwrites it knowingly', async () => {
    let saves = 0;
    const { calls } = renderEditor(EDIT_PATH, {
      UpdateCaseStudy: ({ input }) => {
        saves += 1;
        return saves === 1
          ? apiError('CONFLICT', {
              fields: [{ field: 'expectedRevision', reason: 'stale', message: 'The latest revision is 5' }],
              latestRevision: 5,
            })
          : {
              data: {
                updateCaseStudy: caseStudy({
                  ...(input as object),
                  revisionCount: 6,
                  themes: caseStudy().themes,
                }),
              },
            };
      },
      CaseStudyEditorLatest: {
        data: {
          caseStudy: {
            ...caseStudy({ title: 'Éclairage public : le bilan de Nadia', revisionCount: 5 }),
            bodyHtml: '<p>Version de Nadia.</p>',
            resultsHtml: '',
            environmentalAssessmentHtml: '',
            lessonsLearnedHtml: '',
          },
        },
      },
    });
    await screen.findByDisplayValue('Éclairage LED à Anost');
    fireEvent.change(titleInput(), { target: { value: 'Éclairage LED : ma version' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const warning = await screen.findByRole('heading', {
      name: "Quelqu'un d'autre a enregistré ce retour d'expérience entre-temps",
    });
    const panel = warning.closest('.fr-alert') as HTMLElement;
    expect(within(panel).getByText(/version 5/)).toBeDefined();
    expect(titleInput().value).toBe('Éclairage LED : ma version');
    expect(screen.getByText(/quelqu'un d'autre a enregistré une nouvelle version/)).toBeDefined();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, LOCAL_SAVE_DELAY_MS + 100));
    });
    const stored = JSON.parse(window.localStorage.getItem(localDraftKey(viewer.id, 'cs-1')) ?? 'null') as {
      values: { title: string };
    };
    expect(stored.values.title).toBe('Éclairage LED : ma version');

    fireEvent.click(within(panel).getByRole('button', { name: 'Afficher la dernière version' }));
    const latest = await screen.findByRole('region', { name: 'Dernière version enregistrée (version 5)' });
    expect(within(latest).getByText('Éclairage public : le bilan de Nadia')).toBeDefined();
    expect(within(latest).getByText('Version de Nadia.')).toBeDefined();
    expect(titleInput().value).toBe('Éclairage LED : ma version');

    fireEvent.click(within(panel).getByRole('button', { name: 'Remplacer par ma version' }));
    await screen.findByText(/^Enregistré à \d\d:\d\d$/);
    expect(screen.queryByRole('heading', { name: /entre-temps/ })).toBeNull();
    expect(
      variablesOf(calls, 'UpdateCaseStudy').map(
        (v) => v['input'] as { expectedRevision: number; title: string },
      ),
    ).toMatchObject([
      { expectedRevision: 3, title: 'Éclairage LED : ma version' },
      { expectedRevision: 5, title: 'Éclairage LED : ma version' },
    ]);
  });

  it('creates the draft, then continues on its edit page', async () => {
    const created = caseStudy({ slug: 'eclairage-led-anost', revisionCount: 1 });
    const { calls } = renderEditor('/retours-d-experience/nouveau', {
      TerritorySearch: { data: { territories: [ANOST] } },
      CreateCaseStudy: { data: { createCaseStudy: created } },
      CaseStudyEditor: { data: { caseStudy: created } },
    });

    fireEvent.change(await screen.findByLabelText(/^Titre/), { target: { value: 'Éclairage LED à Anost' } });
    fireEvent.change(screen.getByLabelText(/^Résumé/), {
      target: { value: 'Nous avons remplacé 120 points lumineux par des LED.' },
    });
    const territory = screen.getByRole('combobox', { name: /^Territoire concerné/ });
    territory.focus();
    fireEvent.change(territory, { target: { value: 'Anost' } });
    await screen.findByRole('option', { name: 'Anost — Commune (71009), 695 hab.' });
    fireEvent.keyDown(territory, { key: 'ArrowDown' });
    fireEvent.keyDown(territory, { key: 'Enter' });
    fireEvent.click(screen.getByLabelText('Éclairage public'));
    fireEvent.change(screen.getByLabelText(/^Le projet/), {
      target: { value: 'Le projet a commencé en 2023.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un financement' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Financeur'));
    fireEvent.change(screen.getByLabelText('Financeur'), { target: { value: 'DETR' } });
    fireEvent.change(screen.getByLabelText('Montant en euros'), { target: { value: '20 000' } });

    fireEvent.click(screen.getByRole('button', { name: 'Créer le brouillon' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Modifier « Éclairage LED à Anost »' }),
    ).toBeDefined();
    expect(screen.getByText(/Votre brouillon est créé/)).toBeDefined();
    expect(variablesOf(calls, 'CreateCaseStudy')).toMatchObject([
      {
        input: {
          title: 'Éclairage LED à Anost',
          territoryCode: '71009',
          themeSlugs: ['eclairage-public'],
          costEuros: null,
          startedOn: null,
          fundingSources: [{ name: 'DETR', amountEuros: 20000 }],
          solutionsUsed: [],
        },
      },
    ]);
    expect(window.localStorage.getItem(localDraftKey(viewer.id, null))).toBeNull();
  });

  it('creates the draft in the group of the address, telling who will read it', async () => {
    const created = caseStudy({ slug: 'eclairage-led-anost', revisionCount: 1 });
    const { calls } = renderEditor('/retours-d-experience/nouveau?groupe=elus-ruraux', {
      TerritorySearch: { data: { territories: [ANOST] } },
      CaseStudyEditorGroup: {
        data: {
          group: {
            __typename: 'Group',
            id: 'group-1',
            slug: 'elus-ruraux',
            name: 'Élus ruraux',
            visibility: 'PRIVATE',
            viewerCan: { __typename: 'GroupPermissions', post: true },
          },
        },
      },
      CreateCaseStudy: { data: { createCaseStudy: created } },
      CaseStudyEditor: { data: { caseStudy: created } },
    });

    expect(
      await screen.findByText("Votre retour d'expérience ne sera visible que par les membres du groupe."),
    ).toBeDefined();
    fireEvent.change(await screen.findByLabelText(/^Titre/), { target: { value: 'Éclairage LED à Anost' } });
    fireEvent.change(screen.getByLabelText(/^Résumé/), {
      target: { value: 'Nous avons remplacé 120 points lumineux par des LED.' },
    });
    const territory = screen.getByRole('combobox', { name: /^Territoire concerné/ });
    territory.focus();
    fireEvent.change(territory, { target: { value: 'Anost' } });
    await screen.findByRole('option', { name: 'Anost — Commune (71009), 695 hab.' });
    fireEvent.keyDown(territory, { key: 'ArrowDown' });
    fireEvent.keyDown(territory, { key: 'Enter' });
    fireEvent.click(screen.getByLabelText('Éclairage public'));
    fireEvent.change(screen.getByLabelText(/^Le projet/), {
      target: { value: 'Le projet a commencé en 2023.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le brouillon' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Modifier « Éclairage LED à Anost »' }),
    ).toBeDefined();
    expect(variablesOf(calls, 'CreateCaseStudy')).toMatchObject([
      { input: { title: 'Éclairage LED à Anost', groupId: 'group-1' } },
    ]);
  });

  it('offers no editor for a group the member may not post in', async () => {
    renderEditor('/retours-d-experience/nouveau?groupe=elus-ruraux', {
      CaseStudyEditorGroup: { data: { group: null } },
    });

    expect(
      await screen.findByRole('heading', {
        name: "Vous ne pouvez pas partager un retour d'expérience dans ce groupe",
      }),
    ).toBeDefined();
    expect(screen.queryByLabelText(/^Titre/)).toBeNull();
  });

  it('saves pending changes, then submits the draft for review', async () => {
    const { calls } = renderEditor(EDIT_PATH, {
      UpdateCaseStudy: ({ input }) => ({
        data: {
          updateCaseStudy: caseStudy({ ...(input as object), revisionCount: 4, themes: caseStudy().themes }),
        },
      }),
      SubmitCaseStudy: {
        data: {
          submitCaseStudy: {
            __typename: 'CaseStudy',
            id: 'cs-1',
            status: 'IN_REVIEW',
            publishedAt: null,
            updatedAt: '2026-11-29T11:00:00.000Z',
            viewerCan: {
              __typename: 'CaseStudyPermissions',
              edit: true,
              submit: false,
              review: false,
              archive: false,
              manageAuthors: true,
            },
            changesRequested: null,
          },
        },
      },
    });
    await screen.findByDisplayValue('Éclairage LED à Anost');
    fireEvent.change(screen.getByLabelText(/^Résultats/), { target: { value: '- 60 % de consommation' } });

    fireEvent.click(screen.getByRole('button', { name: 'Soumettre pour relecture' }));

    expect(
      await screen.findByRole('heading', { name: "Votre retour d'expérience est en relecture" }),
    ).toBeDefined();
    expect(
      calls.map((call) => call.operationName).filter((name) => name !== 'CaseStudyEditorThemes'),
    ).toEqual(['CaseStudyEditor', 'UpdateCaseStudy', 'SubmitCaseStudy']);
    expect(screen.getByText('En relecture')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Soumettre pour relecture' })).toBeNull();
  });

  it('does not write an identical revision when nothing changed', async () => {
    const { calls } = renderEditor(EDIT_PATH);
    await screen.findByDisplayValue('Éclairage LED à Anost');

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(
      await screen.findByText('Aucune modification à enregistrer : le serveur a déjà cette version.'),
    ).toBeDefined();
    expect(variablesOf(calls, 'UpdateCaseStudy')).toEqual([]);
  });

  it('renders a markdown preview with the API', async () => {
    const { calls } = renderEditor(EDIT_PATH, {
      CaseStudyEditorPreview: ({ source }) => ({
        data: { markdownPreview: `<p><strong>${String(source).replace(/\*/g, '')}</strong></p>` },
      }),
    });
    await screen.findByDisplayValue('Éclairage LED à Anost');
    fireEvent.change(screen.getByLabelText(/^Le projet/), { target: { value: '**Gras**' } });
    const toggle = screen.getByRole('button', { name: 'Aperçu : Le projet' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const preview = await screen.findByRole('region', { name: 'Aperçu : Le projet' });
    await waitFor(() => expect(within(preview).getByText('Gras').tagName).toBe('STRONG'));
    expect(variablesOf(calls, 'CaseStudyEditorPreview')).toEqual([{ source: '**Gras**' }]);
  });

  it('says when the server cannot be reached, keeping the text', async () => {
    const handlers = operationsLink({
      CaseStudyEditorThemes: THEMES,
      CaseStudyEditor: { data: { caseStudy: caseStudy({ status: 'PUBLISHED' }) } },
    });
    const offline = failingLink(new Error('offline'));
    let online = true;
    const { ApolloLink } = await import('@apollo/client');
    renderApp(
      EDIT_PATH,
      ApolloLink.split(() => online, handlers.link, offline),
      { viewer },
    );
    await screen.findByDisplayValue('Éclairage LED à Anost');
    expect(screen.getByText(/Ce retour d'expérience est publié/)).toBeDefined();
    online = false;
    fireEvent.change(titleInput(), { target: { value: 'Éclairage LED à Anost, édition 2' } });

    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toMatch(/Vos modifications sont conservées sur cet appareil/);
    expect(titleInput().value).toBe('Éclairage LED à Anost, édition 2');
  });
});
