import type { SqlClient } from './SqlClient.js';

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

const PLATFORM = `id, name, issuer, client_id AS "clientId", auth_url AS "authUrl", token_url AS "tokenUrl", jwks_url AS "jwksUrl", created_at AS "createdAt"`;
const DEPLOYMENT = `id, platform_id AS "platformId", deployment_id AS "deploymentId", name`;
const LINK = `platform_id AS "platformId", deployment_id AS "deploymentId", resource_link_id AS "resourceLinkId", context_id AS "contextId", workshop_id AS "workshopId", memberships_url AS "membershipsUrl"`;
const MEMBER = `workshop_id AS "workshopId", platform_id AS "platformId", subject, participant_id AS "participantId", name, roles, group_id AS "groupId"`;

/**
 * LTI 1.3 state: registered platforms and deployments (the server's), single-use nonces and short-lived
 * sessions, and per workshop its resource links and LMS members (deleted with the workshop by foreign keys).
 */
export class LtiRepository {
  constructor(private readonly db: SqlClient) {}

  /** Runs `fn` in one transaction; every repository call inside it (on this client) joins it. */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  // ── platforms and deployments ──
  platforms(): Promise<LtiPlatformRow[]> {
    return this.db.all<LtiPlatformRow>(`SELECT ${PLATFORM} FROM lti_platforms ORDER BY created_at, id`);
  }
  platform(id: string): Promise<LtiPlatformRow | undefined> {
    return this.db.get<LtiPlatformRow>(`SELECT ${PLATFORM} FROM lti_platforms WHERE id = ?`, [id]);
  }
  platformByIssuer(issuer: string, clientId: string): Promise<LtiPlatformRow | undefined> {
    return this.db.get<LtiPlatformRow>(`SELECT ${PLATFORM} FROM lti_platforms WHERE issuer = ? AND client_id = ?`, [issuer, clientId]);
  }
  async insertPlatform(row: LtiPlatformRow): Promise<void> {
    await this.db.run(
      `INSERT INTO lti_platforms (id, name, issuer, client_id, auth_url, token_url, jwks_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [row.id, row.name, row.issuer, row.clientId, row.authUrl, row.tokenUrl, row.jwksUrl, row.createdAt],
    );
  }
  async updatePlatform(id: string, fields: Partial<Omit<LtiPlatformRow, 'id' | 'createdAt'>>): Promise<void> {
    const columns: Record<string, string> = { name: 'name', issuer: 'issuer', clientId: 'client_id', authUrl: 'auth_url', tokenUrl: 'token_url', jwksUrl: 'jwks_url' };
    for (const [key, value] of Object.entries(fields)) {
      const column = columns[key];
      if (column && value !== undefined) await this.db.run(`UPDATE lti_platforms SET ${column} = ? WHERE id = ?`, [value, id]);
    }
  }
  async deletePlatform(id: string): Promise<void> {
    await this.db.run('DELETE FROM lti_platforms WHERE id = ?', [id]);
  }
  deployments(platformId: string): Promise<LtiDeploymentRow[]> {
    return this.db.all<LtiDeploymentRow>(`SELECT ${DEPLOYMENT} FROM lti_deployments WHERE platform_id = ? ORDER BY deployment_id`, [platformId]);
  }
  deployment(platformId: string, deploymentId: string): Promise<LtiDeploymentRow | undefined> {
    return this.db.get<LtiDeploymentRow>(`SELECT ${DEPLOYMENT} FROM lti_deployments WHERE platform_id = ? AND deployment_id = ?`, [platformId, deploymentId]);
  }
  async insertDeployment(row: LtiDeploymentRow): Promise<void> {
    await this.db.run(`INSERT INTO lti_deployments (id, platform_id, deployment_id, name) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`, [
      row.id,
      row.platformId,
      row.deploymentId,
      row.name,
    ]);
  }
  async updateDeployment(platformId: string, deploymentId: string, fields: { name?: string | null; deploymentId?: string }): Promise<void> {
    if (fields.name !== undefined) {
      await this.db.run('UPDATE lti_deployments SET name = ? WHERE platform_id = ? AND deployment_id = ?', [fields.name, platformId, deploymentId]);
    }
    if (fields.deploymentId !== undefined) {
      await this.db.run('UPDATE lti_deployments SET deployment_id = ? WHERE platform_id = ? AND deployment_id = ?', [fields.deploymentId, platformId, deploymentId]);
    }
  }
  async deleteDeployment(platformId: string, deploymentId: string): Promise<void> {
    await this.db.run('DELETE FROM lti_deployments WHERE platform_id = ? AND deployment_id = ?', [platformId, deploymentId]);
  }

  // ── nonces and sessions (short-lived; expired rows are swept) ──
  async storeNonce(nonce: string, expiresAt: number): Promise<void> {
    await this.db.run('INSERT INTO lti_nonces (nonce, expires_at) VALUES (?, ?)', [nonce, expiresAt]);
  }
  /** Uses a nonce up: true only the first time, and only before it expires. */
  async consumeNonce(nonce: string, now: number): Promise<boolean> {
    const row = await this.db.get<{ expiresAt: number }>('DELETE FROM lti_nonces WHERE nonce = ? RETURNING expires_at AS "expiresAt"', [nonce]);
    return row !== undefined && row.expiresAt > now;
  }
  async putJson(table: 'lti_sessions' | 'lti_registration_sessions', id: string, json: string, expiresAt: number): Promise<void> {
    await this.db.run(
      `INSERT INTO ${table} (id, json, expires_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json, expires_at = excluded.expires_at`,
      [id, json, expiresAt],
    );
  }
  async getJson(table: 'lti_sessions' | 'lti_registration_sessions', id: string, now: number): Promise<string | undefined> {
    return (await this.db.get<{ json: string }>(`SELECT json FROM ${table} WHERE id = ? AND expires_at > ?`, [id, now]))?.json;
  }
  async deleteJson(table: 'lti_sessions' | 'lti_registration_sessions', id: string): Promise<void> {
    await this.db.run(`DELETE FROM ${table} WHERE id = ?`, [id]);
  }
  async sweep(now: number): Promise<void> {
    await this.db.run('DELETE FROM lti_nonces WHERE expires_at <= ?', [now]);
    await this.db.run('DELETE FROM lti_sessions WHERE expires_at <= ?', [now]);
    await this.db.run('DELETE FROM lti_registration_sessions WHERE expires_at <= ?', [now]);
  }

  // ── links and members (belong to a workshop) ──
  link(platformId: string, deploymentId: string, resourceLinkId: string): Promise<LtiLinkRow | undefined> {
    return this.db.get<LtiLinkRow>(`SELECT ${LINK} FROM lti_links WHERE platform_id = ? AND deployment_id = ? AND resource_link_id = ?`, [
      platformId,
      deploymentId,
      resourceLinkId,
    ]);
  }
  /** Links of one course (context) of a platform: the workshops a teacher already placed there. */
  linksInContext(platformId: string, contextId: string): Promise<LtiLinkRow[]> {
    return this.db.all<LtiLinkRow>(`SELECT ${LINK} FROM lti_links WHERE platform_id = ? AND context_id = ?`, [platformId, contextId]);
  }
  linksOf(workshopId: string): Promise<LtiLinkRow[]> {
    return this.db.all<LtiLinkRow>(`SELECT ${LINK} FROM lti_links WHERE workshop_id = ?`, [workshopId]);
  }
  async putLink(row: LtiLinkRow): Promise<void> {
    await this.db.run(
      `INSERT INTO lti_links (platform_id, deployment_id, resource_link_id, context_id, workshop_id, memberships_url)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform_id, deployment_id, resource_link_id) DO UPDATE SET
         workshop_id = excluded.workshop_id, context_id = excluded.context_id,
         memberships_url = COALESCE(excluded.memberships_url, lti_links.memberships_url)`,
      [row.platformId, row.deploymentId, row.resourceLinkId, row.contextId, row.workshopId, row.membershipsUrl],
    );
  }
  member(workshopId: string, platformId: string, subject: string): Promise<LtiMemberRow | undefined> {
    return this.db.get<LtiMemberRow>(`SELECT ${MEMBER} FROM lti_members WHERE workshop_id = ? AND platform_id = ? AND subject = ?`, [workshopId, platformId, subject]);
  }
  members(workshopId: string): Promise<LtiMemberRow[]> {
    return this.db.all<LtiMemberRow>(`SELECT ${MEMBER} FROM lti_members WHERE workshop_id = ? ORDER BY name, subject`, [workshopId]);
  }
  memberByParticipant(participantId: string): Promise<LtiMemberRow | undefined> {
    return this.db.get<LtiMemberRow>(`SELECT ${MEMBER} FROM lti_members WHERE participant_id = ?`, [participantId]);
  }
  /** Adds or refreshes a member; keeps a planned group and a participant already linked unless given. */
  async putMember(row: LtiMemberRow): Promise<void> {
    await this.db.run(
      `INSERT INTO lti_members (workshop_id, platform_id, subject, participant_id, name, roles, group_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (workshop_id, platform_id, subject) DO UPDATE SET
         name = excluded.name, roles = excluded.roles,
         participant_id = COALESCE(excluded.participant_id, lti_members.participant_id),
         group_id = COALESCE(excluded.group_id, lti_members.group_id)`,
      [row.workshopId, row.platformId, row.subject, row.participantId, row.name, row.roles, row.groupId],
    );
  }
  async setMemberGroup(workshopId: string, platformId: string, subject: string, groupId: string | null): Promise<void> {
    await this.db.run('UPDATE lti_members SET group_id = ? WHERE workshop_id = ? AND platform_id = ? AND subject = ?', [groupId, workshopId, platformId, subject]);
  }
}
