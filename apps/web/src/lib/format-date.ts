const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * ISO date-time → "29 novembre 2026", in the reader's time zone.
 * French typography writes the first day of the month as an ordinal: "1er décembre 2026".
 */
export function formatLongDate(isoDateTime: string): string {
  return LONG_DATE.formatToParts(new Date(isoDateTime))
    .map(({ type, value }) => (type === 'day' && value === '1' ? '1er' : value))
    .join('');
}

const TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

/** ISO date-time → "29 novembre 2026 à 14:05", in the reader's time zone. */
export function formatDateTime(isoDateTime: string): string {
  return `${formatLongDate(isoDateTime)} à ${TIME.format(new Date(isoDateTime))}`;
}
