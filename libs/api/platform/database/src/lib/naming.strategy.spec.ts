import { SnakeNamingStrategy } from './naming.strategy.js';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('names tables after entities, without the Entity suffix', () => {
    expect(naming.tableName('CaseStudyEntity')).toBe('case_study');
    expect(naming.tableName('CaseStudyEntity', 'custom')).toBe('custom');
  });

  it('snake-cases columns, embedded prefixes included', () => {
    expect(naming.columnName('publishedAt', undefined, [])).toBe('published_at');
    expect(naming.columnName('amountEuros', undefined, ['funding'])).toBe('funding_amount_euros');
    expect(naming.columnName('x', 'explicit_name', [])).toBe('explicit_name');
    expect(naming.columnName('inseeCode', undefined, [])).toBe('insee_code');
  });

  it('names join columns and join tables predictably', () => {
    expect(naming.joinColumnName('territory', 'id')).toBe('territory_id');
    expect(naming.joinTableName('case_study', 'theme', 'themes')).toBe('case_study_themes_theme');
    expect(naming.joinTableColumnName('case_study', 'id')).toBe('case_study_id');
  });
});
