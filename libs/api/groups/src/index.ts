// Public API of the groups context: the module, its services (content contexts resolve
// `Thread.group` / `CaseStudy.group` and `Group.themes` through GroupsService), GraphQL types,
// entities (foreign keys to peer_group), events and demo data.
export { GroupsModule, GROUPS_RESOLVERS, GROUP_ENTITIES } from './lib/groups.module.js';
export { OrganizationsService } from './lib/organizations/organizations.service.js';
export { GroupsService } from './lib/groups/groups.service.js';
export { MembershipsService } from './lib/memberships/memberships.service.js';
export {
  OrganizationModel,
  OrganizationPermissionsModel,
  OrganizationMemberModel,
  OrganizationConnection,
} from './lib/organizations/organization.model.js';
export {
  GroupModel,
  GroupPermissionsModel,
  GroupMembershipModel,
  GroupConnection,
  GroupMembershipConnection,
} from './lib/groups/group.model.js';
export { OrganizationEntity, OrganizationMemberEntity } from './lib/organizations/organization.entity.js';
export { PeerGroupEntity, PeerGroupThemeEntity, GroupMembershipEntity } from './lib/groups/group.entity.js';
export type {
  GroupEvent,
  GroupEventType,
  MembershipEventPayload,
  OrganizationCreated,
  OrganizationUpdated,
  OrganizationMemberAdded,
  OrganizationMemberRemoved,
  GroupCreated,
  GroupUpdated,
  GroupMemberJoined,
  GroupMembershipRequested,
  GroupMembershipDecided,
  GroupMemberInvited,
  GroupMemberLeft,
  GroupMemberRemoved,
  GroupRoleChanged,
} from './lib/group.events.js';
export { GroupsSeeder } from './lib/seed/groups.seeder.js';
export {
  DEMO_GROUPS,
  DEMO_ORGANIZATIONS,
  type DemoGroup,
  type DemoGroupKey,
  type DemoMembership,
  type DemoOrganization,
} from './lib/seed/groups.demo-data.js';
