import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { TerritoryEntity } from '@pairs/territories';
import { UserEntity } from '../accounts/user.entity.js';
import { MANDATE_ROLES, type MandateRole } from './mandate-role.js';

/** An elected office (or agent position) held in a territory; verified by a moderator. */
@Entity('mandate')
@Index('mandate_user_id_idx', ['userId'])
@Index('mandate_territory_id_idx', ['territoryId'])
@Index('mandate_verified_by_id_idx', ['verifiedById'])
@Check('mandate_role_check', `role IN (${MANDATE_ROLES.map((r) => `'${r}'`).join(', ')})`)
export class MandateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'mandate_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 32 })
  role!: MandateRole;

  @Column({ type: 'uuid' })
  territoryId!: string;

  @ManyToOne(() => TerritoryEntity)
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'mandate_territory_id_fkey' })
  territory?: Relation<TerritoryEntity>;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'verified_by_id', foreignKeyConstraintName: 'mandate_verified_by_id_fkey' })
  verifiedBy?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
