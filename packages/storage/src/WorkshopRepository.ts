import type { SqlClient } from './SqlClient.js';

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
  'id, title, language, join_code AS "joinCode", status, state, created_at AS "createdAt", expires_at AS "expiresAt"';
const ACTIVITY_COLUMNS =
  'id, workshop_id AS "workshopId", position, template_id AS "templateId", title, kind, duration_minutes AS "durationMinutes"';
const GROUP_COLUMNS = 'id, workshop_id AS "workshopId", name, color, position';
const PARTICIPANT_COLUMNS = 'id, workshop_id AS "workshopId", group_id AS "groupId", display_name AS "displayName", color, created_at AS "createdAt"';
const BOARD_COLUMNS = 'id, workshop_id AS "workshopId", kind, group_id AS "groupId", activity_id AS "activityId", owner_id AS "ownerId", revealed_at AS "revealedAt"';

/**
 * SQL for workshops, activities, groups, participants and the boards they own. No rules here:
 * the rules (capacity, placement, access) live in @canvas/workshops and @canvas/access.
 */
export class WorkshopRepository {
  constructor(private readonly db: SqlClient) {}

  /** Runs `fn` in one transaction; every repository call inside it (on this client) joins it. */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  async insertWorkshop(row: WorkshopRow): Promise<void> {
    await this.db.run(
      'INSERT INTO workshops (id, title, language, join_code, status, state, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [row.id, row.title, row.language, row.joinCode, row.status, row.state, row.createdAt, row.expiresAt],
    );
  }

  workshop(id: string): Promise<WorkshopRow | undefined> {
    return this.db.get<WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = ?`, [id]);
  }

  workshopByCode(joinCode: string): Promise<WorkshopRow | undefined> {
    return this.db.get<WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = ?`, [joinCode]);
  }

  async updateWorkshop(id: string, fields: Partial<Pick<WorkshopRow, 'title' | 'status' | 'state' | 'joinCode'>>): Promise<void> {
    const sets: string[] = [];
    const values: string[] = [];
    for (const [column, value] of [
      ['join_code', fields.joinCode],
      ['title', fields.title],
      ['status', fields.status],
      ['state', fields.state],
    ] as const) {
      if (value === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(value);
    }
    if (sets.length === 0) return;
    await this.db.run(`UPDATE workshops SET ${sets.join(', ')} WHERE id = ?`, [...values, id]);
  }

  async expiredWorkshopIds(now: number): Promise<string[]> {
    const rows = await this.db.all<{ id: string }>('SELECT id FROM workshops WHERE expires_at <= ?', [now]);
    return rows.map((row) => row.id);
  }

  /**
   * Deletes the workshop, everything it owns (cascade) and every board's data, then lets the
   * engine forget the freed pages (see `forgetFreedPages`).
   */
  async deleteWorkshop(id: string): Promise<string[]> {
    const boardIds = (await this.boards(id)).map((board) => board.id);
    await this.transaction(async () => {
      for (const boardId of boardIds) await this.deleteBoardData(boardId);
      await this.db.run('DELETE FROM workshops WHERE id = ?', [id]);
    });
    await this.forgetFreedPages();
    return boardIds;
  }

  async insertActivity(row: ActivityRow): Promise<void> {
    await this.db.run(
      'INSERT INTO activities (id, workshop_id, position, template_id, title, kind, duration_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [row.id, row.workshopId, row.position, row.templateId, row.title, row.kind, row.durationMinutes],
    );
  }

  activities(workshopId: string): Promise<ActivityRow[]> {
    return this.db.all<ActivityRow>(`SELECT ${ACTIVITY_COLUMNS} FROM activities WHERE workshop_id = ? ORDER BY position`, [workshopId]);
  }

  async insertGroup(row: GroupRow): Promise<void> {
    await this.db.run('INSERT INTO groups (id, workshop_id, name, color, position) VALUES (?, ?, ?, ?, ?)', [
      row.id,
      row.workshopId,
      row.name,
      row.color,
      row.position,
    ]);
  }

  groups(workshopId: string): Promise<GroupRow[]> {
    return this.db.all<GroupRow>(`SELECT ${GROUP_COLUMNS} FROM groups WHERE workshop_id = ? ORDER BY position`, [workshopId]);
  }

  async updateGroup(id: string, fields: { name?: string; color?: string }): Promise<void> {
    if (fields.name !== undefined) await this.db.run('UPDATE groups SET name = ? WHERE id = ?', [fields.name, id]);
    if (fields.color !== undefined) await this.db.run('UPDATE groups SET color = ? WHERE id = ?', [fields.color, id]);
  }

  /** Deletes a group with its boards' data; its members become unassigned. Returns the board ids. */
  async deleteGroup(id: string): Promise<string[]> {
    const boardIds = (await this.db.all<{ id: string }>('SELECT id FROM boards WHERE group_id = ?', [id])).map((row) => row.id);
    await this.transaction(async () => {
      for (const boardId of boardIds) await this.deleteBoardData(boardId);
      await this.db.run('DELETE FROM groups WHERE id = ?', [id]);
    });
    await this.forgetFreedPages();
    return boardIds;
  }

  async insertParticipant(row: ParticipantRow): Promise<void> {
    await this.db.run(
      'INSERT INTO participants (id, workshop_id, group_id, display_name, color, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [row.id, row.workshopId, row.groupId, row.displayName, row.color, row.createdAt],
    );
  }

  participant(id: string): Promise<ParticipantRow | undefined> {
    return this.db.get<ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE id = ?`, [id]);
  }

  participants(workshopId: string): Promise<ParticipantRow[]> {
    return this.db.all<ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE workshop_id = ? ORDER BY created_at, id`, [workshopId]);
  }

  groupMembers(groupId: string): Promise<ParticipantRow[]> {
    return this.db.all<ParticipantRow>(`SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE group_id = ? ORDER BY created_at, id`, [groupId]);
  }

  async updateParticipant(id: string, fields: { groupId?: string | null; displayName?: string; color?: string }): Promise<void> {
    if (fields.groupId !== undefined) await this.db.run('UPDATE participants SET group_id = ? WHERE id = ?', [fields.groupId, id]);
    if (fields.displayName !== undefined) await this.db.run('UPDATE participants SET display_name = ? WHERE id = ?', [fields.displayName, id]);
    if (fields.color !== undefined) await this.db.run('UPDATE participants SET color = ? WHERE id = ?', [fields.color, id]);
  }

  /** Deletes a participant; their name leaves the files at once (see `forgetFreedPages`). */
  async deleteParticipant(id: string): Promise<void> {
    await this.db.run('DELETE FROM participants WHERE id = ?', [id]);
    await this.forgetFreedPages();
  }

  private async deleteBoardData(boardId: string): Promise<void> {
    await this.db.run('DELETE FROM board_updates WHERE board_id = ?', [boardId]);
    await this.db.run('DELETE FROM board_snapshots WHERE board_id = ?', [boardId]);
  }

  /**
   * After a deletion on SQLite: copies the WAL into the database and truncates it, so that the
   * deleted rows (names, notes) do not linger in the WAL until some later checkpoint; secure_delete
   * has zeroed the freed pages in the database itself. PostgreSQL keeps dead tuples until VACUUM
   * (docs/operations.md says how often to run it).
   */
  private async forgetFreedPages(): Promise<void> {
    if (this.db.dialect === 'sqlite') await this.db.get('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  async insertBoard(row: BoardRow): Promise<void> {
    await this.db.run('INSERT INTO boards (id, workshop_id, kind, group_id, activity_id) VALUES (?, ?, ?, ?, ?)', [
      row.id,
      row.workshopId,
      row.kind,
      row.groupId,
      row.activityId,
    ]);
  }

  board(id: string): Promise<BoardRow | undefined> {
    return this.db.get<BoardRow>(`SELECT ${BOARD_COLUMNS} FROM boards WHERE id = ?`, [id]);
  }

  boards(workshopId: string): Promise<BoardRow[]> {
    return this.db.all<BoardRow>(`SELECT ${BOARD_COLUMNS} FROM boards WHERE workshop_id = ?`, [workshopId]);
  }

  async setting(key: string): Promise<string | undefined> {
    return (await this.db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key]))?.value;
  }

  /**
   * The setting's value; `value` is stored first if it has none. Processes starting together on one
   * database all get the value the first of them stored (a generated secret must be shared).
   */
  async settingOrInsert(key: string, value: string): Promise<string> {
    await this.db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING', [key, value]);
    return (await this.setting(key))!;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  async insertCustomTemplate(workshopId: string, id: string, json: string): Promise<void> {
    await this.db.run(
      'INSERT INTO custom_templates (workshop_id, id, json) VALUES (?, ?, ?) ON CONFLICT(workshop_id, id) DO UPDATE SET json = excluded.json',
      [workshopId, id, json],
    );
  }

  customTemplates(workshopId: string): Promise<Array<{ id: string; json: string }>> {
    return this.db.all<{ id: string; json: string }>('SELECT id, json FROM custom_templates WHERE workshop_id = ?', [workshopId]);
  }
}
