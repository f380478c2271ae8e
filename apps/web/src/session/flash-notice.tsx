import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useLocation } from 'react-router';

/** Router state carrying a one-off confirmation to the next page ("Vous êtes déconnecté·e."). */
export interface NoticeState {
  notice: string;
}

export function noticeState(notice: string): NoticeState {
  return { notice };
}

function noticeOf(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string') {
    return state.notice;
  }
  return null;
}

/**
 * Shows the notice passed by the previous page. Placed right after the page's h1, where focus
 * lands after the navigation, so screen reader users hear it next.
 */
export function FlashNotice() {
  const notice = noticeOf(useLocation().state as unknown);
  if (notice === null) {
    return null;
  }
  return <Alert severity="success" small closable description={notice} className="fr-mb-4w" />;
}
