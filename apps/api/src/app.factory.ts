import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ModuleMetadata } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { BODY_LIMIT_BYTES, configureHttp, genReqId } from './http/configure-http.js';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  imports?: ModuleMetadata['imports'];
}

/** Builds the API application (not yet listening). Used by the server and by the tests. */
export async function createApp({ config, databaseUrl, imports }: CreateAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId,
    // Idle keep-alive sockets are closed at shutdown; in-flight requests finish first.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    disableRequestLogging: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, databaseUrl, imports }), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  await configureHttp(app.getHttpAdapter().getInstance(), config);
  return app;
}
