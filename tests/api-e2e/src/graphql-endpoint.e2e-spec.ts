import request from 'supertest';
import { seedDemoData } from '@pairs/api';
import { defineFactory } from '@pairs/platform-testing';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('GraphQL endpoint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers { __typename } exactly', async () => {
    const res = await request(t.server)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query":"{ __typename }"}');
    expect(res.status).toBe(200);
    expect(res.text.trim()).toBe('{"data":{"__typename":"Query"}}');
  });

  describe('siteInfo', () => {
    const query = '{ siteInfo { name tagline welcomeMessage welcomeMessageHtml demoDataLoadedAt } }';

    it('falls back to the built-in welcome text on an empty database', async () => {
      const res = await t.gql<{ siteInfo: Record<string, unknown> }>(query);
      expect(res.errors).toBeUndefined();
      expect(res.data?.siteInfo).toMatchObject({
        name: 'Pairs',
        tagline: "l'échange d'expériences entre élus",
        demoDataLoadedAt: null,
      });
      expect(res.data?.siteInfo['welcomeMessageHtml']).toContain('<strong>Pairs</strong>');
    });

    it('reads stored settings (markdown rendered at write time)', async () => {
      const settings = defineFactory(t.dataSource, 'site_setting', (n) => ({ key: `k${n}`, value: `v${n}` }));
      await settings.create({ key: 'welcome_message', value: 'Bonjour' });
      await settings.create({ key: 'welcome_message_html', value: '<p>Bonjour stocké</p>' });
      const res = await t.gql<{ siteInfo: Record<string, unknown> }>(query);
      expect(res.data?.siteInfo).toMatchObject({
        welcomeMessage: 'Bonjour',
        welcomeMessageHtml: '<p>Bonjour stocké</p>',
      });
      await t.dataSource.query(`DELETE FROM site_setting`);
    });

    it('shows demo data once seeded, and seeding twice changes nothing but the date', async () => {
      await seedDemoData(t.app);
      const first = await t.dataSource.query(
        `SELECT key, value FROM site_setting WHERE key <> 'demo_data_loaded_at' ORDER BY key`,
      );
      const contentCounts = () =>
        t.dataSource.query(
          `SELECT (SELECT count(*) FROM case_study) AS case_studies, (SELECT count(*) FROM case_study_revision) AS revisions,
             (SELECT count(*) FROM theme) AS themes, (SELECT count(*) FROM app_user) AS users,
             (SELECT count(*) FROM organization) AS organizations, (SELECT count(*) FROM peer_group) AS groups,
             (SELECT count(*) FROM group_membership) AS memberships, (SELECT count(*) FROM thread) AS threads,
             (SELECT count(*) FROM reply) AS replies`,
        );
      const contentBefore = await contentCounts();
      await seedDemoData(t.app);
      const second = await t.dataSource.query(
        `SELECT key, value FROM site_setting WHERE key <> 'demo_data_loaded_at' ORDER BY key`,
      );
      expect(second).toEqual(first);
      expect(await contentCounts()).toEqual(contentBefore);

      // The demo case studies: at least 8 published, among them the four facts-based ones, plus one
      // draft and one in review that anonymous visitors do not see.
      const published = await t.gql<{
        caseStudies: { totalCount: number; edges: Array<{ node: { territory: { code: string } } }> };
      }>('{ caseStudies(first: 100) { totalCount edges { node { territory { code } } } } }');
      expect(published.data!.caseStudies.totalCount).toBeGreaterThanOrEqual(8);
      const codes = published.data!.caseStudies.edges.map((e) => e.node.territory.code);
      expect(codes).toEqual(expect.arrayContaining(['83050', '51108', '200070530', '35238']));
      const [states] = await t.dataSource.query<Array<{ drafts: number; in_review: number }>>(
        `SELECT count(*) FILTER (WHERE status = 'DRAFT')::int AS drafts, count(*) FILTER (WHERE status = 'IN_REVIEW')::int AS in_review FROM case_study`,
      );
      // One draft in the commons, one in a private group.
      expect(states).toEqual({ drafts: 2, in_review: 1 });

      // Private groups hold content; anonymous visitors see none of it, and count none of it.
      const [hidden] = await t.dataSource.query<
        Array<{ threads: number; case_studies: number; public_threads: number }>
      >(
        `SELECT (SELECT count(*)::int FROM thread t JOIN peer_group g ON g.id = t.group_id WHERE g.visibility = 'PRIVATE') AS threads,
                (SELECT count(*)::int FROM case_study cs JOIN peer_group g ON g.id = cs.group_id
                  WHERE g.visibility = 'PRIVATE' AND cs.status = 'PUBLISHED') AS case_studies,
                (SELECT count(*)::int FROM thread t LEFT JOIN peer_group g ON g.id = t.group_id
                  WHERE g.id IS NULL OR g.visibility = 'PUBLIC') AS public_threads`,
      );
      expect(hidden.threads).toBeGreaterThanOrEqual(2);
      expect(hidden.case_studies).toBeGreaterThanOrEqual(2);
      const [{ published_public }] = await t.dataSource.query<Array<{ published_public: number }>>(
        `SELECT count(*)::int AS published_public FROM case_study cs LEFT JOIN peer_group g ON g.id = cs.group_id
         WHERE cs.status = 'PUBLISHED' AND (g.id IS NULL OR g.visibility = 'PUBLIC')`,
      );
      expect(published.data!.caseStudies.totalCount).toBe(published_public);
      const threads = await t.gql<{ threads: { totalCount: number } }>('{ threads { totalCount } }');
      expect(threads.data!.threads.totalCount).toBe(hidden.public_threads);
      const res = await t.gql<{ siteInfo: { demoDataLoadedAt: string; welcomeMessageHtml: string } }>(query);
      expect(new Date(res.data!.siteInfo.demoDataLoadedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(res.data!.siteInfo.welcomeMessageHtml).toContain('éclairage public');
      await t.dataSource.query(`DELETE FROM site_setting`);
    });
  });

  it('counts SQL statements per request (x-sql-queries)', async () => {
    const res = await t.gql('{ siteInfo { name welcomeMessageHtml } }');
    expect(res.sqlQueries).toBe(1);
    const none = await t.gql('{ __typename }');
    expect(none.sqlQueries).toBe(0);
  });

  it('keeps counters apart for concurrent requests', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.gql(i % 2 ? '{ siteInfo { name welcomeMessageHtml } }' : '{ __typename }'),
      ),
    );
    expect(results.map((r) => r.sqlQueries)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
  });

  it('echoes a well-formed x-request-id and replaces a malformed one', async () => {
    const kept = await request(t.server).get('/health/live').set('x-request-id', 'trace-123.abc');
    expect(kept.headers['x-request-id']).toBe('trace-123.abc');
    const replaced = await request(t.server)
      .get('/health/live')
      .set('x-request-id', 'bad id with spaces <and> "quotes"');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const res = await request(t.server).get('/health/live');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
