import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Peer groups: organisations (hubs de territoires, agencies…) with their admins and members, the
 * thematic groups they run (PUBLIC or PRIVATE), and group memberships with their states. Threads
 * and case studies may belong to a group (`group_id`, null in the public commons); who reads them
 * is the core policy's group predicate.
 */
export class Groups1764921600000 implements MigrationInterface {
  name = 'Groups1764921600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL,
        name varchar(200) NOT NULL,
        kind varchar(20) NOT NULL,
        description text NOT NULL DEFAULT '',
        website varchar(500),
        territory_id uuid REFERENCES territory (id),
        search_text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_kind_check CHECK (kind IN ('HUB_TERRITORIAL', 'SYNDICAT_MIXTE',
          'AGENCE_URBANISME', 'AGENCE_ETAT', 'ASSOCIATION_ELUS', 'COLLECTIVITE', 'AUTRE'))
      )`);
    await q.query(`CREATE UNIQUE INDEX organization_slug_key ON organization (slug)`);
    await q.query(`CREATE INDEX organization_territory_id_idx ON organization (territory_id)`);
    await q.query(`CREATE INDEX organization_name_order_idx ON organization (search_text, id)`);
    await q.query(
      `CREATE INDEX organization_search_text_trgm_idx ON organization USING gin (search_text gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE organization_member (
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role varchar(10) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_member_pkey PRIMARY KEY (organization_id, user_id),
        CONSTRAINT organization_member_role_check CHECK (role IN ('ADMIN', 'MEMBER'))
      )`);
    await q.query(
      `CREATE INDEX organization_member_user_id_idx ON organization_member (user_id, organization_id)`,
    );

    await q.query(`
      CREATE TABLE peer_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(100) NOT NULL,
        name varchar(120) NOT NULL,
        description text NOT NULL DEFAULT '',
        organization_id uuid NOT NULL REFERENCES organization (id),
        visibility varchar(10) NOT NULL,
        join_policy varchar(10) NOT NULL,
        requires_verified_mandate boolean NOT NULL DEFAULT false,
        member_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT peer_group_visibility_check CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
        CONSTRAINT peer_group_join_policy_check CHECK (join_policy IN ('OPEN', 'REQUEST', 'INVITE')),
        CONSTRAINT peer_group_member_count_check CHECK (member_count >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX peer_group_slug_key ON peer_group (slug)`);
    await q.query(`CREATE INDEX peer_group_organization_id_idx ON peer_group (organization_id)`);
    // The visibility predicate reads the public groups' ids once per statement (hashed subplan).
    await q.query(`CREATE INDEX peer_group_visibility_idx ON peer_group (visibility, id)`);

    await q.query(`
      CREATE TABLE peer_group_theme (
        group_id uuid NOT NULL REFERENCES peer_group (id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme (id),
        CONSTRAINT peer_group_theme_pkey PRIMARY KEY (group_id, theme_id)
      )`);
    await q.query(`CREATE INDEX peer_group_theme_theme_id_idx ON peer_group_theme (theme_id, group_id)`);

    await q.query(`
      CREATE TABLE group_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES peer_group (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        status varchar(10) NOT NULL,
        role varchar(12) NOT NULL DEFAULT 'MEMBER',
        message text,
        invited_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        decided_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT group_membership_status_check
          CHECK (status IN ('ACTIVE', 'PENDING', 'INVITED', 'REJECTED', 'BANNED')),
        CONSTRAINT group_membership_role_check CHECK (role IN ('MEMBER', 'FACILITATOR'))
      )`);
    // One membership row per group and user: its status carries the history (a ban stays a ban).
    await q.query(
      `CREATE UNIQUE INDEX group_membership_group_user_key ON group_membership (group_id, user_id)`,
    );
    // The visibility predicate: the groups a viewer is an active member of (index-only).
    await q.query(
      `CREATE INDEX group_membership_user_status_idx ON group_membership (user_id, status, group_id)`,
    );
    // Member lists and facilitators of a group.
    await q.query(
      `CREATE INDEX group_membership_group_status_idx ON group_membership (group_id, status, role, created_at, id)`,
    );
    await q.query(`CREATE INDEX group_membership_invited_by_id_idx ON group_membership (invited_by_id)`);
    await q.query(`CREATE INDEX group_membership_decided_by_id_idx ON group_membership (decided_by_id)`);

    // Content in a group. Null: the public commons.
    await q.query(`ALTER TABLE thread ADD COLUMN group_id uuid REFERENCES peer_group (id)`);
    await q.query(`CREATE INDEX thread_group_id_idx ON thread (group_id)`);
    // Counts and filters keep reading the narrow index alone, now with the group.
    await q.query(`DROP INDEX thread_filter_idx`);
    await q.query(
      `CREATE INDEX thread_filter_idx ON thread (id)
       INCLUDE (hidden_at, author_id, locked, accepted_reply_id, reply_count, case_study_id, group_id)`,
    );
    await q.query(`ALTER TABLE case_study ADD COLUMN group_id uuid REFERENCES peer_group (id)`);
    await q.query(`CREATE INDEX case_study_group_id_idx ON case_study (group_id)`);
    // Counts and facets of published lists keep reading this index alone: the group rides along.
    await q.query(`DROP INDEX case_study_published_order_idx`);
    await q.query(
      `CREATE INDEX case_study_published_order_idx ON case_study (status, published_at DESC NULLS LAST, id DESC)
       INCLUDE (territory_id, group_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX case_study_published_order_idx`);
    await q.query(
      `CREATE INDEX case_study_published_order_idx ON case_study (status, published_at DESC NULLS LAST, id DESC)
       INCLUDE (territory_id)`,
    );
    await q.query(`DROP INDEX case_study_group_id_idx`);
    await q.query(`ALTER TABLE case_study DROP COLUMN group_id`);
    await q.query(`DROP INDEX thread_filter_idx`);
    await q.query(`DROP INDEX thread_group_id_idx`);
    await q.query(`ALTER TABLE thread DROP COLUMN group_id`);
    await q.query(
      `CREATE INDEX thread_filter_idx ON thread (id)
       INCLUDE (hidden_at, author_id, locked, accepted_reply_id, reply_count, case_study_id)`,
    );
    await q.query(`DROP TABLE group_membership`);
    await q.query(`DROP TABLE peer_group_theme`);
    await q.query(`DROP TABLE peer_group`);
    await q.query(`DROP TABLE organization_member`);
    await q.query(`DROP TABLE organization`);
  }
}
