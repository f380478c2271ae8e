import { describe, expect, it } from 'vitest';
import { formatLongDate } from './format-date';

describe('formatLongDate', () => {
  // Midday UTC: the same calendar day in every time zone the tests may run in.
  it('writes the date in French', () => {
    expect(formatLongDate('2026-11-29T12:00:00.000Z')).toBe('29 novembre 2026');
  });

  it('writes the first day of the month as an ordinal', () => {
    expect(formatLongDate('2026-12-01T12:00:00.000Z')).toBe('1er décembre 2026');
  });
});
