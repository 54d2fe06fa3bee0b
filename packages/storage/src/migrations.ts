import type BetterSqlite3 from 'better-sqlite3';

/** Schema migrations, applied in order; `user_version` records how many ran. Never edit a shipped one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE board_snapshots (
    board_id   TEXT PRIMARY KEY,
    state      BLOB NOT NULL,          -- Yjs V2 full state
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE board_updates (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    board_id TEXT NOT NULL,
    update_v2 BLOB NOT NULL,           -- one incremental Yjs V2 update, in arrival order
    created_at INTEGER NOT NULL
  );
  CREATE INDEX board_updates_by_board ON board_updates (board_id, seq);
  `,
  `
  CREATE TABLE workshops (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    language    TEXT NOT NULL,
    join_code   TEXT NOT NULL UNIQUE,
    status      TEXT NOT NULL,            -- 'active' | 'ended'
    state       TEXT NOT NULL,            -- JSON: current activity, lock, spotlight, shown solutions, timer
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
  );
  CREATE INDEX workshops_by_expiry ON workshops (expires_at);
  CREATE TABLE activities (
    id               TEXT PRIMARY KEY,
    workshop_id      TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    template_id      TEXT NOT NULL,
    title            TEXT NOT NULL,
    kind             TEXT NOT NULL,       -- 'group' | 'workshop-wide'
    duration_minutes INTEGER
  );
  CREATE TABLE groups (
    id          TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    color       TEXT NOT NULL,
    position    INTEGER NOT NULL
  );
  CREATE TABLE participants (
    id           TEXT PRIMARY KEY,
    workshop_id  TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    group_id     TEXT REFERENCES groups (id) ON DELETE SET NULL,
    display_name TEXT NOT NULL,
    color        TEXT NOT NULL,
    created_at   INTEGER NOT NULL
  );
  CREATE INDEX participants_by_group ON participants (group_id);
  CREATE TABLE boards (
    id          TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,            -- 'group' | 'workshop' | 'facilitator' | 'control'
    group_id    TEXT REFERENCES groups (id) ON DELETE CASCADE,
    activity_id TEXT REFERENCES activities (id) ON DELETE CASCADE
  );
  CREATE INDEX boards_by_workshop ON boards (workshop_id);
  CREATE TABLE custom_templates (
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    json        TEXT NOT NULL,
    PRIMARY KEY (workshop_id, id)
  );
  CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 3: signed credentials (@canvas/issuing). Credentials go with their workshop (ON DELETE CASCADE);
  // status indices stay, so a deleted workshop's index is never handed out again and its bit stays.
  `
  CREATE TABLE issued_credentials (
    id              TEXT PRIMARY KEY,          -- urn:uuid of the credential
    workshop_id     TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,             -- 'participation' | 'micro-credential'
    group_id        TEXT,
    participant_id  TEXT,
    recipient_name  TEXT NOT NULL,
    achievement_name TEXT NOT NULL,
    claim_token     TEXT NOT NULL UNIQUE,
    status_index    INTEGER NOT NULL REFERENCES credential_status (status_index),
    credential_json TEXT NOT NULL,
    issued_at       INTEGER NOT NULL,
    revoked_at      INTEGER
  );
  CREATE INDEX issued_credentials_by_workshop ON issued_credentials (workshop_id, issued_at);
  CREATE TABLE credential_status (
    status_index INTEGER PRIMARY KEY,
    revoked      INTEGER NOT NULL DEFAULT 0
  );
  `,
  // 4: who created each board record, as the server saw it (the client-written meta is not proof).
  // Goes with its board (ON DELETE CASCADE).
  `
  CREATE TABLE record_authors (
    board_id   TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    record_id  TEXT NOT NULL,
    author_id  TEXT NOT NULL,           -- participant id, or 'facilitator:<workshopId>'
    created_at INTEGER NOT NULL,
    PRIMARY KEY (board_id, record_id)
  ) WITHOUT ROWID;
  `,
  // 5: individual writing (private boards: a participant's own notes on a board until "reveal") and
  // dot-voting (server-counted dots; a participant's dots are rows, so the server can refuse the N+1st).
  `
  ALTER TABLE boards ADD COLUMN owner_id TEXT REFERENCES participants (id) ON DELETE CASCADE;
  ALTER TABLE boards ADD COLUMN parent_board_id TEXT REFERENCES boards (id) ON DELETE CASCADE;
  ALTER TABLE boards ADD COLUMN revealed_at INTEGER;
  CREATE INDEX boards_by_parent ON boards (parent_board_id);
  CREATE TABLE votes (
    id          TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    dots        INTEGER NOT NULL,
    scope       TEXT NOT NULL,             -- 'group' | 'workshop'
    live        INTEGER NOT NULL,          -- 1: counts visible while open
    opened_at   INTEGER NOT NULL,
    closed_at   INTEGER
  );
  CREATE INDEX votes_by_workshop ON votes (workshop_id, opened_at);
  CREATE TABLE vote_dots (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    vote_id        TEXT NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    board_id       TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    shape_id       TEXT NOT NULL,
    placed_at      INTEGER NOT NULL
  );
  CREATE INDEX vote_dots_by_vote ON vote_dots (vote_id, participant_id);
  `,
  // 6: agendas a facilitator saved for reuse. Not tied to a workshop (they outlive them); whoever holds
  // the id may read one, only the holder of its key (stored as a SHA-256 hash) may delete it.
  `
  CREATE TABLE saved_agendas (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    language   TEXT NOT NULL,
    items_json TEXT NOT NULL,
    key_hash   TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  `,
  // 7: LTI 1.3 (@canvas/lti). Platforms and their deployments are the server's, not a workshop's;
  // what a launch linked to a workshop (resource links, LMS members, the roster) goes with it.
  `
  CREATE TABLE lti_platforms (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    issuer     TEXT NOT NULL,
    client_id  TEXT NOT NULL,
    auth_url   TEXT NOT NULL,
    token_url  TEXT NOT NULL,
    jwks_url   TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (issuer, client_id)
  );
  CREATE TABLE lti_deployments (
    id            TEXT PRIMARY KEY,
    platform_id   TEXT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    deployment_id TEXT NOT NULL,
    name          TEXT,
    UNIQUE (platform_id, deployment_id)
  );
  CREATE TABLE lti_nonces (
    nonce      TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE lti_sessions (
    id         TEXT PRIMARY KEY,
    json       TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE lti_registration_sessions (
    id         TEXT PRIMARY KEY,
    json       TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE lti_links (
    platform_id      TEXT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    deployment_id    TEXT NOT NULL,
    resource_link_id TEXT NOT NULL,
    context_id       TEXT,
    workshop_id      TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    memberships_url  TEXT,
    PRIMARY KEY (platform_id, deployment_id, resource_link_id)
  );
  CREATE INDEX lti_links_by_workshop ON lti_links (workshop_id);
  CREATE TABLE lti_members (
    workshop_id    TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    platform_id    TEXT NOT NULL,
    subject        TEXT NOT NULL,
    participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
    name           TEXT NOT NULL,
    roles          TEXT NOT NULL,             -- JSON array of LTI role URIs
    group_id       TEXT REFERENCES groups (id) ON DELETE SET NULL,  -- planned by the facilitator (NRPS roster)
    PRIMARY KEY (workshop_id, platform_id, subject)
  );
  `,
  // 8: quick polls (single choice or a 1–5 rating). One answer per participant and poll: the primary key
  // decides it, whatever a client sends. Answers go with the workshop (cascade).
  `
  CREATE TABLE polls (
    id            TEXT PRIMARY KEY,
    workshop_id   TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,             -- 'choice' | 'rating'
    question      TEXT NOT NULL,
    options       TEXT NOT NULL,             -- JSON array of labels (rating: the labels of 1 and 5)
    results_shown INTEGER NOT NULL DEFAULT 0,
    opened_at     INTEGER NOT NULL,
    closed_at     INTEGER
  );
  CREATE INDEX polls_by_workshop ON polls (workshop_id, opened_at);
  CREATE TABLE poll_answers (
    poll_id        TEXT NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    answer         INTEGER NOT NULL,
    answered_at    INTEGER NOT NULL,
    PRIMARY KEY (poll_id, participant_id)
  );
  `,
  // 9: files put on boards (images, PDF pages). Kept outside the Yjs documents, so a board stays small and
  // a file is served only to those who may read a board holding it. Files go with their workshop and board.
  `
  CREATE TABLE board_files (
    id          TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    board_id    TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    uploader_id TEXT NOT NULL,             -- participant id or 'facilitator:<workshopId>'
    name        TEXT NOT NULL,             -- the file name the uploader gave (shown, never used as a path)
    mime        TEXT NOT NULL,             -- decided from the content: image/png | image/jpeg
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    size        INTEGER NOT NULL,
    bytes       BLOB NOT NULL,
    created_at  INTEGER NOT NULL
  );
  CREATE INDEX board_files_by_workshop ON board_files (workshop_id);
  `,
  // 10: who contributed what (issue 17): per board, participant and note, whether they added, edited or
  // moved it, as the server saw their credential write it; and the minutes in which each wrote. Goes with
  // the board, so with the workshop.
  `
  CREATE TABLE contributions (
    board_id       TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,             -- participant id or 'facilitator:<workshopId>'
    record_id      TEXT NOT NULL,
    kind           TEXT NOT NULL,             -- 'added' | 'edited' | 'moved'
    times          INTEGER NOT NULL,          -- writes, at most one counted per record, kind and 10 s
    first_at       INTEGER NOT NULL,
    last_at        INTEGER NOT NULL,
    PRIMARY KEY (board_id, participant_id, record_id, kind)
  );
  CREATE TABLE contribution_minutes (
    board_id       TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    minute         INTEGER NOT NULL,          -- epoch minute with at least one accepted write
    PRIMARY KEY (board_id, participant_id, minute)
  );
  `,
];

export function migrate(db: BetterSqlite3.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let i = current; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}
