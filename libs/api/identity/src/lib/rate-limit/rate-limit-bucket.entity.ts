import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Fixed-window counters shared by every API instance (they live in PostgreSQL). */
@Entity('rate_limit_bucket')
@Index('rate_limit_bucket_window_start_idx', ['windowStart'])
export class RateLimitBucketEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @PrimaryColumn({ type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'integer', default: 0 })
  count!: number;
}
