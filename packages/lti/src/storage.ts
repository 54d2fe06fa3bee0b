import type { LTIClient, LTIDeployment, LTIDynamicRegistrationSession, LTILaunchConfig, LTISession, LTIStorage } from '@lti-tool/core';
import type { LtiPlatformRow, LtiRepository } from '@canvas/storage';
import { randomUUID } from 'node:crypto';

/** How long a launch session (kept for deep linking and the roster) lives. */
const SESSION_TTL_MS = 2 * 3600 * 1000;
const REGISTRATION_TTL_MS = 3600 * 1000;

const client = (row: LtiPlatformRow): Omit<LTIClient, 'deployments'> => ({
  id: row.id,
  name: row.name,
  iss: row.issuer,
  clientId: row.clientId,
  authUrl: row.authUrl,
  tokenUrl: row.tokenUrl,
  jwksUrl: row.jwksUrl,
});

/**
 * @lti-tool/core's storage port over our SQLite store (the library ships no SQLite adapter). Rule L2:
 * a launch is known only for a registered (issuer, client id) with a registered deployment. Rule L4:
 * a nonce is used up by its first launch.
 */
export function ltiStorage(repo: LtiRepository, now: () => number = Date.now): LTIStorage {
  const deploymentsOf = async (platformId: string): Promise<LTIDeployment[]> =>
    (await repo.deployments(platformId)).map((d) => ({ id: d.id, deploymentId: d.deploymentId, ...(d.name ? { name: d.name } : {}) }));
  return {
    async listClients() {
      return (await repo.platforms()).map(client);
    },
    async getClientById(id) {
      const row = await repo.platform(id);
      return row ? { ...client(row), deployments: await deploymentsOf(row.id) } : undefined;
    },
    async addClient(input) {
      const id = randomUUID();
      await repo.insertPlatform({ id, name: input.name, issuer: input.iss, clientId: input.clientId, authUrl: input.authUrl, tokenUrl: input.tokenUrl, jwksUrl: input.jwksUrl, createdAt: now() });
      return id;
    },
    async updateClient(id, input) {
      await repo.updatePlatform(id, { name: input.name, issuer: input.iss, clientId: input.clientId, authUrl: input.authUrl, tokenUrl: input.tokenUrl, jwksUrl: input.jwksUrl });
    },
    async deleteClient(id) {
      await repo.deletePlatform(id);
    },
    async listDeployments(platformId) {
      return await deploymentsOf(platformId);
    },
    async getDeployment(platformId, deploymentId) {
      return (await deploymentsOf(platformId)).find((d) => d.deploymentId === deploymentId);
    },
    async addDeployment(platformId, deployment) {
      const id = randomUUID();
      await repo.insertDeployment({ id, platformId, deploymentId: deployment.deploymentId, name: deployment.name ?? null });
      return (await repo.deployment(platformId, deployment.deploymentId))?.id ?? id;
    },
    async updateDeployment(platformId, deploymentId, deployment) {
      await repo.updateDeployment(platformId, deploymentId, { name: deployment.name, deploymentId: deployment.deploymentId });
    },
    async deleteDeployment(platformId, deploymentId) {
      await repo.deleteDeployment(platformId, deploymentId);
    },
    async getSession(id) {
      const json = await repo.getJson('lti_sessions', id, now());
      return json ? (JSON.parse(json) as LTISession) : undefined;
    },
    async addSession(session) {
      await repo.putJson('lti_sessions', session.id, JSON.stringify(session), now() + SESSION_TTL_MS);
      return session.id;
    },
    async storeNonce(nonce, expiresAt) {
      await repo.storeNonce(nonce, expiresAt.getTime());
    },
    async validateNonce(nonce) {
      return await repo.consumeNonce(nonce, now());
    },
    async getLaunchConfig(iss, clientId, deploymentId): Promise<LTILaunchConfig | undefined> {
      if (typeof clientId !== 'string' || typeof deploymentId !== 'string') return undefined;
      const platform = await repo.platformByIssuer(iss, clientId);
      if (!platform || !await repo.deployment(platform.id, deploymentId)) return undefined;
      return { iss, clientId, deploymentId, authUrl: platform.authUrl, tokenUrl: platform.tokenUrl, jwksUrl: platform.jwksUrl };
    },
    async saveLaunchConfig(config) {
      await repo.transaction(async () => {
        let platform = await repo.platformByIssuer(config.iss, config.clientId);
        if (!platform) {
          platform = { id: randomUUID(), name: config.iss, issuer: config.iss, clientId: config.clientId, authUrl: config.authUrl, tokenUrl: config.tokenUrl, jwksUrl: config.jwksUrl, createdAt: now() };
          await repo.insertPlatform(platform);
        }
        await repo.insertDeployment({ id: randomUUID(), platformId: platform.id, deploymentId: config.deploymentId, name: null });
      });
    },
    async setRegistrationSession(id, session) {
      await repo.putJson('lti_registration_sessions', id, JSON.stringify(session), Math.min(session.expiresAt, now() + REGISTRATION_TTL_MS));
    },
    async getRegistrationSession(id) {
      const json = await repo.getJson('lti_registration_sessions', id, now());
      return json ? (JSON.parse(json) as LTIDynamicRegistrationSession) : undefined;
    },
    async deleteRegistrationSession(id) {
      await repo.deleteJson('lti_registration_sessions', id);
    },
  };
}
