import type { LTI13JwtPayload } from '@lti-tool/core';
import { decodeJwt, jwtVerify } from 'jose';
import type { LtiPlatformRow, LtiRepository } from '@canvas/storage';
import { LtiError } from './errors.js';

export const CLAIM = {
  messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
  deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
  roles: 'https://purl.imsglobal.org/spec/lti/claim/roles',
  resourceLink: 'https://purl.imsglobal.org/spec/lti/claim/resource_link',
  context: 'https://purl.imsglobal.org/spec/lti/claim/context',
  presentation: 'https://purl.imsglobal.org/spec/lti/claim/launch_presentation',
  custom: 'https://purl.imsglobal.org/spec/lti/claim/custom',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
  deepLinking: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
} as const;

/**
 * Names why a launch is refused before the library verifies it (rule L3). Nothing here grants
 * anything: the unverified token is read only to pick the message; @lti-tool/core (jose) verifies.
 */
export async function precheckLaunch(
  repo: LtiRepository,
  stateSecret: Uint8Array,
  idToken: string,
  state: string,
): Promise<{ platform: LtiPlatformRow; deploymentId: string }> {
  let stateIssuer: unknown;
  try {
    const { payload } = await jwtVerify(state, stateSecret, { algorithms: ['HS256'] });
    stateIssuer = payload.iss;
  } catch (error) {
    const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
    throw new LtiError(401, 'invalid_state', expired ? 'The login state has expired: start the activity again from the course.' : 'The login state is not one this tool issued (tampered or from another server).');
  }
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(idToken);
  } catch {
    throw new LtiError(400, 'invalid_id_token', 'id_token is not a JSON Web Token.');
  }
  const issuer = typeof claims.iss === 'string' ? claims.iss : '';
  if (stateIssuer !== issuer) throw new LtiError(401, 'invalid_state', 'The login state was issued for another platform than the id_token.');
  const candidates = (await repo.platforms()).filter((p) => p.issuer === issuer);
  if (candidates.length === 0) throw new LtiError(401, 'unknown_platform', `No platform with issuer "${issuer}" is registered with this tool.`);
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  const platform = candidates.find((p) => audiences.includes(p.clientId));
  if (!platform) throw new LtiError(401, 'wrong_audience', `The id_token is addressed to "${audiences.join(', ')}", not to a client id registered for ${issuer}.`);
  const deploymentId = claims[CLAIM.deploymentId];
  if (typeof deploymentId !== 'string' || !await repo.deployment(platform.id, deploymentId)) {
    throw new LtiError(401, 'unknown_deployment', `Deployment "${String(deploymentId)}" of ${issuer} is not registered with this tool.`);
  }
  return { platform, deploymentId };
}

/** Turns @lti-tool/core's verification failure into a named refusal (rule L3). */
export function refusalOf(error: unknown): LtiError {
  const message = error instanceof Error ? error.message : String(error);
  if (/signature verification failed/i.test(message)) return new LtiError(401, 'bad_signature', 'The id_token is not signed by a key of the registered platform.');
  if (/"exp" claim/.test(message)) return new LtiError(401, 'token_expired', 'The id_token has expired: start the activity again from the course.');
  if (/already been used|expired/i.test(message) && /nonce/i.test(message)) return new LtiError(401, 'replayed_nonce', 'This launch was already used; a launch can be used only once.');
  if (/Nonce mismatch/.test(message)) return new LtiError(401, 'nonce_mismatch', 'The id_token does not belong to this login.');
  if (/fetch|ECONNREFUSED|JWKS/i.test(message)) return new LtiError(502, 'platform_keys_unavailable', 'The platform\'s key set could not be fetched.');
  return new LtiError(401, 'invalid_id_token', `The id_token was refused: ${message.replace(/^\[LTI\] Launch verification failed: /, '').slice(0, 300)}`);
}

export function displayNameOf(payload: LTI13JwtPayload): string {
  const p = payload as Record<string, unknown>;
  const joined = [p.given_name, p.family_name].filter((v) => typeof v === 'string' && v.trim()).join(' ');
  // The join rules allow 40 characters and no < > or control characters.
  const name = ((typeof p.name === 'string' && p.name) || joined).replace(/[\u0000-\u001f<>]/g, '').trim();
  return (name || 'Participant').slice(0, 40).trim();
}
