import { Module, RequestMethod, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import {
  AnonymousResponseCache,
  AuthGuard,
  createValidationPipe,
  GraphQLExceptionFilter,
  type ViewerResolver,
} from '@pairs/platform-core';
import { IdentityModule, SessionsService } from '@pairs/identity';
import { CaseStudiesModule, ThemesModule } from '@pairs/knowledge';
import { ThreadsModule } from '@pairs/discussions';
import { GroupsModule } from '@pairs/groups';
import { TerritoriesModule } from '@pairs/territories';
import { dataSourceOptions } from '@pairs/platform-database';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { HealthController } from './health/health.controller.js';
import { PlatformModule } from './platform.module.js';
import { SiteModule } from './site/site.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Extra modules (tests add probes here). */
  imports?: ModuleMetadata['imports'];
  /** Replaces the session-based viewer resolver (tests). */
  viewerResolver?: ViewerResolver;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, imports = [], viewerResolver }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? 'unknown',
            redact: {
              paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
              censor: '[redacted]',
            },
            autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
        TypeOrmModule.forRootAsync({
          inject: [PinoLogger],
          useFactory: (logger: PinoLogger) => ({
            ...dataSourceOptions({
              url: databaseUrl,
              poolSize: config.dbPoolSize,
              parallelWorkers: config.dbParallelWorkers,
              logSink: {
                warn: (details, message) => logger.warn(details, message),
                error: (details, message) => logger.error(details, message),
              },
            }),
            autoLoadEntities: true,
            retryAttempts: 0,
          }),
        }),
        PlatformModule.forRoot(),
        IdentityModule.forRoot({
          publicUrl: config.publicUrl,
          isProduction: config.isProduction,
          smtpUrl: config.smtpUrl,
          mailFrom: config.mailFrom,
          sessionTtlDays: config.sessionTtlDays,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [SessionsService, PinoLogger, AnonymousResponseCache],
          useFactory: (sessions: SessionsService, logger: PinoLogger, cache: AnonymousResponseCache) =>
            graphqlOptions(
              config,
              viewerResolver ?? sessions,
              { error: (details, message) => logger.error(details, message) },
              // A test's viewer resolver may sign requests in without a session cookie: no cache then.
              viewerResolver ? undefined : cache,
            ),
        }),
        TerminusModule.forRoot({ logger: false }),
        TerritoriesModule,
        ThemesModule,
        GroupsModule,
        CaseStudiesModule,
        ThreadsModule,
        SiteModule,
        ...imports,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: () => createValidationPipe() },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
      ],
    };
  }
}
