import { slugify } from '@pairs/shared-domain';
import { toThemeModel } from './themes.service.js';
import { DEMO_THEMES } from './themes.seeder.js';

describe('demo themes', () => {
  const slugs = DEMO_THEMES.flatMap((t) => [
    slugify(t.name),
    ...(t.children ?? []).map((c) => slugify(c.name)),
  ]);

  it('hold every theme of the domain notes, with the slugs the issues name', () => {
    expect(slugs).toContain('territoire-de-la-demi-heure');
    expect(slugs).toContain('numerique-responsable');
    expect(slugs).toContain('ville-du-quart-d-heure');
    expect(slugs).toHaveLength(new Set(slugs).size);
  });

  it('are two levels deep at most', () => {
    for (const parent of DEMO_THEMES)
      for (const child of parent.children ?? []) expect(child.children).toBeUndefined();
  });
});

describe('toThemeModel', () => {
  it('never exposes the internal MERGED status', () => {
    const base = {
      id: 'i',
      slug: 's',
      name: 'n',
      description: '',
      parentId: null,
      synonyms: [],
      mergedIntoId: null,
      position: 0,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    expect(toThemeModel({ ...base, status: 'ARCHIVED' }).status).toBe('ARCHIVED');
    expect(toThemeModel({ ...base, status: 'MERGED' }).status).toBe('ACTIVE');
  });
});
