import { describe, expect, it } from 'vitest';
import { listDiff, textDiff } from './revision-diff';

describe('textDiff', () => {
  it('marks the changed words only', () => {
    expect(textDiff('Consommation divisée par deux.', 'Consommation divisée par trois.')).toEqual([
      { kind: 'same', text: 'Consommation divisée par ' },
      { kind: 'removed', text: 'deux' },
      { kind: 'added', text: 'trois' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('gives nothing to mark for identical texts', () => {
    expect(textDiff('Même texte.', 'Même texte.')).toEqual([{ kind: 'same', text: 'Même texte.' }]);
  });

  it('shortens long unchanged passages to the words next to the changes', () => {
    const long = Array.from({ length: 120 }, (_, i) => `mot${i}`).join(' ');
    const after = textDiff(`Début. ${long}`, `Départ. ${long}`)!;
    expect(after.slice(0, 2)).toEqual([
      { kind: 'removed', text: 'Début' },
      { kind: 'added', text: 'Départ' },
    ]);
    // After the last change, only the words that follow it are kept, cut after a word.
    expect(after[2]).toMatchObject({
      kind: 'same',
      text: expect.stringMatching(/^\. mot0 mot1 .* mot\d+ $/),
    });
    expect(after[3]).toMatchObject({ kind: 'skipped' });
    expect(after).toHaveLength(4);

    // Before the first change, only the words that precede it.
    const before = textDiff(`${long} fin.`, `${long} FIN.`)!;
    expect(before[0]).toMatchObject({ kind: 'skipped' });
    expect(before[1]).toMatchObject({ kind: 'same', text: expect.stringMatching(/^ mot\d+ .* mot119 $/) });
    expect(before.slice(2, 4).map((segment) => segment.kind)).toEqual(['removed', 'added']);
  });
});

describe('listDiff', () => {
  it('lists what appears only after or only before', () => {
    expect(listDiff(['LED', 'Horloges'], ['LED', 'Détecteurs'])).toEqual({
      added: ['Détecteurs'],
      removed: ['Horloges'],
    });
  });

  it('counts repeated items and ignores the order', () => {
    expect(listDiff(['a', 'a', 'b'], ['b', 'a'])).toEqual({ added: [], removed: ['a'] });
  });
});
