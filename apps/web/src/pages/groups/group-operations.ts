import type { ApolloCache } from '@apollo/client';
import { graphql } from '@pairs/web-graphql';

/** What the group page shows of one membership (requests, invitations, members). */
export const GroupMemberFragment = graphql(`
  fragment GroupMember on GroupMembership {
    id
    status
    role
    message
    createdAt
    user {
      id
      handle
      displayName
      deleted
    }
  }
`);

export const JoinGroupMutation = graphql(`
  mutation JoinGroup($input: JoinGroupInput!) {
    joinGroup(input: $input) {
      id
      status
      role
    }
  }
`);

export const LeaveGroupMutation = graphql(`
  mutation LeaveGroup($input: LeaveGroupInput!) {
    leaveGroup(input: $input)
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptGroupInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      status
      role
    }
  }
`);

export const DecideMembershipMutation = graphql(`
  mutation DecideGroupMembership($input: DecideMembershipInput!) {
    decideMembership(input: $input) {
      id
      status
    }
  }
`);

export const InviteToGroupMutation = graphql(`
  mutation InviteToGroup($input: InviteToGroupInput!) {
    inviteToGroup(input: $input) {
      id
      status
      user {
        id
        displayName
      }
    }
  }
`);

export const RemoveGroupMemberMutation = graphql(`
  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {
    removeGroupMember(input: $input) {
      id
      memberCount
    }
  }
`);

export const SetGroupRoleMutation = graphql(`
  mutation SetGroupRole($input: SetGroupRoleInput!) {
    setGroupRole(input: $input) {
      id
      role
    }
  }
`);

/**
 * Queries a membership change affects (the viewer's rights, the member lists and counts, the
 * content a new member may now read, the invitations): the active ones are asked again.
 */
export const GROUP_MEMBERSHIP_QUERIES = [
  'GroupPage',
  'GroupMembers',
  'GroupManagement',
  'GroupThreads',
  'GroupCaseStudies',
  'MyGroupInvitations',
];

export const REFETCH_GROUP = { refetchQueries: GROUP_MEMBERSHIP_QUERIES, awaitRefetchQueries: true };

/** Group lists ("Mes groupes", an organisation's groups) count members: ask again when shown. */
export function forgetGroupLists(cache: ApolloCache): void {
  for (const fieldName of ['groups', 'organization', 'organizations', 'myGroupMemberships']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}
