import { Global, Module, type DynamicModule } from '@nestjs/common';
import {
  anonymousViewerResolver,
  createInProcessPubSub,
  DomainEventBus,
  MarkdownRenderer,
  PUB_SUB,
  VIEWER_RESOLVER,
  type ViewerResolver,
} from '@pairs/platform-core';
import { APP_CONFIG } from './config/config.module.js';
import type { AppConfig } from './config/config.js';

/**
 * Platform services every context injects: markdown rendering, domain events, pub/sub and
 * the viewer resolver (anonymous until the identity context provides sessions).
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: { viewerResolver?: ViewerResolver } = {}): DynamicModule {
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
        { provide: VIEWER_RESOLVER, useValue: options.viewerResolver ?? anonymousViewerResolver },
      ],
      exports: [MarkdownRenderer, DomainEventBus, PUB_SUB, VIEWER_RESOLVER],
    };
  }
}
