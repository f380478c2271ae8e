import { Foundation1764403200000 } from './1764403200000-foundation.js';

/** Every migration, in order. A new migration is added here in the same commit. */
export const MIGRATIONS = [Foundation1764403200000];
