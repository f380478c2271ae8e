#!/usr/bin/env node
// `npm run bench`: starts the built API on a fresh database (DATABASE_URL's server when set,
// else the embedded test server) and measures GraphQL requests with autocannon from this
// process, over loopback only, then the latency of requests sent one at a time. Results:
// tests/bench/results/<date>-<BENCH_NAME>.json (BENCH_NAME defaults to "foundation").
// Once the server has seeded its demo data, 10,000 generated case studies (case-studies-dataset.mjs,
// BENCH_CASE_STUDIES to change the count), then 100,000 threads and 1,000,000 replies
// (threads-dataset.mjs, BENCH_THREADS and BENCH_REPLIES) are written into its database before any
// scenario runs. BENCH_SCENARIOS=name,name runs only those scenarios; BENCH_ONLY_DATASET=1 builds
// the datasets and stops (no scenario, no results file); BENCH_KEEP_DATABASE=1 leaves the database
// (and the embedded server) up afterwards, for EXPLAIN ANALYZE, and prints how to drop it.
// The API answers anonymous queries from its response cache (ANONYMOUS_CACHE_TTL_MS, 10 s by default
// outside tests): BENCH_ANONYMOUS_CACHE_TTL_MS sets it for the bench (0 measures every request's
// own work); each scenario reports the share of cache hits seen by its one-at-a-time requests.
// When the schema has peer groups (issue 6), groups-dataset.mjs adds 5 organisations and 60 groups
// (20 private) first, ~10 % of the case studies and threads go into groups, then memberships;
// on every schema, a bench member signs in (a session cookie) for the `*-member` scenarios, which
// the anonymous cache never serves.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import {
  createTestDatabase,
  freePort,
  prepareTemplate,
  spawnServer,
  startTestServer,
  TEST_ENV,
} from '@pairs/platform-testing';
import { loadTerritoriesIntoDatabase, territoriesDataKey } from '@pairs/territories';
import { loadCaseStudiesDataset } from './case-studies-dataset.mjs';
import { createBenchMember, createGroups, loadGroupMemberships } from './groups-dataset.mjs';
import { loadThreadsDataset } from './threads-dataset.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Requests sent one after the other per scenario, for the latency of a lone request (p50/p95/p99). */
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 2000);
/** Names the results file: tests/bench/results/<date>-<name>.json. */
const NAME = process.env.BENCH_NAME ?? 'foundation';
/** Case studies generated before the scenarios run (issue 4). */
const CASE_STUDIES = Number(process.env.BENCH_CASE_STUDIES ?? 10_000);
/** Threads and replies generated before the scenarios run (issue 5). */
const THREADS = Number(process.env.BENCH_THREADS ?? 100_000);
const REPLIES = Number(process.env.BENCH_REPLIES ?? 1_000_000);
/** Only these scenarios (comma-separated names), when set. */
const ONLY = process.env.BENCH_SCENARIOS?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const ONLY_DATASET = process.env.BENCH_ONLY_DATASET === '1';
const KEEP_DATABASE = process.env.BENCH_KEEP_DATABASE === '1';
/** The API's anonymous response cache TTL for the bench (ms); unset: the API's default. */
const CACHE_TTL_MS = process.env.BENCH_ANONYMOUS_CACHE_TTL_MS;

/** One page of the case-study list as the browse page asks for it: 20 cards, count and facets. */
const caseStudiesPage = (filter) => `{
  caseStudies(${filter ? `filter: ${filter}, ` : ''}first: 20) {
    totalCount
    facets {
      themes { count theme { slug name } }
      populationBands { band label count }
      regions { count region { code name } }
    }
    edges {
      node {
        slug title summary costEuros publishedAt populationBand
        territory { name population }
        themes { slug name }
        authors { handle displayName }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
const listSummary = (data) => ({
  totalCount: data.caseStudies.totalCount,
  edges: data.caseStudies.edges.length,
  facetThemes: data.caseStudies.facets.themes.length,
  facetRegions: data.caseStudies.facets.regions.length,
});

/** An author card as thread pages show it: mandate, territory and its population. */
const AUTHOR_CARD = 'handle displayName mandates { role territory { name population } }';
const REPLY_FIELDS = `
  id bodyHtml score myReaction accepted deleted createdAt editedAt
  reactions { useful thanks mine }
  viewerCan { edit delete accept react }
  author { ${AUTHOR_CARD} }
  quotedReply { id bodyHtml deleted author { displayName } }`;
/** The thread page as the web asks for it, anonymous: the question, its accepted answer, 20 replies. */
const THREAD_PAGE = `query ThreadPage($id: ID!) {
  thread(id: $id) {
    id title bodyHtml status pinned replyCount viewCount score lastActivityAt createdAt editedAt revisionCount
    reactions { useful thanks mine }
    author { handle displayName mandates { role verified territory { name population } } }
    themes { slug name }
    participants { totalCount users { handle displayName } }
    viewerCan { reply edit accept moderate react }
    acceptedReply { ${REPLY_FIELDS} }
    replies(first: 20) {
      edges { cursor node { ${REPLY_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
/** One page of the Q&A list (default order: pinned, then latest activity) with its cards. */
const threadList = (filter) => `{
  threads(${filter ? `filter: ${filter}, ` : ''}first: 20) {
    totalCount
    edges {
      cursor
      node {
        id title status pinned replyCount viewCount score lastActivityAt
        author { displayName mandates { territory { name } } }
        themes { slug name }
        participants { totalCount }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
const threadListSummary = (data) => ({
  totalCount: data.threads.totalCount,
  edges: data.threads.edges.length,
  pinned: data.threads.edges.filter((e) => e.node.pinned).length,
});

const SCENARIOS = [
  { name: 'typename', query: '{ __typename }' },
  { name: 'site-info', query: '{ siteInfo { name tagline welcomeMessageHtml demoDataLoadedAt } }' },
  // The territory picker (issue 3) on the full dataset: word prefixes, a broad prefix, a code, a name.
  {
    name: 'territories-chalons',
    query: '{ territories(search: "chalons en ch") { code kind name population } }',
  },
  { name: 'territories-saint', query: '{ territories(search: "saint") { code kind name population } }' },
  { name: 'territories-code', query: '{ territories(search: "83050") { code kind name population } }' },
  { name: 'territories-lyon', query: '{ territories(search: "lyon") { code kind name population } }' },
  {
    name: 'territories-parents',
    query:
      '{ territories(search: "saint", first: 20) { code name population parent { name } epci { name } } }',
  },
  // Case studies (issue 4), anonymous, on the generated dataset: the list filtered on a theme and a
  // population band, the default list (all published, newest first), a case study page as shown, and
  // its "communes comme la mienne" block. `query` receives the dataset (its sample slug).
  {
    name: 'case-studies-list-2-facets',
    query: () => caseStudiesPage('{ themeSlugs: ["eclairage-public"], populationBand: FROM_1000_TO_3499 }'),
    summary: listSummary,
  },
  { name: 'case-studies-list-default', query: () => caseStudiesPage(null), summary: listSummary },
  {
    name: 'case-study-page',
    query: ({ sampleSlug }) => `{
      caseStudy(slug: ${JSON.stringify(sampleSlug)}) {
        title summary bodyHtml resultsHtml environmentalAssessmentHtml lessonsLearnedHtml
        costEuros fundingSources { name amountEuros } startedOn endedOn
        territory { name population }
        themes { slug name }
        authors { handle displayName }
        revisionCount viewCount
      }
    }`,
    summary: (data) => ({
      htmlBytes: Buffer.byteLength(
        ['bodyHtml', 'resultsHtml', 'environmentalAssessmentHtml', 'lessonsLearnedHtml']
          .map((field) => data.caseStudy[field])
          .join(''),
      ),
    }),
  },
  {
    name: 'similar-case-studies',
    query: ({ sampleSlug }) =>
      `{ similarCaseStudies(slug: ${JSON.stringify(sampleSlug)}, first: 4) { slug title } }`,
    summary: (data) => ({ items: data.similarCaseStudies.length }),
  },
  // Discussions (issue 5), anonymous, on the generated threads: a thread page, rotating over the
  // dataset's sample of threads with 20+ replies (`variables`: one request body per thread, taken in
  // turn by every connection), then the default list and a list filtered on a theme and SOLVED.
  {
    name: 'thread-page',
    query: THREAD_PAGE,
    variables: ({ threads }) => threads.sampleThreadIds.map((id) => ({ id })),
    summary: (data) => ({
      replies: data.thread.replies.edges.length,
      replyCount: data.thread.replyCount,
      participants: data.thread.participants.totalCount,
      quotes: data.thread.replies.edges.filter((e) => e.node.quotedReply).length,
      htmlBytes: Buffer.byteLength(
        data.thread.bodyHtml + data.thread.replies.edges.map((e) => e.node.bodyHtml).join(''),
      ),
    }),
  },
  { name: 'thread-list', query: threadList(null), summary: threadListSummary },
  {
    name: 'thread-list-theme',
    query: threadList('{ themeSlugs: ["eclairage-public"], status: SOLVED }'),
    summary: threadListSummary,
  },
  // Peer groups (issue 6): the same default lists as a signed-in member (`member`: the bench
  // member's session cookie), ACTIVE in 20 groups (10 private) when the schema has groups. Their
  // totalCount adds the threads and case studies of the member's private groups to the anonymous one.
  { name: 'thread-list-member', member: true, query: threadList(null), summary: threadListSummary },
  {
    name: 'case-studies-list-member',
    member: true,
    query: () => caseStudiesPage(null),
    summary: listSummary,
  },
];

const loadAverage = () => os.loadavg().map((load) => Math.round(load * 100) / 100);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Latency of one request at a time (no queueing behind other clients), in ms with 0.01 precision,
 * and the share of answers served by the API's anonymous response cache.
 */
async function sequentialLatency(url, request, bodies, count) {
  const times = [];
  let hits = 0;
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const res = await fetch(url, { ...request, body: bodies[i % bodies.length] });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    times.push(performance.now() - start);
    if (/\bhit\b/.test(res.headers.get('cache-status') ?? '')) hits++;
  }
  times.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 100) / 100;
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    cacheHitShare: round(hits / Math.max(1, count)),
  };
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const server = await startTestServer();
process.env[TEST_ENV.adminUrl] = server.adminUrl;
// The same template as the API tests: the real territories are loaded once, then cloned.
process.env[TEST_ENV.template] = await prepareTemplate(server.adminUrl, {
  key: `territories:${territoriesDataKey()}`,
  populate: (databaseUrl) => loadTerritoriesIntoDatabase(databaseUrl).then(() => undefined),
});
const db = await createTestDatabase();
const port = await freePort();
const api = spawnServer({
  DATABASE_URL: db.url,
  PORT: String(port),
  HOST: '127.0.0.1',
  SEED_DEMO_DATA: 'true',
  NODE_ENV: 'development',
  ...(CACHE_TTL_MS === undefined ? {} : { ANONYMOUS_CACHE_TTL_MS: CACHE_TTL_MS }),
});
const results = [];
let dataset;
/** The signed-in member of the `member` scenarios: its id and the cookie header. */
let member;
let loadAtStart;
try {
  await api.waitForOutput(/Pairs is ready/, 60_000);
  // Groups first (null without the groups schema): the case studies and threads are put in them.
  const groupsPlan = await createGroups(db.url);
  // Written through the server's database once its demo data (themes) is there, then analyzed.
  dataset = await loadCaseStudiesDataset(db.url, { caseStudies: CASE_STUDIES, groups: groupsPlan });
  console.log(
    `Dataset: ${dataset.caseStudies} case studies, ${dataset.users} members in ${dataset.generationMs} ms` +
      ` + VACUUM ANALYZE ${dataset.vacuumAnalyzeMs} ms (sample ${dataset.sampleSlug})`,
  );
  const threads = await loadThreadsDataset(db.url, {
    threads: THREADS,
    replies: REPLIES,
    groups: groupsPlan,
    log: console.log,
  });
  dataset = { ...dataset, threads };
  console.log(
    `Dataset: ${threads.threads} threads, ${threads.replies} replies, ${threads.members} members in ` +
      `${threads.generationMs} ms + VACUUM ANALYZE ${threads.vacuumAnalyzeMs} ms; database ${threads.sizeMb.database} MB` +
      ` (replies per thread ${JSON.stringify(threads.repliesPerThread)})`,
  );
  member = await createBenchMember(db.url);
  const groups = groupsPlan ? await loadGroupMemberships(db.url, groupsPlan, { memberId: member.id }) : null;
  dataset = {
    ...dataset,
    groups,
    member: { handle: member.handle, activeGroups: groups?.memberGroups ?? 0 },
  };
  console.log(
    groups
      ? `Dataset: ${groups.organizations} organisations, ${groups.groups} groups (${groups.privateGroups} private), ` +
          `${groups.otherMemberships} memberships ${JSON.stringify(groups.membershipStates)} + the bench member in ` +
          `${groups.memberGroups} (${groups.memberPrivateGroups} private); in groups: ${groups.threads.inGroups} threads ` +
          `(${groups.threads.inPrivateGroups} private), ${groups.caseStudies.inGroups} case studies ` +
          `(${groups.caseStudies.inPrivateGroups} private), in ${groups.generationMs} ms`
      : 'Dataset: no groups in this schema (the bench member is in no group)',
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  // The session is real: the API resolves the cookie to the bench member.
  const me = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: member.cookie },
    body: JSON.stringify({ query: '{ me { handle } }' }),
  }).then((res) => res.json());
  if (me.data?.me?.handle !== member.handle)
    throw new Error(`Bench member not signed in: ${JSON.stringify(me)}`);
  loadAtStart = loadAverage();
  for (const scenario of ONLY_DATASET ? [] : SCENARIOS) {
    if (ONLY && !ONLY.includes(scenario.name)) continue;
    const query = typeof scenario.query === 'function' ? scenario.query(dataset) : scenario.query;
    // One body, or one per set of variables, sent in turn (each connection takes the next one).
    const bodies = scenario.variables
      ? scenario.variables(dataset).map((variables) => JSON.stringify({ query, variables }))
      : [JSON.stringify({ query })];
    if (!bodies.length) throw new Error(`${scenario.name}: no request (empty sample)`);
    const headers = {
      'content-type': 'application/json',
      ...(scenario.member ? { cookie: member.cookie } : {}),
    };
    const request = { method: 'POST', headers, body: bodies[0] };
    // Every body once: no error, a full answer, and the SQL statements it took (min–max).
    let answer;
    const sqlCounts = [];
    for (const body of bodies) {
      const probe = await fetch(url, { ...request, body });
      sqlCounts.push(Number(probe.headers.get('x-sql-queries')));
      if (!probe.ok) throw new Error(`${scenario.name}: HTTP ${probe.status}`);
      const probed = await probe.json();
      if (probed.errors || !probed.data || Object.values(probed.data).includes(null)) {
        throw new Error(`${scenario.name}: ${JSON.stringify(probed.errors ?? probed.data)}`);
      }
      answer ??= probed;
    }
    const sqlQueries = Math.max(...sqlCounts);
    let next = 0;
    const rotate = { setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) };
    const load = {
      url,
      ...(bodies.length > 1 ? { requests: [{ ...request, ...rotate }] } : request),
      connections: CONNECTIONS,
    };
    await run({ ...load, duration: 2 }); // warm-up
    const r = await run({ ...load, duration: DURATION_S });
    const { cacheHitShare, ...sequential } = await sequentialLatency(url, request, bodies, SEQUENTIAL);
    const row = {
      scenario: scenario.name,
      ...(scenario.member ? { viewer: `member ${member.handle}` } : {}),
      requestsPerSecond: Math.round(r.requests.average),
      latencyMs: {
        p50: r.latency.p50,
        p90: r.latency.p90,
        p97_5: r.latency.p97_5,
        p99: r.latency.p99,
        max: r.latency.max,
      },
      sequentialLatencyMs: sequential,
      sqlQueriesPerRequest: sqlQueries,
      cacheHitShare,
      ...(bodies.length > 1
        ? { distinctRequests: bodies.length, sqlQueriesRange: [Math.min(...sqlCounts), sqlQueries] }
        : {}),
      ...(scenario.summary ? { response: scenario.summary(answer.data) } : {}),
      errors: r.errors,
      non2xx: r.non2xx,
    };
    results.push(row);
    console.log(
      `${scenario.name.padEnd(26)} ${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${row.latencyMs.p50} ms  p90 ${row.latencyMs.p90} ms  p99 ${row.latencyMs.p99} ms` +
        `  | one at a time: p50 ${sequential.p50} ms  p95 ${sequential.p95} ms  p99 ${sequential.p99} ms  SQL/req ${sqlQueries}` +
        `  cache hits ${Math.round(cacheHitShare * 100)} %  errors ${r.errors + r.non2xx}`,
    );
  }
} finally {
  api.child.kill('SIGTERM');
  await api.exited;
  if (KEEP_DATABASE) {
    // The embedded server stays up too (this process does not leave it): stop it with pg_ctl once done.
    console.log(`Database kept: ${db.name} (drop it with DROP DATABASE "${db.name}" WITH (FORCE))`);
  } else {
    await db.drop();
    await server.embedded?.stop();
  }
}
if (ONLY_DATASET) {
  const { sampleThreadIds, ...threads } = dataset.threads;
  console.log(
    JSON.stringify({ ...dataset, threads: { ...threads, sampleThreads: sampleThreadIds.length } }, null, 2),
  );
  process.exit(0);
}

const out = path.join(here, '..', 'results');
mkdirSync(out, { recursive: true });
const file = path.join(out, `${new Date().toISOString().slice(0, 10)}-${NAME}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      // Load averages (1, 5, 15 min) when the scenarios start and end: other work on the machine skews results.
      machine: {
        cpus: os.cpus().length,
        node: process.version,
        loadAverage: { start: loadAtStart, end: loadAverage() },
      },
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      anonymousCacheTtlMs: CACHE_TTL_MS === undefined ? 'API default' : Number(CACHE_TTL_MS),
      sequentialRequests: SEQUENTIAL,
      dataset,
      results,
    },
    null,
    2,
  ) + '\n',
);
console.log(`Results written to ${path.relative(process.cwd(), file)}`);
