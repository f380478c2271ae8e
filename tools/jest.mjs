#!/usr/bin/env node
// Runs jest in ESM mode (Nest 12 is ESM-only; on Node 20 jest needs --experimental-vm-modules)
// with the jest.config.mjs of the current project folder.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jestBin = require.resolve('jest/package.json').replace(/package\.json$/, 'bin/jest.js');
const child = spawn(
  process.execPath,
  ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jestBin, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
