// Public API of the discussions context: the module, its services, seeder and GraphQL types.
export { ThreadsModule, THREADS_RESOLVERS } from './lib/threads/threads.module.js';
export {
  ThreadsService,
  type DiscussionEvent,
  type DiscussionEventType,
} from './lib/threads/threads.service.js';
export { ThreadViews } from './lib/threads/thread-views.js';
export { ThreadsSeeder } from './lib/threads/threads.seeder.js';
export { DEMO_THREADS, type DemoThread, type DemoReply } from './lib/threads/threads.demo-data.js';
export { ThreadModel, ReplyModel } from './lib/threads/thread.model.js';
export { DISCUSSION_ENTITIES } from './lib/threads/thread.entity.js';
export { validatePostText } from './lib/threads/thread-content.js';
