#!/usr/bin/env node
// Fails when generated files under the given paths differ from what is committed
// (modified, deleted or new untracked files): CI's guard against stale generated artefacts.
import { execFileSync } from 'node:child_process';

const paths = process.argv.slice(2);
const status = execFileSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8' }).trim();
if (status) {
  console.error('Generated files are stale; regenerate them and commit the result:\n' + status);
  process.exit(1);
}
console.log(`Generated files are up to date (${paths.join(', ')}).`);
