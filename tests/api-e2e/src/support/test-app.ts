import type { Server } from 'node:http';
import type { ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp, findWorkspaceRoot, loadConfig } from '@pairs/api';
import type { ViewerResolver } from '@pairs/platform-core';
import { createTestDatabase, gql, type GqlResponse, type TestDatabase } from '@pairs/platform-testing';

export interface TestApp {
  app: NestFastifyApplication;
  server: Server;
  db: TestDatabase;
  dataSource: DataSource;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string },
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  imports?: ModuleMetadata['imports'];
  viewerResolver?: ViewerResolver;
}

/** The real API on a fresh database of its own, in-process, ready for supertest. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig(
    // TRUST_PROXY lets tests act as distinct clients (x-forwarded-for), e.g. for rate limits.
    {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      WEB_DIST: 'none',
      TRUST_PROXY: 'true',
      DATABASE_URL: db.url,
      ...options.env,
    },
    { workspaceRoot: findWorkspaceRoot() },
  );
  const app = await createApp({
    config,
    databaseUrl: db.url,
    imports: options.imports,
    viewerResolver: options.viewerResolver,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();
  return {
    app,
    server,
    db,
    dataSource: app.get(DataSource),
    gql: (query, variables, gqlOptions) => gql(server, query, variables, gqlOptions),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
