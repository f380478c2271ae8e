import { POPULATION_BANDS, populationBandOf } from './case-study.js';

describe('population bands', () => {
  it.each([
    [0, 'UNDER_1000'],
    [999, 'UNDER_1000'],
    [1000, 'FROM_1000_TO_3499'],
    [3499, 'FROM_1000_TO_3499'],
    [3500, 'FROM_3500_TO_9999'],
    [9999, 'FROM_3500_TO_9999'],
    [10000, 'FROM_10000_TO_49999'],
    [49999, 'FROM_10000_TO_49999'],
    [50000, 'FROM_50000'],
    [2_100_000, 'FROM_50000'],
  ])('%i inhabitants → %s', (population, band) => {
    expect(populationBandOf(population)).toBe(band);
  });

  it('gives no band to an unknown population', () => {
    expect(populationBandOf(null)).toBeNull();
    expect(populationBandOf(undefined)).toBeNull();
    expect(populationBandOf(-1)).toBeNull();
  });

  it('covers every population without gaps or overlaps', () => {
    for (let i = 1; i < POPULATION_BANDS.length; i++) {
      expect(POPULATION_BANDS[i].min).toBe((POPULATION_BANDS[i - 1].max ?? -2) + 1);
    }
    expect(POPULATION_BANDS.at(-1)?.max).toBeNull();
  });
});
