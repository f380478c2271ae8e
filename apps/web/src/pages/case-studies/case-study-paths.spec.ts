import { describe, expect, it } from 'vitest';
import {
  caseStudiesPath,
  caseStudyEditPath,
  caseStudyFilterInput,
  caseStudyHistoryPath,
  caseStudyPath,
  EMPTY_CASE_STUDY_LIST_FILTER,
  filterFromSearchParams,
  searchParamsFromFilter,
} from './case-study-paths';

describe('case study paths', () => {
  it('builds the page, edit and history paths, escaping the slug', () => {
    expect(caseStudyPath('eclairage-led-anost')).toBe('/retours-d-experience/eclairage-led-anost');
    expect(caseStudyEditPath('eclairage-led-anost')).toBe(
      '/retours-d-experience/eclairage-led-anost/modifier',
    );
    expect(caseStudyHistoryPath('eclairage-led-anost')).toBe(
      '/retours-d-experience/eclairage-led-anost/historique',
    );
    expect(caseStudyHistoryPath('eclairage-led-anost', 3)).toBe(
      '/retours-d-experience/eclairage-led-anost/historique?revision=3',
    );
    expect(caseStudyPath('a/b?c')).toBe('/retours-d-experience/a%2Fb%3Fc');
  });
});

describe('filterFromSearchParams', () => {
  it('reads every facet, the order and the cursor', () => {
    const filter = filterFromSearchParams(
      new URLSearchParams(
        'thematique=eau&thematique=voirie&population=FROM_1000_TO_3499&region=27&departement=71&territoire=200070530&tri=populaires&apres=abc',
      ),
    );
    expect(filter).toEqual({
      themeSlugs: ['eau', 'voirie'],
      populationBand: 'FROM_1000_TO_3499',
      regionCode: '27',
      departementCode: '71',
      territoryCode: '200070530',
      orderBy: 'POPULARITY',
      after: 'abc',
    });
  });

  it('gives the default filter for an empty query string', () => {
    expect(filterFromSearchParams(new URLSearchParams())).toEqual(EMPTY_CASE_STUDY_LIST_FILTER);
  });

  it('ignores unknown bands and orders, blank values and repeated themes', () => {
    const filter = filterFromSearchParams(
      new URLSearchParams(
        'thematique=eau&thematique=%20&thematique=eau&population=HUGE&tri=alpha&region=%20',
      ),
    );
    expect(filter).toEqual({ ...EMPTY_CASE_STUDY_LIST_FILTER, themeSlugs: ['eau'] });
  });

  it('reads each order by its French name', () => {
    expect(filterFromSearchParams(new URLSearchParams('tri=mis-a-jour')).orderBy).toBe('UPDATED_AT');
    expect(filterFromSearchParams(new URLSearchParams('tri=recents')).orderBy).toBe('PUBLISHED_AT');
  });
});

describe('searchParamsFromFilter', () => {
  it('writes only the values set, leaving out the default order', () => {
    expect(searchParamsFromFilter(EMPTY_CASE_STUDY_LIST_FILTER).toString()).toBe('');
    expect(
      searchParamsFromFilter({
        ...EMPTY_CASE_STUDY_LIST_FILTER,
        themeSlugs: ['eau', 'voirie'],
        populationBand: 'UNDER_1000',
        regionCode: '27',
        orderBy: 'UPDATED_AT',
      }).toString(),
    ).toBe('thematique=eau&thematique=voirie&population=UNDER_1000&region=27&tri=mis-a-jour');
  });

  it('round-trips through filterFromSearchParams', () => {
    const filter = {
      themeSlugs: ['eclairage-public'],
      populationBand: 'FROM_50000' as const,
      regionCode: 'REG-84',
      departementCode: 'DEP-69',
      territoryCode: '69123',
      orderBy: 'POPULARITY' as const,
      after: 'Y3Vyc29y',
    };
    expect(filterFromSearchParams(searchParamsFromFilter(filter))).toEqual(filter);
  });
});

describe('caseStudiesPath', () => {
  it('links to the list, with facets when given', () => {
    expect(caseStudiesPath()).toBe('/retours-d-experience');
    expect(caseStudiesPath({ themeSlugs: ['eau'] })).toBe('/retours-d-experience?thematique=eau');
  });
});

describe('caseStudyFilterInput', () => {
  it('leaves out the facets not set, and never sends the order or the cursor', () => {
    expect(caseStudyFilterInput(EMPTY_CASE_STUDY_LIST_FILTER)).toEqual({});
    expect(
      caseStudyFilterInput({
        ...EMPTY_CASE_STUDY_LIST_FILTER,
        themeSlugs: ['eau'],
        regionCode: '27',
        orderBy: 'POPULARITY',
        after: 'x',
      }),
    ).toEqual({ themeSlugs: ['eau'], regionCode: '27' });
  });
});
