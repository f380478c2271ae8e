import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity.js';

export const TokenPurpose = { VERIFY_EMAIL: 'VERIFY_EMAIL', RESET_PASSWORD: 'RESET_PASSWORD' } as const;
export type TokenPurpose = (typeof TokenPurpose)[keyof typeof TokenPurpose];

/** A single-use, expiring secret sent by mail. Only its SHA-256 is stored. */
@Entity('user_token')
@Index('user_token_token_hash_key', ['tokenHash'], { unique: true })
@Index('user_token_user_id_idx', ['userId'])
@Check('user_token_purpose_check', `purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')`)
export class UserTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_token_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 20 })
  purpose!: TokenPurpose;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
