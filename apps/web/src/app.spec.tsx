import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './test/render-app';
import { staticResultLink } from './test/static-link';

const siteInfoLink = () =>
  staticResultLink({
    data: {
      siteInfo: {
        __typename: 'SiteInfo',
        name: 'Pairs',
        tagline: "l'échange d'expériences entre élus",
        welcomeMessageHtml: '<p>Bienvenue</p>',
        demoDataLoadedAt: null,
      },
    },
  });

describe('App', () => {
  it('renders the 404 page for an unknown path', () => {
    renderApp('/cette-page-n-existe-pas', siteInfoLink());

    expect(screen.getByRole('heading', { level: 1, name: 'Page non trouvée' })).toBeDefined();
    expect(screen.getByText('Erreur 404')).toBeDefined();
    expect(screen.getByRole('link', { name: "Page d'accueil" }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Page non trouvée — Pairs');
  });

  it('renders the accessibility statement, declared non compliant', () => {
    renderApp('/accessibilite', siteInfoLink());

    expect(screen.getByRole('heading', { level: 1, name: "Déclaration d'accessibilité" })).toBeDefined();
    expect(document.title).toBe('Accessibilité — Pairs');
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText('Accessibilité : non conforme').getAttribute('href')).toBe(
      '/accessibilite',
    );
    expect(within(footer).getByRole('link', { name: 'Données personnelles' }).getAttribute('href')).toBe(
      '/donnees-personnelles',
    );
  });

  it('renders the privacy notice', () => {
    renderApp('/donnees-personnelles', siteInfoLink());

    expect(screen.getByRole('heading', { level: 1, name: 'Données personnelles' })).toBeDefined();
    expect(document.title).toBe('Données personnelles — Pairs');
  });

  it('has skip links whose targets exist, and a focusable main', () => {
    renderApp('/', siteInfoLink());

    const skipLinks = within(screen.getByRole('navigation', { name: 'Accès rapide' })).getAllByRole('link');
    expect(skipLinks.map((link) => link.textContent)).toEqual(['Contenu', 'Menu', 'Pied de page']);
    for (const link of skipLinks) {
      const targetId = (link.getAttribute('href') ?? '').replace(/^#/, '');
      expect(document.getElementById(targetId), `#${targetId}`).not.toBeNull();
    }
    expect(screen.getByRole('main').getAttribute('tabindex')).toBe('-1');
  });

  it('moves focus to the new page heading after a client-side navigation', () => {
    renderApp('/', siteInfoLink());

    const footer = screen.getByRole('contentinfo');
    fireEvent.click(within(footer).getByRole('link', { name: 'Données personnelles' }));

    const heading = screen.getByRole('heading', { level: 1, name: 'Données personnelles' });
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Données personnelles — Pairs');
  });
});
