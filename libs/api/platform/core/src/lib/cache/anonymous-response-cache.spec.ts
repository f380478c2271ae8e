import { AnonymousResponseCache } from './anonymous-response-cache.js';

describe('AnonymousResponseCache', () => {
  let now = 0;
  const make = (options: Partial<ConstructorParameters<typeof AnonymousResponseCache>[0]> = {}) =>
    new AnonymousResponseCache(
      { ttlMs: 1_000, maxEntries: 3, maxBytes: 1_000, maxEntryBytes: 400, ...options },
      () => now,
    );
  beforeEach(() => {
    now = 0;
  });

  it('keys request bodies by content', () => {
    const cache = make();
    expect(cache.keyOf({ query: '{ a }' })).toBe(cache.keyOf({ query: '{ a }' }));
    expect(cache.keyOf({ query: '{ a }' })).not.toBe(cache.keyOf({ query: '{ a }', variables: { id: 1 } }));
  });

  it('serves an answer until its time is up', () => {
    const cache = make();
    const slot = { key: 'k', generation: cache.generation };
    expect(cache.set(slot, '{"data":1}', [])).toBe(true);
    now = 999;
    expect(cache.get('k')?.body).toBe('{"data":1}');
    now = 1_000;
    expect(cache.get('k')).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('never stores an answer computed before a clear (a write happened meanwhile)', () => {
    const cache = make();
    const slot = { key: 'k', generation: cache.generation };
    cache.clear();
    expect(cache.set(slot, 'stale', [])).toBe(false);
    expect(cache.get('k')).toBeNull();
  });

  it('clears everything', () => {
    const cache = make();
    cache.set({ key: 'a', generation: 0 }, 'x', []);
    cache.set({ key: 'b', generation: 0 }, 'y', []);
    cache.clear();
    expect([cache.get('a'), cache.get('b'), cache.size]).toEqual([null, null, 0]);
  });

  it('drops the least recently used answers beyond its entry and byte bounds', () => {
    const cache = make();
    for (const key of ['a', 'b', 'c']) cache.set({ key, generation: 0 }, key, []);
    cache.get('a'); // a is now the most recently used
    cache.set({ key: 'd', generation: 0 }, 'd', []);
    expect(['a', 'b', 'c', 'd'].map((k) => cache.get(k) !== null)).toEqual([true, false, true, true]);

    const small = make({ maxBytes: 500 });
    small.set({ key: 'x', generation: 0 }, 'x'.repeat(150), []); // 300 bytes
    small.set({ key: 'y', generation: 0 }, 'y'.repeat(150), []); // 600 in all: x goes
    expect([small.get('x'), small.get('y')?.body.length]).toEqual([null, 150]);
  });

  it('does not keep answers larger than an entry may be', () => {
    const cache = make();
    expect(cache.set({ key: 'big', generation: 0 }, 'z'.repeat(201), [])).toBe(false);
  });

  it('keeps the effects to replay and does nothing when disabled', () => {
    const cache = make();
    const seen: string[] = [];
    cache.set({ key: 'k', generation: 0 }, 'b', [(viewer) => seen.push(viewer)]);
    cache.get('k')?.effects.forEach((effect) => effect('visitor'));
    expect(seen).toEqual(['visitor']);

    const off = make({ ttlMs: 0 });
    expect(off.enabled).toBe(false);
    expect(off.set({ key: 'k', generation: 0 }, 'b', [])).toBe(false);
  });
});
