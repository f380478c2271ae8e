import { IDENTITY_RESOLVERS } from '@pairs/identity';
import { CASE_STUDIES_RESOLVERS, THEMES_RESOLVERS } from '@pairs/knowledge';
import { TERRITORIES_RESOLVERS } from '@pairs/territories';
import { THREADS_RESOLVERS } from '@pairs/discussions';
import { GROUPS_RESOLVERS } from '@pairs/groups';
import { SITE_RESOLVERS } from '../site/site.module.js';

/**
 * Every resolver class of the API, for schema generation without a database. A resolver
 * missing here makes the schema drift test fail (it compares with the running app's schema).
 */
export const API_RESOLVERS = [
  ...SITE_RESOLVERS,
  ...TERRITORIES_RESOLVERS,
  ...IDENTITY_RESOLVERS,
  ...THEMES_RESOLVERS,
  ...GROUPS_RESOLVERS,
  ...CASE_STUDIES_RESOLVERS,
  ...THREADS_RESOLVERS,
];
