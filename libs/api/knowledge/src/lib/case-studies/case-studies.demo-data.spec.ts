import { DEMO_USERS } from '@pairs/identity';
import { DEMO_GROUPS } from '@pairs/groups';
import { slugify } from '@pairs/shared-domain';
import { DEMO_THEMES } from '../themes/themes.seeder.js';
import { DEMO_CASE_STUDIES } from './case-studies.demo-data.js';

const themeSlugs = new Set(
  DEMO_THEMES.flatMap((t) => [slugify(t.name), ...(t.children ?? []).map((c) => slugify(c.name))]),
);
const handles = new Set(DEMO_USERS.map((u) => u.handle));
const published = DEMO_CASE_STUDIES.filter((c) => c.status === 'PUBLISHED');
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('demo case studies', () => {
  it('have unique, well-formed slugs', () => {
    const slugs = DEMO_CASE_STUDIES.map((c) => c.slug);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slug.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('keep titles and summaries within their limits', () => {
    for (const c of DEMO_CASE_STUDIES) {
      expect(c.title.length).toBeLessThanOrEqual(200);
      expect(c.summary.length).toBeGreaterThan(0);
      expect(c.summary.length).toBeLessThanOrEqual(500);
    }
  });

  it('name one to three existing themes', () => {
    for (const c of DEMO_CASE_STUDIES) {
      expect(c.themeSlugs.length).toBeGreaterThanOrEqual(1);
      expect(c.themeSlugs.length).toBeLessThanOrEqual(3);
      for (const slug of c.themeSlugs) expect(themeSlugs).toContain(slug);
    }
  });

  it('are written by demo users, the first one owning the case study', () => {
    for (const c of DEMO_CASE_STUDIES) {
      expect(c.authorHandles.length).toBeGreaterThanOrEqual(1);
      expect(new Set(c.authorHandles).size).toBe(c.authorHandles.length);
      for (const handle of c.authorHandles) expect(handles).toContain(handle);
    }
  });

  it('name territories by codes of a known shape', () => {
    for (const c of DEMO_CASE_STUDIES) {
      expect(c.territoryCode).toMatch(/^(\d[0-9AB]\d{3}|\d{9}|DEP-[0-9AB]{2,3}|REG-\d{2})$/);
    }
  });

  it('end no earlier than they start', () => {
    for (const c of DEMO_CASE_STUDIES) {
      if (c.startedOn) expect(c.startedOn).toMatch(isoDate);
      if (c.endedOn) {
        expect(c.endedOn).toMatch(isoDate);
        expect(c.startedOn).not.toBeNull();
        expect(c.endedOn >= c.startedOn!).toBe(true);
      }
    }
  });

  it('are funded no more than they cost', () => {
    for (const c of DEMO_CASE_STUDIES) {
      if (c.costEuros !== null) {
        expect(Number.isInteger(c.costEuros)).toBe(true);
        expect(c.costEuros).toBeGreaterThanOrEqual(0);
      }
      const funded = c.fundingSources.reduce((sum, f) => sum + f.amountEuros, 0);
      for (const f of c.fundingSources) expect(f.amountEuros).toBeGreaterThan(0);
      if (c.fundingSources.length) expect(funded).toBeLessThanOrEqual(c.costEuros ?? 0);
    }
  });

  it('are mostly published, with a publication date before the end of November 2026', () => {
    expect(published.length).toBeGreaterThanOrEqual(8);
    for (const c of published) {
      expect(c.publishedAt).toMatch(isoDate);
      expect(c.publishedAt! >= '2024-01-01' && c.publishedAt! < '2026-11-29').toBe(true);
    }
  });

  it('hold, in the commons, exactly one draft and one case study in review, both unpublished and unread', () => {
    for (const status of ['DRAFT', 'IN_REVIEW'] as const) {
      const matching = DEMO_CASE_STUDIES.filter((c) => c.status === status && !c.groupSlug);
      expect(matching).toHaveLength(1);
      expect(matching[0].publishedAt).toBeNull();
      expect(matching[0].viewCount).toBe(0);
    }
  });

  it('include the four case studies of the domain notes', () => {
    const territories = DEMO_CASE_STUDIES.map((c) => c.territoryCode);
    // Draguignan, Châlons-en-Champagne, CC du Grand Autunois Morvan, Rennes.
    for (const code of ['83050', '51108', '200070530', '35238']) expect(territories).toContain(code);
  });

  it('give a role as contact, never an e-mail address or a phone number', () => {
    for (const c of DEMO_CASE_STUDIES) {
      expect(c.contact).not.toMatch(/@|\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}/);
    }
  });
});

describe('demo case studies in groups', () => {
  const groups = new Map(Object.values(DEMO_GROUPS).map((g) => [g.slug, g]));
  const inGroups = DEMO_CASE_STUDIES.filter((c) => c.groupSlug);

  it('live in demo groups and are written by their active members', () => {
    const problems: string[] = [];
    for (const c of inGroups) {
      const group = groups.get(c.groupSlug as string);
      if (!group) {
        problems.push(`${c.slug}: unknown group ${c.groupSlug}`);
        continue;
      }
      const active = new Set(group.memberships.filter((m) => m.status === 'ACTIVE').map((m) => m.handle));
      for (const handle of c.authorHandles) {
        if (!active.has(handle))
          problems.push(`${c.slug}: ${handle} is not an active member of ${group.slug}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('give both private groups a published case study, and one of them a draft', () => {
    const privateGroups = Object.values(DEMO_GROUPS)
      .filter((g) => g.visibility === 'PRIVATE')
      .map((g) => g.slug);
    for (const slug of privateGroups) {
      expect(inGroups.some((c) => c.groupSlug === slug && c.status === 'PUBLISHED')).toBe(true);
    }
    expect(inGroups.filter((c) => c.status === 'DRAFT')).toHaveLength(1);
  });
});
