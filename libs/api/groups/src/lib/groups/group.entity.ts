import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type {
  GroupJoinPolicy,
  GroupMembershipStatus,
  GroupRole,
  GroupVisibility,
} from '@pairs/shared-domain';
import { UserEntity } from '@pairs/identity';
import { OrganizationEntity } from '../organizations/organization.entity.js';

/** A peer group run by an organisation. Mirrors migration 1764921600000-groups. */
@Entity('peer_group')
@Index('peer_group_slug_key', ['slug'], { unique: true })
@Index('peer_group_organization_id_idx', ['organizationId'])
@Index('peer_group_visibility_idx', ['visibility', 'id'])
@Check('peer_group_visibility_check', `visibility IN ('PUBLIC', 'PRIVATE')`)
@Check('peer_group_join_policy_check', `join_policy IN ('OPEN', 'REQUEST', 'INVITE')`)
@Check('peer_group_member_count_check', `member_count >= 0`)
export class PeerGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  slug!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'peer_group_organization_id_fkey' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'varchar', length: 10 })
  visibility!: GroupVisibility;

  @Column({ type: 'varchar', length: 10 })
  joinPolicy!: GroupJoinPolicy;

  @Column({ type: 'boolean', default: false })
  requiresVerifiedMandate!: boolean;

  /** ACTIVE memberships, kept in the transaction of every membership change. */
  @Column({ type: 'integer', default: 0 })
  memberCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * The themes of a group. `theme` belongs to the knowledge context, downstream of this one: the
 * relation names its table instead of importing its entity (same data source, same metadata).
 */
@Entity('peer_group_theme')
@Index('peer_group_theme_theme_id_idx', ['themeId', 'groupId'])
export class PeerGroupThemeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'peer_group_theme_pkey' })
  groupId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'peer_group_theme_pkey' })
  themeId!: string;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'peer_group_theme_group_id_fkey' })
  group?: Relation<PeerGroupEntity>;

  @ManyToOne('theme')
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'peer_group_theme_theme_id_fkey' })
  theme?: unknown;
}

/** One row per group and user: its status carries the history (a ban stays a ban). */
@Entity('group_membership')
@Index('group_membership_group_user_key', ['groupId', 'userId'], { unique: true })
@Index('group_membership_user_status_idx', ['userId', 'status', 'groupId'])
@Index('group_membership_group_status_idx', ['groupId', 'status', 'role', 'createdAt', 'id'])
@Index('group_membership_invited_by_id_idx', ['invitedById'])
@Index('group_membership_decided_by_id_idx', ['decidedById'])
@Check('group_membership_status_check', `status IN ('ACTIVE', 'PENDING', 'INVITED', 'REJECTED', 'BANNED')`)
@Check('group_membership_role_check', `role IN ('MEMBER', 'FACILITATOR')`)
export class GroupMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'group_membership_group_id_fkey' })
  group?: Relation<PeerGroupEntity>;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'group_membership_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 10 })
  status!: GroupMembershipStatus;

  @Column({ type: 'varchar', length: 12, default: 'MEMBER' })
  role!: GroupRole;

  /** The join request's message to the facilitators. */
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'group_membership_invited_by_id_fkey' })
  invitedBy?: Relation<UserEntity>;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'group_membership_decided_by_id_fkey' })
  decidedBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
