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
import type { ReactionKind } from '@pairs/shared-domain';
import { UserEntity } from '@pairs/identity';
import { CaseStudyEntity, ThemeEntity } from '@pairs/knowledge';
import { PeerGroupEntity } from '@pairs/groups';

/**
 * A Q&A thread. Mirrors migration 1764835200000-discussions. Order indexes with DESC columns are
 * declared by name only (`synchronize: false`).
 */
@Entity('thread')
@Index('thread_author_id_idx', ['authorId'])
@Index('thread_case_study_id_idx', ['caseStudyId'])
@Index('thread_accepted_reply_id_idx', ['acceptedReplyId'])
@Index('thread_group_id_idx', ['groupId'])
@Index('thread_activity_order_idx', { synchronize: false }) // (pinned DESC, last_activity_at DESC, id DESC)
@Index('thread_newest_order_idx', { synchronize: false }) // (created_at DESC, id DESC)
@Index('thread_top_order_idx', { synchronize: false }) // (useful_count DESC, id DESC)
@Index('thread_filter_idx', { synchronize: false }) // (id) INCLUDE (hidden_at, author_id, locked, …)
@Check(
  'thread_counts_check',
  `reply_count >= 0 AND view_count >= 0 AND useful_count >= 0 AND thanks_count >= 0`,
)
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'thread_author_id_fkey' })
  author?: Relation<UserEntity>;

  @Column({ type: 'uuid', nullable: true })
  caseStudyId!: string | null;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_study_id', foreignKeyConstraintName: 'thread_case_study_id_fkey' })
  caseStudy?: Relation<CaseStudyEntity>;

  /** The group it lives in; null in the public commons. */
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => PeerGroupEntity)
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'thread_group_id_fkey' })
  group?: Relation<PeerGroupEntity>;

  @Column({ type: 'uuid', nullable: true })
  acceptedReplyId!: string | null;

  @ManyToOne(() => ReplyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_reply_id', foreignKeyConstraintName: 'thread_accepted_reply_id_fkey' })
  acceptedReply?: Relation<ReplyEntity>;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'boolean', default: false })
  locked!: boolean;

  /** Replies neither deleted nor hidden. */
  @Column({ type: 'integer', default: 0 })
  replyCount!: number;

  @Column({ type: 'integer', default: 0 })
  viewCount!: number;

  @Column({ type: 'integer', default: 0 })
  usefulCount!: number;

  @Column({ type: 'integer', default: 0 })
  thanksCount!: number;

  @Column({ type: 'integer', default: 1 })
  revisionCount!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('thread_theme')
@Index('thread_theme_theme_id_idx', ['themeId', 'threadId'])
export class ThreadThemeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'thread_theme_pkey' })
  threadId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'thread_theme_pkey' })
  themeId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'thread_theme_thread_id_fkey' })
  thread?: Relation<ThreadEntity>;

  @ManyToOne(() => ThemeEntity)
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'thread_theme_theme_id_fkey' })
  theme?: Relation<ThemeEntity>;
}

/** A reply in a thread. A deleted reply keeps its row (a placeholder keeps the thread readable). */
@Entity('reply')
@Index('reply_thread_order_idx', { synchronize: false }) // (thread_id, created_at, id) INCLUDE (author_id)
@Index('reply_participant_idx', { synchronize: false }) // (thread_id, author_id, created_at) WHERE visible
@Index('reply_author_id_idx', ['authorId'])
@Index('reply_quoted_reply_id_idx', ['quotedReplyId'])
@Index('reply_deleted_by_id_idx', ['deletedById'])
@Check('reply_counts_check', `useful_count >= 0 AND thanks_count >= 0`)
export class ReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'reply_thread_id_fkey' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'reply_author_id_fkey' })
  author?: Relation<UserEntity>;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'uuid', nullable: true })
  quotedReplyId!: string | null;

  @ManyToOne(() => ReplyEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'quoted_reply_id', foreignKeyConstraintName: 'reply_quoted_reply_id_fkey' })
  quotedReply?: Relation<ReplyEntity>;

  @Column({ type: 'integer', default: 0 })
  usefulCount!: number;

  @Column({ type: 'integer', default: 0 })
  thanksCount!: number;

  @Column({ type: 'integer', default: 1 })
  revisionCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deletedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deleted_by_id', foreignKeyConstraintName: 'reply_deleted_by_id_fkey' })
  deletedBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('thread_reaction')
@Index('thread_reaction_user_id_idx', ['userId', 'threadId'])
@Check('thread_reaction_kind_check', `kind IN ('USEFUL', 'THANKS')`)
export class ThreadReactionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'thread_reaction_pkey' })
  threadId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'thread_reaction_pkey' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'thread_reaction_pkey' })
  kind!: ReactionKind;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'thread_reaction_thread_id_fkey' })
  thread?: Relation<ThreadEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'thread_reaction_user_id_fkey' })
  user?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('reply_reaction')
@Index('reply_reaction_user_id_idx', ['userId', 'replyId'])
@Check('reply_reaction_kind_check', `kind IN ('USEFUL', 'THANKS')`)
export class ReplyReactionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'reply_reaction_pkey' })
  replyId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'reply_reaction_pkey' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'reply_reaction_pkey' })
  kind!: ReactionKind;

  @ManyToOne(() => ReplyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'reply_reaction_reply_id_fkey' })
  reply?: Relation<ReplyEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'reply_reaction_user_id_fkey' })
  user?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('thread_revision')
@Index('thread_revision_number_key', ['threadId', 'number'], { unique: true })
@Index('thread_revision_author_id_idx', ['authorId'])
export class ThreadRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'thread_revision_thread_id_fkey' })
  thread?: Relation<ThreadEntity>;

  /** 1 for the question as first posted, then one more per edit. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'thread_revision_author_id_fkey' })
  author?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('reply_revision')
@Index('reply_revision_number_key', ['replyId', 'number'], { unique: true })
@Index('reply_revision_author_id_idx', ['authorId'])
export class ReplyRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  replyId!: string;

  @ManyToOne(() => ReplyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'reply_revision_reply_id_fkey' })
  reply?: Relation<ReplyEntity>;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'reply_revision_author_id_fkey' })
  author?: Relation<UserEntity>;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export const DISCUSSION_ENTITIES = [
  ThreadEntity,
  ThreadThemeEntity,
  ReplyEntity,
  ThreadReactionEntity,
  ReplyReactionEntity,
  ThreadRevisionEntity,
  ReplyRevisionEntity,
];
