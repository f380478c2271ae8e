import { DEMO_USERS } from '@pairs/identity';
import { GROUP_LIMITS, slugify } from '@pairs/shared-domain';
import { demoId } from '@pairs/platform-database';
import { DEMO_GROUPS, DEMO_ORGANIZATIONS } from './groups.demo-data.js';

const groups = Object.values(DEMO_GROUPS);
const users = new Map(DEMO_USERS.map((u) => [u.handle, u]));
const hasVerifiedMandate = (handle: string) => users.get(handle)?.mandates.some((m) => m.verified) ?? false;
const orgAdmins = (orgKey: string) =>
  DEMO_ORGANIZATIONS.find((o) => o.key === orgKey)
    ?.members.filter((m) => m.role === 'ADMIN')
    .map((m) => m.handle) ?? [];

/** Fails with a readable list of problems instead of a bare boolean. */
function expectNoProblems(problems: string[]): void {
  expect(problems).toEqual([]);
}

describe('demo organisations and groups', () => {
  it('have unique keys, ids and slugs, each slug made from the name', () => {
    const problems: string[] = [];
    for (const list of [DEMO_ORGANIZATIONS, groups]) {
      for (const field of ['key', 'slug'] as const) {
        const values = list.map((x) => x[field]);
        if (new Set(values).size !== values.length)
          problems.push(`duplicate ${field} in ${values.join(', ')}`);
      }
      for (const item of list) {
        if (item.slug !== slugify(item.name, GROUP_LIMITS.slugMax - 4)) {
          problems.push(`${item.key}: slug "${item.slug}" is not slugify(name) "${slugify(item.name)}"`);
        }
      }
    }
    for (const [key, g] of Object.entries(DEMO_GROUPS)) {
      if (g.id !== demoId(`group:${g.key}`)) problems.push(`${key}: id is not stable`);
    }
    expectNoProblems(problems);
  });

  it('refer only to demo users, existing organisations and at most five themes', () => {
    const problems: string[] = [];
    const check = (where: string, handle: string | undefined) => {
      if (handle !== undefined && !users.has(handle))
        problems.push(`${where}: "${handle}" is not a DEMO_USERS handle`);
    };
    for (const org of DEMO_ORGANIZATIONS) for (const m of org.members) check(org.key, m.handle);
    for (const g of groups) {
      if (!DEMO_ORGANIZATIONS.some((o) => o.key === g.organization)) {
        problems.push(`${g.key}: unknown organisation ${g.organization}`);
      }
      if (g.themeSlugs.length < 1 || g.themeSlugs.length > GROUP_LIMITS.themesMax) {
        problems.push(`${g.key}: ${g.themeSlugs.length} themes`);
      }
      for (const m of g.memberships) {
        check(g.key, m.handle);
        check(`${g.key} (by)`, m.by);
      }
      const handles = g.memberships.map((m) => m.handle);
      if (new Set(handles).size !== handles.length) problems.push(`${g.key}: someone has two memberships`);
    }
    expectNoProblems(problems);
  });

  it('give every organisation an admin and every group an active facilitator', () => {
    const problems: string[] = [];
    for (const org of DEMO_ORGANIZATIONS)
      if (!orgAdmins(org.key).length) problems.push(`${org.key}: no admin`);
    for (const g of groups) {
      if (!g.memberships.some((m) => m.status === 'ACTIVE' && m.role === 'FACILITATOR')) {
        problems.push(`${g.key}: no active facilitator`);
      }
      if (g.memberships.filter((m) => m.status === 'ACTIVE' && m.role === 'MEMBER').length < 2) {
        problems.push(`${g.key}: fewer than two active members besides facilitators`);
      }
    }
    expectNoProblems(problems);
  });

  it('hold only states the rules could have produced', () => {
    const problems: string[] = [];
    for (const g of groups) {
      for (const m of g.memberships) {
        const where = `${g.key}/${m.handle}`;
        if (m.role === 'FACILITATOR' && m.status !== 'ACTIVE')
          problems.push(`${where}: a facilitator must be active`);
        if (m.status === 'PENDING' && g.joinPolicy !== 'REQUEST')
          problems.push(`${where}: a request outside REQUEST`);
        if (m.status === 'INVITED' && !m.by) problems.push(`${where}: an invitation without its inviter`);
        if (m.message !== undefined && m.status !== 'PENDING')
          problems.push(`${where}: a message without a request`);
        if ((m.message ?? '').length > GROUP_LIMITS.joinMessageMax)
          problems.push(`${where}: message too long`);
        if (
          g.requiresVerifiedMandate &&
          (m.status === 'ACTIVE' || m.status === 'PENDING') &&
          !hasVerifiedMandate(m.handle)
        ) {
          problems.push(`${where}: no verified mandate in a group that requires one`);
        }
        if (m.status === 'ACTIVE' && g.joinPolicy === 'INVITE' && m.role === 'MEMBER' && !m.by) {
          problems.push(`${where}: joined an INVITE group without an invitation`);
        }
      }
    }
    expectNoProblems(problems);
  });

  it('show every state of the issue: public and private groups, a request, an invitation, someone in no group', () => {
    const all = groups.flatMap((g) => g.memberships);
    expect(new Set(groups.map((g) => g.visibility))).toEqual(new Set(['PUBLIC', 'PRIVATE']));
    expect(new Set(groups.map((g) => g.joinPolicy))).toEqual(new Set(['OPEN', 'REQUEST', 'INVITE']));
    expect(all.filter((m) => m.status === 'PENDING').length).toBeGreaterThanOrEqual(1);
    expect(all.filter((m) => m.status === 'INVITED').length).toBeGreaterThanOrEqual(1);
    const inAGroup = new Set(all.map((m) => m.handle));
    expect(
      DEMO_USERS.filter((u) => u.role === 'MEMBER' && !inAGroup.has(u.handle)).length,
    ).toBeGreaterThanOrEqual(1);
    expect(groups.some((g) => g.requiresVerifiedMandate)).toBe(true);
  });

  it('use real territory codes for the regional organisations and none for national ones', () => {
    const byKey = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key, o.territoryCode]));
    expect(Object.fromEntries(byKey)).toEqual({
      'anct-incubateur': null,
      cerema: null,
      'aud-artois': '200033579',
      'hub-bfc': 'REG-27',
    });
  });
});
