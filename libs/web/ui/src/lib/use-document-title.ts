import { useEffect } from 'react';
import { SITE_NAME } from '@pairs/shared-domain';

/** `Accueil` → `Accueil — Pairs`: the page comes first so screen-reader users hear it first (RGAA 8.6). */
export function formatDocumentTitle(pageTitle: string): string {
  return `${pageTitle} — ${SITE_NAME}`;
}

/** Gives each route a unique, descriptive document title. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = formatDocumentTitle(pageTitle);
  }, [pageTitle]);
}
