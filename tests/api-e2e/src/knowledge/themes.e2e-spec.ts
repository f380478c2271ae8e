import { Global, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { errorCodes } from '@pairs/platform-testing';
import {
  ThemeEntity,
  ThemesSeeder,
  THEME_MERGE_PARTICIPANTS,
  type ThemeMergeParticipant,
} from '@pairs/knowledge';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie } from '../support/identity.js';

/** A participant standing for case studies / threads: it records moves, or fails on demand. */
const participant: ThemeMergeParticipant & { failNext: boolean; moves: Array<[string, string]> } = {
  name: 'test-content',
  failNext: false,
  moves: [] as Array<[string, string]>,
  async moveTags(manager: EntityManager, sourceId: string, targetId: string) {
    // Write something inside the transaction first, to prove the rollback undoes it too.
    await manager.query(`UPDATE theme SET description = 'touched by merge' WHERE id = $1`, [targetId]);
    if (this.failNext) {
      this.failNext = false;
      throw new Error('injected failure while moving tags');
    }
    this.moves.push([sourceId, targetId]);
  },
};

@Global()
@Module({
  providers: [{ provide: THEME_MERGE_PARTICIPANTS, useValue: [participant] }],
  exports: [THEME_MERGE_PARTICIPANTS],
})
class TestMergeParticipantsModule {}

const TREE = `{ themes { slug name status children { slug name parent { slug } } } }`;
const THEME = `query($s: String!) { theme(slug: $s) { id slug name status synonyms parent { slug } children { slug } } }`;

describe('themes', () => {
  let t: TestApp;
  let moderator: Client;
  let member: Client;

  beforeAll(async () => {
    t = await startTestApp({ imports: [TestMergeParticipantsModule] });
    await t.app.get(ThemesSeeder).seed();
    moderator = new Client(t);
    moderator.useCookie(await sessionCookie(t, await createUser(t, { role: 'MODERATOR' })));
    member = new Client(t);
    member.useCookie(await sessionCookie(t, await createUser(t)));
  });
  afterAll(() => t.close());

  describe('reading', () => {
    it('gives anonymous visitors the tree, with the demo themes', async () => {
      const res = await new Client(t).gql<{
        themes: Array<{ slug: string; children: Array<{ slug: string; parent: { slug: string } }> }>;
      }>(TREE);
      expect(res.errors).toBeUndefined();
      const top = res.data!.themes.find((th) => th.slug === 'amenagement-et-proximite');
      expect(top?.children.map((c) => c.slug)).toContain('territoire-de-la-demi-heure');
      expect(top?.children[0]?.parent.slug).toBe('amenagement-et-proximite');
      const all = res.data!.themes.flatMap((th) => [th.slug, ...th.children.map((c) => c.slug)]);
      for (const slug of [
        'numerique-responsable',
        'eclairage-public',
        'financements-et-aides',
        'inclusion-numerique-aidants-connect',
      ]) {
        expect(all).toContain(slug);
      }
      // The tree, its children and their parents: a constant number of statements.
      expect(res.sqlQueries).toBeLessThanOrEqual(3);
    });

    it('finds a theme by slug, or null', async () => {
      const res = await new Client(t).gql(THEME, { s: 'territoire-de-la-demi-heure' });
      expect(res.data?.['theme']).toMatchObject({
        name: 'Territoire de la demi-heure',
        status: 'ACTIVE',
        parent: { slug: 'amenagement-et-proximite' },
      });
      expect((await new Client(t).gql(THEME, { s: 'inconnu' })).data).toEqual({ theme: null });
    });
  });

  describe('createTheme', () => {
    const CREATE = `mutation($i: CreateThemeInput!) { createTheme(input: $i) { slug name parent { slug } synonyms } }`;

    it('lets a moderator add a theme with a French-friendly slug', async () => {
      const res = await moderator.gql(CREATE, {
        i: {
          name: 'Éclairage des stades',
          parentSlug: 'numerique-responsable',
          synonyms: ['stades', 'stades'],
        },
      });
      expect(res.data).toEqual({
        createTheme: {
          slug: 'eclairage-des-stades',
          name: 'Éclairage des stades',
          parent: { slug: 'numerique-responsable' },
          synonyms: ['stades'],
        },
      });
    });

    it('refuses members and anonymous visitors, and creates nothing', async () => {
      const before = await t.dataSource.getRepository(ThemeEntity).count();
      expect(errorCodes(await member.gql(CREATE, { i: { name: 'Voirie' } }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await new Client(t).gql(CREATE, { i: { name: 'Voirie' } }))).toEqual([
        'UNAUTHENTICATED',
      ]);
      expect(await t.dataSource.getRepository(ThemeEntity).count()).toBe(before);
    });

    it.each([
      [
        'a third level',
        { name: 'Trop profond', parentSlug: 'eclairage-public' },
        'BAD_USER_INPUT',
        'parentSlug',
      ],
      ['an unknown parent', { name: 'Orphelin', parentSlug: 'nulle-part' }, 'BAD_USER_INPUT', 'parentSlug'],
      ['a bad slug', { name: 'Voirie', slug: 'Voirie Rurale' }, 'BAD_USER_INPUT', 'slug'],
      ['a one-letter name', { name: 'V' }, 'BAD_USER_INPUT', 'name'],
      ['a taken slug', { name: 'Éclairage public' }, 'CONFLICT', undefined],
    ])('refuses %s', async (_label, input, code, field) => {
      const res = await moderator.gql(CREATE, { i: input });
      expect(errorCodes(res)).toEqual([code]);
      if (field)
        expect((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>)[0]?.field).toBe(field);
    });
  });

  describe('updateTheme and archiveTheme', () => {
    it('renames without changing the slug, then archives with the children', async () => {
      const { data } = await new Client(t).gql<{ theme: { id: string } }>(THEME, {
        s: 'pilotage-et-cooperation',
      });
      const id = data!.theme.id;
      const renamed = await moderator.gql(
        `mutation($id: ID!) { updateTheme(input: { id: $id, name: "Pilotage", synonyms: ["gouvernance"] }) { slug name synonyms } }`,
        { id },
      );
      expect(renamed.data).toEqual({
        updateTheme: { slug: 'pilotage-et-cooperation', name: 'Pilotage', synonyms: ['gouvernance'] },
      });
      expect(
        errorCodes(
          await member.gql(`mutation($id: ID!) { archiveTheme(input: { id: $id }) { status } }`, { id }),
        ),
      ).toEqual(['FORBIDDEN']);
      const archived = await moderator.gql(
        `mutation($id: ID!) { archiveTheme(input: { id: $id }) { status } }`,
        { id },
      );
      expect(archived.data).toEqual({ archiveTheme: { status: 'ARCHIVED' } });
      const tree = await new Client(t).gql<{ themes: Array<{ slug: string }> }>(TREE);
      expect(tree.data!.themes.map((th) => th.slug)).not.toContain('pilotage-et-cooperation');
      const withArchived = await new Client(t).gql<{
        themes: Array<{ slug: string; children: Array<{ slug: string }> }>;
      }>(`{ themes(includeArchived: true) { slug status children(includeArchived: true) { slug status } } }`);
      const pilotage = withArchived.data!.themes.find((th) => th.slug === 'pilotage-et-cooperation');
      expect(pilotage).toMatchObject({
        status: 'ARCHIVED',
        children: expect.arrayContaining([
          expect.objectContaining({ slug: 'financements-et-aides', status: 'ARCHIVED' }),
        ]),
      });
      // Archived themes stay readable by slug.
      expect((await new Client(t).gql(THEME, { s: 'financements-et-aides' })).data?.['theme']).toMatchObject({
        status: 'ARCHIVED',
      });
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const res = await moderator.gql(
        `mutation { updateTheme(input: { id: "00000000-0000-4000-8000-000000000000", name: "X y" }) { slug } }`,
      );
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    });
  });

  describe('mergeThemes', () => {
    const MERGE = `mutation($s: String!, $t: String!) { mergeThemes(input: { sourceSlug: $s, targetSlug: $t }) { slug synonyms children { slug } } }`;

    it('moves tags and children, keeps the old slug as a redirect and a synonym', async () => {
      participant.moves.length = 0;
      const res = await moderator.gql<{
        mergeThemes: { slug: string; synonyms: string[]; children: Array<{ slug: string }> };
      }>(MERGE, {
        s: 'services-aux-habitants',
        t: 'numerique-responsable',
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.mergeThemes.slug).toBe('numerique-responsable');
      expect(res.data!.mergeThemes.synonyms).toEqual(
        expect.arrayContaining(['services-aux-habitants', 'Services aux habitants']),
      );
      expect(res.data!.mergeThemes.children.map((c) => c.slug)).toEqual(
        expect.arrayContaining([
          'action-sociale-et-suivi-des-beneficiaires',
          'inclusion-numerique-aidants-connect',
          'eclairage-public',
        ]),
      );
      expect(participant.moves).toHaveLength(1);
      const redirected = await new Client(t).gql(THEME, { s: 'services-aux-habitants' });
      expect(redirected.data?.['theme']).toMatchObject({ slug: 'numerique-responsable' });
      const tree = await new Client(t).gql<{ themes: Array<{ slug: string }> }>(TREE);
      expect(tree.data!.themes.map((th) => th.slug)).not.toContain('services-aux-habitants');
    });

    it('is atomic: a failure while moving tags leaves everything as it was', async () => {
      const snapshot = () =>
        t.dataSource.query(
          `SELECT id, slug, status, parent_id, merged_into_id, synonyms, description FROM theme ORDER BY slug`,
        );
      const before = await snapshot();
      participant.failNext = true;
      const res = await moderator.gql(MERGE, { s: 'amenagement-et-proximite', t: 'numerique-responsable' });
      expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['into itself', 'eclairage-public', 'eclairage-public', 'targetSlug'],
      ['an unknown source', 'nulle-part', 'eclairage-public', 'sourceSlug'],
      ['into one of its children', 'amenagement-et-proximite', 'territoire-de-la-demi-heure', 'targetSlug'],
      [
        'a parent into a child theme (three levels)',
        'amenagement-et-proximite',
        'eclairage-public',
        'targetSlug',
      ],
    ])('refuses merging %s', async (_label, source, target, field) => {
      const res = await moderator.gql(MERGE, { s: source, t: target });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>)[0]?.field).toBe(field);
    });

    it('is for moderators only', async () => {
      expect(
        errorCodes(await member.gql(MERGE, { s: 'eclairage-public', t: 'numerique-responsable' })),
      ).toEqual(['FORBIDDEN']);
    });
  });
});
