import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Mails kept instead of sent when no SMTP server is configured (development, tests). */
@Entity('outbox_mail')
@Index('outbox_mail_created_at_idx', ['createdAt'])
@Index('outbox_mail_to_address_idx', ['toAddress'])
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text' })
  textBody!: string;

  @Column({ type: 'text' })
  htmlBody!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
