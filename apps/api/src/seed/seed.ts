import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdentitySeeder } from '@pairs/identity';
import { CaseStudiesSeeder, ThemesSeeder } from '@pairs/knowledge';
import { ThreadsSeeder } from '@pairs/discussions';
import { GroupsSeeder } from '@pairs/groups';
import { loadTerritories } from '@pairs/territories';
import { SiteService } from '../site/site.service.js';

export const DEMO_WELCOME_MESSAGE = [
  'Bienvenue sur **Pairs**, l’espace où les élus locaux se racontent ce qui a marché — et ce qui n’a pas marché.',
  '',
  // One line per paragraph: the renderer turns single line breaks into <br>.
  'Une commune comme la vôtre a peut-être déjà remplacé son éclairage public, équipé ses élus de tablettes ou mutualisé un outil de suivi social avec d’autres CCAS. Ici, vous trouvez combien cela a coûté, ce que cela a donné, et qui appeler.',
].join('\n');

/**
 * Loads the demo dataset (idempotent: every step upserts). Never called in production.
 * Later contexts add their part here: territories, users, themes, case studies, threads, groups.
 */
export async function seedDemoData(
  app: INestApplicationContext,
  log: (message: string) => void = () => undefined,
) {
  await loadTerritories(app.get(DataSource), log); // first: demo mandates point at real territories
  const users = await app.get(IdentitySeeder).seedDemoUsers();
  log(`Demo users: ${users} (password in the README)`);
  log(`Themes: ${await app.get(ThemesSeeder).seed()}`);
  const groups = await app.get(GroupsSeeder).seed();
  log(`Organisations: ${groups.organizations}, groups: ${groups.groups}`);
  log(`Case studies: ${await app.get(CaseStudiesSeeder).seed()}`);
  log(`Threads: ${await app.get(ThreadsSeeder).seed()}`);
  const site = app.get(SiteService);
  await site.setWelcomeMessage(DEMO_WELCOME_MESSAGE);
  await site.markDemoDataLoaded(new Date());
  log('Demo data loaded');
}
