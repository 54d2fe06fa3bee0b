import type BetterSqlite3 from 'better-sqlite3';

/** One issued credential as stored (the shape `@canvas/issuing`'s IssuingStore port asks for). */
export interface IssuedCredentialRow {
  id: string;
  workshopId: string;
  kind: 'participation' | 'micro-credential';
  groupId: string | null;
  participantId: string | null;
  recipientName: string;
  achievementName: string;
  claimToken: string;
  statusIndex: number;
  credentialJson: string;
  issuedAt: number;
  revokedAt: number | null;
}

const COLUMNS = `id, workshop_id AS workshopId, kind, group_id AS groupId, participant_id AS participantId,
  recipient_name AS recipientName, achievement_name AS achievementName, claim_token AS claimToken,
  status_index AS statusIndex, credential_json AS credentialJson, issued_at AS issuedAt, revoked_at AS revokedAt`;

/**
 * Issued credentials and the revocation list's indices. Credentials are deleted with their workshop
 * by the foreign key; `credential_status` keeps only index → revoked, which names nobody.
 */
export class IssuingRepository {
  constructor(private readonly db: BetterSqlite3.Database) {}

  /**
   * Takes the batch's status indices and stores its credentials in one transaction; `index-taken`,
   * with nothing stored, when an index was taken meanwhile.
   */
  insertCredentials(rows: readonly IssuedCredentialRow[]): 'stored' | 'index-taken' {
    const takeIndex = this.db.prepare('INSERT INTO credential_status (status_index, revoked) VALUES (?, 0)');
    const insert = this.db.prepare(
      `INSERT INTO issued_credentials (id, workshop_id, kind, group_id, participant_id, recipient_name, achievement_name, claim_token, status_index, credential_json, issued_at, revoked_at)
       VALUES (@id, @workshopId, @kind, @groupId, @participantId, @recipientName, @achievementName, @claimToken, @statusIndex, @credentialJson, @issuedAt, @revokedAt)`,
    );
    try {
      this.db.transaction(() => {
        for (const row of rows) {
          takeIndex.run(row.statusIndex);
          insert.run(row);
        }
      })();
      return 'stored';
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY' && rows.some((row) => this.isStatusIndexTaken(row.statusIndex))) return 'index-taken';
      throw error;
    }
  }

  isStatusIndexTaken(index: number): boolean {
    return this.db.prepare<[number], { n: number }>('SELECT 1 AS n FROM credential_status WHERE status_index = ?').get(index) !== undefined;
  }

  credentialsOf(workshopId: string): IssuedCredentialRow[] {
    return this.db
      .prepare<[string], IssuedCredentialRow>(`SELECT ${COLUMNS} FROM issued_credentials WHERE workshop_id = ? ORDER BY issued_at, recipient_name`)
      .all(workshopId);
  }

  credential(workshopId: string, credentialId: string): IssuedCredentialRow | undefined {
    return this.db
      .prepare<[string, string], IssuedCredentialRow>(`SELECT ${COLUMNS} FROM issued_credentials WHERE workshop_id = ? AND id = ?`)
      .get(workshopId, credentialId);
  }

  credentialByClaimToken(token: string): IssuedCredentialRow | undefined {
    return this.db.prepare<[string], IssuedCredentialRow>(`SELECT ${COLUMNS} FROM issued_credentials WHERE claim_token = ?`).get(token);
  }

  /** Marks a credential revoked and sets its bit; false when it was already revoked or is not there. */
  revoke(workshopId: string, credentialId: string, at: number): boolean {
    return this.db.transaction(() => {
      const row = this.credential(workshopId, credentialId);
      if (!row || row.revokedAt !== null) return false;
      this.db.prepare('UPDATE issued_credentials SET revoked_at = ? WHERE id = ?').run(at, credentialId);
      this.db.prepare('UPDATE credential_status SET revoked = 1 WHERE status_index = ?').run(row.statusIndex);
      return true;
    })();
  }

  revokedStatusIndices(): number[] {
    return this.db
      .prepare<[], { statusIndex: number }>('SELECT status_index AS statusIndex FROM credential_status WHERE revoked = 1 ORDER BY status_index')
      .all()
      .map((r) => r.statusIndex);
  }
}
