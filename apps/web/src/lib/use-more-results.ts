import { useEffect, useRef, useState, type RefObject } from 'react';

/** The title link of each result card: where focus lands on the first result of a new page. */
const RESULT_LINKS = 'li .fr-card__title a';

export interface MoreResults {
  /** The list of result cards. */
  listRef: RefObject<HTMLUListElement | null>;
  loadingMore: boolean;
  /** Why the last "Voir plus" failed; null when it did not. */
  moreError: unknown;
  /** Appends the page after `endCursor`, then takes keyboard and screen reader users to its first result. */
  loadMore: () => void;
  /** Forgets the last "Voir plus" (its error, its pending focus): the filters changed, a new list starts. */
  reset: () => void;
}

/**
 * "Voir plus" paging of a list of cards: one page at a time, and once the next page is on
 * screen, focus on its first result.
 */
export function useMoreResults({
  shownCount,
  endCursor,
  fetchPage,
}: {
  /** Results on screen. */
  shownCount: number;
  endCursor: string | null | undefined;
  /** Fetches the page after `after` and appends it to the list on screen. */
  fetchPage: (after: string) => Promise<unknown>;
}): MoreResults {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** Index of the first result of the page being loaded. */
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndex.current;
    if (index === null || shownCount <= index) return;
    focusIndex.current = null;
    listRef.current?.querySelectorAll<HTMLAnchorElement>(RESULT_LINKS)[index]?.focus();
  }, [shownCount]);

  const reset = () => {
    setMoreError(null);
    focusIndex.current = null;
  };

  const loadMore = () => {
    if (endCursor == null || loadingMore) return;
    focusIndex.current = shownCount;
    setLoadingMore(true);
    setMoreError(null);
    void (async () => {
      try {
        await fetchPage(endCursor);
      } catch (caught) {
        focusIndex.current = null;
        setMoreError(caught);
      } finally {
        setLoadingMore(false);
      }
    })();
  };

  return { listRef, loadingMore, moreError, loadMore, reset };
}

/** `previous` followed by the edges of the next page, with that page's `pageInfo`. */
export function appendPage<C extends { pageInfo: unknown; edges: readonly unknown[] }>(
  previous: C,
  next: Pick<C, 'pageInfo' | 'edges'>,
): C {
  return { ...previous, pageInfo: next.pageInfo, edges: [...previous.edges, ...next.edges] };
}
