import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from './test/render-app';
import { operationsLink } from './test/static-link';

/** Names of the main navigation links, once the session is known. */
async function navigationLinks(): Promise<string[]> {
  const navigation = await screen.findByRole('navigation', { name: 'Menu principal' });
  let names: string[] = [];
  await waitFor(() => {
    names = within(navigation)
      .getAllByRole('link')
      .map((link) => `${link.textContent} → ${link.getAttribute('href')}`);
    expect(names.length).toBeGreaterThan(0);
  });
  return names;
}

describe('main navigation', () => {
  it('leads anonymous visitors to the published case studies, the questions and the groups', async () => {
    renderApp('/accessibilite', operationsLink({}).link);

    await screen.findAllByRole('link', { name: 'Se connecter' });
    expect(await navigationLinks()).toEqual([
      'Accueil → /',
      'Thématiques → /thematiques',
      "Retours d'expérience → /retours-d-experience",
      'Questions → /questions',
      'Groupes → /groupes',
      'Organisations → /organisations',
    ]);
  });

  it("adds a member's own case studies", async () => {
    renderApp('/accessibilite', operationsLink({}).link, { viewer: testViewer() });

    await screen.findAllByRole('button', { name: 'Se déconnecter' });
    expect(await navigationLinks()).toEqual([
      'Accueil → /',
      'Thématiques → /thematiques',
      "Retours d'expérience → /retours-d-experience",
      'Questions → /questions',
      'Groupes → /groupes',
      'Organisations → /organisations',
      "Mes retours d'expérience → /mes-retours-d-experience",
    ]);
  });

  it('adds the review queue for moderators', async () => {
    renderApp('/accessibilite', operationsLink({}).link, { viewer: testViewer({ role: 'MODERATOR' }) });

    await screen.findAllByRole('button', { name: 'Se déconnecter' });
    expect((await navigationLinks()).at(-1)).toBe('Relectures → /moderation/relectures');
  });
});
