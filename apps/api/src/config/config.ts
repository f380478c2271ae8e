import { z } from 'zod';

/** Validated configuration, read once at start-up from the environment. */
export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  isProduction: boolean;
  host: string;
  port: number;
  /** Unset: the embedded PostgreSQL under `dataDir` is used. */
  databaseUrl: string | null;
  redisUrl: string | null;
  sessionSecret: string;
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  dataDir: string;
  embeddedPgPort: number;
  dbPoolSize: number;
  /** `max_parallel_workers_per_gather` of the API's connections (0: no parallel plans). */
  dbParallelWorkers: number;
  /** Folder of the built web app served at `/`; null disables it. */
  webDist: string | null;
  introspection: boolean;
  trustProxy: boolean;
  /** Demo data is loaded on the first start of the embedded default (never in production). */
  seedDemoData: boolean;
  /** SMTP server for mails; null keeps them in the outbox table (`/dev/outbox`). */
  smtpUrl: string | null;
  mailFrom: string;
  sessionTtlDays: number;
  /**
   * How long answers to anonymous queries are served from memory (`AnonymousResponseCache`);
   * 0 disables it. Off by default in tests (they write with SQL behind the API's back).
   */
  anonymousCacheTtlMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = () =>
  z
    .string()
    .regex(/^\d+$/, `must be a port number (1-65535)`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, `must be between 1 and 65535`);

const url = (schemes: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`,
  );

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], { message: 'must be development, test or production' })
    .default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port().default(3000),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: url(['http:', 'https:']).optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be a pino level (fatal, error, warn, info, debug, trace, silent)',
    })
    .optional(),
  PAIRS_DATA_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: port().default(54329),
  DB_POOL_SIZE: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 200, 'must be between 1 and 200')
    .default(10),
  DB_PARALLEL_WORKERS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n <= 16, 'must be between 0 and 16')
    .default(0),
  WEB_DIST: z.string().optional(),
  GRAPHQL_INTROSPECTION: bool.optional(),
  TRUST_PROXY: bool.default(false),
  SEED_DEMO_DATA: bool.optional(),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).max(200).optional(),
  SESSION_TTL_DAYS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 365, 'must be between 1 and 365')
    .default(30),
  ANONYMOUS_CACHE_TTL_MS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of milliseconds')
    .transform(Number)
    .refine((n) => n <= 600_000, 'must be at most 600000 (10 minutes)')
    .optional(),
});

/** Insecure secret used only outside production when none is given; production requires one. */
const DEV_SESSION_SECRET = 'pairs-development-only-secret-do-not-use-in-production';

/**
 * Reads and validates the configuration. Every problem is named at once in one message
 * (`ConfigError`), so an operator fixes them in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv, defaults: { workspaceRoot: string }): AppConfig {
  // Empty variables count as unset (a common shell mistake: `DATABASE_URL= npm start`).
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const got =
        typeof input[name] === 'string' && !/SECRET|PASSWORD|URL/.test(name) ? ` (got "${input[name]}")` : '';
      return `${name} ${issue.message}${got}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const problems: string[] = [];
  if (isProduction && !e.DATABASE_URL) problems.push('DATABASE_URL is required when NODE_ENV=production');
  if (isProduction && !e.SESSION_SECRET) problems.push('SESSION_SECRET is required when NODE_ENV=production');
  if (isProduction && !e.PUBLIC_URL) problems.push('PUBLIC_URL is required when NODE_ENV=production');
  if (isProduction && e.SEED_DEMO_DATA)
    problems.push('SEED_DEMO_DATA cannot be true when NODE_ENV=production');
  if (problems.length) throw new ConfigError(problems);

  const dataDir = e.PAIRS_DATA_DIR ?? `${defaults.workspaceRoot}/.data`;
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? null,
    redisUrl: e.REDIS_URL ?? null,
    sessionSecret: e.SESSION_SECRET ?? DEV_SESSION_SECRET,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'info'),
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dbPoolSize: e.DB_POOL_SIZE,
    dbParallelWorkers: e.DB_PARALLEL_WORKERS,
    webDist: e.WEB_DIST === 'none' ? null : (e.WEB_DIST ?? `${defaults.workspaceRoot}/apps/web/dist`),
    introspection: e.GRAPHQL_INTROSPECTION ?? !isProduction,
    trustProxy: e.TRUST_PROXY,
    seedDemoData: !isProduction && (e.SEED_DEMO_DATA ?? !e.DATABASE_URL),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM ?? 'Pairs <ne-pas-repondre@pairs.localhost>',
    sessionTtlDays: e.SESSION_TTL_DAYS,
    anonymousCacheTtlMs: e.ANONYMOUS_CACHE_TTL_MS ?? (e.NODE_ENV === 'test' ? 0 : 10_000),
  };
}
