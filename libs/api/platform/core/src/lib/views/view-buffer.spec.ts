import { ViewBuffer } from './view-buffer.js';

describe('ViewBuffer', () => {
  let clock = 0;
  const buffer = () => new ViewBuffer(1000, 4, () => clock);
  beforeEach(() => {
    clock = 0;
  });

  it('counts one view per viewer and item within the window', () => {
    const views = buffer();
    expect(views.record('a', 'v1')).toBe(true);
    expect(views.record('a', 'v1')).toBe(false);
    expect(views.record('a', 'v2')).toBe(true);
    expect(views.record('b', 'v1')).toBe(true);
    expect([...views.drain()]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(views.drain().size).toBe(0);
  });

  it('counts the same viewer again once the window has passed', () => {
    const views = buffer();
    views.record('a', 'v1');
    clock = 999;
    expect(views.record('a', 'v1')).toBe(false);
    clock = 1000;
    expect(views.record('a', 'v1')).toBe(true);
    expect(views.drain().get('a')).toBe(2);
  });

  it('restores counts after a failed flush', () => {
    const views = buffer();
    views.record('a', 'v1');
    const drained = views.drain();
    views.record('a', 'v2');
    views.restore(drained);
    expect(views.drain().get('a')).toBe(2);
  });

  it('keeps its memory bounded under a flood of distinct viewers', () => {
    const views = buffer();
    for (let i = 0; i < 100; i++) views.record('a', `v${i}`);
    expect(views.drain().get('a')).toBe(100);
    // At most maxTracked entries are remembered: an early viewer may count again.
    expect(views.record('a', 'v99')).toBe(false);
  });
});
