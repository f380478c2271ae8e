import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AnonymousResponseCache } from '@pairs/platform-core';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { BODY_LIMIT_BYTES, configureHttp, genReqId } from './http/configure-http.js';

export type CreateAppOptions = AppModuleOptions;

/** Builds the API application (not yet listening). Used by the server and by the tests. */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.config.trustProxy,
    requestIdHeader: false,
    genReqId,
    // Idle keep-alive sockets are closed at shutdown; in-flight requests finish first.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  await configureHttp(
    app.getHttpAdapter().getInstance(),
    options.config,
    // A test's viewer resolver may sign requests in without a session cookie: no cache then.
    options.viewerResolver ? undefined : app.get(AnonymousResponseCache),
  );
  return app;
}
