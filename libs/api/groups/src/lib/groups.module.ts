import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoriesModule } from '@pairs/territories';
import { GroupMembershipEntity, PeerGroupEntity, PeerGroupThemeEntity } from './groups/group.entity.js';
import { GroupConnectionResolver, GroupsResolver } from './groups/groups.resolver.js';
import { GroupsRepository } from './groups/groups.repository.js';
import { GroupsService } from './groups/groups.service.js';
import { MembershipsRepository } from './memberships/memberships.repository.js';
import { MembershipsResolver } from './memberships/memberships.resolver.js';
import { MembershipsService } from './memberships/memberships.service.js';
import { OrganizationEntity, OrganizationMemberEntity } from './organizations/organization.entity.js';
import {
  OrganizationConnectionResolver,
  OrganizationMemberResolver,
  OrganizationsResolver,
} from './organizations/organizations.resolver.js';
import { OrganizationsRepository } from './organizations/organizations.repository.js';
import { OrganizationsService } from './organizations/organizations.service.js';
import { GroupsSeeder } from './seed/groups.seeder.js';

/** Every entity of the groups context (mirrors migration 1764921600000-groups). */
export const GROUP_ENTITIES = [
  OrganizationEntity,
  OrganizationMemberEntity,
  PeerGroupEntity,
  PeerGroupThemeEntity,
  GroupMembershipEntity,
];

export const GROUPS_RESOLVERS = [
  OrganizationsResolver,
  OrganizationMemberResolver,
  OrganizationConnectionResolver,
  GroupsResolver,
  GroupConnectionResolver,
  MembershipsResolver,
];

/** Organisations, peer groups and memberships. Identity (profiles) is global. */
@Module({
  imports: [TypeOrmModule.forFeature(GROUP_ENTITIES), TerritoriesModule],
  providers: [
    OrganizationsRepository,
    OrganizationsService,
    GroupsRepository,
    GroupsService,
    MembershipsRepository,
    MembershipsService,
    GroupsSeeder,
    ...GROUPS_RESOLVERS,
  ],
  exports: [OrganizationsService, GroupsService, MembershipsService, GroupsSeeder],
})
export class GroupsModule {}
