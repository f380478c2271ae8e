import { randomUUID } from 'node:crypto';
import { DomainEventBus } from '@pairs/platform-core';
import { errorCodes, type GqlResponse } from '@pairs/platform-testing';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, type TestUser } from '../support/identity.js';
import {
  addMandate,
  insertGroup,
  insertOrganization,
  memberCountDrift,
  ok,
  refused,
  signedIn,
  type FieldProblem,
  type MembershipState,
} from './groups-support.js';

/**
 * Every membership transition (issue 6), allowed and refused, as one table. Each row builds a fresh
 * group in which the usual people already stand in their states, runs one mutation as one person,
 * and checks either the error (code, fields, and a database that did not change) or every
 * membership of the group afterwards, with `memberCount` equal to the ACTIVE rows.
 */

const PEOPLE = [
  'facilitator',
  'member',
  'pending',
  'invited',
  'rejected',
  'banned',
  'outsider',
  'noMandate',
  'unverified',
  'orgAdmin',
  'moderator',
  'admin',
] as const;
type Person = (typeof PEOPLE)[number];
type Actor = Person | 'anonymous';
type Role = 'MEMBER' | 'FACILITATOR';
type State = [MembershipState, Role?] | null;

/** Where everyone stands in a fresh group unless a row says otherwise. */
const DEFAULT_STATES: Partial<Record<Person, State>> = {
  facilitator: ['ACTIVE', 'FACILITATOR'],
  member: ['ACTIVE'],
  pending: ['PENDING'],
  invited: ['INVITED'],
  rejected: ['REJECTED'],
  banned: ['BANNED'],
};

interface Scenario {
  joinPolicy?: 'OPEN' | 'REQUEST' | 'INVITE';
  visibility?: 'PUBLIC' | 'PRIVATE';
  requiresVerifiedMandate?: boolean;
  /** Changes to DEFAULT_STATES (null: no membership). */
  states?: Partial<Record<Person, State>>;
}

interface Ctx {
  groupId: string;
  membershipOf: (p: Person) => string;
  handleOf: (p: Person) => string;
  /** A membership of the same person in another group. */
  elsewhere: () => Promise<string>;
}

type Operation = (
  ctx: Ctx,
) => Promise<[query: string, input: Record<string, unknown>]> | [string, Record<string, unknown>];
type Expected = { code: string; fields?: FieldProblem[] } | { after: Partial<Record<Person, State>> };

const MEMBERSHIP = `id status role message createdAt decidedAt user { handle } group { id memberCount }`;
const op = {
  join:
    (message?: string): Operation =>
    (c) => [
      `mutation($i: JoinGroupInput!) { joinGroup(input: $i) { ${MEMBERSHIP} } }`,
      { groupId: c.groupId, message },
    ],
  joinGroup:
    (groupId: string): Operation =>
    () => [`mutation($i: JoinGroupInput!) { joinGroup(input: $i) { id } }`, { groupId }],
  decide:
    (p: Person, accept: boolean): Operation =>
    (c) => [
      `mutation($i: DecideMembershipInput!) { decideMembership(input: $i) { ${MEMBERSHIP} } }`,
      { membershipId: c.membershipOf(p), accept },
    ],
  decideId:
    (membershipId: string): Operation =>
    () => [
      `mutation($i: DecideMembershipInput!) { decideMembership(input: $i) { id } }`,
      { membershipId, accept: true },
    ],
  invite:
    (p: string): Operation =>
    (c) => [
      `mutation($i: InviteToGroupInput!) { inviteToGroup(input: $i) { ${MEMBERSHIP} } }`,
      { groupId: c.groupId, handle: (PEOPLE as readonly string[]).includes(p) ? c.handleOf(p as Person) : p },
    ],
  inviteTo:
    (groupId: string): Operation =>
    (c) => [
      `mutation($i: InviteToGroupInput!) { inviteToGroup(input: $i) { id } }`,
      { groupId, handle: c.handleOf('outsider') },
    ],
  accept:
    (p: Person): Operation =>
    (c) => [
      `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { ${MEMBERSHIP} } }`,
      { membershipId: c.membershipOf(p) },
    ],
  acceptId:
    (membershipId: string): Operation =>
    () => [`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }`, { membershipId }],
  leave:
    (successor?: Person | 'elsewhere' | 'unknown'): Operation =>
    async (c) => [
      `mutation($i: LeaveGroupInput!) { leaveGroup(input: $i) }`,
      {
        groupId: c.groupId,
        newFacilitatorMembershipId:
          successor === undefined
            ? undefined
            : successor === 'elsewhere'
              ? await c.elsewhere()
              : successor === 'unknown'
                ? randomUUID()
                : c.membershipOf(successor),
      },
    ],
  leaveGroup:
    (groupId: string): Operation =>
    () => [`mutation($i: LeaveGroupInput!) { leaveGroup(input: $i) }`, { groupId }],
  remove:
    (p: Person, ban: boolean): Operation =>
    (c) => [
      `mutation($i: RemoveGroupMemberInput!) { removeGroupMember(input: $i) { id memberCount } }`,
      { membershipId: c.membershipOf(p), ban },
    ],
  removeId:
    (membershipId: string): Operation =>
    () => [
      `mutation($i: RemoveGroupMemberInput!) { removeGroupMember(input: $i) { id } }`,
      { membershipId, ban: false },
    ],
  setRole:
    (p: Person, role: Role): Operation =>
    (c) => [
      `mutation($i: SetGroupRoleInput!) { setGroupRole(input: $i) { ${MEMBERSHIP} } }`,
      { membershipId: c.membershipOf(p), role },
    ],
  setRoleId:
    (membershipId: string): Operation =>
    () => [
      `mutation($i: SetGroupRoleInput!) { setGroupRole(input: $i) { id } }`,
      { membershipId, role: 'FACILITATOR' },
    ],
};

const OPEN: Scenario = { joinPolicy: 'OPEN' };
const REQUEST: Scenario = { joinPolicy: 'REQUEST', visibility: 'PRIVATE' };
const INVITE: Scenario = { joinPolicy: 'INVITE', visibility: 'PRIVATE' };
const TWO_FACILITATORS: Scenario = { ...REQUEST, states: { member: ['ACTIVE', 'FACILITATOR'] } };
const FORBIDDEN = { code: 'FORBIDDEN' };
const CONFLICT = { code: 'CONFLICT' };
const NOT_FOUND = { code: 'NOT_FOUND' };
const UNAUTHENTICATED = { code: 'UNAUTHENTICATED' };
const UNKNOWN = randomUUID();

// prettier-ignore
const TRANSITIONS: Array<[string, Scenario, Actor, Operation, Expected]> = [
  // joinGroup
  ['join OPEN: a verified outsider becomes ACTIVE', OPEN, 'outsider', op.join(), { after: { outsider: ['ACTIVE'] } }],
  ['join OPEN: no mandate needed unless the group asks', OPEN, 'noMandate', op.join(), { after: { noMandate: ['ACTIVE'] } }],
  ['join OPEN: an unverified email is refused', OPEN, 'unverified', op.join(), FORBIDDEN],
  ['join OPEN: anonymous', OPEN, 'anonymous', op.join(), UNAUTHENTICATED],
  ['join OPEN: already ACTIVE', OPEN, 'member', op.join(), CONFLICT],
  ['join OPEN: already PENDING', OPEN, 'pending', op.join(), CONFLICT],
  ['join OPEN: after a rejection, joins', OPEN, 'rejected', op.join(), { after: { rejected: ['ACTIVE'] } }],
  ['join OPEN: BANNED', OPEN, 'banned', op.join(), FORBIDDEN],
  ['join OPEN: INVITED joins', OPEN, 'invited', op.join(), { after: { invited: ['ACTIVE'] } }],
  ['join REQUEST: an outsider asks (PENDING)', REQUEST, 'outsider', op.join('Bonjour !'), { after: { outsider: ['PENDING'] } }],
  ['join REQUEST: after a rejection, asks again', REQUEST, 'rejected', op.join(), { after: { rejected: ['PENDING'] } }],
  ['join REQUEST: INVITED joins at once', REQUEST, 'invited', op.join(), { after: { invited: ['ACTIVE'] } }],
  ['join REQUEST: already PENDING', REQUEST, 'pending', op.join(), CONFLICT],
  ['join REQUEST: already ACTIVE', REQUEST, 'facilitator', op.join(), CONFLICT],
  ['join REQUEST: BANNED', REQUEST, 'banned', op.join(), FORBIDDEN],
  ['join INVITE: an outsider', INVITE, 'outsider', op.join(), FORBIDDEN],
  ['join INVITE: after a rejection', INVITE, 'rejected', op.join(), FORBIDDEN],
  ['join INVITE: INVITED joins', INVITE, 'invited', op.join(), { after: { invited: ['ACTIVE'] } }],
  ['join, mandate required: verified mandate', { ...OPEN, requiresVerifiedMandate: true }, 'outsider', op.join(), { after: { outsider: ['ACTIVE'] } }],
  ['join, mandate required: only an unverified mandate', { ...OPEN, requiresVerifiedMandate: true }, 'noMandate', op.join(), FORBIDDEN],
  ['ask, mandate required: only an unverified mandate', { ...REQUEST, requiresVerifiedMandate: true }, 'noMandate', op.join(), FORBIDDEN],
  ['join an invitation, mandate required and missing', { ...INVITE, requiresVerifiedMandate: true, states: { noMandate: ['INVITED'] } }, 'noMandate', op.join(), FORBIDDEN],
  ['join an unknown group', OPEN, 'outsider', op.joinGroup(UNKNOWN), NOT_FOUND],
  ['join a malformed group id', OPEN, 'outsider', op.joinGroup('groupe-1'), NOT_FOUND],
  ['ask with a message over 1,000 characters', REQUEST, 'outsider', op.join('a'.repeat(1_001)), { code: 'BAD_USER_INPUT', fields: [{ field: 'message', reason: 'maxLength' }] }],

  // decideMembership
  ['decide: the facilitator accepts', REQUEST, 'facilitator', op.decide('pending', true), { after: { pending: ['ACTIVE'] } }],
  ['decide: the facilitator rejects', REQUEST, 'facilitator', op.decide('pending', false), { after: { pending: ['REJECTED'] } }],
  ['decide: an org admin accepts', REQUEST, 'orgAdmin', op.decide('pending', true), { after: { pending: ['ACTIVE'] } }],
  ['decide: a platform moderator rejects', REQUEST, 'moderator', op.decide('pending', false), { after: { pending: ['REJECTED'] } }],
  ['decide: a platform admin accepts', REQUEST, 'admin', op.decide('pending', true), { after: { pending: ['ACTIVE'] } }],
  ['decide: a plain member', REQUEST, 'member', op.decide('pending', true), FORBIDDEN],
  ['decide: an outsider', REQUEST, 'outsider', op.decide('pending', true), FORBIDDEN],
  ['decide: one’s own request', REQUEST, 'pending', op.decide('pending', true), FORBIDDEN],
  ['decide: an org admin on their own request', { ...REQUEST, states: { orgAdmin: ['PENDING'] } }, 'orgAdmin', op.decide('orgAdmin', true), FORBIDDEN],
  ['decide: anonymous', REQUEST, 'anonymous', op.decide('pending', true), UNAUTHENTICATED],
  ['decide: an ACTIVE membership', REQUEST, 'facilitator', op.decide('member', true), CONFLICT],
  ['decide: a REJECTED membership', REQUEST, 'facilitator', op.decide('rejected', true), CONFLICT],
  ['decide: an invitation', REQUEST, 'facilitator', op.decide('invited', false), CONFLICT],
  ['decide: an unknown membership', REQUEST, 'facilitator', op.decideId(UNKNOWN), NOT_FOUND],
  ['decide: a malformed membership id', REQUEST, 'facilitator', op.decideId('m-1'), NOT_FOUND],

  // inviteToGroup
  ['invite: the facilitator invites an outsider', REQUEST, 'facilitator', op.invite('outsider'), { after: { outsider: ['INVITED'] } }],
  ['invite: an org admin invites', INVITE, 'orgAdmin', op.invite('outsider'), { after: { outsider: ['INVITED'] } }],
  ['invite: a platform moderator invites', INVITE, 'moderator', op.invite('noMandate'), { after: { noMandate: ['INVITED'] } }],
  ['invite: a plain member', INVITE, 'member', op.invite('outsider'), FORBIDDEN],
  ['invite: an outsider', INVITE, 'outsider', op.invite('noMandate'), FORBIDDEN],
  ['invite: anonymous', INVITE, 'anonymous', op.invite('outsider'), UNAUTHENTICATED],
  ['invite: an unknown handle', INVITE, 'facilitator', op.invite('personne-inconnue'), { code: 'BAD_USER_INPUT', fields: [{ field: 'handle', reason: 'unknown' }] }],
  ['invite: an ACTIVE member', INVITE, 'facilitator', op.invite('member'), CONFLICT],
  ['invite: someone already INVITED', INVITE, 'facilitator', op.invite('invited'), CONFLICT],
  ['invite: someone BANNED', INVITE, 'facilitator', op.invite('banned'), CONFLICT],
  ['invite: a PENDING requester is accepted', REQUEST, 'facilitator', op.invite('pending'), { after: { pending: ['ACTIVE'] } }],
  ['invite: a REJECTED person is invited', REQUEST, 'facilitator', op.invite('rejected'), { after: { rejected: ['INVITED'] } }],
  ['invite: to an unknown group', INVITE, 'facilitator', op.inviteTo(UNKNOWN), NOT_FOUND],

  // acceptInvitation
  ['accept: the invited person', INVITE, 'invited', op.accept('invited'), { after: { invited: ['ACTIVE'] } }],
  ['accept: someone else’s invitation (facilitator)', INVITE, 'facilitator', op.accept('invited'), NOT_FOUND],
  ['accept: someone else’s invitation (outsider)', INVITE, 'outsider', op.accept('invited'), NOT_FOUND],
  ['accept: one’s own ACTIVE membership', INVITE, 'member', op.accept('member'), CONFLICT],
  ['accept: one’s own request', REQUEST, 'pending', op.accept('pending'), CONFLICT],
  ['accept: mandate required and missing', { ...INVITE, requiresVerifiedMandate: true, states: { noMandate: ['INVITED'] } }, 'noMandate', op.accept('noMandate'), FORBIDDEN],
  ['accept: mandate required and verified', { ...INVITE, requiresVerifiedMandate: true }, 'invited', op.accept('invited'), { after: { invited: ['ACTIVE'] } }],
  ['accept: an unverified email', { ...INVITE, states: { unverified: ['INVITED'] } }, 'unverified', op.accept('unverified'), FORBIDDEN],
  ['accept: anonymous', INVITE, 'anonymous', op.accept('invited'), UNAUTHENTICATED],
  ['accept: an unknown membership', INVITE, 'invited', op.acceptId(UNKNOWN), NOT_FOUND],

  // leaveGroup
  ['leave: an ACTIVE member', REQUEST, 'member', op.leave(), { after: { member: null } }],
  ['leave: withdraw a request', REQUEST, 'pending', op.leave(), { after: { pending: null } }],
  ['leave: decline an invitation', REQUEST, 'invited', op.leave(), { after: { invited: null } }],
  ['leave: REJECTED stays', REQUEST, 'rejected', op.leave(), CONFLICT],
  ['leave: BANNED stays', REQUEST, 'banned', op.leave(), CONFLICT],
  ['leave: without a membership', REQUEST, 'outsider', op.leave(), NOT_FOUND],
  ['leave: anonymous', REQUEST, 'anonymous', op.leave(), UNAUTHENTICATED],
  ['leave: an unknown group', REQUEST, 'member', op.leaveGroup(UNKNOWN), NOT_FOUND],
  ['leave: the last facilitator, without a successor', REQUEST, 'facilitator', op.leave(), CONFLICT],
  ['leave: the last facilitator names an active member', REQUEST, 'facilitator', op.leave('member'), { after: { facilitator: null, member: ['ACTIVE', 'FACILITATOR'] } }],
  ['leave: the last facilitator names a PENDING person', REQUEST, 'facilitator', op.leave('pending'), { code: 'BAD_USER_INPUT', fields: [{ field: 'newFacilitatorMembershipId', reason: 'invalid' }] }],
  ['leave: the last facilitator names themself', REQUEST, 'facilitator', op.leave('facilitator'), { code: 'BAD_USER_INPUT', fields: [{ field: 'newFacilitatorMembershipId', reason: 'invalid' }] }],
  ['leave: the last facilitator names an unknown membership', REQUEST, 'facilitator', op.leave('unknown'), { code: 'BAD_USER_INPUT', fields: [{ field: 'newFacilitatorMembershipId', reason: 'invalid' }] }],
  ['leave: the last facilitator names a member of another group', REQUEST, 'facilitator', op.leave('elsewhere'), { code: 'BAD_USER_INPUT', fields: [{ field: 'newFacilitatorMembershipId', reason: 'invalid' }] }],
  ['leave: one of two facilitators, no successor needed', TWO_FACILITATORS, 'facilitator', op.leave(), { after: { facilitator: null } }],

  // removeGroupMember
  ['remove: the facilitator removes a member', REQUEST, 'facilitator', op.remove('member', false), { after: { member: null } }],
  ['remove: the facilitator bans a member', REQUEST, 'facilitator', op.remove('member', true), { after: { member: ['BANNED'] } }],
  ['remove: an org admin bans a requester', REQUEST, 'orgAdmin', op.remove('pending', true), { after: { pending: ['BANNED'] } }],
  ['remove: a platform moderator lifts a ban', REQUEST, 'moderator', op.remove('banned', false), { after: { banned: null } }],
  ['remove: the facilitator withdraws an invitation', REQUEST, 'facilitator', op.remove('invited', false), { after: { invited: null } }],
  ['remove: ban someone already BANNED', REQUEST, 'facilitator', op.remove('banned', true), CONFLICT],
  ['remove: a plain member', REQUEST, 'member', op.remove('pending', false), FORBIDDEN],
  ['remove: an outsider', REQUEST, 'outsider', op.remove('member', true), FORBIDDEN],
  ['remove: the facilitator removes themself', TWO_FACILITATORS, 'facilitator', op.remove('facilitator', false), FORBIDDEN],
  ['remove: the last facilitator', REQUEST, 'orgAdmin', op.remove('facilitator', false), CONFLICT],
  ['remove: ban the last facilitator', REQUEST, 'moderator', op.remove('facilitator', true), CONFLICT],
  ['remove: one of two facilitators', TWO_FACILITATORS, 'orgAdmin', op.remove('facilitator', false), { after: { facilitator: null } }],
  ['remove: anonymous', REQUEST, 'anonymous', op.remove('member', false), UNAUTHENTICATED],
  ['remove: an unknown membership', REQUEST, 'facilitator', op.removeId(UNKNOWN), NOT_FOUND],

  // setGroupRole
  ['role: the facilitator names a facilitator', REQUEST, 'facilitator', op.setRole('member', 'FACILITATOR'), { after: { member: ['ACTIVE', 'FACILITATOR'] } }],
  ['role: an org admin demotes one of two facilitators', TWO_FACILITATORS, 'orgAdmin', op.setRole('facilitator', 'MEMBER'), { after: { facilitator: ['ACTIVE', 'MEMBER'] } }],
  ['role: demote the last facilitator', REQUEST, 'orgAdmin', op.setRole('facilitator', 'MEMBER'), CONFLICT],
  ['role: the last facilitator demotes themself', REQUEST, 'facilitator', op.setRole('facilitator', 'MEMBER'), CONFLICT],
  ['role: a PENDING requester', REQUEST, 'facilitator', op.setRole('pending', 'FACILITATOR'), CONFLICT],
  ['role: an INVITED person', REQUEST, 'facilitator', op.setRole('invited', 'FACILITATOR'), CONFLICT],
  ['role: a plain member', REQUEST, 'member', op.setRole('member', 'FACILITATOR'), FORBIDDEN],
  ['role: the same role changes nothing', REQUEST, 'facilitator', op.setRole('member', 'MEMBER'), { after: {} }],
  ['role: anonymous', REQUEST, 'anonymous', op.setRole('member', 'FACILITATOR'), UNAUTHENTICATED],
  ['role: an unknown membership', REQUEST, 'facilitator', op.setRoleId(UNKNOWN), NOT_FOUND],
];

describe('group memberships: every transition', () => {
  let t: TestApp;
  let orgId: string;
  const users = {} as Record<Person, TestUser>;
  const clients = {} as Record<Actor, Client>;
  let counter = 0;

  async function scenario(s: Scenario): Promise<Ctx & { states: Partial<Record<Person, State>> }> {
    const states = { ...DEFAULT_STATES, ...s.states };
    const entries = PEOPLE.flatMap((p) => {
      const state = states[p];
      return state
        ? [
            {
              userId: users[p].id,
              status: state[0],
              role: state[1] ?? 'MEMBER',
              message: state[0] === 'PENDING' ? `Demande de ${p}` : undefined,
            },
          ]
        : [];
    });
    const slug = `groupe-${++counter}`;
    const { id, membershipIds } = await insertGroup(t, {
      slug,
      organizationId: orgId,
      joinPolicy: s.joinPolicy ?? 'OPEN',
      visibility: s.visibility ?? 'PUBLIC',
      requiresVerifiedMandate: s.requiresVerifiedMandate ?? false,
      memberships: entries,
    });
    return {
      states,
      groupId: id,
      membershipOf: (p) => membershipIds.get(users[p].id) ?? randomUUID(),
      handleOf: (p) => users[p].handle,
      elsewhere: async () => {
        const other = await insertGroup(t, {
          slug: `${slug}-bis`,
          organizationId: orgId,
          memberships: [{ userId: users.member.id, status: 'ACTIVE' }],
        });
        return other.membershipIds.get(users.member.id)!;
      },
    };
  }

  async function membershipsOf(groupId: string): Promise<Partial<Record<Person, State>>> {
    const rows = await t.dataSource.query<Array<{ user_id: string; status: MembershipState; role: Role }>>(
      'SELECT user_id, status, role FROM group_membership WHERE group_id = $1',
      [groupId],
    );
    const byUser = new Map(rows.map((r) => [r.user_id, r]));
    return Object.fromEntries(
      PEOPLE.flatMap((p) => {
        const row = byUser.get(users[p].id);
        return row ? [[p, [row.status, row.role]]] : [];
      }),
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    for (const p of PEOPLE) {
      users[p] = await createUser(t, {
        handle: p.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
        verified: p !== 'unverified',
        role: p === 'moderator' ? 'MODERATOR' : p === 'admin' ? 'ADMIN' : 'MEMBER',
      });
      clients[p] = await signedIn(t, users[p]);
      // Everyone holds a verified mandate but noMandate, whose mandate is not verified yet.
      await addMandate(t, users[p].id, p !== 'noMandate');
    }
    clients.anonymous = new Client(t);
    orgId = await insertOrganization(t, 'hub-transitions', [{ userId: users.orgAdmin.id, role: 'ADMIN' }]);
  });
  afterAll(() => t.close());

  it.each(TRANSITIONS)('%s', async (_name, s, actor, operation, expected) => {
    const ctx = await scenario(s);
    const [query, input] = await operation(ctx);
    const run = () => clients[actor].gql(query, { i: input });
    if ('code' in expected) {
      await refused(t, run, expected.code, expected.fields);
    } else {
      const res = await run();
      expect(res.errors).toBeUndefined();
      const normalized = (states: Partial<Record<Person, State>>) =>
        Object.fromEntries(
          Object.entries(states).flatMap(([p, state]) =>
            state ? [[p, [state[0], state[1] ?? 'MEMBER']]] : [],
          ),
        );
      expect(await membershipsOf(ctx.groupId)).toEqual(normalized({ ...ctx.states, ...expected.after }));
    }
    expect(await memberCountDrift(t)).toEqual([]);
  });

  describe('what the mutations answer', () => {
    it('joinGroup answers the membership; its request message is kept for the facilitators', async () => {
      const ctx = await scenario(REQUEST);
      const [query, input] = await op.join('  Je suis maire d’Anost.  ')(ctx);
      const res = await ok(clients.outsider.gql<{ joinGroup: Record<string, unknown> }>(query, { i: input }));
      expect(res.joinGroup).toMatchObject({
        status: 'PENDING',
        role: 'MEMBER',
        message: 'Je suis maire d’Anost.',
        decidedAt: null,
        user: { handle: 'outsider' },
        group: { id: ctx.groupId, memberCount: 2 },
      });
    });

    it('decideMembership answers the decided membership with its date and the new member count', async () => {
      const ctx = await scenario(REQUEST);
      const [query, input] = op.decide('pending', true)(ctx) as [string, Record<string, unknown>];
      const res = await ok(
        clients.facilitator.gql<{ decideMembership: Record<string, unknown> }>(query, { i: input }),
      );
      expect(res.decideMembership).toMatchObject({
        status: 'ACTIVE',
        message: 'Demande de pending',
        decidedAt: expect.any(String),
        group: { memberCount: 3 },
      });
      const [row] = await t.dataSource.query<Array<{ decided_by_id: string }>>(
        'SELECT decided_by_id FROM group_membership WHERE id = $1',
        [input['membershipId']],
      );
      expect(row.decided_by_id).toBe(users.facilitator.id);
    });

    it('removeGroupMember answers the group, and a ban keeps the person out', async () => {
      const ctx = await scenario(OPEN);
      const [query, input] = op.remove('member', true)(ctx) as [string, Record<string, unknown>];
      const res = await ok(
        clients.facilitator.gql<{ removeGroupMember: { memberCount: number } }>(query, { i: input }),
      );
      expect(res.removeGroupMember.memberCount).toBe(1);
      const [joinQuery, joinInput] = await op.join()(ctx);
      expect(errorCodes(await clients.member.gql(joinQuery, { i: joinInput }))).toEqual(['FORBIDDEN']);
    });

    it('viewerCan.join says what joinGroup would do', async () => {
      const ctx = await scenario({ ...OPEN, requiresVerifiedMandate: true });
      const slug = (
        await t.dataSource.query<Array<{ slug: string }>>('SELECT slug FROM peer_group WHERE id = $1', [
          ctx.groupId,
        ])
      )[0].slug;
      const canJoin = async (actor: Actor) =>
        (
          await ok(
            clients[actor].gql<{ group: { viewerCan: { join: boolean } } }>(
              `query($slug: String!) { group(slug: $slug) { viewerCan { join } } }`,
              { slug },
            ),
          )
        ).group.viewerCan.join;
      const verdicts: Record<string, boolean> = {};
      for (const actor of [
        'anonymous',
        'outsider',
        'noMandate',
        'unverified',
        'member',
        'banned',
        'rejected',
        'invited',
      ] as const) {
        verdicts[actor] = await canJoin(actor);
      }
      expect(verdicts).toEqual({
        anonymous: false,
        outsider: true,
        noMandate: false,
        unverified: false,
        member: false,
        banned: false,
        rejected: true,
        invited: true,
      });
    });

    it('publishes one typed event per transition, after commit', async () => {
      const ctx = await scenario(REQUEST);
      const seen: Array<{ type: string; payload: unknown }> = [];
      const off = t.app
        .get(DomainEventBus)
        .subscribeAll((e) => void seen.push({ type: e.type, payload: e.payload }));
      try {
        const [q1, i1] = await op.join()(ctx);
        await ok(clients.outsider.gql(q1, { i: i1 }));
        const [q2, i2] = op.decide('pending', false)(ctx) as [string, Record<string, unknown>];
        await ok(clients.facilitator.gql(q2, { i: i2 }));
        await clients.member.gql(q2, { i: i2 }); // refused: no event
      } finally {
        off();
      }
      expect(seen).toEqual([
        {
          type: 'groups.membership-requested',
          payload: expect.objectContaining({
            groupId: ctx.groupId,
            userId: users.outsider.id,
            status: 'PENDING',
          }),
        },
        {
          type: 'groups.membership-decided',
          payload: expect.objectContaining({ userId: users.pending.id, status: 'REJECTED', accepted: false }),
        },
      ]);
    });
  });

  describe('myGroupMemberships', () => {
    it('lists the viewer’s memberships, newest first, filtered by status', async () => {
      const a = await scenario(OPEN);
      const b = await scenario(INVITE);
      const query = `query($statuses: [GroupMembershipStatus!]) { myGroupMemberships(statuses: $statuses) {
        status group { id } } }`;
      const mine = await ok(
        clients.invited.gql<{ myGroupMemberships: Array<{ status: string; group: { id: string } }> }>(query, {
          statuses: ['INVITED'],
        }),
      );
      expect(mine.myGroupMemberships.slice(0, 2)).toEqual([
        { status: 'INVITED', group: { id: b.groupId } },
        { status: 'INVITED', group: { id: a.groupId } },
      ]);
      const active = await ok(
        clients.invited.gql<{ myGroupMemberships: Array<{ status: string; group: { id: string } }> }>(query, {
          statuses: ['ACTIVE'],
        }),
      );
      const [{ count }] = await t.dataSource.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM group_membership WHERE user_id = $1 AND status = 'ACTIVE'`,
        [users.invited.id],
      );
      expect(active.myGroupMemberships).toHaveLength(count);
      expect(active.myGroupMemberships.every((m) => m.status === 'ACTIVE')).toBe(true);
      expect(active.myGroupMemberships.map((m) => m.group.id)).not.toContain(a.groupId);
      const all = await ok(clients.invited.gql<{ myGroupMemberships: unknown[] }>(query, {}));
      expect(all.myGroupMemberships.length).toBeGreaterThan(count);
      expect(errorCodes(await clients.anonymous.gql(query, {}))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('under concurrency', () => {
    it('keeps member_count exact when many people join at once', async () => {
      const ctx = await scenario(OPEN);
      const joiners = await Promise.all(Array.from({ length: 12 }, () => createUser(t)));
      const results = await Promise.all(
        joiners.map(async (u) => {
          const [query, input] = await op.join()(ctx);
          return (await signedIn(t, u)).gql(query, { i: input });
        }),
      );
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      const [{ member_count }] = await t.dataSource.query<Array<{ member_count: number }>>(
        'SELECT member_count FROM peer_group WHERE id = $1',
        [ctx.groupId],
      );
      expect(member_count).toBe(14);
      expect(await memberCountDrift(t)).toEqual([]);
    });

    it('lets only one of two facilitators leave at once without a successor', async () => {
      const ctx = await scenario(TWO_FACILITATORS);
      const [query, input] = await op.leave()(ctx);
      const results = await Promise.all([
        clients.facilitator.gql(query, { i: input }),
        clients.member.gql(query, { i: input }),
      ]);
      expect(results.map((r) => errorCodes(r)).sort()).toEqual([[], ['CONFLICT']]);
      const rows = await t.dataSource.query<Array<{ role: string }>>(
        `SELECT role FROM group_membership WHERE group_id = $1 AND status = 'ACTIVE' AND role = 'FACILITATOR'`,
        [ctx.groupId],
      );
      expect(rows).toHaveLength(1);
    });

    it('decides a request once when two managers decide at the same time', async () => {
      const ctx = await scenario(REQUEST);
      const [query, input] = op.decide('pending', true)(ctx) as [string, Record<string, unknown>];
      const results: Array<GqlResponse<unknown>> = await Promise.all([
        clients.facilitator.gql(query, { i: input }),
        clients.orgAdmin.gql(query, { i: input }),
      ]);
      expect(results.map((r) => errorCodes(r)).sort()).toEqual([[], ['CONFLICT']]);
      expect(await memberCountDrift(t)).toEqual([]);
    });
  });
});
