import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { describeApiError } from '@pairs/web-graphql';
import { ErrorAlert, PageTitle } from '@pairs/web-ui';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Link } from 'react-router';
import { authorName } from '../lib/author-name';
import { formatDateTime } from '../lib/format-date';

// The parts every history page shares (case studies, questions, replies): the versions, newest
// first, beside what the selected one changed.

/** A revision as the list and the heading of its changes show it. */
export interface RevisionSummary {
  id: string;
  number: number;
  createdAt: string;
  author: { displayName: string; deleted: boolean } | null | undefined;
}

/** The revision number of a `?revision=N` parameter, or null when absent or not a positive integer. */
export function selectedRevisionNumber(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null || !/^\d{1,9}$/.test(raw)) return null;
  const number = Number(raw);
  return number > 0 ? number : null;
}

export interface HistoryPageProps {
  /** Breadcrumb segments above "Historique". */
  segments: ReadonlyArray<{ label: string; to: string }>;
  documentTitle: string;
  heading: string;
  loading: boolean;
  error: unknown;
  /** What the history is of, with a link to it; null until known. */
  lead: ReactNode;
  children: ReactNode;
}

/** The frame of a history page: breadcrumb, title, loading and error states, what it is the history of. */
export function HistoryPage({
  segments,
  documentTitle,
  heading,
  loading,
  error,
  lead,
  children,
}: HistoryPageProps) {
  return (
    <div className="fr-container fr-my-6w">
      <Breadcrumb
        currentPageLabel="Historique"
        homeLinkProps={{ to: '/' }}
        segments={segments.map((segment) => ({ label: segment.label, linkProps: { to: segment.to } }))}
      />
      <PageTitle documentTitle={documentTitle}>{heading}</PageTitle>
      {loading && (
        <div aria-busy="true">
          <p role="status">Chargement de l'historique…</p>
        </div>
      )}
      {error !== undefined && (
        <ErrorAlert title="Impossible d'afficher l'historique" message={describeApiError(error).message} />
      )}
      {lead !== null && <p className="fr-text--lead">{lead}</p>}
      {children}
    </div>
  );
}

export interface RevisionListProps<R extends RevisionSummary> {
  totalCount: number;
  revisions: readonly R[];
  selected: number | null;
  pathOf: (number: number) => string;
  /** After "(affichée)": a badge telling more of the revision. */
  badge?: (revision: R) => ReactNode;
  /** Under the author and date. */
  details?: (revision: R) => ReactNode;
  /** Under the list: more versions, or why there are none. */
  children?: ReactNode;
}

/** The versions, newest first, each a link to its changes; the one shown is marked. */
export function RevisionList<R extends RevisionSummary>({
  totalCount,
  revisions,
  selected,
  pathOf,
  badge,
  details,
  children,
}: RevisionListProps<R>) {
  return (
    <section aria-labelledby="versions">
      <h2 id="versions" className="fr-h4">
        {totalCount > 1 ? `${totalCount} versions` : `${totalCount} version`}
      </h2>
      {revisions.length === 0 ? (
        <p>Aucune version consultable.</p>
      ) : (
        <ol className="fr-raw-list">
          {revisions.map((revision) => {
            const current = revision.number === selected;
            return (
              <li key={revision.id} className="fr-mb-3w">
                <p className="fr-mb-0">
                  <Link to={pathOf(revision.number)} aria-current={current ? 'true' : undefined}>
                    Version {revision.number}
                  </Link>
                  {current && <span className="fr-text--sm"> (affichée)</span>}
                  {badge !== undefined && <> {badge(revision)}</>}
                </p>
                <p className="fr-text--sm fr-mb-0">
                  {authorName(revision.author)}, le{' '}
                  <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
                </p>
                {details?.(revision)}
              </li>
            );
          })}
        </ol>
      )}
      {children}
    </section>
  );
}

/**
 * A ref for the heading of the revision shown: focused when another revision is chosen (not on
 * arrival), to take keyboard and screen reader users to its changes.
 */
export function useRevisionFocus(revisionId: string | undefined): RefObject<HTMLHeadingElement | null> {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const arrived = useRef(false);
  useEffect(() => {
    if (revisionId === undefined) return;
    if (arrived.current) headingRef.current?.focus();
    arrived.current = true;
  }, [revisionId]);
  return headingRef;
}

export interface RevisionChangesProps {
  revision: RevisionSummary;
  /** The number of the revision it is compared with; null for none. */
  previousNumber: number | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}

/** The revision shown: who made it, when, what it is compared with, then its changes. */
export function RevisionChanges({ revision, previousNumber, headingRef, children }: RevisionChangesProps) {
  return (
    <section aria-labelledby="version-affichee">
      <h2 id="version-affichee" className="fr-h4" tabIndex={-1} ref={headingRef}>
        Version {revision.number}
      </h2>
      <p className="fr-text--sm">
        Par {authorName(revision.author)}, le{' '}
        <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>
        {previousNumber !== null && <>, comparée à la version {previousNumber}</>}.
      </p>
      {children}
    </section>
  );
}

/** The versions beside the changes of the one shown (above them on a phone). */
export function HistoryColumns({ versions, changes }: { versions: ReactNode; changes: ReactNode }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-4">{versions}</div>
      <div className="fr-col-12 fr-col-md-8">{changes}</div>
    </div>
  );
}
