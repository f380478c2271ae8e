import { checkGroupText, checkJoinMessage, checkOrganizationText, checkWebsite } from './group-fields.js';

const reasons = (problems: Array<{ field: string; reason: string }>) =>
  problems.map(({ field, reason }) => `${field}:${reason}`);

describe('organisation fields', () => {
  it.each([
    ['https://www.cerema.fr', []],
    ['http://incubateur.anct.gouv.fr/produits?x=1', []],
    ['  https://example.org  ', []],
    ['', []],
    ['ftp://example.org', ['website:invalid']],
    ['javascript:alert(1)', ['website:invalid']],
    ['https://localhost', ['website:invalid']],
    ['www.cerema.fr', ['website:invalid']],
    ['https://user:pw@example.org', ['website:invalid']],
    ['https://exa mple.org', ['website:invalid']],
    [`https://example.org/${'a'.repeat(500)}`, ['website:maxLength']],
  ])('website %j → %j', (website, expected) => {
    const problems: Array<{ field: string; reason: string; message: string }> = [];
    checkWebsite(website, problems);
    expect(reasons(problems)).toEqual(expected);
  });

  it('collapses spaces in names and reports every problem at once', () => {
    const ok = checkOrganizationText({ name: '  Hub   numérique  ', description: ' Texte ', website: null });
    expect(ok).toEqual({ problems: [], name: 'Hub numérique', description: 'Texte', website: null });
    const bad = checkOrganizationText({ name: '   ', description: 'x'.repeat(5_001), website: 'nope' });
    expect(reasons(bad.problems)).toEqual(['name:required', 'description:maxLength', 'website:invalid']);
  });

  it('leaves out what is undefined and refuses a null name', () => {
    expect(checkOrganizationText({})).toEqual({ problems: [] });
    expect(reasons(checkOrganizationText({ name: null }).problems)).toEqual(['name:required']);
  });
});

describe('group fields', () => {
  it.each([
    [{ name: 'Éclairage' }, []],
    [{ name: 'Ab' }, ['name:minLength']],
    [{ name: 'a'.repeat(121) }, ['name:maxLength']],
    [{ description: 'a'.repeat(5_001) }, ['description:maxLength']],
    [{ themeSlugs: ['a', 'b', 'c', 'd', 'e', 'A '] }, []],
    [{ themeSlugs: ['a', 'b', 'c', 'd', 'e', 'f'] }, ['themeSlugs:maxSize']],
  ])('%j → %j', (input, expected) => {
    expect(reasons(checkGroupText(input).problems)).toEqual(expected);
  });

  it('keeps a join message trimmed, none when blank, and bounds it', () => {
    expect(checkJoinMessage('  Bonjour  ')).toEqual({ problems: [], message: 'Bonjour' });
    expect(checkJoinMessage('   ')).toEqual({ problems: [], message: null });
    expect(reasons(checkJoinMessage('a'.repeat(1_001)).problems)).toEqual(['message:maxLength']);
  });
});
