/** Settings the app passes to the identity context (from its validated configuration). */
export interface IdentityOptions {
  /** Base URL of the web app, for links in mails. */
  publicUrl: string;
  /** Secure cookies and no dev outbox in production. */
  isProduction: boolean;
  /** SMTP server; null keeps mails in the outbox table. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Idle time after which a session expires (sliding). */
  sessionTtlDays: number;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export const SESSION_COOKIE = 'pairs_session';
