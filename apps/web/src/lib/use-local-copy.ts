import { useEffect, useEffectEvent, useState } from 'react';

/** The last copy kept on this device: when it was written, or that the browser refused it. */
export type LocalCopyStatus = { at: string } | { failed: true } | null;

const TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

/**
 * Keeps a copy of what a form holds on this device, so that a reload, a crash or a lost
 * connection never loses text: `write` runs `delayMs` after the last change of `values`, and at
 * once when the page is hidden (tab closed, reload) or the form goes away. It answers whether
 * the browser stored the copy, or undefined when there was nothing to store.
 */
export function useLocalCopy({
  values,
  delayMs,
  paused,
  write,
}: {
  values: unknown;
  delayMs: number;
  /** No copy for now (e.g. until the writer chose between a stored draft and a new text). */
  paused: boolean;
  /** Stores the copy, dated `at` (ISO date-time). */
  write: (at: string) => boolean | undefined;
}): LocalCopyStatus {
  const [status, setStatus] = useState<LocalCopyStatus>(null);

  const writeNow = useEffectEvent(() => {
    if (paused) return;
    const at = new Date().toISOString();
    const stored = write(at);
    if (stored !== undefined) setStatus(stored ? { at } : { failed: true });
  });

  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => writeNow(), delayMs);
    return () => clearTimeout(timer);
  }, [values, paused, delayMs]);

  // Closing the tab, reloading or leaving the page must not wait for the debounce.
  useEffect(() => {
    const flush = () => writeNow();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return status;
}

/** The line under a form telling when its copy was kept, or that it could not be (then `advice`). */
export function localCopyText(status: LocalCopyStatus, advice?: string): string {
  if (status === null) return '';
  return 'failed' in status
    ? `La copie de secours n'a pas pu être enregistrée sur cet appareil (stockage du navigateur plein ou désactivé)${advice === undefined ? '' : ` : ${advice}`}.`
    : `Copie de secours sur cet appareil : ${TIME.format(new Date(status.at))}.`;
}
