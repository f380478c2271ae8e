// Jest reporter that records this project's totals for tools/run-tests.mjs, which prints one
// "N passed, N failed, N skipped" line for the whole run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const summaryDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.nx', 'test-summary');

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    mkdirSync(summaryDir, { recursive: true });
    const name = path.basename(process.cwd());
    writeFileSync(
      path.join(summaryDir, `jest-${name}-${process.pid}.json`),
      JSON.stringify({
        project: name,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}
