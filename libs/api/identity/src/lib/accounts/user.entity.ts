import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PlatformRole } from '@pairs/platform-core';

/** An account. After deletion the row stays (contributions keep an author) with personal data erased. */
@Entity('app_user')
@Index('app_user_email_key', ['email'], { unique: true })
@Index('app_user_handle_key', ['handle'], { unique: true })
@Check('app_user_role_check', `role IN ('MEMBER', 'MODERATOR', 'ADMIN')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalised (trimmed, lower-cased); null once the account is deleted. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 40 })
  handle!: string;

  @Column({ type: 'varchar', length: 80 })
  displayName!: string;

  @Column({ type: 'text', default: '' })
  bio!: string;

  @Column({ type: 'varchar', length: 12, default: 'MEMBER' })
  role!: PlatformRole;

  @Column({ type: 'timestamptz', nullable: true })
  suspendedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
