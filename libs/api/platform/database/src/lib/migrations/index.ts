import { Foundation1764403200000 } from './1764403200000-foundation.js';
import { Identity1764576000000 } from './1764576000000-identity.js';
import { Themes1764662400000 } from './1764662400000-themes.js';
import { CaseStudies1764748800000 } from './1764748800000-case-studies.js';
import { Territories1764489600000 } from './1764489600000-territories.js';
import { Discussions1764835200000 } from './1764835200000-discussions.js';
import { Groups1764921600000 } from './1764921600000-groups.js';

/** Every migration, in order. A new migration is added here in the same commit. */
export const MIGRATIONS = [
  Foundation1764403200000,
  Territories1764489600000,
  Identity1764576000000,
  Themes1764662400000,
  CaseStudies1764748800000,
  Discussions1764835200000,
  Groups1764921600000,
];
