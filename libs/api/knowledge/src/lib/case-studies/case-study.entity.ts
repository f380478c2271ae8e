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
import type { CaseStudyStatus } from '@pairs/shared-domain';
import { UserEntity } from '@pairs/identity';
import { PeerGroupEntity } from '@pairs/groups';
import { TerritoryEntity } from '@pairs/territories';
import { ThemeEntity } from '../themes/theme.entity.js';

export interface FundingSourceValue {
  name: string;
  amountEuros: number;
}

/**
 * A structured case study ("retour d'expérience"). Mirrors migration 1764748800000-case-studies.
 * Order indexes with DESC columns are declared by name only (`synchronize: false`).
 */
@Entity('case_study')
@Index('case_study_slug_key', ['slug'], { unique: true })
@Index('case_study_territory_id_idx', ['territoryId'])
@Index('case_study_created_by_id_idx', ['createdById'])
@Index('case_study_review_comment_by_id_idx', ['reviewCommentById'])
@Index('case_study_group_id_idx', ['groupId'])
@Index('case_study_published_order_idx', { synchronize: false }) // (status, published_at DESC NULLS LAST, id DESC) INCLUDE (territory_id, group_id)
@Index('case_study_updated_order_idx', { synchronize: false }) // (status, updated_at DESC, id DESC)
@Index('case_study_popularity_order_idx', { synchronize: false }) // (status, view_count DESC, id DESC)
@Check('case_study_status_check', `status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED', 'HIDDEN')`)
@Check('case_study_cost_check', `cost_euros >= 0`)
@Check('case_study_dates_check', `ended_on >= started_on`)
export class CaseStudyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 600 })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', default: '' })
  results!: string;

  @Column({ type: 'text', default: '' })
  environmentalAssessment!: string;

  @Column({ type: 'text', default: '' })
  lessonsLearned!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  solutionsUsed!: string[];

  @Column({ type: 'varchar', length: 500, default: '' })
  contact!: string;

  @Column({ type: 'uuid' })
  territoryId!: string;

  @ManyToOne(() => TerritoryEntity)
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'case_study_territory_id_fkey' })
  territory?: Relation<TerritoryEntity>;

  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status!: CaseStudyStatus;

  /** `YYYY-MM-DD` (PostgreSQL `date`, no time zone). */
  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'integer', nullable: true })
  costEuros!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  fundingSources!: FundingSourceValue[];

  /** The last "changes requested" comment of a moderator, shown to authors. */
  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewCommentAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewCommentById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'review_comment_by_id',
    foreignKeyConstraintName: 'case_study_review_comment_by_id_fkey',
  })
  reviewCommentBy?: Relation<UserEntity>;

  /** The owner (also listed in `case_study_author`). */
  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'case_study_created_by_id_fkey' })
  createdBy?: Relation<UserEntity>;

  /** The group it lives in; null in the public commons. */
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => PeerGroupEntity)
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'case_study_group_id_fkey' })
  group?: Relation<PeerGroupEntity>;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  revisionCount!: number;

  @Column({ type: 'integer', default: 0 })
  viewCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('case_study_theme')
@Index('case_study_theme_theme_id_idx', ['themeId', 'caseStudyId'])
export class CaseStudyThemeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'case_study_theme_pkey' })
  caseStudyId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'case_study_theme_pkey' })
  themeId!: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id', foreignKeyConstraintName: 'case_study_theme_case_study_id_fkey' })
  caseStudy?: Relation<CaseStudyEntity>;

  @ManyToOne(() => ThemeEntity)
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'case_study_theme_theme_id_fkey' })
  theme?: Relation<ThemeEntity>;
}

export type CaseStudyAuthorRole = 'OWNER' | 'CO_AUTHOR';

@Entity('case_study_author')
@Index('case_study_author_user_id_idx', ['userId', 'caseStudyId'])
@Check('case_study_author_role_check', `role IN ('OWNER', 'CO_AUTHOR')`)
export class CaseStudyAuthorEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'case_study_author_pkey' })
  caseStudyId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'case_study_author_pkey' })
  userId!: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id', foreignKeyConstraintName: 'case_study_author_case_study_id_fkey' })
  caseStudy?: Relation<CaseStudyEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'case_study_author_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 10 })
  role!: CaseStudyAuthorRole;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt!: Date;
}

/** The editable content of a case study, as saved in each revision. */
export interface CaseStudyContent {
  title: string;
  summary: string;
  body: string;
  results: string;
  environmentalAssessment: string;
  lessonsLearned: string;
  solutionsUsed: string[];
  contact: string;
  territoryCode: string;
  themeSlugs: string[];
  startedOn: string | null;
  endedOn: string | null;
  costEuros: number | null;
  fundingSources: FundingSourceValue[];
}

@Entity('case_study_revision')
@Index('case_study_revision_number_key', ['caseStudyId', 'number'], { unique: true })
@Index('case_study_revision_author_id_idx', ['authorId'])
export class CaseStudyRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseStudyId!: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id', foreignKeyConstraintName: 'case_study_revision_case_study_id_fkey' })
  caseStudy?: Relation<CaseStudyEntity>;

  /** 1 for the creation, then one more per saved edit (equals `revision_count` of the latest). */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'case_study_revision_author_id_fkey' })
  author?: Relation<UserEntity>;

  @Column({ type: 'jsonb' })
  content!: CaseStudyContent;

  /** Saved while (or made when) the case study was published: part of its public history. */
  @Column({ type: 'boolean', default: false })
  public!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
