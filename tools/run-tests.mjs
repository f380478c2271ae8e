#!/usr/bin/env node
// `npm test`: every project's tests through Nx (builds first where tests need them), then one
// closing line with the totals: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const summaryDir = path.join(root, '.nx', 'test-summary');
rmSync(summaryDir, { recursive: true, force: true });
mkdirSync(summaryDir, { recursive: true });

const nx = spawnSync(
  path.join(root, 'node_modules', '.bin', 'nx'),
  ['run-many', '-t', 'test', '--output-style=static', ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root, env: { ...process.env, NX_DAEMON: 'false' } },
);

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of readdirSync(summaryDir)) {
  const data = JSON.parse(readFileSync(path.join(summaryDir, file), 'utf8'));
  if (file.startsWith('vitest-')) {
    // Vitest's JSON reporter: { numPassedTests, numFailedTests, numPendingTests, numTodoTests }
    totals.passed += data.numPassedTests ?? 0;
    totals.failed += (data.numFailedTests ?? 0) + (data.numRuntimeErrorTestSuites ?? 0);
    totals.skipped += (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0);
  } else {
    totals.passed += data.passed;
    totals.failed += data.failed;
    totals.skipped += data.skipped;
  }
}
const code = nx.status ?? 1;
if (code !== 0 && totals.failed === 0) totals.failed = 1; // a task failed before reporting tests
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(code);
