import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity: accounts, sessions, single-use tokens, élu mandates on territories, the dev mail
 * outbox and the rate-limit buckets. Secrets (session and email tokens) are stored hashed.
 */
export class Identity1764576000000 implements MigrationInterface {
  name = 'Identity1764576000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254),
        email_verified_at timestamptz,
        password_hash text,
        handle varchar(40) NOT NULL,
        display_name varchar(80) NOT NULL,
        bio text NOT NULL DEFAULT '',
        role varchar(12) NOT NULL DEFAULT 'MEMBER',
        suspended_at timestamptz,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_role_check CHECK (role IN ('MEMBER', 'MODERATOR', 'ADMIN'))
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);
    await q.query(`CREATE UNIQUE INDEX app_user_handle_key ON app_user (handle)`);

    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash varchar(64) NOT NULL,
        ip varchar(64) NOT NULL DEFAULT '',
        user_agent varchar(300) NOT NULL DEFAULT '',
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX user_session_token_hash_key ON user_session (token_hash)`);
    await q.query(`CREATE INDEX user_session_user_id_idx ON user_session (user_id)`);

    await q.query(`
      CREATE TABLE user_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose varchar(20) NOT NULL,
        token_hash varchar(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_token_purpose_check CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD'))
      )`);
    await q.query(`CREATE UNIQUE INDEX user_token_token_hash_key ON user_token (token_hash)`);
    await q.query(`CREATE INDEX user_token_user_id_idx ON user_token (user_id)`);

    await q.query(`
      CREATE TABLE mandate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role varchar(32) NOT NULL,
        territory_id uuid NOT NULL REFERENCES territory (id),
        verified_at timestamptz,
        verified_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mandate_role_check CHECK (role IN ('MAIRE', 'ADJOINT', 'CONSEILLER_MUNICIPAL',
          'CONSEILLER_COMMUNAUTAIRE', 'PRESIDENT_EPCI', 'VICE_PRESIDENT_EPCI', 'CONSEILLER_DEPARTEMENTAL',
          'CONSEILLER_REGIONAL', 'AGENT', 'AUTRE'))
      )`);
    await q.query(`CREATE INDEX mandate_user_id_idx ON mandate (user_id)`);
    await q.query(`CREATE INDEX mandate_territory_id_idx ON mandate (territory_id)`);
    await q.query(`CREATE INDEX mandate_verified_by_id_idx ON mandate (verified_by_id)`);

    await q.query(`
      CREATE TABLE outbox_mail (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address varchar(254) NOT NULL,
        subject varchar(200) NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX outbox_mail_created_at_idx ON outbox_mail (created_at)`);
    await q.query(`CREATE INDEX outbox_mail_to_address_idx ON outbox_mail (to_address)`);

    await q.query(`
      CREATE TABLE rate_limit_bucket (
        key varchar(200) NOT NULL,
        window_start timestamptz NOT NULL,
        count integer NOT NULL DEFAULT 0,
        PRIMARY KEY (key, window_start)
      )`);
    await q.query(`CREATE INDEX rate_limit_bucket_window_start_idx ON rate_limit_bucket (window_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_bucket`);
    await q.query(`DROP TABLE outbox_mail`);
    await q.query(`DROP TABLE mandate`);
    await q.query(`DROP TABLE user_token`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
  }
}
