import type { LTI13JwtPayload, LTITool } from '@lti-tool/core';
import type { LtiPlatformRow, LtiRepository } from '@canvas/storage';
import { jwtVerify, SignJWT } from 'jose';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { LtiError } from './errors.js';
import { CLAIM, displayNameOf } from './launch.js';
import type { WorkshopPort } from './ports.js';

/** What the teacher picks on the deep-linking page (rule L10). */
export type DeepLinkChoice =
  | { kind: 'new'; title: string; activities?: ReadonlyArray<{ templateId: string; durationMinutes?: number }> }
  | { kind: 'existing'; workshopId: string };

/** What the deep-linking page shows. */
export interface DeepLinkView {
  courseTitle: string;
  language: string;
  /** Workshops already placed in this course, to place again. */
  workshops: Array<{ id: string; title: string }>;
}

/** The ticket lives as long as a teacher may take to choose; the platform's own settings expire too. */
const TICKET_SECONDS = 30 * 60;

/** The language of a launch's locale ("de-DE" → "de"), English when it is not one we speak. */
export function launchLanguage(payload: LTI13JwtPayload): string {
  const locale = ((payload as Record<string, unknown>)[CLAIM.presentation] as { locale?: string } | undefined)?.locale ?? '';
  const code = locale.toLowerCase().slice(0, 2);
  return ['de', 'fr', 'es'].includes(code) ? code : 'en';
}

/**
 * LTI Deep Linking 2.0 (rule L10): a teacher picks or creates a workshop from the course; the tool
 * answers the platform with a signed content item (`@lti-tool/core` signs it with the L6 key). The
 * item carries the workshop in a custom parameter signed by this server, so a later launch of the
 * placed link opens that workshop, and no one can point a link at a workshop by editing its id.
 */
export class LtiDeepLinking {
  private readonly ticketKey: Uint8Array;
  private readonly customKey: Buffer;

  constructor(
    private readonly tool: LTITool,
    private readonly repo: LtiRepository,
    private readonly workshops: WorkshopPort,
    secret: string,
    private readonly launchUrl: () => string,
  ) {
    this.ticketKey = createHash('sha256').update(`lti-deep-link\u0000${secret}`).digest();
    this.customKey = createHash('sha256').update(`lti-custom-workshop\u0000${secret}`).digest();
  }

  /** A verified deep-linking request of an instructor: keeps the session, returns the page's ticket. */
  async begin(payload: LTI13JwtPayload, platform: LtiPlatformRow, deploymentId: string): Promise<string> {
    const settings = (payload as Record<string, unknown>)[CLAIM.deepLinking] as { deep_link_return_url?: string; accept_types?: string[] } | undefined;
    if (!settings?.deep_link_return_url) throw new LtiError(400, 'invalid_id_token', 'The deep-linking request has no deep_link_return_url.');
    if (settings.accept_types && !settings.accept_types.includes('ltiResourceLink')) {
      throw new LtiError(400, 'unsupported_content_type', 'The platform does not accept LTI resource links here, the only content this tool places.');
    }
    const session = await this.tool.createSession(payload);
    return new SignJWT({ sid: session.id, pid: platform.id, dep: deploymentId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime(`${TICKET_SECONDS}s`)
      .sign(this.ticketKey);
  }

  private async session(ticket: unknown) {
    if (typeof ticket !== 'string' || !ticket) throw new LtiError(401, 'invalid_ticket', 'Open the tool again from the course: this page needs the link the course gave.');
    let claims: { sid?: unknown; pid?: unknown };
    try {
      claims = (await jwtVerify(ticket, this.ticketKey, { algorithms: ['HS256'] })).payload as typeof claims;
    } catch {
      throw new LtiError(401, 'invalid_ticket', 'This choice has expired or was not issued by this tool: open the tool again from the course.');
    }
    const session = await this.tool.getSession(String(claims.sid));
    if (!session?.services?.deepLinking) throw new LtiError(401, 'invalid_ticket', 'This choice has expired: open the tool again from the course.');
    const platform = (await this.repo.platforms()).find((p) => p.id === claims.pid);
    if (!platform) throw new LtiError(401, 'invalid_ticket', 'The platform of this choice is no longer registered.');
    return { session, platform };
  }

  /** What the page shows: the course, and the workshops already placed in it. */
  async describe(ticket: unknown): Promise<DeepLinkView> {
    const { session, platform } = await this.session(ticket);
    const placed = session.context.id ? await this.repo.linksInContext(platform.id, session.context.id) : [];
    const workshops: Array<{ id: string; title: string }> = [];
    for (const workshopId of new Set(placed.map((link) => link.workshopId))) {
      const title = await this.workshops.title(workshopId);
      if (typeof title === 'string') workshops.push({ id: workshopId, title });
    }
    return { courseTitle: session.context.title || session.context.label || '', language: launchLanguage(session.jwtPayload as LTI13JwtPayload), workshops };
  }

  /**
   * Creates the workshop (or takes a placed one of this course) and returns the page that posts the
   * signed response back to the platform, with the platform's origin for the page's form-action.
   */
  async finish(ticket: unknown, choice: DeepLinkChoice): Promise<{ html: string; returnUrl: string; workshopId: string }> {
    const { session, platform } = await this.session(ticket);
    let workshopId: string;
    let title: string;
    if (choice.kind === 'existing') {
      const placed = session.context.id ? await this.repo.linksInContext(platform.id, session.context.id) : [];
      if (!placed.some((link) => link.workshopId === choice.workshopId) || !await this.workshops.exists(choice.workshopId)) {
        throw new LtiError(404, 'workshop_not_found', 'This course has no such workshop.');
      }
      workshopId = choice.workshopId;
      title = await this.workshops.title(workshopId) ?? 'Canvas Sessions';
    } else {
      title = choice.title.trim().slice(0, 120) || session.context.title || 'Workshop';
      workshopId = await this.workshops.create({
        title,
        language: launchLanguage(session.jwtPayload as LTI13JwtPayload),
        facilitatorName: displayNameOf(session.jwtPayload as LTI13JwtPayload),
        ...(choice.activities ? { activities: choice.activities } : {}),
      });
    }
    const html = await this.tool.createDeepLinkingResponse(session, [
      { type: 'ltiResourceLink', title, url: this.launchUrl(), custom: { canvas_sessions_workshop: this.signWorkshop(workshopId) } },
    ]);
    // A ticket answers once: a second post (a double click, a replay) finds no session.
    await this.repo.deleteJson('lti_sessions', session.id);
    return { html, returnUrl: session.services!.deepLinking!.returnUrl, workshopId };
  }

  /** `<workshopId>.<mac>`: the custom parameter a placed link carries. */
  signWorkshop(workshopId: string): string {
    return `${workshopId}.${createHmac('sha256', this.customKey).update(workshopId).digest('base64url')}`;
  }

  /** The workshop a launch's custom parameter names, if this server signed it. */
  workshopOf(payload: LTI13JwtPayload): string | null {
    const custom = (payload as Record<string, unknown>)[CLAIM.custom] as Record<string, unknown> | undefined;
    const value = custom?.canvas_sessions_workshop;
    if (typeof value !== 'string') return null;
    const dot = value.lastIndexOf('.');
    if (dot <= 0) return null;
    const workshopId = value.slice(0, dot);
    const expected = Buffer.from(this.signWorkshop(workshopId));
    const given = Buffer.from(value);
    return expected.length === given.length && timingSafeEqual(expected, given) ? workshopId : null;
  }
}
