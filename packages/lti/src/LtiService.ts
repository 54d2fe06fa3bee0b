import { LTITool, type LTI13JwtPayload } from '@lti-tool/core';
import type { ToolKeyPair } from './toolKey.js';
import type { LtiPlatformRow, LtiRepository } from '@canvas/storage';
import { createHash, randomUUID } from 'node:crypto';
import { LtiError } from './errors.js';
import { CLAIM, displayNameOf, precheckLaunch, refusalOf } from './launch.js';
import type { WorkshopPort } from './ports.js';
import { isFacilitatorRole } from './roles.js';
import { ltiStorage } from './storage.js';
import { LtiRoster } from './roster.js';
import { launchLanguage, LtiDeepLinking } from './deepLinking.js';
import { LtiDynamicRegistration } from './dynamicRegistration.js';

export interface LtiServiceOptions {
  repo: LtiRepository;
  workshops: WorkshopPort;
  /** The server's secret; the login state is signed with a key derived from it. */
  secret: string;
  key: { keyPair: ToolKeyPair; keyId: string };
  /** The tool's public base URL (PUBLIC_URL or where it listens), for its login, launch and key set URLs. */
  baseUrl: () => string;
  now?: () => number;
}

/** Where a verified launch sends the browser. */
export type LaunchResult =
  | { kind: 'console'; workshopId: string; token: string }
  | { kind: 'board'; workshopId: string; token: string; participantId: string }
  /** A teacher chooses what the course links to (L10): the page's ticket. */
  | { kind: 'deep-link'; ticket: string };

export interface PlatformInput {
  name: string;
  issuer: string;
  clientId: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  deploymentIds: string[];
}

export interface PlatformView extends Omit<LtiPlatformRow, 'createdAt'> {
  deploymentIds: string[];
}

/**
 * The LTI 1.3 tool (rules in SPEC.md). @lti-tool/core does the protocol and the cryptography (jose):
 * the login redirect, verifying id_tokens against the platform's key set, the tool's key set.
 * This class decides what a verified launch means for a workshop.
 */
export class LtiService {
  readonly tool: LTITool;
  /** The course roster from the LMS (NRPS, rule L9). */
  readonly roster: LtiRoster;
  /** Placing workshops in a course (Deep Linking, rule L10). */
  readonly deepLinking: LtiDeepLinking;
  /** Registration by the platform itself (Dynamic Registration, rule L11). */
  readonly registration: LtiDynamicRegistration;
  private readonly repo: LtiRepository;
  private readonly workshops: WorkshopPort;
  private readonly stateSecret: Uint8Array;
  private readonly baseUrl: () => string;
  private readonly now: () => number;

  constructor(options: LtiServiceOptions) {
    this.repo = options.repo;
    this.workshops = options.workshops;
    this.baseUrl = options.baseUrl;
    this.now = options.now ?? Date.now;
    this.stateSecret = createHash('sha256').update(`lti-state\u0000${options.secret}`).digest();
    this.tool = new LTITool({
      stateSecret: this.stateSecret,
      keyPair: options.key.keyPair,
      storage: ltiStorage(this.repo, this.now),
      security: { keyId: options.key.keyId, stateExpirationSeconds: 600, nonceExpirationSeconds: 600 },
      dynamicRegistration: (() => {
        const base = this.baseUrl().replace(/\/$/, '');
        return {
          url: base,
          name: 'Canvas Sessions',
          description: 'Collaborative canvases for designing micro-credentials',
          loginUri: `${base}/lti/login`,
          launchUri: `${base}/lti/launch`,
          // Deep-linking requests arrive at the launch URL too (L10).
          deepLinkingUri: `${base}/lti/launch`,
          jwksUri: `${base}/lti/jwks`,
          redirectUris: [`${base}/lti/launch`],
        };
      })(),
    });
    this.roster = new LtiRoster(this.tool, this.repo, async (workshopId, groupId) => await this.workshops.groupExists(workshopId, groupId));
    this.registration = new LtiDynamicRegistration(this.tool);
    this.deepLinking = new LtiDeepLinking(this.tool, this.repo, this.workshops, options.secret, () => this.urls().launch);
  }

  urls() {
    const base = this.baseUrl().replace(/\/$/, '');
    return { login: `${base}/lti/login`, launch: `${base}/lti/launch`, jwks: `${base}/lti/jwks`, registration: `${base}/lti/register` };
  }

  // ── registrations (admin) ──

  async listPlatforms(): Promise<PlatformView[]> {
    return Promise.all((await this.repo.platforms()).map((p) => this.view(p)));
  }

  private async view({ createdAt: _createdAt, ...platform }: LtiPlatformRow): Promise<PlatformView> {
    return { ...platform, deploymentIds: (await this.repo.deployments(platform.id)).map((d) => d.deploymentId) };
  }

  /** Registers a platform by hand, or adds deployments to one already registered (same issuer and client id). */
  async registerPlatform(input: PlatformInput): Promise<PlatformView> {
    return await this.repo.transaction(async () => {
      let platform = await this.repo.platformByIssuer(input.issuer, input.clientId);
      if (platform) {
        await this.repo.updatePlatform(platform.id, { name: input.name, authUrl: input.authUrl, tokenUrl: input.tokenUrl, jwksUrl: input.jwksUrl });
      } else {
        platform = { id: randomUUID(), name: input.name, issuer: input.issuer, clientId: input.clientId, authUrl: input.authUrl, tokenUrl: input.tokenUrl, jwksUrl: input.jwksUrl, createdAt: this.now() };
        await this.repo.insertPlatform(platform);
      }
      for (const deploymentId of input.deploymentIds) await this.repo.insertDeployment({ id: randomUUID(), platformId: platform.id, deploymentId, name: null });
      return await this.view((await this.repo.platform(platform.id))!);
    });
  }

  async deletePlatform(id: string): Promise<void> {
    if (!await this.repo.platform(id)) throw new LtiError(404, 'platform_not_found', 'No platform with this id is registered.');
    await this.repo.deletePlatform(id);
  }

  // ── login and launch ──

  jwks(): Promise<{ keys: Array<Record<string, unknown>> }> {
    return this.tool.getJWKS();
  }

  /** OIDC third-party-initiated login: the URL of the platform's authorisation endpoint to redirect to. */
  async login(params: Record<string, unknown>): Promise<string> {
    const str = (name: string) => (typeof params[name] === 'string' && params[name] ? (params[name] as string) : undefined);
    const iss = str('iss');
    const loginHint = str('login_hint');
    const target = str('target_link_uri');
    if (!iss || !loginHint || !target) {
      const missing = ['iss', 'login_hint', 'target_link_uri'].filter((n) => !str(n));
      throw new LtiError(400, 'invalid_login', `The login request lacks ${missing.join(', ')}.`);
    }
    // client_id and lti_deployment_id are optional in a login: take the only registered ones.
    const platforms = (await this.repo.platforms()).filter((p) => p.issuer === iss && (!str('client_id') || p.clientId === str('client_id')));
    if (platforms.length === 0) throw new LtiError(400, 'unknown_platform', `No platform with issuer "${iss}"${str('client_id') ? ` and client id "${str('client_id')}"` : ''} is registered with this tool.`);
    if (platforms.length > 1) throw new LtiError(400, 'ambiguous_platform', `Several registrations of "${iss}": the login must name its client_id.`);
    const platform = platforms[0]!;
    const deployments = await this.repo.deployments(platform.id);
    const deploymentId = str('lti_deployment_id') ?? (deployments.length === 1 ? deployments[0]!.deploymentId : undefined);
    if (!deploymentId || !deployments.some((d) => d.deploymentId === deploymentId)) {
      throw new LtiError(400, 'unknown_deployment', `Deployment "${deploymentId ?? ''}" of ${iss} is not registered with this tool.`);
    }
    return this.tool.handleLogin({
      iss,
      client_id: platform.clientId,
      lti_deployment_id: deploymentId,
      login_hint: loginHint,
      target_link_uri: target,
      ...(str('lti_message_hint') ? { lti_message_hint: str('lti_message_hint')! } : {}),
      launchUrl: this.urls().launch,
    });
  }

  /** Verifies a launch (rule L3) and returns the verified claims with the platform they came from. */
  async verify(idToken: unknown, state: unknown): Promise<{ payload: LTI13JwtPayload; platform: LtiPlatformRow; deploymentId: string }> {
    if (typeof idToken !== 'string' || !idToken) throw new LtiError(400, 'invalid_launch', 'The launch lacks id_token.');
    if (typeof state !== 'string' || !state) throw new LtiError(400, 'invalid_launch', 'The launch lacks state.');
    const { platform, deploymentId } = await precheckLaunch(this.repo, this.stateSecret, idToken, state);
    let payload: LTI13JwtPayload;
    try {
      payload = await this.tool.verifyLaunch(idToken, state);
    } catch (error) {
      throw refusalOf(error);
    }
    return { payload, platform, deploymentId };
  }

  /** A resource-link launch (rules L5, L7): instructors open the console, learners their group's board. */
  async launch(idToken: unknown, state: unknown): Promise<LaunchResult> {
    const { payload, platform, deploymentId } = await this.verify(idToken, state);
    const claims = payload as Record<string, unknown>;
    const messageType = claims[CLAIM.messageType];
    if (messageType === 'LtiDeepLinkingRequest') {
      if (!isFacilitatorRole((claims[CLAIM.roles] as string[] | undefined) ?? [])) {
        throw new LtiError(403, 'instructors_only', 'Only teachers choose which workshop a course links to.');
      }
      return { kind: 'deep-link', ticket: await this.deepLinking.begin(payload, platform, deploymentId) };
    }
    if (messageType !== 'LtiResourceLinkRequest') throw new LtiError(400, 'unsupported_message_type', `This tool cannot handle "${String(messageType)}" at its launch URL.`);
    const resourceLink = claims[CLAIM.resourceLink] as { id?: string; title?: string } | undefined;
    if (!resourceLink?.id) throw new LtiError(400, 'invalid_id_token', 'The launch has no resource_link id.');
    const context = claims[CLAIM.context] as { id?: string; title?: string } | undefined;
    const roles = (claims[CLAIM.roles] as string[] | undefined) ?? [];
    const facilitator = isFacilitatorRole(roles);
    const membershipsUrl = (claims[CLAIM.nrps] as { context_memberships_url?: string } | undefined)?.context_memberships_url ?? null;

    let link = await this.repo.link(platform.id, deploymentId, resourceLink.id);
    if (link && !await this.workshops.exists(link.workshopId)) link = undefined;
    // A link placed by deep linking names its workshop in a custom parameter this server signed (L10).
    const placed = link ? null : this.deepLinking.workshopOf(payload);
    if (placed && await this.workshops.exists(placed)) {
      link = { platformId: platform.id, deploymentId, resourceLinkId: resourceLink.id, contextId: context?.id ?? null, workshopId: placed, membershipsUrl };
    }
    if (!link) {
      if (!facilitator) throw new LtiError(409, 'workshop_not_ready', 'Your teacher has not opened this activity yet. Try again once they have.');
      const workshopId = await this.workshops.create({
        title: (resourceLink.title || context?.title || 'Workshop').slice(0, 120),
        language: launchLanguage(payload),
        facilitatorName: displayNameOf(payload),
      });
      link = { platformId: platform.id, deploymentId, resourceLinkId: resourceLink.id, contextId: context?.id ?? null, workshopId, membershipsUrl };
    }
    await this.repo.putLink({ ...link, membershipsUrl: membershipsUrl ?? link.membershipsUrl });
    const workshopId = link.workshopId;
    if (facilitator) return { kind: 'console', workshopId, token: await this.workshops.facilitatorToken(workshopId) };

    const name = displayNameOf(payload);
    const member = await this.repo.member(workshopId, platform.id, payload.sub);
    let participantId = member?.participantId && await this.workshops.participantExists(workshopId, member.participantId) ? member.participantId : null;
    participantId ??= await this.workshops.join(workshopId, name, member?.groupId ?? null);
    await this.repo.putMember({ workshopId, platformId: platform.id, subject: payload.sub, participantId, name, roles: JSON.stringify(roles), groupId: null });
    return { kind: 'board', workshopId, participantId, token: await this.workshops.participantToken(workshopId, participantId) };
  }

  async sweep(): Promise<void> {
    await this.repo.sweep(this.now());
  }
}
