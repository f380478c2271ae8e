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

export type ThemeStatus = 'ACTIVE' | 'ARCHIVED' | 'MERGED';

@Entity('theme')
@Index('theme_slug_key', ['slug'], { unique: true })
@Index('theme_parent_id_idx', ['parentId'])
@Index('theme_merged_into_id_idx', ['mergedIntoId'])
@Check('theme_status_check', `status IN ('ACTIVE', 'ARCHIVED', 'MERGED')`)
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  slug!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => ThemeEntity)
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'theme_parent_id_fkey' })
  parent?: Relation<ThemeEntity>;

  @Column({ type: 'varchar', length: 10, default: 'ACTIVE' })
  status!: ThemeStatus;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  synonyms!: string[];

  /** Set when merged: the slug then redirects to this theme. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => ThemeEntity)
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'theme_merged_into_id_fkey' })
  mergedInto?: Relation<ThemeEntity>;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
