import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { workspaceRoot } from './test-database.js';

/** The built API entry point, as `npm start` runs it. */
export const MAIN_JS = path.join(workspaceRoot(), 'apps/api/dist/main.js');

export interface ServerProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/** Runs the built API (`node apps/api/dist/main.js`) as `npm start` does, with a clean environment. */
export function spawnServer(env: Record<string, string | undefined>, script = MAIN_JS): ServerProcess {
  const base = { ...process.env };
  delete base['DATABASE_URL'];
  delete base['NODE_ENV'];
  const child = spawn(process.execPath, [script], {
    env: { ...base, LOG_LEVEL: 'warn', WEB_DIST: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  const notify = () => waiters.splice(0).forEach((w) => w());
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    notify();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    notify();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput: (pattern, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`Timed out waiting for ${pattern}.\nstdout: ${out}\nstderr: ${err}`)),
          timeoutMs,
        );
        const check = () => {
          if (pattern.test(out) || pattern.test(err)) {
            clearTimeout(timer);
            resolve();
          } else if (child.exitCode !== null) {
            clearTimeout(timer);
            reject(
              new Error(
                `Server exited (${child.exitCode}) before ${pattern}.\nstdout: ${out}\nstderr: ${err}`,
              ),
            );
          } else waiters.push(check);
        };
        check();
      }),
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function postGraphQL(port: number, query: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json() };
}
