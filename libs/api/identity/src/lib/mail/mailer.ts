import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager, Repository } from 'typeorm';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { OutboxMailEntity } from './outbox-mail.entity.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends through SMTP when SMTP_URL is set; otherwise keeps mails in the outbox table, which
 * `/dev/outbox` shows outside production. Outbox writes join the caller's transaction.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;

  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    @InjectRepository(OutboxMailEntity) private readonly outbox: Repository<OutboxMailEntity>,
  ) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  }

  async send(mail: Mail, manager?: EntityManager): Promise<void> {
    if (this.transport) {
      try {
        await this.transport.sendMail({
          from: this.options.mailFrom,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
      } catch (error) {
        // A mail failure must not undo the account change; the user can ask again.
        this.logger.error({ err: error, subject: mail.subject }, 'Mail could not be sent');
      }
      return;
    }
    const repo = manager ? manager.getRepository(OutboxMailEntity) : this.outbox;
    await repo.insert({
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
