import { DISCUSSION_LIMITS as L } from '@pairs/shared-domain';
import { validatePostText } from './thread-content.js';

const THREAD = {
  title: 'Comment financer l’étude demi-heure ?',
  body: 'Notre conseil hésite sur le budget.',
  themeSlugs: ['territoire-de-la-demi-heure'],
};
const ALL = ['title', 'body', 'themeSlugs'] as const;

/** `field:reason` of every problem, in the order reported. */
const problemsOf = (...args: Parameters<typeof validatePostText>) =>
  validatePostText(...args).problems.map((p) => `${p.field}:${p.reason}`);

describe('validatePostText', () => {
  describe('a valid question', () => {
    it('comes back normalized, with no problem', () => {
      expect(
        validatePostText(
          {
            title: '  Comment   financer\n l’étude ?  ',
            body: '\n  Un **corps** de question.  \n',
            themeSlugs: [' Eclairage-Public ', 'eclairage-public', '', 'territoire-de-la-demi-heure'],
          },
          'thread',
          ALL,
        ),
      ).toEqual({
        problems: [],
        title: 'Comment financer l’étude ?',
        body: 'Un **corps** de question.',
        themeSlugs: ['eclairage-public', 'territoire-de-la-demi-heure'],
      });
    });

    it('accepts the limits exactly: 5 and 200 characters, 50 KB of UTF-8', () => {
      expect(problemsOf({ ...THREAD, title: 'a'.repeat(L.titleMin) }, 'thread', ALL)).toEqual([]);
      expect(problemsOf({ ...THREAD, title: 'é'.repeat(L.titleMax) }, 'thread', ALL)).toEqual([]);
      // 'é' is two bytes: 25,000 of them are exactly 50,000 bytes.
      expect(problemsOf({ ...THREAD, body: 'é'.repeat(L.bodyMaxBytes / 2) }, 'thread', ALL)).toEqual([]);
      expect(problemsOf({ ...THREAD, body: 'x'.repeat(L.bodyMaxBytes) }, 'thread', ALL)).toEqual([]);
    });

    it('accepts five themes', () => {
      const themeSlugs = ['a', 'b', 'c', 'd', 'e'];
      expect(validatePostText({ ...THREAD, themeSlugs }, 'thread', ALL)).toMatchObject({
        problems: [],
        themeSlugs,
      });
    });
  });

  describe('titles', () => {
    it.each<[string, string, string]>([
      ['empty', '', 'title:required'],
      ['only spaces', ' \n\t ', 'title:required'],
      ['under 5 characters', 'abcd', 'title:minLength'],
      ['under 5 characters once spaces are collapsed', '  a   b  ', 'title:minLength'],
      ['over 200 characters', 'a'.repeat(L.titleMax + 1), 'title:maxLength'],
      ['over 200 multi-byte characters', 'é'.repeat(L.titleMax + 1), 'title:maxLength'],
    ])('refuses a title %s', (_name, title, problem) => {
      const result = validatePostText({ ...THREAD, title }, 'thread', ALL);
      expect(result.problems.map((p) => `${p.field}:${p.reason}`)).toEqual([problem]);
      expect(result.title).toBeUndefined();
      expect(result.problems[0].message).toEqual(expect.any(String));
    });

    it('counts characters, not bytes (200 × é is 400 bytes and fine)', () => {
      expect(validatePostText({ ...THREAD, title: 'é'.repeat(200) }, 'thread', ALL).title).toHaveLength(200);
    });
  });

  describe('bodies', () => {
    it.each<[string, 'thread' | 'reply', string, string]>([
      ['an empty question body', 'thread', '', 'body:required'],
      ['a blank reply', 'reply', '   ', 'body:required'],
      ['a question body of 9 characters', 'thread', 'Trop cour', 'body:minLength'],
      ['a reply under 2 characters', 'reply', ' x ', 'body:minLength'],
      ['a body of 50,001 ASCII bytes', 'thread', 'x'.repeat(L.bodyMaxBytes + 1), 'body:maxLength'],
      ['a body of 25,001 × é (50,002 bytes)', 'reply', 'é'.repeat(25_001), 'body:maxLength'],
      ['a body of 12,501 emoji (50,004 bytes)', 'thread', '🙂'.repeat(12_501), 'body:maxLength'],
    ])('refuses %s', (_name, kind, body, problem) => {
      const result = validatePostText({ body }, kind, ['body']);
      expect(result.problems.map((p) => `${p.field}:${p.reason}`)).toEqual([problem]);
      expect(result.body).toBeUndefined();
    });

    it('takes a short reply that a question would refuse', () => {
      expect(validatePostText({ body: 'Oui' }, 'reply', ['body'])).toEqual({ problems: [], body: 'Oui' });
      expect(problemsOf({ body: 'Oui' }, 'thread', ['body'])).toEqual(['body:minLength']);
    });

    it('measures the trimmed body', () => {
      const padded = `   ${'x'.repeat(L.bodyMaxBytes)}   `;
      expect(validatePostText({ body: padded }, 'reply', ['body']).body).toHaveLength(L.bodyMaxBytes);
    });
  });

  describe('themes', () => {
    it.each<[string, string[], string]>([
      ['no theme', [], 'themeSlugs:required'],
      ['only blank slugs', [' ', ''], 'themeSlugs:required'],
      ['six themes', ['a', 'b', 'c', 'd', 'e', 'f'], 'themeSlugs:maxSize'],
    ])('refuses %s', (_name, themeSlugs, problem) => {
      expect(problemsOf({ ...THREAD, themeSlugs }, 'thread', ALL)).toEqual([problem]);
    });

    it('counts duplicates once (six slugs, five themes)', () => {
      expect(problemsOf({ ...THREAD, themeSlugs: ['a', 'b', 'c', 'd', 'e', 'A'] }, 'thread', ALL)).toEqual(
        [],
      );
    });
  });

  describe('required and absent fields', () => {
    it('reports every missing field at once', () => {
      expect(problemsOf({}, 'thread', ALL)).toEqual([
        'title:required',
        'body:required',
        'themeSlugs:required',
      ]);
      expect(problemsOf({ title: null, body: null, themeSlugs: null }, 'thread', ALL)).toEqual([
        'title:required',
        'body:required',
        'themeSlugs:required',
      ]);
    });

    it('reports every problem of an input at once', () => {
      expect(problemsOf({ title: 'abc', body: '', themeSlugs: [] }, 'thread', ALL)).toEqual([
        'title:minLength',
        'body:required',
        'themeSlugs:required',
      ]);
    });

    it('leaves out what an edit does not send, and checks what it sends', () => {
      expect(validatePostText({ title: 'Nouveau titre' }, 'thread', [])).toEqual({
        problems: [],
        title: 'Nouveau titre',
      });
      expect(validatePostText({}, 'thread', [])).toEqual({ problems: [] });
      expect(problemsOf({ body: '' }, 'thread', [])).toEqual(['body:required']);
    });
  });
});
