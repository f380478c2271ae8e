#!/usr/bin/env node
// `npm run bench`: starts the built API on a fresh database (DATABASE_URL's server when set,
// else the embedded test server) and measures GraphQL requests with autocannon from this
// process, over loopback only, then the latency of requests sent one at a time. Results:
// tests/bench/results/<date>-<BENCH_NAME>.json (BENCH_NAME defaults to "foundation").
// Once the server has seeded its demo data, 10,000 generated case studies (case-studies-dataset.mjs,
// BENCH_CASE_STUDIES to change the count) are written into its database before any scenario runs.
// Later issues add their scenarios (thread page…) to SCENARIOS.
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

const here = path.dirname(fileURLToPath(import.meta.url));
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Requests sent one after the other per scenario, for the latency of a lone request (p50/p95/p99). */
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 2000);
/** Names the results file: tests/bench/results/<date>-<name>.json. */
const NAME = process.env.BENCH_NAME ?? 'foundation';
/** Case studies generated before the scenarios run (issue 4). */
const CASE_STUDIES = Number(process.env.BENCH_CASE_STUDIES ?? 10_000);

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
];

const loadAverage = () => os.loadavg().map((load) => Math.round(load * 100) / 100);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Latency of one request at a time (no queueing behind other clients), in ms with 0.01 precision. */
async function sequentialLatency(url, request, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const res = await fetch(url, request);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 100) / 100;
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
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
});
const results = [];
let dataset;
let loadAtStart;
try {
  await api.waitForOutput(/Pairs is ready/, 60_000);
  // Written through the server's database once its demo data (themes) is there, then analyzed.
  dataset = await loadCaseStudiesDataset(db.url, { caseStudies: CASE_STUDIES });
  console.log(
    `Dataset: ${dataset.caseStudies} case studies, ${dataset.users} members in ${dataset.generationMs} ms` +
      ` + VACUUM ANALYZE ${dataset.vacuumAnalyzeMs} ms (sample ${dataset.sampleSlug})`,
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  loadAtStart = loadAverage();
  for (const scenario of SCENARIOS) {
    const query = typeof scenario.query === 'function' ? scenario.query(dataset) : scenario.query;
    const body = JSON.stringify({ query });
    const request = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
    const probe = await fetch(url, request);
    const sqlQueries = Number(probe.headers.get('x-sql-queries'));
    if (!probe.ok) throw new Error(`${scenario.name}: HTTP ${probe.status}`);
    const answer = await probe.json();
    if (answer.errors || !answer.data || Object.values(answer.data).includes(null)) {
      throw new Error(`${scenario.name}: ${JSON.stringify(answer.errors ?? answer.data)}`);
    }
    await run({ url, ...request, connections: CONNECTIONS, duration: 2 }); // warm-up
    const r = await run({ url, ...request, connections: CONNECTIONS, duration: DURATION_S });
    const sequential = await sequentialLatency(url, request, SEQUENTIAL);
    const row = {
      scenario: scenario.name,
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
      ...(scenario.summary ? { response: scenario.summary(answer.data) } : {}),
      errors: r.errors,
      non2xx: r.non2xx,
    };
    results.push(row);
    console.log(
      `${scenario.name.padEnd(26)} ${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${row.latencyMs.p50} ms  p90 ${row.latencyMs.p90} ms  p99 ${row.latencyMs.p99} ms` +
        `  | one at a time: p50 ${sequential.p50} ms  p95 ${sequential.p95} ms  p99 ${sequential.p99} ms  SQL/req ${sqlQueries}  errors ${r.errors + r.non2xx}`,
    );
  }
} finally {
  api.child.kill('SIGTERM');
  await api.exited;
  await db.drop();
  await server.embedded?.stop();
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
      sequentialRequests: SEQUENTIAL,
      dataset,
      results,
    },
    null,
    2,
  ) + '\n',
);
console.log(`Results written to ${path.relative(process.cwd(), file)}`);
