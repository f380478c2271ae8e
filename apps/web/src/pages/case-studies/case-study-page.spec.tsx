import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink } from '../../test/static-link';
import { questionCard, threadConnection } from '../questions/question-fixtures';
import { caseStudyCard, caseStudyDetails, permissions } from './case-study-fixtures';

const noSimilar = { data: { similarCaseStudies: [] } };
const noQuestions = { data: { threads: threadConnection([]) } };

/** What a workflow mutation answers (the `CaseStudyWorkflowResult` fragment). */
function workflowResult(overrides: Record<string, unknown>) {
  return {
    __typename: 'CaseStudy',
    id: 'cs-1',
    status: 'PUBLISHED',
    publishedAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-04-15T10:00:00.000Z',
    viewerCan: permissions(),
    changesRequested: null,
    ...overrides,
  };
}

function normalizeSpaces(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

describe('CaseStudyPage', () => {
  it('shows the key facts, the sections, the authors and similar case studies', async () => {
    const { link, calls } = operationsLink({
      CaseStudyPage: { data: { caseStudy: caseStudyDetails() } },
      SimilarCaseStudies: {
        data: { similarCaseStudies: [caseStudyCard('extinction-nocturne', 'Extinction nocturne à Autun')] },
      },
      CaseStudyQuestions: noQuestions,
    });
    renderApp('/retours-d-experience/eclairage-led-anost', link);

    expect(
      await screen.findByRole('heading', { level: 1, name: "Passer l'éclairage public en LED" }),
    ).toBeDefined();
    expect(document.title).toBe("Passer l'éclairage public en LED — Pairs");
    expect(calls.find((call) => call.operationName === 'CaseStudyPage')?.variables).toEqual({
      slug: 'eclairage-led-anost',
    });
    // Published: no status badge, no action for an anonymous visitor.
    expect(screen.queryByText('Publié')).toBeNull();
    for (const action of ['Soumettre pour relecture', 'Publier', 'Demander des modifications', 'Archiver']) {
      expect(screen.queryByRole('button', { name: action })).toBeNull();
    }
    expect(screen.queryByRole('link', { name: 'Modifier' })).toBeNull();

    const facts = screen.getByRole('region', { name: "L'essentiel" });
    const text = normalizeSpaces(facts.textContent);
    expect(text).toContain('Anost (Commune, 695 habitants)');
    expect(text).toContain('Moins de 1 000 habitants');
    expect(text).toContain('De mars 2022 à juin 2023');
    expect(text).toContain('125 000 € TTC');
    const fundings = within(facts)
      .getAllByRole('listitem')
      .map((item) => normalizeSpaces(item.textContent));
    expect(fundings).toEqual(
      expect.arrayContaining([
        'DETR : 50 000 €',
        'SDE 71 : 25 000 €',
        'Luminaires LED',
        'Horloges astronomiques',
      ]),
    );
    expect(within(facts).getByRole('link', { name: 'Énergie' }).getAttribute('href')).toBe(
      '/thematiques/energie',
    );

    expect(screen.getByRole('heading', { level: 2, name: 'Le projet' })).toBeDefined();
    // A heading written in the markdown sits under its section heading.
    expect(screen.getByRole('heading', { level: 3, name: 'Étapes' })).toBeDefined();
    expect(screen.getByText('Consommation divisée par trois.')).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: 'Enseignements' })).toBeDefined();
    // An empty section is left out.
    expect(screen.queryByRole('heading', { name: 'Bilan coûts/bénéfices et environnemental' })).toBeNull();
    expect(screen.getByText(/Secrétariat de mairie/)).toBeDefined();

    const about = screen.getByRole('region', { name: "À propos de ce retour d'expérience" });
    expect(within(about).getByRole('link', { name: 'Jean Dupont' }).getAttribute('href')).toBe(
      '/membres/jean-dupont',
    );
    expect(within(about).getByText(/Compte supprimé/)).toBeDefined();
    expect(normalizeSpaces(about.textContent)).toContain(
      'Publié le 2 mars 2026 · Mis à jour le 15 avril 2026 · 1 520 consultations',
    );
    expect(
      within(about)
        .getByRole('link', { name: /historique des modifications/ })
        .getAttribute('href'),
    ).toBe('/retours-d-experience/eclairage-led-anost/historique');

    const similar = await screen.findByRole('region', { name: "Retours d'expérience similaires" });
    expect(
      within(similar).getByRole('link', { name: 'Extinction nocturne à Autun' }).getAttribute('href'),
    ).toBe('/retours-d-experience/extinction-nocturne');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows an ongoing project, and no history link for a single revision', async () => {
    const { link } = operationsLink({
      CaseStudyPage: {
        data: {
          caseStudy: caseStudyDetails({
            endedOn: null,
            startedOn: '2024-04-01',
            revisionCount: 1,
            fundingSources: [],
          }),
        },
      },
      SimilarCaseStudies: noSimilar,
      CaseStudyQuestions: noQuestions,
    });
    renderApp('/retours-d-experience/eclairage-led-anost', link);

    const facts = await screen.findByRole('region', { name: "L'essentiel" });
    expect(facts.textContent).toContain('Depuis avril 2024 (en cours)');
    expect(within(facts).queryByText('Financements')).toBeNull();
    expect(screen.queryByRole('link', { name: /historique/ })).toBeNull();
  });

  it('lists the questions asked about it, and invites readers to ask its authors', async () => {
    const { link, calls } = operationsLink({
      CaseStudyPage: { data: { caseStudy: caseStudyDetails() } },
      SimilarCaseStudies: noSimilar,
      CaseStudyQuestions: {
        data: {
          threads: threadConnection(
            [questionCard('t1', 'Quel fournisseur de LED ?', { status: 'SOLVED', replyCount: 2 })],
            { totalCount: 6 },
          ),
        },
      },
    });
    renderApp('/retours-d-experience/eclairage-led-anost', link);

    const section = await screen.findByRole('region', { name: "Questions sur ce retour d'expérience" });
    expect(await within(section).findByText("6 questions sur ce retour d'expérience.")).toBeDefined();
    const card = within(section).getByRole('link', { name: 'Quel fournisseur de LED ?' });
    expect(card.getAttribute('href')).toBe('/questions/t1');
    expect(within(section).getByText('Résolue')).toBeDefined();
    expect(within(section).getByRole('link', { name: 'Voir les 6 questions' }).getAttribute('href')).toBe(
      '/questions?retour=eclairage-led-anost',
    );
    expect(
      within(section).getByRole('link', { name: 'Poser une question aux auteurs' }).getAttribute('href'),
    ).toBe('/questions/nouvelle?retour=eclairage-led-anost');
    expect(calls.find((call) => call.operationName === 'CaseStudyQuestions')?.variables).toEqual({
      caseStudyId: 'cs-1',
      first: 5,
    });
  });

  it('shows no questions block on a draft', async () => {
    const { link, calls } = operationsLink({
      CaseStudyPage: { data: { caseStudy: caseStudyDetails({ status: 'DRAFT', publishedAt: null }) } },
      SimilarCaseStudies: noSimilar,
    });
    renderApp('/retours-d-experience/eclairage-led-anost', link, { viewer: testViewer() });

    expect(await screen.findByText('Brouillon')).toBeDefined();
    expect(screen.queryByRole('region', { name: "Questions sur ce retour d'expérience" })).toBeNull();
    expect(calls.some((call) => call.operationName === 'CaseStudyQuestions')).toBe(false);
  });

  it('shows the 404 page for an unknown or unreadable case study', async () => {
    const { link } = operationsLink({ CaseStudyPage: { data: { caseStudy: null } } });
    renderApp('/retours-d-experience/inconnu', link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page non trouvée' })).toBeDefined();
  });

  it('shows its authors the draft state, the moderator comment, and only their actions', async () => {
    const { link, calls } = operationsLink({
      CaseStudyPage: {
        data: {
          caseStudy: caseStudyDetails({
            status: 'DRAFT',
            publishedAt: null,
            viewerCan: permissions({ edit: true, submit: true }),
            changesRequested: {
              __typename: 'CaseStudyReviewComment',
              comment: 'Précisez le coût des horloges.',
              createdAt: '2026-04-10T09:00:00.000Z',
              reviewer: {
                __typename: 'User',
                id: 'user-m',
                handle: 'moderatrice',
                displayName: 'Modératrice',
              },
            },
          }),
        },
      },
      SimilarCaseStudies: noSimilar,
      CaseStudyQuestions: noQuestions,
      SubmitCaseStudy: {
        data: {
          submitCaseStudy: workflowResult({
            status: 'IN_REVIEW',
            publishedAt: null,
            viewerCan: permissions({ edit: true }),
          }),
        },
      },
    });
    renderApp('/retours-d-experience/eclairage-led-anost', link, {
      viewer: testViewer({ id: 'user-jean-dupont', handle: 'jean-dupont' }),
    });

    expect(await screen.findByText('Brouillon')).toBeDefined();
    const alert = screen.getByRole('heading', {
      name: 'Modifications demandées par la modération',
    }).parentElement!;
    expect(alert.textContent).toContain('Précisez le coût des horloges.');
    expect(alert.textContent).toContain('Demandé par Modératrice le 10 avril 2026.');
    expect(screen.getByRole('link', { name: 'Modifier' }).getAttribute('href')).toBe(
      '/retours-d-experience/eclairage-led-anost/modifier',
    );
    expect(screen.queryByRole('button', { name: 'Publier' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archiver' })).toBeNull();
    // No view count before publication.
    expect(screen.queryByText(/consultations/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Soumettre pour relecture' }));

    expect(await screen.findByText(/a été soumis pour relecture/)).toBeDefined();
    // The cache took the new state from the mutation result.
    expect(await screen.findByText('En relecture')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Soumettre pour relecture' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Modifier' })).toBeDefined();
    expect(calls.find((call) => call.operationName === 'SubmitCaseStudy')?.variables).toEqual({
      input: { id: 'cs-1' },
    });
  });

  it('lets a moderator publish a case study in review', async () => {
    const { link } = operationsLink({
      CaseStudyPage: {
        data: {
          caseStudy: caseStudyDetails({
            status: 'IN_REVIEW',
            publishedAt: null,
            viewerCan: permissions({ review: true }),
          }),
        },
      },
      SimilarCaseStudies: noSimilar,
      CaseStudyQuestions: noQuestions,
      PublishCaseStudy: {
        data: { publishCaseStudy: workflowResult({ viewerCan: permissions({ archive: true }) }) },
      },
    });
    renderApp('/retours-d-experience/eclairage-led-anost', link, {
      viewer: testViewer({ role: 'MODERATOR' }),
    });

    expect(await screen.findByText('En relecture')).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Modifier' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Publier' }));

    expect(await screen.findByText(/est publié/)).toBeDefined();
    await waitFor(() => expect(screen.queryByText('En relecture')).toBeNull());
    expect(screen.getByRole('button', { name: 'Archiver' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Publier' })).toBeNull();
  });

  it('asks a moderator for a comment before requesting changes', async () => {
    const { link, calls } = operationsLink({
      CaseStudyPage: {
        data: {
          caseStudy: caseStudyDetails({ status: 'IN_REVIEW', viewerCan: permissions({ review: true }) }),
        },
      },
      SimilarCaseStudies: noSimilar,
      CaseStudyQuestions: noQuestions,
      RequestCaseStudyChanges: ({ input }) => ({
        data: {
          requestChanges: workflowResult({
            status: 'DRAFT',
            publishedAt: null,
            changesRequested: {
              __typename: 'CaseStudyReviewComment',
              comment: (input as { comment: string }).comment,
              createdAt: '2026-04-16T09:00:00.000Z',
              reviewer: {
                __typename: 'User',
                id: 'user-1',
                handle: 'claire-martin',
                displayName: 'Claire Martin',
              },
            },
          }),
        },
      }),
    });
    renderApp('/retours-d-experience/eclairage-led-anost', link, {
      viewer: testViewer({ role: 'MODERATOR' }),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Demander des modifications' }));
    const comment = screen.getByLabelText(/Modifications demandées/);
    expect(document.activeElement).toBe(comment);

    fireEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(await screen.findByText("Expliquez aux auteurs ce qu'ils doivent modifier.")).toBeDefined();
    expect(calls.some((call) => call.operationName === 'RequestCaseStudyChanges')).toBe(false);

    fireEvent.change(comment, { target: { value: '  Ajoutez les résultats chiffrés.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));

    expect(await screen.findByText(/La demande de modifications a été envoyée/)).toBeDefined();
    expect(calls.find((call) => call.operationName === 'RequestCaseStudyChanges')?.variables).toEqual({
      input: { id: 'cs-1', comment: 'Ajoutez les résultats chiffrés.' },
    });
    expect(await screen.findByText('Brouillon')).toBeDefined();
    expect(screen.getByText('Ajoutez les résultats chiffrés.')).toBeDefined();
  });

  it('archives after confirmation, and explains a state changed meanwhile', async () => {
    const { link, calls } = operationsLink({
      CaseStudyPage: {
        data: { caseStudy: caseStudyDetails({ viewerCan: permissions({ edit: true, archive: true }) }) },
      },
      SimilarCaseStudies: noSimilar,
      CaseStudyQuestions: noQuestions,
      ArchiveCaseStudy: apiError('CONFLICT'),
    });
    renderApp('/retours-d-experience/eclairage-led-anost', link, { viewer: testViewer() });

    fireEvent.click(await screen.findByRole('button', { name: 'Archiver' }));
    expect(calls.some((call) => call.operationName === 'ArchiveCaseStudy')).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: "Confirmer l'archivage" }));

    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Archiver' }));

    fireEvent.click(screen.getByRole('button', { name: 'Archiver' }));
    fireEvent.click(screen.getByRole('button', { name: "Confirmer l'archivage" }));

    expect(await screen.findByText(/a changé d'état entre-temps/)).toBeDefined();
    expect(screen.getByRole('heading', { name: "Le retour d'expérience n'a pas été archivé" })).toBeDefined();
  });
});
