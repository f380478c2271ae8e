import { describe, expect, it } from 'vitest';
import { formatCaseStudyCount, formatEuros, formatMonth, formatPeriod } from './case-study-format';
import { nestHeadings } from './nest-headings';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPeriod', () => {
  it('writes a finished project from month to month, eliding "de" before a vowel', () => {
    expect(formatPeriod('2022-03-15', '2023-06-01')).toBe('De mars 2022 à juin 2023');
    expect(formatPeriod('2022-04-01', '2022-10-31')).toBe("D'avril 2022 à octobre 2022");
    expect(formatPeriod('2022-08-01', '2022-08-31')).toBe('En août 2022');
  });

  it('says when a project is ongoing, and gives nothing without dates', () => {
    expect(formatPeriod('2024-01-10', null)).toBe('Depuis janvier 2024 (en cours)');
    expect(formatPeriod(null, '2023-12-01')).toBe('Terminé en décembre 2023');
    expect(formatPeriod(null, null)).toBeNull();
  });

  it('ignores malformed dates', () => {
    expect(formatMonth('2024-13-01')).toBeNull();
    expect(formatMonth('mars')).toBeNull();
  });
});

describe('formatEuros and formatCaseStudyCount', () => {
  it('writes amounts the French way', () => {
    expect(spaces(formatEuros(125000))).toBe('125 000 €');
    expect(spaces(formatEuros(0))).toBe('0 €');
  });

  it('agrees the count', () => {
    expect(formatCaseStudyCount(0)).toBe("Aucun retour d'expérience");
    expect(formatCaseStudyCount(1)).toBe("1 retour d'expérience");
    expect(spaces(formatCaseStudyCount(1200))).toBe("1 200 retours d'expérience");
  });
});

describe('nestHeadings', () => {
  it('makes the highest markdown heading an h3, keeping the depth of the others', () => {
    expect(nestHeadings('<h1 id="a">A</h1><p>h1</p><h2>B</h2><h5>C</h5><hr>', 3)).toBe(
      '<h3 id="a">A</h3><p>h1</p><h4>B</h4><h6>C</h6><hr>',
    );
    expect(nestHeadings('<h2>A</h2><h3>B</h3>', 3)).toBe('<h3>A</h3><h4>B</h4>');
    expect(nestHeadings('<h4>A</h4>', 3)).toBe('<h3>A</h3>');
    expect(nestHeadings('<p>Sans titre</p>', 3)).toBe('<p>Sans titre</p>');
  });
});
