export * from './lib/error-codes.js';
export * from './lib/pagination.js';
export * from './lib/slug.js';
export * from './lib/site.js';
export * from './lib/case-study.js';
export * from './lib/discussion.js';
export * from './lib/ids.js';
export * from './lib/group.js';
