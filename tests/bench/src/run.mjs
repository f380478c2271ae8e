#!/usr/bin/env node
// `npm run bench`: starts the built API on a fresh database (DATABASE_URL's server when set,
// else the embedded test server) and measures GraphQL requests with autocannon from this
// process, over loopback only. Results: tests/bench/results/<date>-<name>.json.
// Later issues add their scenarios (thread page, case-study list…) to SCENARIOS.
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

const here = path.dirname(fileURLToPath(import.meta.url));
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const SCENARIOS = [
  { name: 'typename', query: '{ __typename }' },
  { name: 'site-info', query: '{ siteInfo { name tagline welcomeMessageHtml demoDataLoadedAt } }' },
];

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const server = await startTestServer();
process.env[TEST_ENV.adminUrl] = server.adminUrl;
process.env[TEST_ENV.template] = await prepareTemplate(server.adminUrl);
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
try {
  await api.waitForOutput(/Pairs is ready/, 60_000);
  const url = `http://127.0.0.1:${port}/graphql`;
  for (const scenario of SCENARIOS) {
    const body = JSON.stringify({ query: scenario.query });
    const request = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
    const probe = await fetch(url, request);
    const sqlQueries = Number(probe.headers.get('x-sql-queries'));
    if (!probe.ok) throw new Error(`${scenario.name}: HTTP ${probe.status}`);
    await run({ url, ...request, connections: CONNECTIONS, duration: 2 }); // warm-up
    const r = await run({ url, ...request, connections: CONNECTIONS, duration: DURATION_S });
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
      sqlQueriesPerRequest: sqlQueries,
      errors: r.errors,
      non2xx: r.non2xx,
    };
    results.push(row);
    console.log(
      `${scenario.name.padEnd(12)} ${String(row.requestsPerSecond).padStart(6)} req/s  p50 ${row.latencyMs.p50} ms  p90 ${row.latencyMs.p90} ms  p99 ${row.latencyMs.p99} ms  SQL/req ${sqlQueries}  errors ${r.errors + r.non2xx}`,
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
const file = path.join(out, `${new Date().toISOString().slice(0, 10)}-foundation.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      results,
    },
    null,
    2,
  ) + '\n',
);
console.log(`Results written to ${path.relative(process.cwd(), file)}`);
