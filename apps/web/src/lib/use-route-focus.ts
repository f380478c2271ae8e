import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation nothing tells a screen reader that the page changed:
 * move focus to the new page's h1 (or to `<main>` when there is none), as a page load would.
 * The first render is left alone so the browser keeps its normal initial focus.
 * Keyed on the pathname only: a skip link changes the hash and must keep its own focus target.
 */
export function useRouteFocus(mainId: string): void {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) {
      return;
    }
    previousPathname.current = pathname;
    const main = document.getElementById(mainId);
    const heading = main?.querySelector<HTMLElement>('h1[tabindex="-1"]');
    window.scrollTo(0, 0);
    (heading ?? main)?.focus({ preventScroll: true });
  }, [pathname, mainId]);
}
