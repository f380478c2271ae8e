import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink } from '../../test/static-link';
import { caseStudyCard } from '../case-studies/case-study-fixtures';
import { questionCard, threadConnection } from '../questions/question-fixtures';

function theme(slug: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Theme',
    id: `theme-${slug}`,
    slug,
    name,
    description: `Tout sur ${name.toLowerCase()}.`,
    status: 'ACTIVE',
    synonyms: [],
    caseStudyCount: 0,
    threadCount: 0,
    children: [],
    ...overrides,
  };
}

const tree = [
  theme('urbanisme', 'Urbanisme', {
    caseStudyCount: 4,
    threadCount: 2,
    children: [
      theme('eclairage-public', 'Éclairage public', { caseStudyCount: 1, threadCount: 1 }),
      theme('voirie', 'Voirie'),
    ],
  }),
  theme('eau', 'Eau et assainissement'),
];

describe('ThemeIndexPage', () => {
  it('shows each top-level theme as a section with its children as links', async () => {
    const { link } = operationsLink({ ThemeIndex: { data: { themes: tree } } });
    renderApp('/thematiques', link);

    expect(screen.getByRole('heading', { level: 1, name: 'Thématiques' })).toBeDefined();
    const urbanisme = (await screen.findByRole('heading', { level: 2, name: 'Urbanisme' })).closest(
      'section',
    )!;
    expect(within(urbanisme).getByText('Tout sur urbanisme.')).toBeDefined();
    expect(within(urbanisme).getByRole('link', { name: 'Éclairage public' }).getAttribute('href')).toBe(
      '/thematiques/eclairage-public',
    );
    expect(within(urbanisme).getByRole('link', { name: 'Voirie' })).toBeDefined();
    // Published case studies and questions per theme.
    expect(within(urbanisme).getByText("4 retours d'expérience · 2 questions")).toBeDefined();
    expect(within(urbanisme).getByText("— 1 retour d'expérience · 1 question")).toBeDefined();
    expect(within(urbanisme).getByText("— Aucun retour d'expérience · Aucune question")).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: 'Eau et assainissement' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Thématiques' }).getAttribute('href')).toBe('/thematiques');
  });
});

const noCaseStudies = {
  data: { caseStudies: { __typename: 'CaseStudyConnection', totalCount: 0, edges: [] } },
};

const noQuestions = { data: { threads: threadConnection([]) } };

describe('ThemePage', () => {
  it("lists the theme's published case studies, with a link to all of them", async () => {
    const { link, calls } = operationsLink({
      ThemePage: { data: { theme: { ...theme('urbanisme', 'Urbanisme'), parent: null } } },
      ThemeCaseStudies: {
        data: {
          caseStudies: {
            __typename: 'CaseStudyConnection',
            totalCount: 14,
            edges: [
              {
                __typename: 'CaseStudyEdge',
                node: caseStudyCard('eclairage-led-anost', 'Éclairage LED à Anost'),
              },
              { __typename: 'CaseStudyEdge', node: caseStudyCard('bancs-autun', 'Des bancs à Autun') },
            ],
          },
        },
      },
      ThemeQuestions: noQuestions,
    });
    renderApp('/thematiques/urbanisme', link);

    const section = await screen.findByRole('region', { name: "Retours d'expérience" });
    expect(await within(section).findByText("14 retours d'expérience sur cette thématique.")).toBeDefined();
    expect(within(section).getByRole('link', { name: 'Éclairage LED à Anost' }).getAttribute('href')).toBe(
      '/retours-d-experience/eclairage-led-anost',
    );
    expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(
      within(section)
        .getByRole('link', { name: "Voir tous les retours d'expérience (14)" })
        .getAttribute('href'),
    ).toBe('/retours-d-experience?thematique=urbanisme');
    expect(calls.find((call) => call.operationName === 'ThemeCaseStudies')?.variables).toEqual({
      slug: 'urbanisme',
      first: 10,
    });
  });

  it("lists the theme's questions next to its case studies, with a link to all of them", async () => {
    const { link, calls } = operationsLink({
      ThemePage: { data: { theme: { ...theme('urbanisme', 'Urbanisme'), parent: null } } },
      ThemeCaseStudies: noCaseStudies,
      ThemeQuestions: {
        data: {
          threads: threadConnection(
            [
              questionCard('t1', 'Comment éclairer moins ?', { status: 'SOLVED' }),
              questionCard('t2', 'Quels bancs ?'),
            ],
            { totalCount: 7 },
          ),
        },
      },
    });
    renderApp('/thematiques/urbanisme', link);

    const section = await screen.findByRole('region', { name: 'Questions' });
    expect(await within(section).findByText('7 questions sur cette thématique.')).toBeDefined();
    expect(within(section).getByRole('link', { name: 'Comment éclairer moins ?' }).getAttribute('href')).toBe(
      '/questions/t1',
    );
    expect(within(section).getByText('Résolue')).toBeDefined();
    expect(
      within(section).getByRole('link', { name: 'Voir toutes les questions (7)' }).getAttribute('href'),
    ).toBe('/questions?thematique=urbanisme');
    // Two columns on a desktop: case studies first, then questions.
    const caseStudies = screen.getByRole('region', { name: "Retours d'expérience" });
    expect(caseStudies.parentElement?.className).toBe('fr-col-12 fr-col-md-6');
    expect(section.parentElement?.className).toBe('fr-col-12 fr-col-md-6');
    expect(calls.find((call) => call.operationName === 'ThemeQuestions')?.variables).toEqual({
      slug: 'urbanisme',
      first: 5,
    });
  });

  it('says when a theme has no case study yet', async () => {
    const { link } = operationsLink({
      ThemePage: { data: { theme: { ...theme('voirie', 'Voirie'), parent: null } } },
      ThemeCaseStudies: noCaseStudies,
      ThemeQuestions: noQuestions,
    });
    renderApp('/thematiques/voirie', link);

    expect(
      await screen.findByText("Aucun retour d'expérience publié sur cette thématique pour le moment."),
    ).toBeDefined();
    expect(
      await screen.findByText('Aucune question posée sur cette thématique pour le moment.'),
    ).toBeDefined();
  });

  it('shows the breadcrumb, the archived badge, synonyms and sub-themes', async () => {
    const { link } = operationsLink({
      ThemePage: {
        data: {
          theme: theme('eclairage-public', 'Éclairage public', {
            status: 'ARCHIVED',
            synonyms: ['lumière', 'candélabres'],
            parent: { __typename: 'Theme', id: 'theme-urbanisme', slug: 'urbanisme', name: 'Urbanisme' },
            children: [theme('led', 'Passage aux LED')],
          }),
        },
      },
      ThemeCaseStudies: noCaseStudies,
      ThemeQuestions: noQuestions,
    });
    renderApp('/thematiques/eclairage-public', link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Éclairage public' })).toBeDefined();
    const breadcrumb = screen.getByRole('navigation', { name: /vous êtes ici/i });
    expect(within(breadcrumb).getByRole('link', { name: 'Accueil' }).getAttribute('href')).toBe('/');
    expect(within(breadcrumb).getByRole('link', { name: 'Thématiques' }).getAttribute('href')).toBe(
      '/thematiques',
    );
    expect(within(breadcrumb).getByRole('link', { name: 'Urbanisme' }).getAttribute('href')).toBe(
      '/thematiques/urbanisme',
    );
    expect(within(breadcrumb).getByText('Éclairage public')).toBeDefined();
    expect(screen.getByText('Thématique archivée')).toBeDefined();
    expect(screen.getByText('Aussi appelé : lumière, candélabres')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Passage aux LED' }).getAttribute('href')).toBe(
      '/thematiques/led',
    );
  });

  it('replaces the old slug of a merged theme with the canonical one', async () => {
    const { link, calls } = operationsLink({
      ThemePage: { data: { theme: { ...theme('eclairage-public', 'Éclairage public'), parent: null } } },
      ThemeCaseStudies: noCaseStudies,
      ThemeQuestions: noQuestions,
    });
    renderApp('/thematiques/lumiere', link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Éclairage public' })).toBeDefined();
    await waitFor(() =>
      expect(
        calls.filter((call) => call.operationName === 'ThemePage').map((call) => call.variables),
      ).toEqual([{ slug: 'lumiere' }, { slug: 'eclairage-public' }]),
    );
  });

  it('shows the 404 page for an unknown slug', async () => {
    const { link } = operationsLink({ ThemePage: { data: { theme: null } } });
    renderApp('/thematiques/inconnue', link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page non trouvée' })).toBeDefined();
  });
});

describe('ThemesModerationPage', () => {
  it('tells a member the page is for moderators, without loading the themes', async () => {
    const { link, calls } = operationsLink({});
    renderApp('/moderation/thematiques', link, { viewer: testViewer() });

    expect(await screen.findByRole('heading', { name: 'Accès réservé aux modérateurs' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Créer la thématique' })).toBeNull();
    expect(calls).toEqual([]);
  });

  it('sends anonymous visitors to sign in', async () => {
    renderApp('/moderation/thematiques', operationsLink({}).link);

    expect(await screen.findByRole('heading', { level: 1, name: /connecter/i })).toBeDefined();
  });

  it('lets a moderator create a theme under a parent, and shows a taken slug in French', async () => {
    let themes = tree;
    const { link, calls } = operationsLink({
      ModerationThemes: () => ({ data: { themes } }),
      CreateTheme: ({ input }) => {
        const { name } = input as { name: string };
        if (name === 'Voirie') {
          return apiError('CONFLICT');
        }
        themes = [...themes, theme('mobilites', name)];
        return {
          data: { createTheme: { __typename: 'Theme', id: 'theme-mobilites', slug: 'mobilites', name } },
        };
      },
    });
    renderApp('/moderation/thematiques', link, { viewer: testViewer({ role: 'MODERATOR' }) });

    expect(await screen.findByRole('heading', { level: 3, name: 'Urbanisme' })).toBeDefined();
    expect(screen.getByRole('heading', { level: 4, name: 'Éclairage public' })).toBeDefined();

    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Voirie' } });
    fireEvent.change(screen.getByLabelText(/^Thématique parente/), { target: { value: 'urbanisme' } });
    fireEvent.change(screen.getByLabelText(/^Synonymes/), { target: { value: 'routes, chaussées , ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer la thématique' }));

    expect(
      await screen.findByText(
        'Une thématique utilise déjà cette adresse. Choisissez un autre nom ou une autre adresse.',
      ),
    ).toBeDefined();
    expect(calls.find((call) => call.operationName === 'CreateTheme')?.variables).toEqual({
      input: { name: 'Voirie', parentSlug: 'urbanisme', synonyms: ['routes', 'chaussées'] },
    });

    fireEvent.change(screen.getByLabelText('Nom'), { target: { value: 'Mobilités' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer la thématique' }));

    await screen.findByText(/a été créée/);
    expect(await screen.findByRole('heading', { level: 3, name: 'Mobilités' })).toBeDefined();
    expect(calls.filter((call) => call.operationName === 'ModerationThemes')).toHaveLength(2);
  });

  it('shows field errors next to the merge selects', async () => {
    const { link } = operationsLink({
      ModerationThemes: { data: { themes: tree } },
      MergeThemes: apiError('BAD_USER_INPUT', {
        fields: [{ field: 'targetSlug', reason: 'child', message: 'child' }],
      }),
    });
    renderApp('/moderation/thematiques', link, { viewer: testViewer({ role: 'ADMIN' }) });

    fireEvent.change(await screen.findByLabelText('Thématique à fusionner'), {
      target: { value: 'urbanisme' },
    });
    fireEvent.change(screen.getByLabelText(/^Thématique de destination/), { target: { value: 'voirie' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fusionner' }));

    expect(
      await screen.findByText(
        "Une thématique ne peut pas être fusionnée dans l'une de ses sous-thématiques.",
      ),
    ).toBeDefined();
  });
});
