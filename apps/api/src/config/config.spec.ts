import { ConfigError, loadConfig } from './config.js';

const root = { workspaceRoot: '/srv/pairs' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, root);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('gives working defaults for development with the embedded database', () => {
    const config = loadConfig({}, root);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: null,
      dataDir: '/srv/pairs/.data',
      publicUrl: 'http://localhost:3000',
      introspection: true,
      seedDemoData: true,
      webDist: '/srv/pairs/apps/web/dist',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        PORT: '8080',
        DATABASE_URL: 'postgres://pairs@db:5432/pairs',
        REDIS_URL: 'redis://cache:6379',
        SESSION_SECRET: 'x'.repeat(40),
        PUBLIC_URL: 'https://pairs.example.fr/',
      },
      root,
    );
    expect(config).toMatchObject({
      isProduction: true,
      port: 8080,
      databaseUrl: 'postgres://pairs@db:5432/pairs',
      redisUrl: 'redis://cache:6379',
      publicUrl: 'https://pairs.example.fr',
      introspection: false,
      seedDemoData: false,
      logLevel: 'info',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }, root)).toMatchObject({ databaseUrl: null, port: 3000 });
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      NODE_ENV: 'staging',
      REDIS_URL: 'http://x',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/^PORT /m);
    expect(problems.join('\n')).toMatch(/^DATABASE_URL must be a URL starting with postgres:\/\//m);
    expect(problems.join('\n')).toMatch(
      /^NODE_ENV must be development, test or production \(got "staging"\)/m,
    );
    expect(problems.join('\n')).toMatch(/^REDIS_URL /m);
  });

  it('turns parallel plans off by default, and bounds the setting', () => {
    expect(loadConfig({}, root).dbParallelWorkers).toBe(0);
    expect(loadConfig({ DB_PARALLEL_WORKERS: '2' }, root).dbParallelWorkers).toBe(2);
    expect(problemsOf({ DB_PARALLEL_WORKERS: '17' })).toEqual([
      expect.stringMatching(/^DB_PARALLEL_WORKERS must be between 0 and 16/),
    ]);
  });

  it('refuses a port out of range', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual([
      expect.stringMatching(/^PORT must be between 1 and 65535/),
    ]);
  });

  it('requires a database, a session secret and a public URL in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'DATABASE_URL is required when NODE_ENV=production',
      'SESSION_SECRET is required when NODE_ENV=production',
      'PUBLIC_URL is required when NODE_ENV=production',
    ]);
  });

  it('refuses a short session secret without echoing it', () => {
    const problems = problemsOf({ SESSION_SECRET: 'short-secret' });
    expect(problems).toEqual(['SESSION_SECRET must be at least 32 characters']);
  });

  it('never seeds demo data in production', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x@y/z',
      SESSION_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://pairs.example.fr',
      SEED_DEMO_DATA: 'true',
    });
    expect(problems).toEqual(['SEED_DEMO_DATA cannot be true when NODE_ENV=production']);
  });
});
