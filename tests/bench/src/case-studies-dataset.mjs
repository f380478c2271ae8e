// The bench's case-study dataset (issue 4): ~300 members and 10,000 case studies in French, written
// by a handful of set-based statements (INSERT … SELECT over generate_series) into the database the
// API serves. Every choice (territory, themes, state, dates, text fragments, numbers) is a function
// of the row number through md5, so every run builds the same rows and results stay comparable.
// Needs the territories and the demo themes (DEMO_THEMES) in the database: run it once the server
// has seeded its demo data.
import pg from 'pg';
import { FIRST_NAMES, GENERIC_TEXT, LAST_NAMES, THEME_TEXT } from './case-studies-text.mjs';
import { groupOfItem } from './groups-dataset.mjs';

/** Changes every pseudo-random choice at once: bump it when the dataset must change. */
const SEED = 'pairs-bench-1';
/** The newest publication: fixed rather than now(), so that dates are the same on every run. */
const END = '2026-11-01 08:00:00+00';
/** Share of case studies per territory pool: communes by population band, then EPCI, départements. */
const POOLS = [
  ['C0', 0.27], // communes under 1,000 inhabitants
  ['C1', 0.22], // 1,000–3,499
  ['C2', 0.15], // 3,500–9,999
  ['C3', 0.12], // 10,000–49,999
  ['C4', 0.05], // 50,000 and more
  ['E', 0.14], // EPCI
  ['D', 0.05], // départements
];

const FUNCTIONS = `
  -- A number in [0, 1) drawn from the row number and a salt.
  CREATE FUNCTION pg_temp.r(i int, salt text) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
    SELECT ('x' || substr(md5('${SEED}:' || salt || ':' || i::text), 1, 12))::bit(48)::bigint::float8 / 281474976710656
  $$;
  -- An element of a JSON array of strings; offsets 0, 1, 2… from the same salt give distinct elements.
  CREATE FUNCTION pg_temp.pick(arr jsonb, i int, salt text, off int DEFAULT 0) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$
    SELECT arr ->> ((floor(pg_temp.r(i, salt) * jsonb_array_length(arr))::int + off) % jsonb_array_length(arr))
  $$;
  -- 12 345 (no-break space), as French text writes numbers.
  CREATE FUNCTION pg_temp.num(n int) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT replace(to_char(n, 'FM999,999,999,999'), ',', chr(160))
  $$;
  -- Placeholders of case-studies-text.mjs; the numbers are the same in every field of a row.
  -- (STABLE like to_char, so that it is inlined; so are the others, which are IMMUTABLE.)
  CREATE FUNCTION pg_temp.fill(t text, i int, name text, pop int) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT replace(replace(replace(replace(replace(replace(replace(t,
      '{T}', name),
      '{pop}', pg_temp.num(pop)),
      '{n2}', (20 + floor(pg_temp.r(i, 'n2') * 881))::int::text),
      '{n}', (3 + floor(pg_temp.r(i, 'n') * 38))::int::text),
      '{pct2}', (5 + floor(pg_temp.r(i, 'pct2') * 30))::int::text),
      '{pct}', (15 + floor(pg_temp.r(i, 'pct') * 50))::int::text),
      '{k}', (5 + floor(pg_temp.r(i, 'k') * 176))::int::text)
  $$;
  -- "à Draguignan", "au Mans", "aux Herbiers".
  CREATE FUNCTION pg_temp.at(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN name LIKE 'Le %' THEN 'au ' || substr(name, 4)
      WHEN name LIKE 'Les %' THEN 'aux ' || substr(name, 5) ELSE 'à ' || name END
  $$;
  -- Like slugify() of @pairs/shared-domain.
  CREATE FUNCTION pg_temp.slug(t text, max int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT rtrim(left(trim(BOTH '-' FROM regexp_replace(regexp_replace(
      translate(replace(replace(lower(t), 'œ', 'oe'), 'æ', 'ae'),
        'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'),
      '[''’]', '-', 'g'), '[^a-z0-9]+', '-', 'g')), max), '-')
  $$;`;

function checkTexts() {
  const minimum = {
    subjects: 1,
    leads: 1,
    outcomes: 1,
    problems: 3,
    actions: 5,
    results: 3,
    env: 2,
    lessons: 2,
  };
  for (const [slug, text] of Object.entries(THEME_TEXT)) {
    for (const [list, min] of Object.entries(minimum)) {
      if ((text[list]?.length ?? 0) < min)
        throw new Error(`case-studies-text: ${slug}.${list} needs ${min}+`);
    }
    if (text.solutions.length < 3) throw new Error(`case-studies-text: ${slug}.solutions needs 3+`);
  }
  // Distinct picks use offsets 0, 1 (2 for funders); the calendar reads phases 0 to 6.
  const generic = {
    contexts: 1,
    problems: 1,
    methods: 2,
    difficulties: 2,
    budgets: 1,
    phases: 7,
    who: 1,
    env: 1,
    lessons: 2,
    contacts: 1,
    funders: 3,
  };
  for (const [list, min] of Object.entries(generic)) {
    if ((GENERIC_TEXT[list]?.length ?? 0) < min)
      throw new Error(`case-studies-text: generic ${list} needs ${min}+`);
  }
}

/**
 * Inserts `users` members and `caseStudies` case studies (with themes, authors and revision 1),
 * then VACUUM ANALYZE. Returns counts, timings and `sampleSlug`: a published case study as a
 * visitor reaches it from the filtered list (éclairage public, 1,000–3,499 inhabitants).
 * With `groups` (the plan of groups-dataset.mjs, when the schema has groups), ~10 % of the case
 * studies live in a group (`groupOfItem`); the sample is then one of the public commons.
 */
export async function loadCaseStudiesDataset(
  databaseUrl,
  { caseStudies = 10_000, users = 300, groups = null } = {},
) {
  if (!Number.isInteger(caseStudies) || caseStudies < 1) throw new Error('caseStudies: a positive integer');
  if (!Number.isInteger(users) || users < 2) throw new Error('users: an integer above 1');
  checkTexts();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const timings = {};
  const started = performance.now();
  const step = async (name, sql, values) => {
    const t = performance.now();
    const result = await client.query(sql, values);
    timings[name] = Math.round(performance.now() - t);
    return result;
  };
  try {
    await client.query('BEGIN');
    // UTC for dates; no JIT (the long expressions would take seconds to compile for 10,000 rows);
    // memory enough to sort the rows by slug without spilling to disk.
    await client.query(`SET LOCAL TimeZone = 'UTC'; SET LOCAL jit = off; SET LOCAL work_mem = '256MB'`);
    await client.query(FUNCTIONS);

    // Themes that exist (children of DEMO_THEMES), with cumulative weights for the main theme.
    await client.query(
      `CREATE TEMP TABLE bench_theme (k int PRIMARY KEY, id uuid, slug text, lo float8, hi float8) ON COMMIT DROP`,
    );
    const slugs = Object.keys(THEME_TEXT);
    const { rowCount: themeCount } = await step(
      'themes',
      `INSERT INTO bench_theme
       SELECT (row_number() OVER (ORDER BY w.ord) - 1)::int, th.id, th.slug,
         (sum(w.weight) OVER (ORDER BY w.ord) - w.weight) / sum(w.weight) OVER (),
         sum(w.weight) OVER (ORDER BY w.ord) / sum(w.weight) OVER ()
       FROM unnest($1::text[], $2::float8[]) WITH ORDINALITY AS w(slug, weight, ord)
       JOIN theme th ON th.slug = w.slug AND th.status = 'ACTIVE'`,
      [slugs, slugs.map((s) => THEME_TEXT[s].weight)],
    );
    if (themeCount < 3) {
      throw new Error(`Only ${themeCount} of the demo themes exist: start the API with SEED_DEMO_DATA=true`);
    }

    // Members: "Claire Martin", handle claire-martin-1, verified e-mail.
    await step(
      'users',
      `INSERT INTO app_user (id, email, email_verified_at, handle, display_name, role, created_at, updated_at)
       SELECT md5('${SEED}:user:' || u)::uuid, 'membre-' || u || '@bench.pairs.test', x.at + interval '1 hour',
         pg_temp.slug(x.first || '-' || x.last, 30) || '-' || u, x.first || ' ' || x.last, 'MEMBER', x.at, x.at
       FROM generate_series(1, ${users}) u
       CROSS JOIN LATERAL (SELECT ($1::text[])[1 + (u - 1) % cardinality($1::text[])] AS first,
         ($2::text[])[1 + (u * 7 + u / 13) % cardinality($2::text[])] AS last,
         timestamptz '${END}' - interval '1 second' * floor(pg_temp.r(u, 'user') * 4 * 365 * 86400) AS at) x
       ON CONFLICT DO NOTHING`,
      [FIRST_NAMES, LAST_NAMES],
    );

    // Territories to draw from, numbered within each pool.
    await step(
      'territory pools',
      `CREATE TEMP TABLE bench_pool ON COMMIT DROP AS
       SELECT pool, (row_number() OVER (PARTITION BY pool ORDER BY code) - 1)::int AS n, id, code, name, kind,
         population
       FROM (SELECT t.*, CASE t.kind WHEN 'COMMUNE'
               THEN 'C' || width_bucket(t.population, ARRAY[1000, 3500, 10000, 50000])
               WHEN 'EPCI' THEN 'E' ELSE 'D' END AS pool
             FROM territory t WHERE t.kind IN ('COMMUNE', 'EPCI', 'DEPARTEMENT') AND t.population > 0) t;
       CREATE INDEX ON bench_pool (pool, n);
       CREATE TEMP TABLE bench_pool_size ON COMMIT DROP AS
       SELECT pool, count(*)::int AS size FROM bench_pool GROUP BY pool;
       ANALYZE bench_pool`,
    );
    const { rows: pools } = await client.query('SELECT pool FROM bench_pool_size');
    const missing = POOLS.filter(([pool]) => !pools.some((p) => p.pool === pool)).map(([pool]) => pool);
    if (missing.length)
      throw new Error(`No territories for pools ${missing.join(', ')}: territories not loaded`);

    // Every non-text choice of each case study.
    let cumulative = 0;
    const poolCase = POOLS.map(([pool, share]) => {
      cumulative += share;
      return `WHEN r < ${cumulative.toFixed(4)} THEN '${pool}'`;
    }).join(' ');
    await step(
      'plan',
      `CREATE TEMP TABLE bench_cs ON COMMIT DROP AS
       WITH s AS MATERIALIZED (
         SELECT i, md5('${SEED}:case-study:' || i)::uuid AS id,
           (SELECT CASE ${poolCase} ELSE 'D' END FROM (SELECT pg_temp.r(i, 'pool') AS r) x) AS pool,
           CASE WHEN pg_temp.r(i, 'status') < 0.90 THEN 'PUBLISHED' WHEN pg_temp.r(i, 'status') < 0.93 THEN 'ARCHIVED'
             WHEN pg_temp.r(i, 'status') < 0.965 THEN 'IN_REVIEW' ELSE 'DRAFT' END AS status,
           CASE WHEN pg_temp.r(i, 'theme-count') < 0.45 THEN 1 WHEN pg_temp.r(i, 'theme-count') < 0.85 THEN 2
             ELSE 3 END AS theme_count,
           floor(pg_temp.r(i, 'theme2') * ${themeCount - 1})::int AS off2,
           floor(pg_temp.r(i, 'owner') ^ 1.7 * ${users})::int AS owner_k,
           CASE WHEN pg_temp.r(i, 'coauthor') < 0.28
             THEN floor(pg_temp.r(i, 'coauthor-k') * ${users - 1})::int END AS co_off,
           pg_temp.r(i, 'territory') AS r_territory, pg_temp.r(i, 'theme1') AS r_theme1
         FROM generate_series(1, ${caseStudies}) i
       ), dated AS (
         SELECT s.*, CASE WHEN status IN ('PUBLISHED', 'ARCHIVED') THEN timestamptz '${END}' - interval '1 second'
             * floor(pg_temp.r(i, 'age') ^ (CASE status WHEN 'ARCHIVED' THEN 0.7 ELSE 1.5 END) * 1095 * 86400) END
             AS published_at,
           timestamptz '${END}' - interval '1 second' * floor(pg_temp.r(i, 'age') * 150 * 86400) AS edited_at
         FROM s
       ), dated2 AS MATERIALIZED (
         SELECT d.*, COALESCE(published_at, edited_at) AS ref_at,
           COALESCE(published_at, edited_at) - interval '1 hour' * (48 + floor(pg_temp.r(i, 'writing') * 1800))
             AS created_at
         FROM dated d
       ), dated3 AS (
         SELECT d.*, (created_at - interval '1 day' * (60 + floor(pg_temp.r(i, 'start') * 700)))::date AS started_on
         FROM dated2 d
       )
       SELECT d.i, d.id, d.pool, d.status, t.id AS territory_id, t.code AS territory_code,
         t.name AS territory_name, t.kind AS territory_kind, t.population,
         d.theme_count, t1.slug AS slug1, t2.slug AS slug2,
         (ARRAY[t1.id, t2.id, t3.id])[1:d.theme_count] AS theme_ids,
         (ARRAY[t1.slug, t2.slug, t3.slug])[1:d.theme_count] AS theme_slugs,
         md5('${SEED}:user:' || (d.owner_k + 1))::uuid AS owner_id,
         CASE WHEN d.co_off IS NOT NULL
           THEN md5('${SEED}:user:' || ((d.owner_k + 1 + d.co_off) % ${users} + 1))::uuid END AS coauthor_id,
         d.published_at,
         CASE d.status WHEN 'DRAFT' THEN NULL WHEN 'IN_REVIEW' THEN d.ref_at
           ELSE d.ref_at - interval '1 hour' * (24 + floor(pg_temp.r(d.i, 'review') * 240)) END AS submitted_at,
         d.created_at,
         CASE WHEN d.status = 'ARCHIVED' THEN LEAST(timestamptz '${END}',
           d.published_at + interval '1 day' * (30 + floor(pg_temp.r(d.i, 'archived') * 400))) ELSE d.ref_at END
           AS updated_at,
         d.started_on,
         CASE WHEN pg_temp.r(d.i, 'ongoing') >= 0.2 THEN d.started_on
           + floor((d.ref_at::date - d.started_on) * (0.4 + 0.6 * pg_temp.r(d.i, 'end')))::int END AS ended_on,
         CASE WHEN pg_temp.r(d.i, 'cost-known') >= 0.1 THEN (round(exp(ln(1500) + pg_temp.r(d.i, 'cost') * ln(1000))
           * CASE d.pool WHEN 'E' THEN 3 WHEN 'D' THEN 6 ELSE 1 END / 100) * 100)::int END AS cost_euros,
         CASE WHEN d.status IN ('PUBLISHED', 'ARCHIVED') THEN floor((4 + exp(pg_temp.r(d.i, 'views') ^ 2 * ln(20000)))
           * (0.3 + extract(epoch FROM timestamptz '${END}' - d.published_at) / (1095 * 86400)))::int ELSE 0 END
           AS view_count
       FROM dated3 d
       JOIN bench_pool_size z ON z.pool = d.pool
       JOIN bench_pool t ON t.pool = d.pool AND t.n = floor(d.r_territory * z.size)::int
       JOIN bench_theme t1 ON d.r_theme1 >= t1.lo AND d.r_theme1 < t1.hi
       JOIN bench_theme t2 ON t2.k = (t1.k + 1 + d.off2) % ${themeCount}
       JOIN bench_theme t3 ON t3.k = (t1.k + 1 + (d.off2 + 1
         + floor(pg_temp.r(d.i, 'theme3') * ${themeCount - 2})::int) % ${themeCount - 1}) % ${themeCount}`,
    );

    // The text, assembled from the fragments ($1) of the main theme (th), the second one (th2) and
    // generic ones (g); slugs as the API makes them (title, then -2, -3… when taken).
    const text = { ...THEME_TEXT, '*': GENERIC_TEXT };
    // The group of case study i (1-based) is element i of $2, null in the public commons.
    const groupIds = groups
      ? Array.from({ length: caseStudies }, (_, k) => groupOfItem(groups, 'case-study', k + 1))
      : null;
    const { rowCount: inserted } = await step(
      'case_study',
      `INSERT INTO case_study (id, slug, title, summary, body, results, environmental_assessment, lessons_learned,
         solutions_used, contact, territory_id, status, started_on, ended_on, cost_euros, funding_sources,
         created_by_id, submitted_at, published_at, revision_count, view_count, created_at, updated_at${groups ? ', group_id' : ''})
       SELECT id,
         CASE WHEN EXISTS (SELECT 1 FROM case_study c WHERE c.slug = base) THEN base || '-' || i
           WHEN rn = 1 THEN base ELSE base || '-' || rn END,
         title, summary, body, results, env, lessons, solutions, contact, territory_id, status, started_on,
         ended_on, cost_euros, funding, owner_id, submitted_at, published_at, 1, view_count, created_at, updated_at
         ${groups ? ', ($2::uuid[])[i]' : ''}
       FROM (
         SELECT w.*, row_number() OVER (PARTITION BY base ORDER BY i) AS rn
         FROM (SELECT x.*, pg_temp.slug(x.title, 80) AS base FROM (
           SELECT p.*,
             left(CASE
               WHEN pg_temp.r(i, 'title') < 0.35 THEN subject
                 || CASE WHEN territory_kind = 'COMMUNE' THEN ' ' || pg_temp.at(territory_name)
                    ELSE ' — ' || territory_name END
               WHEN pg_temp.r(i, 'title') < 0.60
                 THEN territory_name || ' : ' || lower(left(subject, 1)) || substr(subject, 2)
               WHEN pg_temp.r(i, 'title') < 0.80 THEN subject
                 || CASE WHEN territory_kind = 'COMMUNE' THEN ' — ce que nous avons appris ' || pg_temp.at(territory_name)
                    ELSE ' — retour d’expérience de ' || territory_name END
               ELSE subject || ' — bilan après ' || (2 + floor(pg_temp.r(i, 'title-years') * 4))::int || ' ans ('
                 || territory_name || ')'
             END, 200) AS title,
             left(pg_temp.fill(pg_temp.pick(th -> 'leads', i, 'lead') || ' '
               || pg_temp.pick(th -> 'outcomes', i, 'outcome'), i, territory_name, population), 600) AS summary,
             pg_temp.fill(
               E'## Le problème posé aux élus\\n\\n'
               || CASE WHEN pg_temp.r(i, 'context') < 0.85 THEN pg_temp.pick(g -> 'contexts', i, 'context') || ' ' ELSE '' END
               || pg_temp.pick(th -> 'problems', i, 'problem', 0) || ' ' || pg_temp.pick(g -> 'problems', i, 'gproblem')
               || ' ' || pg_temp.pick(th -> 'problems', i, 'problem', 1)
               || CASE WHEN pg_temp.r(i, 'problem3') < 0.7
                    THEN E'\\n\\n' || pg_temp.pick(th -> 'problems', i, 'problem', 2) ELSE '' END
               || E'\\n\\n## Ce que nous avons fait\\n\\n- ' || pg_temp.pick(th -> 'actions', i, 'action', 0)
               || E'\\n- ' || pg_temp.pick(th -> 'actions', i, 'action', 1)
               || E'\\n- ' || pg_temp.pick(th -> 'actions', i, 'action', 2)
               || CASE WHEN pg_temp.r(i, 'actions') >= 0.35
                    THEN E'\\n- ' || pg_temp.pick(th -> 'actions', i, 'action', 3) ELSE '' END
               || CASE WHEN pg_temp.r(i, 'actions') >= 0.7
                    THEN E'\\n- ' || pg_temp.pick(th -> 'actions', i, 'action', 4) ELSE '' END
               || CASE WHEN theme_count >= 2 THEN E'\\n- ' || pg_temp.pick(th2 -> 'actions', i, 'action2') ELSE '' END
               || E'\\n\\n' || pg_temp.pick(g -> 'methods', i, 'method', 0)
               || CASE WHEN pg_temp.r(i, 'method2') < 0.7 THEN ' ' || pg_temp.pick(g -> 'methods', i, 'method', 1)
                  ELSE '' END
               || CASE WHEN pg_temp.r(i, 'difficulties') < 0.5
                    THEN E'\\n\\n## Ce qui a été plus difficile\\n\\n' || pg_temp.pick(g -> 'difficulties', i, 'difficulty', 0)
                      || ' ' || pg_temp.pick(g -> 'difficulties', i, 'difficulty', 1) ELSE '' END
               || CASE WHEN cost_euros IS NOT NULL THEN E'\\n\\n## Budget\\n\\n'
                    || replace(pg_temp.pick(g -> 'budgets', i, 'budget'), '{cost}', pg_temp.num(cost_euros)) ELSE '' END
               || E'\\n\\n## Calendrier\\n\\n- **' || year || '** : ' || (g -> 'phases' ->> 0)
               || E'.\\n- **' || (year + round(span / 3.0)) || '** : ' || (g -> 'phases' ->> (1 + c1))
               || E'.\\n- **' || (year + round(span * 2 / 3.0)) || '** : ' || (g -> 'phases' ->> (3 + c2))
               || CASE WHEN pg_temp.r(i, 'phase4') < 0.7
                    THEN E'.\\n- **' || (year + span) || '** : ' || (g -> 'phases' ->> (5 + c3)) ELSE '' END
               || '.'
               || CASE WHEN pg_temp.r(i, 'who') < 0.5
                    THEN E'\\n\\n## Qui a porté le projet\\n\\n' || pg_temp.pick(g -> 'who', i, 'who') ELSE '' END,
               i, territory_name, population) AS body,
             CASE WHEN unwritten THEN '' ELSE pg_temp.fill(pg_temp.pick(th -> 'results', i, 'result', 0)
               || E'\\n\\n- ' || pg_temp.pick(th -> 'results', i, 'result', 1)
               || E'\\n- ' || pg_temp.pick(th -> 'results', i, 'result', 2), i, territory_name, population) END
               AS results,
             CASE WHEN unwritten THEN '' ELSE pg_temp.fill(pg_temp.pick(th -> 'env', i, 'env', 0) || ' '
               || pg_temp.pick(th -> 'env', i, 'env', 1)
               || CASE WHEN pg_temp.r(i, 'genv') < 0.5 THEN E'\\n\\n' || pg_temp.pick(g -> 'env', i, 'genv') ELSE '' END,
               i, territory_name, population) END AS env,
             CASE WHEN unwritten THEN '' ELSE '- ' || pg_temp.pick(th -> 'lessons', i, 'lesson', 0)
               || E'\\n- ' || pg_temp.pick(th -> 'lessons', i, 'lesson', 1)
               || E'\\n- ' || pg_temp.pick(g -> 'lessons', i, 'glesson', 0)
               || CASE WHEN pg_temp.r(i, 'glesson2') < 0.4
                    THEN E'\\n- ' || pg_temp.pick(g -> 'lessons', i, 'glesson', 1) ELSE '' END END AS lessons,
             ARRAY(SELECT pg_temp.pick(th -> 'solutions', i, 'solution', j)
                   FROM generate_series(0, floor(pg_temp.r(i, 'solutions') * 4)::int - 1) j ORDER BY j) AS solutions,
             pg_temp.pick(g -> 'contacts', i, 'contact') AS contact,
             CASE WHEN cost_euros IS NULL THEN '[]'::jsonb ELSE COALESCE((
               SELECT jsonb_agg(jsonb_build_object('name', pg_temp.pick(g -> 'funders', i, 'funder', j),
                 'amountEuros', (floor(cost_euros * (0.1 + 0.2 * pg_temp.r(i, 'funding' || j)) / 100) * 100)::int)
                 ORDER BY j)
               FROM generate_series(0, CASE WHEN pg_temp.r(i, 'fundings') < 0.3 THEN 0
                 WHEN pg_temp.r(i, 'fundings') < 0.7 THEN 1 WHEN pg_temp.r(i, 'fundings') < 0.95 THEN 2 ELSE 3 END - 1) j
             ), '[]') END AS funding
           FROM (
             SELECT p.*, $1::jsonb -> p.slug1 AS th, $1::jsonb -> p.slug2 AS th2, $1::jsonb -> '*' AS g,
               pg_temp.pick($1::jsonb -> p.slug1 -> 'subjects', p.i, 'subject') AS subject,
               extract(year FROM p.started_on)::int AS year,
               (extract(year FROM COALESCE(p.ended_on, p.published_at, p.updated_at)) - extract(year FROM p.started_on))::int
                 AS span,
               floor(pg_temp.r(p.i, 'c1') * 2)::int AS c1, floor(pg_temp.r(p.i, 'c2') * 2)::int AS c2,
               floor(pg_temp.r(p.i, 'c3') * 2)::int AS c3,
               p.status = 'DRAFT' AND pg_temp.r(p.i, 'unwritten') < 0.5 AS unwritten
             FROM bench_cs p OFFSET 0
           ) p
         ) x) w
       ) y`,
      groups ? [JSON.stringify(text), groupIds] : [JSON.stringify(text)],
    );

    await step(
      'case_study_theme',
      `INSERT INTO case_study_theme (case_study_id, theme_id) SELECT id, unnest(theme_ids) FROM bench_cs`,
    );
    await step(
      'case_study_author',
      `INSERT INTO case_study_author (case_study_id, user_id, role, added_at)
       SELECT id, owner_id, 'OWNER', created_at FROM bench_cs
       UNION ALL
       SELECT id, coauthor_id, 'CO_AUTHOR', created_at + interval '1 day' FROM bench_cs WHERE coauthor_id IS NOT NULL`,
    );
    // Revision 1 holds the content as saved (CaseStudyContent), public once published.
    await step(
      'case_study_revision',
      `INSERT INTO case_study_revision (id, case_study_id, number, author_id, content, public, created_at)
       SELECT md5('${SEED}:revision:' || p.i)::uuid, cs.id, 1, cs.created_by_id,
         jsonb_build_object('title', cs.title, 'summary', cs.summary, 'body', cs.body, 'results', cs.results,
           'environmentalAssessment', cs.environmental_assessment, 'lessonsLearned', cs.lessons_learned,
           'solutionsUsed', to_jsonb(cs.solutions_used), 'contact', cs.contact, 'territoryCode', p.territory_code,
           'themeSlugs', to_jsonb(p.theme_slugs), 'startedOn', to_char(cs.started_on, 'YYYY-MM-DD'),
           'endedOn', to_char(cs.ended_on, 'YYYY-MM-DD'), 'costEuros', cs.cost_euros,
           'fundingSources', cs.funding_sources),
         cs.published_at IS NOT NULL, cs.created_at
       FROM bench_cs p JOIN case_study cs ON cs.id = p.id`,
    );

    const {
      rows: [sample],
    } = await client.query(
      `SELECT cs.slug FROM bench_cs p JOIN case_study cs ON cs.id = p.id
       WHERE cs.status = 'PUBLISHED'${groups ? ' AND cs.group_id IS NULL' : ''}
       ORDER BY ('eclairage-public' = ANY(p.theme_slugs) AND p.pool = 'C1' AND p.theme_count >= 2
           AND p.coauthor_id IS NOT NULL AND jsonb_array_length(cs.funding_sources) > 0) DESC,
         cs.published_at DESC, cs.id DESC
       LIMIT 1`,
    );
    const { rows: statuses } = await client.query(
      `SELECT status, count(*)::int AS n FROM bench_cs GROUP BY status ORDER BY n DESC`,
    );
    const { rows: territories } = await client.query(
      `SELECT pool, count(*)::int AS n FROM bench_cs GROUP BY pool ORDER BY pool`,
    );
    const {
      rows: [sizes],
    } = await client.query(
      `SELECT round(avg(octet_length(cs.body)))::int AS "avg", min(octet_length(cs.body)) AS "min",
         max(octet_length(cs.body)) AS "max",
         round(avg(octet_length(cs.body) + octet_length(cs.results) + octet_length(cs.environmental_assessment)
           + octet_length(cs.lessons_learned)))::int AS "allMarkdownAvg",
         round(avg(p.theme_count), 2)::float8 AS "themesAvg",
         round(avg(CASE WHEN p.coauthor_id IS NULL THEN 1 ELSE 2 END), 2)::float8 AS "authorsAvg"
       FROM bench_cs p JOIN case_study cs ON cs.id = p.id`,
    );
    await client.query('COMMIT');
    const generationMs = Math.round(performance.now() - started);

    const t = performance.now();
    await client.query(
      'VACUUM (ANALYZE) case_study, case_study_theme, case_study_author, case_study_revision, app_user',
    );
    const vacuumAnalyzeMs = Math.round(performance.now() - t);
    return {
      caseStudies: inserted,
      users,
      themes: themeCount,
      seed: SEED,
      sampleSlug: sample.slug,
      statuses: Object.fromEntries(statuses.map((r) => [r.status, r.n])),
      territoryPools: Object.fromEntries(territories.map((r) => [r.pool, r.n])),
      bodyBytes: { avg: sizes.avg, min: sizes.min, max: sizes.max },
      markdownBytesAvg: sizes.allMarkdownAvg,
      themesPerCaseStudy: sizes.themesAvg,
      authorsPerCaseStudy: sizes.authorsAvg,
      generationMs,
      vacuumAnalyzeMs,
      totalMs: generationMs + vacuumAnalyzeMs,
      stepsMs: timings,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
