import type { SqlClient } from './SqlClient.js';

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

const COLUMNS = `id, workshop_id AS "workshopId", kind, group_id AS "groupId", participant_id AS "participantId",
  recipient_name AS "recipientName", achievement_name AS "achievementName", claim_token AS "claimToken",
  status_index AS "statusIndex", credential_json AS "credentialJson", issued_at AS "issuedAt", revoked_at AS "revokedAt"`;

/**
 * Issued credentials and the revocation list's indices. Credentials are deleted with their workshop
 * by the foreign key; `credential_status` keeps only index → revoked, which names nobody.
 */
export class IssuingRepository {
  constructor(private readonly db: SqlClient) {}

  /**
   * Takes the batch's status indices and stores its credentials in one transaction; `index-taken`,
   * with nothing stored, when an index was taken meanwhile.
   */
  async insertCredentials(rows: readonly IssuedCredentialRow[]): Promise<'stored' | 'index-taken'> {
    try {
      await this.db.transaction(async () => {
        for (const row of rows) {
          await this.db.run('INSERT INTO credential_status (status_index, revoked) VALUES (?, 0)', [row.statusIndex]);
          await this.db.run(
            `INSERT INTO issued_credentials (id, workshop_id, kind, group_id, participant_id, recipient_name, achievement_name, claim_token, status_index, credential_json, issued_at, revoked_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            [
              row.id,
              row.workshopId,
              row.kind,
              row.groupId,
              row.participantId,
              row.recipientName,
              row.achievementName,
              row.claimToken,
              row.statusIndex,
              row.credentialJson,
              row.issuedAt,
              row.revokedAt,
            ],
          );
        }
      });
      return 'stored';
    } catch (error) {
      if (isDuplicateKey(error)) {
        for (const row of rows) if (await this.isStatusIndexTaken(row.statusIndex)) return 'index-taken';
      }
      throw error;
    }
  }

  async isStatusIndexTaken(index: number): Promise<boolean> {
    return (await this.db.get('SELECT 1 AS n FROM credential_status WHERE status_index = ?', [index])) !== undefined;
  }

  credentialsOf(workshopId: string): Promise<IssuedCredentialRow[]> {
    return this.db.all<IssuedCredentialRow>(`SELECT ${COLUMNS} FROM issued_credentials WHERE workshop_id = ? ORDER BY issued_at, recipient_name`, [workshopId]);
  }

  credential(workshopId: string, credentialId: string): Promise<IssuedCredentialRow | undefined> {
    return this.db.get<IssuedCredentialRow>(`SELECT ${COLUMNS} FROM issued_credentials WHERE workshop_id = ? AND id = ?`, [workshopId, credentialId]);
  }

  credentialByClaimToken(token: string): Promise<IssuedCredentialRow | undefined> {
    return this.db.get<IssuedCredentialRow>(`SELECT ${COLUMNS} FROM issued_credentials WHERE claim_token = ?`, [token]);
  }

  /** Marks a credential revoked and sets its bit; false when it was already revoked or is not there. */
  revoke(workshopId: string, credentialId: string, at: number): Promise<boolean> {
    return this.db.transaction(async () => {
      const row = await this.credential(workshopId, credentialId);
      if (!row || row.revokedAt !== null) return false;
      await this.db.run('UPDATE issued_credentials SET revoked_at = ? WHERE id = ?', [at, credentialId]);
      await this.db.run('UPDATE credential_status SET revoked = 1 WHERE status_index = ?', [row.statusIndex]);
      return true;
    });
  }

  async revokedStatusIndices(): Promise<number[]> {
    const rows = await this.db.all<{ statusIndex: number }>('SELECT status_index AS "statusIndex" FROM credential_status WHERE revoked = 1 ORDER BY status_index');
    return rows.map((r) => r.statusIndex);
  }
}

/** A primary-key or unique violation, in SQLite's words or PostgreSQL's (SQLSTATE 23505). */
function isDuplicateKey(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
