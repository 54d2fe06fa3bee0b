import type { LTISession, LTITool } from '@lti-tool/core';
import type { LtiRepository } from '@canvas/storage';
import { LtiError } from './errors.js';
import { isFacilitatorRole } from './roles.js';

/** One course member as the console shows it (rule L9). */
export interface RosterMember {
  /** Opaque key of the member in this workshop: platform and LMS user id. */
  key: string;
  name: string;
  facilitator: boolean;
  /** The group the facilitator planned for them; they land there at their first launch. */
  groupId: string | null;
  /** They have launched and joined the workshop. */
  joined: boolean;
}

export interface RosterView {
  /** The workshop is linked from an LMS course whose platform offers Names and Role Provisioning Services. */
  available: boolean;
  members: RosterMember[];
}

const keyOf = (platformId: string, subject: string) => `${platformId}.${Buffer.from(subject).toString('base64url')}`;

function parseKey(key: string): { platformId: string; subject: string } | null {
  const dot = key.indexOf('.');
  if (dot <= 0) return null;
  return { platformId: key.slice(0, dot), subject: Buffer.from(key.slice(dot + 1), 'base64url').toString() };
}

/**
 * The course roster from the LMS (LTI Names and Role Provisioning Services 2.0, rule L9): fetched with
 * the tool's own client credentials (`@lti-tool/core`'s NRPS and token services), kept as the
 * workshop's LMS members, so the facilitator can form groups before the session.
 */
export class LtiRoster {
  constructor(
    private readonly tool: LTITool,
    private readonly repo: LtiRepository,
    private readonly groupExists: (workshopId: string, groupId: string) => Promise<boolean>,
  ) {}

  async view(workshopId: string): Promise<RosterView> {
    const available = (await this.repo.linksOf(workshopId)).some((link) => link.membershipsUrl);
    const members = (await this.repo.members(workshopId)).map((member) => ({
      key: keyOf(member.platformId, member.subject),
      name: member.name,
      facilitator: isFacilitatorRole(JSON.parse(member.roles) as string[]),
      groupId: member.groupId,
      joined: member.participantId !== null,
    }));
    return { available, members };
  }

  /** Fetches the course's active members from every linked platform and stores them; returns the roster. */
  async load(workshopId: string): Promise<RosterView> {
    const links = (await this.repo.linksOf(workshopId)).filter((link) => link.membershipsUrl);
    if (links.length === 0) throw new LtiError(409, 'no_roster', 'This workshop was not opened from an LMS course that shares its members.');
    for (const link of links) {
      const platform = (await this.repo.platforms()).find((p) => p.id === link.platformId);
      if (!platform) continue;
      // A session as @lti-tool/core's NRPS service reads it: the platform and the memberships URL.
      const session = {
        id: `roster-${workshopId}`,
        jwtPayload: {},
        user: { id: '', roles: [] },
        context: { id: link.contextId ?? '', label: '', title: '' },
        platform: { issuer: platform.issuer, clientId: platform.clientId, deploymentId: link.deploymentId, name: platform.name },
        launch: { target: '' },
        services: { nrps: { membershipUrl: link.membershipsUrl! } },
      } as unknown as LTISession;
      let members: Awaited<ReturnType<LTITool['getMembers']>>;
      try {
        members = await this.tool.getMembers(session);
      } catch (error) {
        throw new LtiError(502, 'roster_unavailable', `The LMS did not hand out the course's members: ${(error as Error).message.slice(0, 200)}`);
      }
      for (const member of members) {
        if (member.status && member.status !== 'Active') continue;
        const name = (member.name || [member.givenName, member.familyName].filter(Boolean).join(' ') || member.userId).slice(0, 60);
        await this.repo.putMember({ workshopId, platformId: platform.id, subject: member.userId, participantId: null, name, roles: JSON.stringify(member.roles ?? []), groupId: null });
      }
    }
    return await this.view(workshopId);
  }

  /** Plans (or clears) a member's group; they are placed there when they first launch. */
  async plan(workshopId: string, key: string, groupId: string | null): Promise<RosterView> {
    const parsed = parseKey(key);
    const member = parsed && await this.repo.member(workshopId, parsed.platformId, parsed.subject);
    if (!parsed || !member) throw new LtiError(404, 'member_not_found', 'This workshop has no such LMS member.');
    if (groupId !== null && !(await this.groupExists(workshopId, groupId))) throw new LtiError(400, 'unknown_group', 'This group is not part of the workshop.');
    await this.repo.setMemberGroup(workshopId, parsed.platformId, parsed.subject, groupId);
    return await this.view(workshopId);
  }
}
