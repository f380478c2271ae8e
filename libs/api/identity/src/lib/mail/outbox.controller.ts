import { Controller, Get, Header, Inject, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Public } from '@pairs/platform-core';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity-options.js';
import { escapeHtml } from './mail-templates.js';
import { OutboxMailEntity } from './outbox-mail.entity.js';

const LIMIT = 200;

/** Development outbox: the mails that were not sent (no SMTP). Never served in production. */
@Controller('dev')
export class OutboxController {
  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    @InjectRepository(OutboxMailEntity) private readonly outbox: Repository<OutboxMailEntity>,
  ) {}

  private async latest(): Promise<OutboxMailEntity[]> {
    if (this.options.isProduction) throw new NotFoundException();
    return this.outbox.find({ order: { createdAt: 'DESC' }, take: LIMIT });
  }

  @Public() // development tool; answers 404 in production
  @Get('outbox.json')
  async json() {
    return (await this.latest()).map((m) => ({
      to: m.toAddress,
      subject: m.subject,
      text: m.textBody,
      html: m.htmlBody,
      createdAt: m.createdAt,
    }));
  }

  @Public() // development tool; answers 404 in production
  @Get('outbox')
  @Header('content-type', 'text/html; charset=utf-8')
  async html(): Promise<string> {
    const mails = await this.latest();
    const items = mails
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p>À : ${escapeHtml(m.toAddress)} — ${m.createdAt.toISOString()}</p><pre>${escapeHtml(m.textBody)}</pre></article>`,
      )
      .join('\n<hr>\n');
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Boîte d'envoi (développement) — Pairs</title></head><body><h1>Boîte d'envoi (développement)</h1><p>${mails.length} message(s), les plus récents d'abord.</p>${items || '<p>Aucun message.</p>'}</body></html>`;
  }
}
