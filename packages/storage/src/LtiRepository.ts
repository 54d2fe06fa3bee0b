import type BetterSqlite3 from 'better-sqlite3';

/** A platform (LMS) registered with this tool: who signs launches and where its endpoints are. */
export interface LtiPlatformRow {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  createdAt: number;
}

export interface LtiDeploymentRow {
  id: string;
  platformId: string;
  deploymentId: string;
  name: string | null;
}

/** Which workshop a resource link (a placement of the tool in a course) opens. */
export interface LtiLinkRow {
  platformId: string;
  deploymentId: string;
  resourceLinkId: string;
  contextId: string | null;
  workshopId: string;
  membershipsUrl: string | null;
}

/** A person of the course as the platform named them, and the participant they became. */
export interface LtiMemberRow {
  workshopId: string;
  platformId: string;
  subject: string;
  participantId: string | null;
  name: string;
  roles: string;
  groupId: string | null;
}

const PLATFORM = `id, name, issuer, client_id AS clientId, auth_url AS authUrl, token_url AS tokenUrl, jwks_url AS jwksUrl, created_at AS createdAt`;
const DEPLOYMENT = `id, platform_id AS platformId, deployment_id AS deploymentId, name`;
const LINK = `platform_id AS platformId, deployment_id AS deploymentId, resource_link_id AS resourceLinkId, context_id AS contextId, workshop_id AS workshopId, memberships_url AS membershipsUrl`;
const MEMBER = `workshop_id AS workshopId, platform_id AS platformId, subject, participant_id AS participantId, name, roles, group_id AS groupId`;

/**
 * LTI 1.3 state: registered platforms and deployments (the server's), single-use nonces and short-lived
 * sessions, and per workshop its resource links and LMS members (deleted with the workshop by foreign keys).
 */
export class LtiRepository {
  constructor(private readonly db: BetterSqlite3.Database) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  // ── platforms and deployments ──
  platforms(): LtiPlatformRow[] {
    return this.db.prepare<[], LtiPlatformRow>(`SELECT ${PLATFORM} FROM lti_platforms ORDER BY created_at, id`).all();
  }
  platform(id: string): LtiPlatformRow | undefined {
    return this.db.prepare<[string], LtiPlatformRow>(`SELECT ${PLATFORM} FROM lti_platforms WHERE id = ?`).get(id);
  }
  platformByIssuer(issuer: string, clientId: string): LtiPlatformRow | undefined {
    return this.db.prepare<[string, string], LtiPlatformRow>(`SELECT ${PLATFORM} FROM lti_platforms WHERE issuer = ? AND client_id = ?`).get(issuer, clientId);
  }
  insertPlatform(row: LtiPlatformRow): void {
    this.db
      .prepare(`INSERT INTO lti_platforms (id, name, issuer, client_id, auth_url, token_url, jwks_url, created_at) VALUES (@id, @name, @issuer, @clientId, @authUrl, @tokenUrl, @jwksUrl, @createdAt)`)
      .run(row);
  }
  updatePlatform(id: string, fields: Partial<Omit<LtiPlatformRow, 'id' | 'createdAt'>>): void {
    const columns: Record<string, string> = { name: 'name', issuer: 'issuer', clientId: 'client_id', authUrl: 'auth_url', tokenUrl: 'token_url', jwksUrl: 'jwks_url' };
    for (const [key, value] of Object.entries(fields)) {
      const column = columns[key];
      if (column && value !== undefined) this.db.prepare(`UPDATE lti_platforms SET ${column} = ? WHERE id = ?`).run(value, id);
    }
  }
  deletePlatform(id: string): void {
    this.db.prepare('DELETE FROM lti_platforms WHERE id = ?').run(id);
  }
  deployments(platformId: string): LtiDeploymentRow[] {
    return this.db.prepare<[string], LtiDeploymentRow>(`SELECT ${DEPLOYMENT} FROM lti_deployments WHERE platform_id = ? ORDER BY deployment_id`).all(platformId);
  }
  deployment(platformId: string, deploymentId: string): LtiDeploymentRow | undefined {
    return this.db
      .prepare<[string, string], LtiDeploymentRow>(`SELECT ${DEPLOYMENT} FROM lti_deployments WHERE platform_id = ? AND deployment_id = ?`)
      .get(platformId, deploymentId);
  }
  insertDeployment(row: LtiDeploymentRow): void {
    this.db.prepare(`INSERT OR IGNORE INTO lti_deployments (id, platform_id, deployment_id, name) VALUES (@id, @platformId, @deploymentId, @name)`).run(row);
  }
  updateDeployment(platformId: string, deploymentId: string, fields: { name?: string | null; deploymentId?: string }): void {
    if (fields.name !== undefined) this.db.prepare('UPDATE lti_deployments SET name = ? WHERE platform_id = ? AND deployment_id = ?').run(fields.name, platformId, deploymentId);
    if (fields.deploymentId !== undefined)
      this.db.prepare('UPDATE lti_deployments SET deployment_id = ? WHERE platform_id = ? AND deployment_id = ?').run(fields.deploymentId, platformId, deploymentId);
  }
  deleteDeployment(platformId: string, deploymentId: string): void {
    this.db.prepare('DELETE FROM lti_deployments WHERE platform_id = ? AND deployment_id = ?').run(platformId, deploymentId);
  }

  // ── nonces and sessions (short-lived; expired rows are swept) ──
  storeNonce(nonce: string, expiresAt: number): void {
    this.db.prepare('INSERT INTO lti_nonces (nonce, expires_at) VALUES (?, ?)').run(nonce, expiresAt);
  }
  /** Uses a nonce up: true only the first time, and only before it expires. */
  consumeNonce(nonce: string, now: number): boolean {
    const row = this.db.prepare<[string], { expiresAt: number }>('DELETE FROM lti_nonces WHERE nonce = ? RETURNING expires_at AS expiresAt').get(nonce);
    return row !== undefined && row.expiresAt > now;
  }
  putJson(table: 'lti_sessions' | 'lti_registration_sessions', id: string, json: string, expiresAt: number): void {
    this.db.prepare(`INSERT OR REPLACE INTO ${table} (id, json, expires_at) VALUES (?, ?, ?)`).run(id, json, expiresAt);
  }
  getJson(table: 'lti_sessions' | 'lti_registration_sessions', id: string, now: number): string | undefined {
    return this.db.prepare<[string, number], { json: string }>(`SELECT json FROM ${table} WHERE id = ? AND expires_at > ?`).get(id, now)?.json;
  }
  deleteJson(table: 'lti_sessions' | 'lti_registration_sessions', id: string): void {
    this.db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
  }
  sweep(now: number): void {
    this.db.prepare('DELETE FROM lti_nonces WHERE expires_at <= ?').run(now);
    this.db.prepare('DELETE FROM lti_sessions WHERE expires_at <= ?').run(now);
    this.db.prepare('DELETE FROM lti_registration_sessions WHERE expires_at <= ?').run(now);
  }

  // ── links and members (belong to a workshop) ──
  link(platformId: string, deploymentId: string, resourceLinkId: string): LtiLinkRow | undefined {
    return this.db
      .prepare<[string, string, string], LtiLinkRow>(`SELECT ${LINK} FROM lti_links WHERE platform_id = ? AND deployment_id = ? AND resource_link_id = ?`)
      .get(platformId, deploymentId, resourceLinkId);
  }
  /** Links of one course (context) of a platform: the workshops a teacher already placed there. */
  linksInContext(platformId: string, contextId: string): LtiLinkRow[] {
    return this.db.prepare<[string, string], LtiLinkRow>(`SELECT ${LINK} FROM lti_links WHERE platform_id = ? AND context_id = ?`).all(platformId, contextId);
  }
  linksOf(workshopId: string): LtiLinkRow[] {
    return this.db.prepare<[string], LtiLinkRow>(`SELECT ${LINK} FROM lti_links WHERE workshop_id = ?`).all(workshopId);
  }
  putLink(row: LtiLinkRow): void {
    this.db
      .prepare(
        `INSERT INTO lti_links (platform_id, deployment_id, resource_link_id, context_id, workshop_id, memberships_url)
         VALUES (@platformId, @deploymentId, @resourceLinkId, @contextId, @workshopId, @membershipsUrl)
         ON CONFLICT (platform_id, deployment_id, resource_link_id) DO UPDATE SET
           workshop_id = excluded.workshop_id, context_id = excluded.context_id,
           memberships_url = COALESCE(excluded.memberships_url, lti_links.memberships_url)`,
      )
      .run(row);
  }
  member(workshopId: string, platformId: string, subject: string): LtiMemberRow | undefined {
    return this.db
      .prepare<[string, string, string], LtiMemberRow>(`SELECT ${MEMBER} FROM lti_members WHERE workshop_id = ? AND platform_id = ? AND subject = ?`)
      .get(workshopId, platformId, subject);
  }
  members(workshopId: string): LtiMemberRow[] {
    return this.db.prepare<[string], LtiMemberRow>(`SELECT ${MEMBER} FROM lti_members WHERE workshop_id = ? ORDER BY name, subject`).all(workshopId);
  }
  memberByParticipant(participantId: string): LtiMemberRow | undefined {
    return this.db.prepare<[string], LtiMemberRow>(`SELECT ${MEMBER} FROM lti_members WHERE participant_id = ?`).get(participantId);
  }
  /** Adds or refreshes a member; keeps a planned group and a participant already linked unless given. */
  putMember(row: LtiMemberRow): void {
    this.db
      .prepare(
        `INSERT INTO lti_members (workshop_id, platform_id, subject, participant_id, name, roles, group_id)
         VALUES (@workshopId, @platformId, @subject, @participantId, @name, @roles, @groupId)
         ON CONFLICT (workshop_id, platform_id, subject) DO UPDATE SET
           name = excluded.name, roles = excluded.roles,
           participant_id = COALESCE(excluded.participant_id, lti_members.participant_id),
           group_id = COALESCE(excluded.group_id, lti_members.group_id)`,
      )
      .run(row);
  }
  setMemberGroup(workshopId: string, platformId: string, subject: string, groupId: string | null): void {
    this.db.prepare('UPDATE lti_members SET group_id = ? WHERE workshop_id = ? AND platform_id = ? AND subject = ?').run(groupId, workshopId, platformId, subject);
  }
}
