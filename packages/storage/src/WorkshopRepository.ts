import type BetterSqlite3 from 'better-sqlite3';

export interface WorkshopRow {
  id: string;
  title: string;
  language: string;
  joinCode: string;
  status: 'active' | 'ended';
  state: string;
  createdAt: number;
  expiresAt: number;
}
export interface ActivityRow {
  id: string;
  workshopId: string;
  position: number;
  templateId: string;
  title: string;
  kind: 'group' | 'workshop-wide';
  durationMinutes: number | null;
}
export interface GroupRow {
  id: string;
  workshopId: string;
  name: string;
  color: string;
  position: number;
}
export interface ParticipantRow {
  id: string;
  workshopId: string;
  groupId: string | null;
  displayName: string;
  color: string;
  createdAt: number;
}
export interface BoardRow {
  id: string;
  workshopId: string;
  kind: 'group' | 'workshop' | 'facilitator' | 'control' | 'private';
  groupId: string | null;
  activityId: string | null;
  /** Private boards only (PrivateBoardRepository writes them): whose notes, and whether revealed. */
  ownerId?: string | null;
  revealedAt?: number | null;
}

const WORKSHOP_COLUMNS =
  'id, title, language, join_code AS joinCode, status, state, created_at AS createdAt, expires_at AS expiresAt';
const ACTIVITY_COLUMNS =
  'id, workshop_id AS workshopId, position, template_id AS templateId, title, kind, duration_minutes AS durationMinutes';
const GROUP_COLUMNS = 'id, workshop_id AS workshopId, name, color, position';
const PARTICIPANT_COLUMNS = 'id, workshop_id AS workshopId, group_id AS groupId, display_name AS displayName, color, created_at AS createdAt';
const BOARD_COLUMNS = 'id, workshop_id AS workshopId, kind, group_id AS groupId, activity_id AS activityId, owner_id AS ownerId, revealed_at AS revealedAt';

/**
 * SQL for workshops, activities, groups, participants and the boards they own. No rules here:
 * the rules (capacity, placement, access) live in @canvas/workshops and @canvas/access.
 */
export class WorkshopRepository {
  constructor(private readonly db: BetterSqlite3.Database) {}

  /** Runs `fn` in one transaction (better-sqlite3 transactions are synchronous and serialised). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  insertWorkshop(row: WorkshopRow): void {
    this.db
      .prepare(
        'INSERT INTO workshops (id, title, language, join_code, status, state, created_at, expires_at) VALUES (@id, @title, @language, @joinCode, @status, @state, @createdAt, @expiresAt)',
      )
      .run(row);
  }

  workshop(id: string): WorkshopRow | undefined {
    return this.db.prepare<[string], WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = ?`).get(id);
  }

  workshopByCode(joinCode: string): WorkshopRow | undefined {
    return this.db.prepare<[string], WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = ?`).get(joinCode);
  }

  updateWorkshop(id: string, fields: Partial<Pick<WorkshopRow, 'title' | 'status' | 'state' | 'joinCode'>>): void {
    const sets: string[] = [];
    if (fields.joinCode !== undefined) sets.push('join_code = @joinCode');
    if (fields.title !== undefined) sets.push('title = @title');
    if (fields.status !== undefined) sets.push('status = @status');
    if (fields.state !== undefined) sets.push('state = @state');
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE workshops SET ${sets.join(', ')} WHERE id = @id`).run({ ...fields, id });
  }

  expiredWorkshopIds(now: number): string[] {
    return this.db
      .prepare<[number], { id: string }>('SELECT id FROM workshops WHERE expires_at <= ?')
      .all(now)
      .map((row) => row.id);
  }

  /**
   * Deletes the workshop, everything it owns (cascade) and every board's data, then checkpoints
   * the WAL so that no copy of the deleted pages stays in the files (secure_delete zeroes them).
   */
  deleteWorkshop(id: string): string[] {
    const boardIds = this.boards(id).map((board) => board.id);
    this.transaction(() => {
      const deleteUpdates = this.db.prepare('DELETE FROM board_updates WHERE board_id = ?');
      const deleteSnapshot = this.db.prepare('DELETE FROM board_snapshots WHERE board_id = ?');
      for (const boardId of boardIds) {
        deleteUpdates.run(boardId);
        deleteSnapshot.run(boardId);
      }
      this.db.prepare('DELETE FROM workshops WHERE id = ?').run(id);
    });
    this.forgetFreedPages();
    return boardIds;
  }

  insertActivity(row: ActivityRow): void {
    this.db
      .prepare(
        'INSERT INTO activities (id, workshop_id, position, template_id, title, kind, duration_minutes) VALUES (@id, @workshopId, @position, @templateId, @title, @kind, @durationMinutes)',
      )
      .run(row);
  }

  activities(workshopId: string): ActivityRow[] {
    return this.db
      .prepare<[string], ActivityRow>(`SELECT ${ACTIVITY_COLUMNS} FROM activities WHERE workshop_id = ? ORDER BY position`)
      .all(workshopId);
  }

  insertGroup(row: GroupRow): void {
    this.db
      .prepare('INSERT INTO groups (id, workshop_id, name, color, position) VALUES (@id, @workshopId, @name, @color, @position)')
      .run(row);
  }

  groups(workshopId: string): GroupRow[] {
    return this.db.prepare<[string], GroupRow>(`SELECT ${GROUP_COLUMNS} FROM groups WHERE workshop_id = ? ORDER BY position`).all(workshopId);
  }

  updateGroup(id: string, fields: { name?: string; color?: string }): void {
    if (fields.name !== undefined) this.db.prepare('UPDATE groups SET name = ? WHERE id = ?').run(fields.name, id);
    if (fields.color !== undefined) this.db.prepare('UPDATE groups SET color = ? WHERE id = ?').run(fields.color, id);
  }

  /** Deletes a group with its boards' data; its members become unassigned. Returns the board ids. */
  deleteGroup(id: string): string[] {
    const boardIds = this.db
      .prepare<[string], { id: string }>('SELECT id FROM boards WHERE group_id = ?')
      .all(id)
      .map((row) => row.id);
    this.transaction(() => {
      for (const boardId of boardIds) {
        this.db.prepare('DELETE FROM board_updates WHERE board_id = ?').run(boardId);
        this.db.prepare('DELETE FROM board_snapshots WHERE board_id = ?').run(boardId);
      }
      this.db.prepare('DELETE FROM groups WHERE id = ?').run(id);
    });
    this.forgetFreedPages();
    return boardIds;
  }

  insertParticipant(row: ParticipantRow): void {
    this.db
      .prepare(
        'INSERT INTO participants (id, workshop_id, group_id, display_name, color, created_at) VALUES (@id, @workshopId, @groupId, @displayName, @color, @createdAt)',
      )
      .run(row);
  }

  participant(id: string): ParticipantRow | undefined {
    return this.db.prepare<[string], ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE id = ?`).get(id);
  }

  participants(workshopId: string): ParticipantRow[] {
    return this.db
      .prepare<[string], ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE workshop_id = ? ORDER BY created_at, id`)
      .all(workshopId);
  }

  groupMembers(groupId: string): ParticipantRow[] {
    return this.db
      .prepare<[string], ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE group_id = ? ORDER BY created_at, id`)
      .all(groupId);
  }

  updateParticipant(id: string, fields: { groupId?: string | null; displayName?: string; color?: string }): void {
    if (fields.groupId !== undefined) this.db.prepare('UPDATE participants SET group_id = ? WHERE id = ?').run(fields.groupId, id);
    if (fields.displayName !== undefined) this.db.prepare('UPDATE participants SET display_name = ? WHERE id = ?').run(fields.displayName, id);
    if (fields.color !== undefined) this.db.prepare('UPDATE participants SET color = ? WHERE id = ?').run(fields.color, id);
  }

  /** Deletes a participant; their name leaves the files at once (see `forgetFreedPages`). */
  deleteParticipant(id: string): void {
    this.db.prepare('DELETE FROM participants WHERE id = ?').run(id);
    this.forgetFreedPages();
  }

  /**
   * After a deletion: copies the WAL into the database and truncates it, so that the deleted rows
   * (names, notes) do not linger in the WAL until some later checkpoint; secure_delete has zeroed
   * the freed pages in the database itself.
   */
  private forgetFreedPages(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  insertBoard(row: BoardRow): void {
    this.db
      .prepare('INSERT INTO boards (id, workshop_id, kind, group_id, activity_id) VALUES (@id, @workshopId, @kind, @groupId, @activityId)')
      .run({ id: row.id, workshopId: row.workshopId, kind: row.kind, groupId: row.groupId, activityId: row.activityId });
  }

  board(id: string): BoardRow | undefined {
    return this.db.prepare<[string], BoardRow>(`SELECT ${BOARD_COLUMNS} FROM boards WHERE id = ?`).get(id);
  }

  boards(workshopId: string): BoardRow[] {
    return this.db.prepare<[string], BoardRow>(`SELECT ${BOARD_COLUMNS} FROM boards WHERE workshop_id = ?`).all(workshopId);
  }

  setting(key: string): string | undefined {
    return this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)?.value;
  }

  setSetting(key: string, value: string): void {
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  insertCustomTemplate(workshopId: string, id: string, json: string): void {
    this.db
      .prepare('INSERT INTO custom_templates (workshop_id, id, json) VALUES (?, ?, ?) ON CONFLICT(workshop_id, id) DO UPDATE SET json = excluded.json')
      .run(workshopId, id, json);
  }

  customTemplates(workshopId: string): Array<{ id: string; json: string }> {
    return this.db.prepare<[string], { id: string; json: string }>('SELECT id, json FROM custom_templates WHERE workshop_id = ?').all(workshopId);
  }
}
