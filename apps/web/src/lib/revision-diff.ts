import { diffWords } from 'diff';

/** A piece of a word-level comparison; `skipped` stands for a long unchanged passage left out. */
export type DiffSegment =
  { kind: 'same' | 'added' | 'removed'; text: string } | { kind: 'skipped'; length: number };

/** Unchanged passages longer than this are shortened to their ends, so that changes stand out. */
const LONG_UNCHANGED = 400;
/** Characters of context kept on each side of a shortened passage. */
const CONTEXT = 120;
/** Beyond this many edited words the comparison gives up (whole text replaced, or too slow). */
const MAX_EDIT_LENGTH = 5_000;

/** `text`'s first `n` characters, cut after a word when there is one. */
function head(text: string, n: number): string {
  const cut = text.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return space > n / 2 ? cut.slice(0, space + 1) : cut;
}

function tail(text: string, n: number): string {
  const cut = text.slice(-n);
  const space = cut.indexOf(' ');
  return space >= 0 && space < n / 2 ? cut.slice(space) : cut;
}

function shorten(text: string, isFirst: boolean, isLast: boolean): DiffSegment[] {
  if (text.length <= LONG_UNCHANGED) return [{ kind: 'same', text }];
  const start = isFirst ? '' : head(text, CONTEXT);
  const end = isLast ? '' : tail(text, CONTEXT);
  return [
    ...(start === '' ? [] : [{ kind: 'same' as const, text: start }]),
    { kind: 'skipped' as const, length: text.length - start.length - end.length },
    ...(end === '' ? [] : [{ kind: 'same' as const, text: end }]),
  ];
}

/**
 * Word-level comparison of two versions of a text, with long unchanged passages shortened.
 * Null when the texts are too different to compare word by word (show both in full instead).
 */
export function textDiff(before: string, after: string): DiffSegment[] | null {
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined) return null;
  return changes.flatMap((change, index): DiffSegment[] => {
    if (change.added) return [{ kind: 'added', text: change.value }];
    if (change.removed) return [{ kind: 'removed', text: change.value }];
    return shorten(change.value, index === 0, index === changes.length - 1);
  });
}

/**
 * Items of a list that appear only after (added) or only before (removed), counting
 * repeats: `['a', 'a']` → `['a']` removes one "a".
 */
export function listDiff(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  const remaining = [...before];
  const added: string[] = [];
  for (const item of after) {
    const index = remaining.indexOf(item);
    if (index >= 0) remaining.splice(index, 1);
    else added.push(item);
  }
  return { added, removed: remaining };
}
