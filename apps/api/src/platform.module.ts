import { Global, Module, type DynamicModule } from '@nestjs/common';
import {
  AnonymousResponseCache,
  createInProcessPubSub,
  DomainEventBus,
  MarkdownRenderer,
  PUB_SUB,
} from '@pairs/platform-core';
import { APP_CONFIG } from './config/config.module.js';
import type { AppConfig } from './config/config.js';

/**
 * Platform services every context injects: markdown rendering, domain events, pub/sub and the
 * anonymous response cache.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(): DynamicModule {
    return {
      module: PlatformModule,
      providers: [
        {
          provide: MarkdownRenderer,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => new MarkdownRenderer({ siteOrigin: config.publicUrl }),
        },
        DomainEventBus,
        { provide: PUB_SUB, useFactory: () => createInProcessPubSub() },
        {
          provide: AnonymousResponseCache,
          inject: [APP_CONFIG, DomainEventBus],
          useFactory: (config: AppConfig, events: DomainEventBus) => {
            const cache = new AnonymousResponseCache({
              ttlMs: config.anonymousCacheTtlMs,
              maxEntries: 5_000,
              maxBytes: 64 * 1024 * 1024,
              maxEntryBytes: 1024 * 1024,
            });
            // Every write makes cached answers stale (mutations clear it too, see graphql-options).
            events.subscribeAll(() => cache.clear());
            return cache;
          },
        },
      ],
      exports: [MarkdownRenderer, DomainEventBus, PUB_SUB, AnonymousResponseCache],
    };
  }
}
