import type { AlertProps } from '@codegouvfr/react-dsfr/Alert';
import type { ThreadStatus } from '@pairs/shared-domain';
import { formatLongDate } from '../../lib/format-date';

const NUMBER = new Intl.NumberFormat('fr-FR');

function counted(count: number, none: string, one: string, many: string): string {
  if (count === 0) return none;
  return `${NUMBER.format(count)} ${count > 1 ? many : one}`;
}

/** 0 → "Aucune question", 1 → "1 question", 1520 → "1 520 questions". */
export function formatQuestionCount(count: number): string {
  return counted(count, 'Aucune question', 'question', 'questions');
}

/** 0 → "Aucune réponse", 1 → "1 réponse", 12 → "12 réponses". */
export function formatReplyCount(count: number): string {
  return counted(count, 'Aucune réponse', 'réponse', 'réponses');
}

export interface StatusBadge {
  label: string;
  severity: AlertProps.Severity | 'new' | undefined;
}

const STATUS_BADGES: Record<ThreadStatus, StatusBadge> = {
  OPEN: { label: 'Ouverte', severity: 'info' },
  SOLVED: { label: 'Résolue', severity: 'success' },
  LOCKED: { label: 'Verrouillée', severity: 'warning' },
};

/** The badges of a thread, in words (the colour only repeats them): its status, then "Épinglée". */
export function threadBadges(thread: { status: ThreadStatus; pinned: boolean }): StatusBadge[] {
  return [
    STATUS_BADGES[thread.status],
    ...(thread.pinned ? [{ label: 'Épinglée', severity: 'new' as const }] : []),
  ];
}

export function threadStatusLabel(status: ThreadStatus): string {
  return STATUS_BADGES[status].label;
}

const RELATIVE = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A recent moment told relatively ("il y a 5 minutes", "hier"), an older one dated
 * ("le 2 mars 2026"): lists are read between meetings, where "when" matters more than the hour.
 */
export function formatRelativeTime(isoDateTime: string, now: number = Date.now()): string {
  const elapsed = now - new Date(isoDateTime).getTime();
  if (elapsed < MINUTE) return "à l'instant";
  if (elapsed < HOUR) return RELATIVE.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return RELATIVE.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return RELATIVE.format(-Math.floor(elapsed / DAY), 'day');
  return `le ${formatLongDate(isoDateTime)}`;
}

/**
 * A short plain-text excerpt of a markdown text (quoted replies): markup characters dropped,
 * whitespace collapsed, cut after a word.
 */
export function markdownExcerpt(markdown: string, maxLength = 200): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
