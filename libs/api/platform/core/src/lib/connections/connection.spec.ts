import { ErrorCode } from '@pairs/shared-domain';
import { DomainError } from '../errors/domain-error.js';
import { buildConnection, decodeCursor, encodeCursor, toPageRequest } from './connection.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.fields[0]?.field}` : 'other';
  }
  return undefined;
}

describe('toPageRequest', () => {
  it('defaults to 20 items', () => {
    expect(toPageRequest({})).toEqual({ first: 20, after: null });
  });

  it('accepts 1 and 100', () => {
    expect(toPageRequest({ first: 1 }).first).toBe(1);
    expect(toPageRequest({ first: 100 }).first).toBe(100);
  });

  it.each([0, -1, 101, 1000])('refuses first=%i with BAD_USER_INPUT on "first"', (first) => {
    expect(codeOf(() => toPageRequest({ first }))).toBe(`${ErrorCode.BAD_USER_INPUT}:first`);
  });

  it.each(['', 'not a cursor', 'YWJj', Buffer.from('c1:{"a":1}').toString('base64url'), 'x'.repeat(2000)])(
    'refuses the malformed cursor %p on "after"',
    (after) => {
      expect(codeOf(() => toPageRequest({ after }))).toBe(`${ErrorCode.BAD_USER_INPUT}:after`);
    },
  );

  it('refuses a cursor of another arity', () => {
    const cursor = encodeCursor(['2026-01-01', 'id']);
    expect(codeOf(() => toPageRequest({ after: cursor }, 3))).toBe(`${ErrorCode.BAD_USER_INPUT}:after`);
  });
});

describe('cursors', () => {
  it('round-trip and are opaque (no readable sort key)', () => {
    const cursor = encodeCursor(['2026-11-29T10:00:00Z', 'b7c1', 42, null]);
    expect(cursor).not.toContain('2026');
    expect(decodeCursor(cursor)).toEqual(['2026-11-29T10:00:00Z', 'b7c1', 42, null]);
  });
});

describe('buildConnection', () => {
  const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('uses the extra row only to tell that a next page exists', () => {
    const connection = buildConnection(rows, { first: 2, after: null }, (r) => [r.id], 7);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.pageInfo.hasPreviousPage).toBe(false);
    expect(decodeCursor(connection.pageInfo.endCursor!)).toEqual(['b']);
    expect(connection.totalCount).toBe(7);
  });

  it('marks the last page', () => {
    const connection = buildConnection(rows, { first: 3, after: ['z'] }, (r) => [r.id]);
    expect(connection.edges).toHaveLength(3);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(connection.pageInfo.hasPreviousPage).toBe(true);
    expect(connection).not.toHaveProperty('totalCount');
  });

  it('gives null cursors on an empty page', () => {
    const connection = buildConnection([], { first: 3, after: null }, (r: { id: string }) => [r.id]);
    expect(connection.pageInfo.startCursor).toBeNull();
    expect(connection.pageInfo.endCursor).toBeNull();
  });
});
