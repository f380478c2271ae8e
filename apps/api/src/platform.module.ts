import { Global, Module, type DynamicModule } from '@nestjs/common';
import { createInProcessPubSub, DomainEventBus, MarkdownRenderer, PUB_SUB } from '@pairs/platform-core';
import { APP_CONFIG } from './config/config.module.js';
import type { AppConfig } from './config/config.js';

/**
 * Platform services every context injects: markdown rendering, domain events and pub/sub.
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
      ],
      exports: [MarkdownRenderer, DomainEventBus, PUB_SUB],
    };
  }
}
