import request from 'supertest';
import pg from 'pg';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('/health/live answers without touching the database', async () => {
    const res = await request(t.server).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['x-sql-queries']).toBe('0');
  });

  it('/health/ready checks the database', async () => {
    const res = await request(t.server).get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('/health/ready answers 503 when the database is gone', async () => {
    // Drop the app's database under it: every pooled connection is terminated.
    const admin = new pg.Client({ connectionString: process.env['PAIRS_TEST_ADMIN_URL'] });
    await admin.connect();
    await admin.query(`DROP DATABASE "${t.db.name}" WITH (FORCE)`);
    await admin.end();
    const res = await request(t.server).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    expect(JSON.stringify(res.body)).not.toMatch(/password|postgres:\/\//i);
  });
});
