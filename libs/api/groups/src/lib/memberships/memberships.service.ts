import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, DomainEventBus, groupAccess, type Actor } from '@pairs/platform-core';
import { GROUP_MEMBERSHIP_STATUSES, isUuid, type GroupMembershipStatus } from '@pairs/shared-domain';
import { ProfilesService } from '@pairs/identity';
import { groupEvent, type GroupEvent, type MembershipEventPayload } from '../group.events.js';
import { checkJoinMessage } from '../group-fields.js';
import { toMembershipModel } from '../groups/group-mapping.js';
import type { GroupMembershipModel, GroupModel } from '../groups/group.model.js';
import { GroupsRepository, type MembershipRecord } from '../groups/groups.repository.js';
import { GroupsService } from '../groups/groups.service.js';
import type {
  AcceptInvitationInput,
  DecideMembershipInput,
  InviteToGroupInput,
  JoinGroupInput,
  LeaveGroupInput,
  RemoveGroupMemberInput,
  SetGroupRoleInput,
} from './membership.inputs.js';
import { MembershipsRepository } from './memberships.repository.js';

const MANAGERS_ONLY =
  "Only the group's facilitators, its organisation's admins and platform moderators manage its members";
const VERIFY_EMAIL = 'Verify your email address before joining a group';
const MANDATE_NEEDED =
  'This group is for élus with a verified mandate: declare your mandate and ask a moderator to verify it';

/** What a transition did: the membership to return (if still there) and the event to publish. */
interface Outcome {
  membershipId: string;
  event: GroupEvent | null;
}

type MembershipFacts = Pick<MembershipRecord, 'id' | 'groupId' | 'userId' | 'status' | 'role'>;
const payload = (m: MembershipFacts, changes: Partial<MembershipFacts> = {}): MembershipEventPayload => ({
  groupId: m.groupId,
  membershipId: m.id,
  userId: m.userId,
  status: changes.status ?? m.status,
  role: changes.role ?? m.role,
});

/**
 * Membership transitions (join, request, decide, invite, accept, leave, remove, ban, roles). Each
 * runs in a transaction that first locks the group row, so transitions of one group run one at a
 * time: `member_count` and "a group keeps an active facilitator" hold under concurrency. Events
 * are published after commit.
 */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: MembershipsRepository,
    private readonly groupRows: GroupsRepository,
    private readonly groups: GroupsService,
    private readonly profiles: ProfilesService,
    private readonly events: DomainEventBus,
  ) {}

  /** The viewer's memberships in these states (all by default), newest first. */
  async mine(actor: Actor, statuses: readonly GroupMembershipStatus[] | null | undefined) {
    const wanted = statuses?.length ? [...new Set(statuses)] : GROUP_MEMBERSHIP_STATUSES;
    return (await this.repo.byUser(actor.id, wanted)).map((m) => toMembershipModel(m, true));
  }

  /** OPEN → ACTIVE, REQUEST → PENDING, an invitation → ACTIVE; see `groupAccess.joinOutcome`. */
  async join(actor: Actor, input: JoinGroupInput): Promise<GroupMembershipModel> {
    const { problems, message } = checkJoinMessage(input.message);
    if (problems.length) throw DomainError.badInput(problems);
    const outcome = await this.inGroup(actor, input.groupId, async (group, manager) => {
      const current = group.viewerMembership;
      if (current?.status === 'ACTIVE') throw DomainError.conflict('You are already a member of this group');
      if (current?.status === 'PENDING')
        throw DomainError.conflict('Your request is already waiting for a decision');
      if (current?.status === 'BANNED') throw DomainError.forbidden('You were banned from this group');
      if (!actor.emailVerified) throw DomainError.forbidden(VERIFY_EMAIL);
      if (group.joinPolicy === 'INVITE' && current?.status !== 'INVITED') {
        throw DomainError.forbidden('This group is by invitation only');
      }
      if (group.requiresVerifiedMandate && !group.facts.viewerHasVerifiedMandate) {
        throw DomainError.forbidden(MANDATE_NEEDED);
      }
      const status = groupAccess.joinOutcome(actor, group.facts);
      if (status === null) throw DomainError.forbidden('You cannot join this group');
      const decidedAt = status === 'ACTIVE' ? new Date() : null;
      let id: string;
      if (current) {
        id = current.id;
        await this.repo.update(
          id,
          {
            status,
            message: status === 'PENDING' ? message : current.message,
            decidedAt,
            decidedById: null,
            restart: current.status === 'REJECTED',
          },
          manager,
        );
      } else {
        id = await this.repo.insert(
          {
            groupId: group.id,
            userId: actor.id,
            status,
            role: 'MEMBER',
            message: status === 'PENDING' ? message : null,
            decidedAt,
          },
          manager,
        );
      }
      if (status === 'ACTIVE') await this.repo.addToMemberCount(group.id, 1, manager);
      const p = {
        groupId: group.id,
        membershipId: id,
        userId: actor.id,
        status,
        role: current?.role ?? 'MEMBER',
      } as const;
      return {
        membershipId: id,
        event:
          status === 'ACTIVE'
            ? groupEvent('groups.member-joined', p, actor.id)
            : groupEvent('groups.membership-requested', p, actor.id),
      };
    });
    return this.finish(outcome);
  }

  /** PENDING → ACTIVE or REJECTED, by those who manage members, never on one's own request. */
  async decide(actor: Actor, input: DecideMembershipInput): Promise<GroupMembershipModel> {
    const outcome = await this.onMembership(actor, input.membershipId, async (m, group, manager) => {
      if (m.userId === actor.id) throw DomainError.forbidden('You cannot decide on your own request');
      if (!groupAccess.canDecide(actor, group.facts, m.userId)) throw DomainError.forbidden(MANAGERS_ONLY);
      if (m.status !== 'PENDING')
        throw DomainError.conflict(`This membership is ${m.status}, not a pending request`);
      const status = input.accept ? 'ACTIVE' : 'REJECTED';
      await this.repo.update(m.id, { status, decidedById: actor.id, decidedAt: new Date() }, manager);
      if (input.accept) await this.repo.addToMemberCount(m.groupId, 1, manager);
      return {
        membershipId: m.id,
        event: groupEvent(
          'groups.membership-decided',
          { ...payload(m, { status }), accepted: input.accept },
          actor.id,
        ),
      };
    });
    return this.finish(outcome);
  }

  /** None or REJECTED → INVITED; PENDING → ACTIVE (the invitation answers the request). */
  async invite(actor: Actor, input: InviteToGroupInput): Promise<GroupMembershipModel> {
    const before = await this.groups.existing(actor, input.groupId);
    if (!groupAccess.canManageMembers(actor, before.facts)) throw DomainError.forbidden(MANAGERS_ONLY);
    const user = await this.profiles.byHandle(input.handle);
    if (!user) throw DomainError.badField('handle', 'unknown', 'Unknown member');
    const outcome = await this.inGroup(actor, before.id, async (group, manager) => {
      if (!groupAccess.canManageMembers(actor, group.facts)) throw DomainError.forbidden(MANAGERS_ONLY);
      const current = await this.repo.findOne(group.id, user.id, manager);
      switch (current?.status) {
        case 'ACTIVE':
          throw DomainError.conflict(`${user.handle} is already a member of this group`);
        case 'INVITED':
          throw DomainError.conflict(`${user.handle} is already invited`);
        case 'BANNED':
          throw DomainError.conflict(`${user.handle} is banned from this group: lift the ban first`);
        case 'PENDING': {
          await this.repo.update(
            current.id,
            { status: 'ACTIVE', decidedById: actor.id, decidedAt: new Date() },
            manager,
          );
          await this.repo.addToMemberCount(group.id, 1, manager);
          const p = { ...payload(current, { status: 'ACTIVE' }), accepted: true };
          return { membershipId: current.id, event: groupEvent('groups.membership-decided', p, actor.id) };
        }
        case 'REJECTED':
        case undefined: {
          const changes = {
            status: 'INVITED',
            invitedById: actor.id,
            decidedById: null,
            decidedAt: null,
          } as const;
          const id = current
            ? (await this.repo.update(current.id, { ...changes, restart: true }, manager), current.id)
            : await this.repo.insert(
                { groupId: group.id, userId: user.id, role: 'MEMBER', ...changes },
                manager,
              );
          const p = {
            groupId: group.id,
            membershipId: id,
            userId: user.id,
            status: 'INVITED',
            role: 'MEMBER',
          } as const;
          return { membershipId: id, event: groupEvent('groups.member-invited', p, actor.id) };
        }
      }
    });
    return this.finish(outcome);
  }

  /** The invited person: INVITED → ACTIVE (verified email, and a verified mandate when required). */
  async acceptInvitation(actor: Actor, input: AcceptInvitationInput): Promise<GroupMembershipModel> {
    const outcome = await this.onMembership(
      actor,
      input.membershipId,
      async (m, group, manager) => {
        if (m.status !== 'INVITED')
          throw DomainError.conflict(`This membership is ${m.status}, not an invitation`);
        if (!actor.emailVerified) throw DomainError.forbidden(VERIFY_EMAIL);
        if (!groupAccess.canAcceptInvitation(actor, group.facts)) throw DomainError.forbidden(MANDATE_NEEDED);
        await this.repo.update(m.id, { status: 'ACTIVE', decidedAt: new Date() }, manager);
        await this.repo.addToMemberCount(m.groupId, 1, manager);
        return {
          membershipId: m.id,
          event: groupEvent('groups.member-joined', payload(m, { status: 'ACTIVE' }), actor.id),
        };
      },
      true,
    );
    return this.finish(outcome);
  }

  /**
   * Leaving (ACTIVE), withdrawing a request (PENDING) or declining an invitation (INVITED) deletes
   * the row. The last active facilitator names an active member who takes over, in the same
   * transaction. A ban or a rejection stays.
   */
  async leave(actor: Actor, input: LeaveGroupInput): Promise<boolean> {
    const outcome = await this.inGroup(actor, input.groupId, async (group, manager) => {
      const own = group.viewerMembership;
      if (!own) throw DomainError.notFound('Membership');
      if (own.status === 'BANNED' || own.status === 'REJECTED') {
        throw DomainError.conflict(`Your membership is ${own.status}: there is nothing to leave`);
      }
      let successor: MembershipRecord | null = null;
      if (
        own.status === 'ACTIVE' &&
        own.role === 'FACILITATOR' &&
        (await this.repo.activeFacilitatorCount(group.id, manager)) === 1
      ) {
        if (input.newFacilitatorMembershipId == null) {
          throw DomainError.conflict(
            'You are the last facilitator of this group: name an active member who takes over (newFacilitatorMembershipId)',
          );
        }
        successor = await this.successor(input.newFacilitatorMembershipId, group.id, own.id, manager);
        await this.repo.update(successor.id, { role: 'FACILITATOR' }, manager);
      }
      await this.repo.delete(own.id, manager);
      if (own.status === 'ACTIVE') await this.repo.addToMemberCount(group.id, -1, manager);
      const p = { ...payload(own), newFacilitatorUserId: successor?.userId ?? null };
      return { membershipId: own.id, event: groupEvent('groups.member-left', p, actor.id) };
    });
    if (outcome.event) await this.events.publish(outcome.event);
    return true;
  }

  /** Managers remove someone else: `ban` keeps a BANNED row, otherwise the row is deleted (a ban is lifted). */
  async remove(actor: Actor, input: RemoveGroupMemberInput): Promise<GroupModel> {
    let groupId = '';
    const outcome = await this.onMembership(actor, input.membershipId, async (m, group, manager) => {
      groupId = group.id;
      if (!groupAccess.canManageMembers(actor, group.facts)) throw DomainError.forbidden(MANAGERS_ONLY);
      if (m.userId === actor.id) throw DomainError.forbidden('To leave the group yourself, use leaveGroup');
      await this.keepAFacilitator(m, manager, 'removed');
      if (input.ban) {
        if (m.status === 'BANNED') throw DomainError.conflict('This person is already banned');
        await this.repo.update(
          m.id,
          { status: 'BANNED', role: 'MEMBER', message: null, decidedById: actor.id, decidedAt: new Date() },
          manager,
        );
      } else await this.repo.delete(m.id, manager);
      if (m.status === 'ACTIVE') await this.repo.addToMemberCount(m.groupId, -1, manager);
      const p = { ...payload(m, input.ban ? { status: 'BANNED', role: 'MEMBER' } : {}), banned: input.ban };
      return { membershipId: m.id, event: groupEvent('groups.member-removed', p, actor.id) };
    });
    if (outcome.event) await this.events.publish(outcome.event);
    return this.groups.load(actor, groupId);
  }

  /** Managers name or demote facilitators among ACTIVE members; a group keeps one. */
  async setRole(actor: Actor, input: SetGroupRoleInput): Promise<GroupMembershipModel> {
    const outcome = await this.onMembership(actor, input.membershipId, async (m, group, manager) => {
      if (!groupAccess.canManageMembers(actor, group.facts)) throw DomainError.forbidden(MANAGERS_ONLY);
      if (m.status !== 'ACTIVE')
        throw DomainError.conflict(`Only active members have a role; this one is ${m.status}`);
      if (m.role === input.role) return { membershipId: m.id, event: null };
      if (input.role === 'MEMBER') await this.keepAFacilitator(m, manager, 'demoted');
      await this.repo.update(m.id, { role: input.role }, manager);
      const p = { ...payload(m, { role: input.role }), previousRole: m.role };
      return { membershipId: m.id, event: groupEvent('groups.role-changed', p, actor.id) };
    });
    return this.finish(outcome);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Runs a transition under the group's row lock, with the group (and the actor's facts) read
   * after the lock. NOT_FOUND for unknown and malformed ids alike.
   */
  private async inGroup<T>(
    actor: Actor,
    groupId: string,
    work: (group: GroupModel, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    if (!isUuid(groupId)) throw DomainError.notFound('Group');
    const id = groupId.toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.groupRows.lock(id, manager))) throw DomainError.notFound('Group');
      return work(await this.groups.load(actor, id, manager), manager);
    });
  }

  /**
   * A transition on a membership, read again under its group's lock. `ownOnly`: only its person
   * may see it (an invitation): others get NOT_FOUND, which reveals nothing.
   */
  private async onMembership(
    actor: Actor,
    membershipId: string,
    work: (m: MembershipRecord, group: GroupModel, manager: EntityManager) => Promise<Outcome>,
    ownOnly = false,
  ): Promise<Outcome> {
    if (!isUuid(membershipId)) throw DomainError.notFound('Membership');
    const [found] = await this.repo.findByIds([membershipId.toLowerCase()]);
    if (!found || (ownOnly && found.userId !== actor.id)) throw DomainError.notFound('Membership');
    return this.inGroup(actor, found.groupId, async (group, manager) => {
      const [m] = await this.repo.findByIds([found.id], manager);
      if (!m) throw DomainError.notFound('Membership');
      return work(m, group, manager);
    });
  }

  /** CONFLICT when `m` is the group's only active facilitator. */
  private async keepAFacilitator(m: MembershipRecord, manager: EntityManager, what: string): Promise<void> {
    if (m.status !== 'ACTIVE' || m.role !== 'FACILITATOR') return;
    if ((await this.repo.activeFacilitatorCount(m.groupId, manager)) > 1) return;
    throw DomainError.conflict(
      `The last facilitator of a group cannot be ${what}: name another facilitator first`,
    );
  }

  /** The member who takes over from the last facilitator: another ACTIVE member of the group. */
  private async successor(
    id: string,
    groupId: string,
    leaverId: string,
    manager: EntityManager,
  ): Promise<MembershipRecord> {
    const [m] = isUuid(id) ? await this.repo.findByIds([id.toLowerCase()], manager) : [];
    if (!m || m.groupId !== groupId || m.status !== 'ACTIVE' || m.id === leaverId) {
      throw DomainError.badField(
        'newFacilitatorMembershipId',
        'invalid',
        'The new facilitator must be another active member of this group',
      );
    }
    return m;
  }

  /** Publishes the event after commit and returns the membership as it is now. */
  private async finish(outcome: Outcome): Promise<GroupMembershipModel> {
    if (outcome.event) await this.events.publish(outcome.event);
    const [m] = await this.repo.findByIds([outcome.membershipId]);
    if (!m) throw DomainError.notFound('Membership');
    // The actor is the person themself or someone who manages members: both read the message.
    return toMembershipModel(m, true);
  }
}
