import { createHash } from 'node:crypto';

/**
 * A stable id for a demo item (`thread:<key>`, `group:<key>`…), so that seeding again updates it
 * instead of adding a copy, and seeders of other contexts can point at it.
 */
export function demoId(key: string): string {
  const h = createHash('sha1').update(`pairs-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
