import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { describeApiError } from '@pairs/web-graphql';
import { ErrorAlert } from '@pairs/web-ui';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { MoreResults } from '../lib/use-more-results';

// The parts every filtered list page shares (case studies, questions, groups, organisations): filters beside the
// results, a live count, the filters in force as removable tags, "Voir plus" paging.

export interface FilteredListLayoutProps<O extends string> {
  /** The filter controls. */
  filters: ReactNode;
  /** On a phone, fold the filters behind a button that tells how many are active. */
  foldable?: { activeCount: number };
  busy: boolean;
  /** The number of results, or what is loading; announced politely whenever it changes. */
  countText: string;
  /** The sort order and its choices; lists with one order only (groups…) leave them out. */
  order?: O;
  orderOptions?: ReadonlyArray<{ value: O; label: string }>;
  onOrderChange?: (order: O) => void;
  /** Under the count: filters in force, errors, results. */
  children: ReactNode;
}

/** The "Filtrer" column and the "Résultats" column, with the count and the sort order. */
export function FilteredListLayout<O extends string>({
  filters,
  foldable,
  busy,
  countText,
  order,
  orderOptions,
  onOrderChange,
  children,
}: FilteredListLayoutProps<O>) {
  const [filtersOpen, setFiltersOpen] = useState(false);
  const controls = (
    <>
      <p className="fr-text--sm">
        La liste se met à jour à chaque choix.{' '}
        <a href="#resultats-titre" className="fr-link fr-text--sm">
          Aller aux résultats
        </a>
      </p>
      {filters}
    </>
  );
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-4">
        <section aria-labelledby="filtres-titre">
          <h2 id="filtres-titre" className="fr-h4">
            Filtrer
          </h2>
          {foldable === undefined ? (
            controls
          ) : (
            <>
              {/* On a phone the filters fold away, so that the results come first. */}
              <Button
                type="button"
                priority="secondary"
                size="small"
                className="fr-hidden-md fr-mb-2w"
                nativeButtonProps={{ 'aria-expanded': filtersOpen, 'aria-controls': 'filtres-controles' }}
                onClick={() => setFiltersOpen((open) => !open)}
              >
                {filtersOpen ? 'Masquer les filtres' : 'Afficher les filtres'}
                {foldable.activeCount > 0 &&
                  ` (${foldable.activeCount} actif${foldable.activeCount > 1 ? 's' : ''})`}
              </Button>
              <div id="filtres-controles" className={filtersOpen ? undefined : 'fr-hidden fr-unhidden-md'}>
                {controls}
              </div>
            </>
          )}
        </section>
      </div>
      <div className="fr-col-12 fr-col-md-8">
        <section aria-labelledby="resultats-titre" aria-busy={busy}>
          <h2 id="resultats-titre" className="fr-h4" tabIndex={-1}>
            Résultats
          </h2>
          <div className="fr-grid-row fr-grid-row--middle fr-mb-2w">
            {/* Announced politely whenever a filter changes the count. */}
            <p role="status" aria-live="polite" className="fr-col fr-mb-0 fr-text--bold">
              {countText}
            </p>
            {order !== undefined && orderOptions !== undefined && onOrderChange !== undefined && (
              <div className="fr-col-12 fr-col-sm-6">
                <Select
                  label="Trier par"
                  nativeSelectProps={{
                    value: order,
                    onChange: (event) => onOrderChange(event.target.value as O),
                  }}
                >
                  {orderOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              </div>
            )}
          </div>
          {children}
        </section>
      </div>
    </div>
  );
}

/** A filter in force: its tag's text, and the change that removes it. */
export interface ActiveFilter<C> {
  key: string;
  label: string;
  remove: C;
}

export interface ActiveFilterTagsProps<C> {
  filters: ReadonlyArray<ActiveFilter<C>>;
  /** Some filter is in force, shown as a tag or not (a select keeps showing its own choice). */
  inForce: boolean;
  /** The list without filters (same order). */
  clearPath: string;
  onRemove: (change: C) => void;
}

/** The filters in force, each removable with one button (and all at once). */
export function ActiveFilterTags<C>({ filters, inForce, clearPath, onRemove }: ActiveFilterTagsProps<C>) {
  if (!inForce) return null;
  return (
    <div className="fr-mb-3w">
      {filters.length > 0 && (
        <ul className="fr-tags-group" aria-label="Filtres actifs">
          {filters.map((item) => (
            <li key={item.key}>
              <Tag
                small
                dismissible
                nativeButtonProps={{
                  'aria-label': `Retirer le filtre ${item.label}`,
                  onClick: () => onRemove(item.remove),
                }}
              >
                {item.label}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      <Link to={clearPath} className="fr-link fr-text--sm">
        Effacer tous les filtres
      </Link>
    </div>
  );
}

/** A filter of the address that the API does not know, and the way out. */
export function UnknownFilterAlert({ message, to, label }: { message: string; to: string; label: string }) {
  return (
    <div className="fr-mb-4w">
      <ErrorAlert
        title="Cette adresse contient un filtre inconnu"
        message={message}
        as="h3"
        className="fr-mb-2w"
      />
      <Button priority="secondary" linkProps={{ to }}>
        {label}
      </Button>
    </div>
  );
}

export interface ListLoadErrorProps {
  error: unknown;
  /** "Impossible d'afficher les questions". */
  title: string;
  /** Which filter of the address may be unknown, in a sentence. */
  unknownFilterMessage: string;
  /** The whole list, and the label of the link to it. */
  allPath: string;
  allLabel: string;
  /** Same filters, first page. */
  firstPagePath: string;
}

/**
 * A link may carry a filter the API does not know (a theme since deleted, a cursor from another
 * sort order): say so, and offer a way out.
 */
export function ListLoadError({
  error,
  title,
  unknownFilterMessage,
  allPath,
  allLabel,
  firstPagePath,
}: ListLoadErrorProps) {
  const info = describeApiError(error);
  if (info.code !== 'BAD_USER_INPUT') {
    return <ErrorAlert title={title} message={info.message} as="h3" className="fr-mb-4w" />;
  }
  const badCursor = info.fields.some((field) => field.field === 'after');
  return badCursor ? (
    <UnknownFilterAlert
      message="La page demandée n'existe plus : la liste a peut-être changé depuis."
      to={firstPagePath}
      label="Revenir au début de la liste"
    />
  ) : (
    <UnknownFilterAlert message={unknownFilterMessage} to={allPath} label={allLabel} />
  );
}

/** What an empty list says. */
export interface EmptyResultsTexts {
  /** Some filter is in force. */
  filtered: boolean;
  /** "Aucune question ne correspond à ces filtres." */
  noMatch: string;
  /** The list without filters (same order). */
  clearPath: string;
  /** "Il n'y a pas d'autre question." (a page after the last one). */
  noMore: string;
  /** A list with nothing in it yet. */
  none: ReactNode;
}

export interface PagedResultsProps {
  more: Pick<MoreResults, 'listRef' | 'loadingMore' | 'moreError' | 'loadMore'>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** The cursor the list was asked from (`apres`), null for the first page. */
  after: string | null;
  /** The same list from a cursor (null: the first page). */
  pageAt: (after: string | null) => string;
  /** How many results the list shows. */
  count: number;
  /** The results, one `<li>` with a card each. */
  children: ReactNode;
  empty: EmptyResultsTexts;
  /** What the list holds, completing "Voir plus" for screen readers: "questions". */
  what: string;
}

/**
 * The results: a way back to the first page when the list starts further, the cards, and "Voir
 * plus"; or why there are none.
 */
export function PagedResults({
  more: { listRef, loadingMore, moreError, loadMore },
  pageInfo,
  after,
  pageAt,
  count,
  children,
  empty,
  what,
}: PagedResultsProps) {
  const firstPagePath = after === null ? null : pageAt(null);

  if (count === 0) {
    return (
      <div className="fr-py-4w">
        {empty.filtered ? (
          <>
            <p>{empty.noMatch}</p>
            <Button priority="secondary" linkProps={{ to: empty.clearPath }}>
              Effacer les filtres
            </Button>
          </>
        ) : firstPagePath !== null ? (
          <>
            <p>{empty.noMore}</p>
            <Link to={firstPagePath}>Revenir au début de la liste</Link>
          </>
        ) : (
          empty.none
        )}
      </div>
    );
  }

  return (
    <>
      {firstPagePath !== null && (
        <p>
          <Link to={firstPagePath}>Revenir au début de la liste</Link>
        </p>
      )}
      <ul ref={listRef} className="fr-grid-row fr-grid-row--gutters fr-raw-list">
        {children}
      </ul>
      {moreError !== null && (
        <ErrorAlert
          title="Impossible d'afficher la suite"
          message={describeApiError(moreError).message}
          as="h3"
          className="fr-mt-4w"
        />
      )}
      {pageInfo.hasNextPage && pageInfo.endCursor != null && (
        <p className="fr-mt-4w">
          {/* A real link to the next page (shareable, works without script); enhanced to append. */}
          <Link
            to={pageAt(pageInfo.endCursor)}
            className="fr-btn fr-btn--secondary"
            aria-disabled={loadingMore || undefined}
            onClick={(event) => {
              event.preventDefault();
              loadMore();
            }}
          >
            {loadingMore ? (
              'Chargement…'
            ) : (
              <>
                Voir plus<span className="fr-sr-only"> de {what}</span>
              </>
            )}
          </Link>
        </p>
      )}
    </>
  );
}
