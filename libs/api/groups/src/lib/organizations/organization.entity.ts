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
import type { OrganizationKind, OrganizationRole } from '@pairs/shared-domain';
import { UserEntity } from '@pairs/identity';
import { TerritoryEntity } from '@pairs/territories';

/**
 * An organisation that runs peer groups (hub de territoire, agency…). Mirrors migration
 * 1764921600000-groups; the trigram index is declared by name only (`synchronize: false`).
 */
@Entity('organization')
@Index('organization_slug_key', ['slug'], { unique: true })
@Index('organization_territory_id_idx', ['territoryId'])
@Index('organization_name_order_idx', ['searchText', 'id'])
@Index('organization_search_text_trgm_idx', { synchronize: false }) // GIN (search_text gin_trgm_ops)
@Check(
  'organization_kind_check',
  `kind IN ('HUB_TERRITORIAL', 'SYNDICAT_MIXTE', 'AGENCE_URBANISME', 'AGENCE_ETAT', 'ASSOCIATION_ELUS', 'COLLECTIVITE', 'AUTRE')`,
)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganizationKind;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website!: string | null;

  /** The area it covers; null for national organisations. */
  @Column({ type: 'uuid', nullable: true })
  territoryId!: string | null;

  @ManyToOne(() => TerritoryEntity)
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'organization_territory_id_fkey' })
  territory?: Relation<TerritoryEntity>;

  /** The name normalized for search and accent-insensitive order (`normalizeSearchText`). */
  @Column({ type: 'text' })
  searchText!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('organization_member')
@Index('organization_member_user_id_idx', ['userId', 'organizationId'])
@Check('organization_member_role_check', `role IN ('ADMIN', 'MEMBER')`)
export class OrganizationMemberEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'organization_member_pkey' })
  organizationId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'organization_member_pkey' })
  userId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'organization_member_organization_id_fkey',
  })
  organization?: Relation<OrganizationEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'organization_member_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 10 })
  role!: OrganizationRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
