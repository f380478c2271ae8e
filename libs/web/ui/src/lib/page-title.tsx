import type { ReactNode } from 'react';
import { useDocumentTitle } from './use-document-title';

export interface PageTitleProps {
  /** Short page name used in the document title, e.g. `Accueil`. */
  documentTitle: string;
  /** Visible heading; defaults to `documentTitle`. */
  children?: ReactNode;
  className?: string;
}

/**
 * The page's single h1, which also sets the document title.
 * `tabIndex={-1}` lets the router move focus here after a client-side navigation
 * without adding the heading to the tab order.
 */
export function PageTitle({ documentTitle, children, className }: PageTitleProps) {
  useDocumentTitle(documentTitle);
  return (
    <h1 className={className} tabIndex={-1} data-page-title="">
      {children ?? documentTitle}
    </h1>
  );
}
