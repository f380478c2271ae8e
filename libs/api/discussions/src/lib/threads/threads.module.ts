import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseStudiesModule, ThemesModule } from '@pairs/knowledge';
import { GroupsModule } from '@pairs/groups';
import { DISCUSSION_ENTITIES } from './thread.entity.js';
import { ThreadViews } from './thread-views.js';
import {
  PostRevisionResolver,
  ReplyResolver,
  GroupThreadsResolver,
  ThemeThreadsResolver,
  ThreadConnectionResolver,
  ThreadParticipantsResolver,
  ThreadsResolver,
} from './threads.resolver.js';
import { ThreadsRepository } from './threads.repository.js';
import { ThreadsSeeder } from './threads.seeder.js';
import { ThreadsService } from './threads.service.js';

export const THREADS_RESOLVERS = [
  ThreadsResolver,
  ReplyResolver,
  ThreadParticipantsResolver,
  PostRevisionResolver,
  ThreadConnectionResolver,
  ThemeThreadsResolver,
  GroupThreadsResolver,
];

@Module({
  imports: [TypeOrmModule.forFeature(DISCUSSION_ENTITIES), ThemesModule, CaseStudiesModule, GroupsModule],
  providers: [ThreadsRepository, ThreadsService, ThreadViews, ThreadsSeeder, ...THREADS_RESOLVERS],
  exports: [ThreadsService, ThreadViews, ThreadsSeeder],
})
export class ThreadsModule {}
