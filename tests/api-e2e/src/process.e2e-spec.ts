import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  createTestDatabase,
  freePort,
  postGraphQL,
  spawnServer,
  workspaceRoot,
  type TestDatabase,
} from '@pairs/platform-testing';

const READY = /Pairs is ready/;
const MIGRATE_JS = path.join(workspaceRoot(), 'apps/api/dist/commands/migrate.js');

describe('server process', () => {
  describe('start-up failures', () => {
    it('names every bad variable in one line and exits non-zero', async () => {
      const server = spawnServer({
        PORT: 'abc',
        NODE_ENV: 'staging',
        DATABASE_URL: 'postgres://x@127.0.0.1:1/x',
      });
      expect(await server.exited).toBe(1);
      const lines = server.stderr().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Invalid configuration: /);
      expect(lines[0]).toContain('PORT');
      expect(lines[0]).toContain('NODE_ENV');
    });

    it('fails fast with one clear line when DATABASE_URL cannot be reached', async () => {
      const started = Date.now();
      const server = spawnServer({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/x' });
      expect(await server.exited).toBe(1);
      expect(Date.now() - started).toBeLessThan(15_000);
      const lines = server.stderr().trim().split('\n');
      expect(lines).toEqual([
        expect.stringMatching(/^Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/x: .*ECONNREFUSED/),
      ]);
    });
  });

  describe('graceful shutdown', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(() => db.drop());

    it('finishes an in-flight request after SIGTERM, refuses new connections, and exits 0', async () => {
      const port = await freePort();
      const server = spawnServer({ DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1' });
      await server.waitForOutput(READY);

      // Start a request and leave its body half sent: it is in flight when SIGTERM arrives.
      const body = JSON.stringify({ query: '{ siteInfo { name } }' });
      const socket = net.connect(port, '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      let response = '';
      socket.on('data', (chunk) => (response += chunk.toString()));
      const closed = new Promise((r) => socket.once('close', r));
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
      );
      socket.write(body.slice(0, 10));
      await new Promise((r) => setTimeout(r, 200));

      server.child.kill('SIGTERM');
      await server.waitForOutput(/SIGTERM received/);
      await new Promise((r) => setTimeout(r, 300));
      const refused = await new Promise<boolean>((resolve) => {
        const probe = net.connect(port, '127.0.0.1');
        probe.once('connect', () => {
          probe.destroy();
          resolve(false);
        });
        probe.once('error', () => resolve(true));
      });
      expect(refused).toBe(true);

      socket.write(body.slice(10));
      await closed;
      expect(response).toMatch(/^HTTP\/1\.1 200/);
      expect(response).toContain('"siteInfo":{"name":"Pairs"}');
      expect(await server.exited).toBe(0);
      expect(server.stdout()).toContain('Stopped cleanly');
    });
  });

  describe('embedded PostgreSQL (no DATABASE_URL)', () => {
    let dataDir: string;
    let pgPort: number;
    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'pairs-embedded-'));
      pgPort = await freePort();
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    const pidFile = () => path.join(dataDir, 'pg', 'postmaster.pid');
    const start = async () => {
      const port = await freePort();
      const server = spawnServer({
        PAIRS_DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      });
      await server.waitForOutput(READY, 60_000);
      return { server, port };
    };

    it('starts its own database, migrates, seeds the demo data, and stops it on SIGTERM', async () => {
      const { server, port } = await start();
      const res = await postGraphQL(port, '{ siteInfo { demoDataLoadedAt } }');
      expect(res.body).toEqual({ data: { siteInfo: { demoDataLoadedAt: expect.any(String) } } });
      expect(existsSync(pidFile())).toBe(true);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(existsSync(pidFile())).toBe(false);
      expect(existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    });

    it('keeps data between runs and does not seed twice', async () => {
      const { server, port } = await start();
      expect(server.stdout()).not.toContain('Demo data loaded');
      const res = await postGraphQL(port, '{ siteInfo { demoDataLoadedAt } }');
      expect(res.body).toEqual({ data: { siteInfo: { demoDataLoadedAt: expect.any(String) } } });
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    });

    it('adopts the database left running by a crashed app, and stops it afterwards', async () => {
      const first = await start();
      first.server.child.kill('SIGKILL');
      await first.server.exited;
      expect(existsSync(pidFile())).toBe(true); // PostgreSQL outlived the app

      const second = await start();
      expect(second.server.stdout()).toContain('Adopting the embedded PostgreSQL');
      second.server.child.kill('SIGTERM');
      expect(await second.server.exited).toBe(0);
      expect(existsSync(pidFile())).toBe(false);
    });

    it('shares the server with a command run meanwhile, which leaves it running for the app', async () => {
      const { server, port } = await start();
      const migrate = spawnServer(
        { PAIRS_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'info' },
        MIGRATE_JS,
      );
      expect(await migrate.exited).toBe(0);
      expect(migrate.stdout()).toMatch(/Using the embedded PostgreSQL already running/);
      expect(migrate.stdout()).toMatch(/left running for pid/);
      const res = await postGraphQL(port, '{ siteInfo { demoDataLoadedAt } }');
      expect(res.status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(existsSync(pidFile())).toBe(false);
    });

    it('recovers a stale postmaster.pid whose pid now belongs to another program', async () => {
      // This test process is alive and is not PostgreSQL: the worst kind of stale lock.
      await writeFile(
        pidFile(),
        `${process.pid}\n${path.join(dataDir, 'pg')}\n0\n${pgPort}\n\n127.0.0.1\n0 0\nready\n`,
      );
      const { server, port } = await start();
      expect(server.stdout()).toContain('Removed a stale postmaster.pid');
      const res = await postGraphQL(port, '{ __typename }');
      expect(res.body).toEqual({ data: { __typename: 'Query' } });
      const pid = Number((await readFile(pidFile(), 'utf8')).split('\n')[0]);
      expect(pid).not.toBe(process.pid);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    });
  });
});
