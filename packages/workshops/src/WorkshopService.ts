import { catalogue } from '@canvas/i18n';
import { boardAccess, canOnWorkshop, CredentialSigner, type BoardRef, type Principal, type WorkshopAccessState } from '@canvas/access';
import {
  GROUP_CAPACITY,
  GROUP_COLORS,
  MEMBER_COLORS,
  MEMBER_CURSOR_HEX,
  type BoardView,
  type GroupSummary,
  type JoinResponse,
  type Language,
  type MemberColor,
  type TimerCommand,
  type UpdateWorkshopRequest,
  type WorkshopLookup,
  type WorkshopState,
  type WorkshopView,
  createWorkshopRequestSchema,
  joinRequestSchema,
  type CreateWorkshopRequest,
  type JoinRequest,
} from '@canvas/api';
import type { BoardRow, GroupRow, ParticipantRow, WorkshopRepository, WorkshopRow } from '@canvas/storage';
import { ended, forbidden, notFound, WorkshopError } from './errors.js';
import { newId, newJoinCode } from './ids.js';
import type { ConnectionIdentity } from '@canvas/sync-server';
import type { LiveBoards, TemplateCatalog, TemplateInfo } from './ports.js';
import { applyTimerCommand } from './timer.js';
import { checkGroupCount, checkParticipantCount, DEFAULT_WORKSHOP_LIMITS, type WorkshopLimits } from '@canvas/limits';

export interface WorkshopServiceOptions {
  repo: WorkshopRepository;
  signer: CredentialSigner;
  catalog: TemplateCatalog;
  live: LiveBoards;
  ttlDays: number;
  /** Groups and participants per workshop (@canvas/limits SPEC L1). */
  limits?: WorkshopLimits;
  now?: () => number;
}

/** Persisted live state of a workshop (the `state` JSON column). */
interface StoredState extends Omit<WorkshopState, 'status'> {
  facilitatorName: string;
  revision: number;
  /** Reveals in progress (W5): recorded before any note moves, cleared when all are revealed. */
  revealingActivityIds: string[];
}

/** The live state other modules may change through `changeState` (individual writing, gathering). */
export type MutableState = Pick<StoredState, 'writingActivityIds' | 'revealingActivityIds' | 'gather' | 'currentActivityId' | 'participantUploads'>;

/** Default names come from the workshop language's catalogue (@canvas/i18n). */
const GROUP_NAME = (language: string) => catalogue(language).names.group;

/**
 * The rules of workshops: creating one, joining it (groups of at most four), the facilitator's
 * controls, and the consequences of each change for open sockets. HTTP-free: the server's
 * routes call these methods and turn `WorkshopError`s into 4xx answers.
 */
export class WorkshopService {
  private readonly repo: WorkshopRepository;
  private readonly signer: CredentialSigner;
  private readonly catalog: TemplateCatalog;
  private readonly live: LiveBoards;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly limits: WorkshopLimits;

  constructor(options: WorkshopServiceOptions) {
    this.limits = options.limits ?? DEFAULT_WORKSHOP_LIMITS;
    this.repo = options.repo;
    this.signer = options.signer;
    this.catalog = options.catalog;
    this.live = options.live;
    this.ttlMs = options.ttlDays * 24 * 3600 * 1000;
    this.now = options.now ?? Date.now;
  }

  // ── creating and finding ──────────────────────────────────────────────────────────────

  /**
   * Creates a workshop. `customTemplates` are canvases the facilitator imported (already validated
   * by the caller); activities may use their ids, which take precedence over built-in ones.
   */
  async create(
    input: CreateWorkshopRequest & { facilitatorName?: string },
    customTemplates: ReadonlyArray<{ info: TemplateInfo; json: string }> = [],
  ): Promise<{ workshopId: string; facilitatorToken: string; joinCode: string }> {
    const request = createWorkshopRequestSchema.parse(input);
    const templates: Array<{ activity: (typeof request.activities)[number]; template: TemplateInfo }> = [];
    for (const [index, activity] of request.activities.entries()) {
      const template = customTemplates.find((custom) => custom.info.id === activity.templateId)?.info ?? (await this.catalog.get(activity.templateId));
      if (!template) {
        throw new WorkshopError(400, 'unknown_template', `Unknown canvas template "${activity.templateId}".`, `activities.${index}.templateId`);
      }
      templates.push({ activity, template });
    }
    const now = this.now();
    const workshopId = newId('ws');
    const joinCode = await this.uniqueJoinCode();
    await this.repo.transaction(async () => {
      const activityIds: string[] = [];
      const state: StoredState = {
        currentActivityId: null,
        locked: false,
        spotlightGroupId: null,
        shownSolutionActivityIds: [],
        timer: null,
        onlyCurrentActivityOpen: false,
        gather: 0,
        writingActivityIds: [],
        revealingActivityIds: [],
        participantUploads: false,
        facilitatorName: input.facilitatorName?.trim() || catalogue(request.language).names.facilitator,
        revision: 1,
      };
      await this.repo.insertWorkshop({
        id: workshopId,
        title: request.title,
        language: request.language,
        joinCode,
        status: 'active',
        state: JSON.stringify(state),
        createdAt: now,
        expiresAt: now + this.ttlMs,
      });
      await this.repo.insertBoard({ id: controlBoardId(workshopId), workshopId, kind: 'control', groupId: null, activityId: null });
      for (const custom of customTemplates) await this.repo.insertCustomTemplate(workshopId, custom.info.id, custom.json);
      for (const [position, { activity, template }] of templates.entries()) {
        const activityId = newId('ac');
        activityIds.push(activityId);
        await this.repo.insertActivity({
          id: activityId,
          workshopId,
          position,
          templateId: template.id,
          title: activity.title ?? template.title(request.language),
          kind: template.kind,
          durationMinutes: activity.durationMinutes ?? template.durationMinutes,
        });
        await this.repo.insertBoard({ id: newId('bd'), workshopId, kind: 'facilitator', groupId: null, activityId });
        if (template.kind === 'workshop-wide') {
          await this.repo.insertBoard({ id: newId('bd'), workshopId, kind: 'workshop', groupId: null, activityId });
        }
      }
      for (let i = 0; i < request.groupCount; i++) await this.insertGroup(workshopId, request.language);
      state.currentActivityId = activityIds[0] ?? null;
      if (templates[0]?.template.individualWriting && state.currentActivityId) state.writingActivityIds = [state.currentActivityId];
      await this.repo.updateWorkshop(workshopId, { state: JSON.stringify(state) });
    });
    await this.publish(workshopId);
    return { workshopId, facilitatorToken: this.signer.issueFacilitator(workshopId), joinCode };
  }

  private async uniqueJoinCode(): Promise<string> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newJoinCode();
      if (!await this.repo.workshopByCode(code)) return code;
    }
    throw new Error('could not find a free join code');
  }

  /**
   * Gives the workshop a new join code: the old one stops working at once (a code that was shown to
   * the wrong room, or guessed). Participants already in keep their credentials.
   */
  async rotateJoinCode(workshopId: string): Promise<string> {
    await this.requireWorkshop(workshopId);
    const joinCode = await this.uniqueJoinCode();
    await this.repo.updateWorkshop(workshopId, { joinCode });
    await this.touch(workshopId);
    return joinCode;
  }

  async lookupByCode(code: string): Promise<WorkshopLookup> {
    const workshop = await this.repo.workshopByCode(code);
    if (!workshop) throw new WorkshopError(404, 'join_code_not_found', 'No workshop uses this code. Check the code with your facilitator.', 'code');
    return {
      workshopId: workshop.id,
      title: workshop.title,
      language: workshop.language as Language,
      status: workshop.status,
      groups: await this.groupSummaries(workshop.id),
    };
  }

  private async groupSummaries(workshopId: string): Promise<GroupSummary[]> {
    const summaries: GroupSummary[] = [];
    for (const group of await this.repo.groups(workshopId)) {
      const memberCount = (await this.repo.groupMembers(group.id)).length;
      summaries.push({ id: group.id, name: group.name, color: group.color, memberCount, capacity: GROUP_CAPACITY });
    }
    return summaries;
  }

  // ── joining ───────────────────────────────────────────────────────────────────────────

  async join(workshopId: string, input: JoinRequest): Promise<JoinResponse> {
    const request = joinRequestSchema.parse(input);
    const result = await this.repo.transaction(async (): Promise<JoinResponse> => {
      const workshop = await this.requireWorkshop(workshopId);
      const language = workshop.language as Language;
      // Rejoining from the same browser restores the same identity and group.
      if (request.rejoinToken) {
        const claims = this.signer.verify(request.rejoinToken);
        if (claims?.role === 'participant' && claims.w === workshopId) {
          const existing = await this.repo.participant(claims.p);
          if (existing && existing.workshopId === workshopId) {
            if (existing.displayName !== request.displayName) await this.repo.updateParticipant(existing.id, { displayName: request.displayName });
            return {
              token: request.rejoinToken,
              workshopId,
              participant: { id: existing.id, displayName: request.displayName, color: existing.color, groupId: existing.groupId },
              rejoined: true,
            };
          }
        }
      }
      if (workshop.status === 'ended') throw ended();
      checkParticipantCount((await this.repo.participants(workshopId)).length, this.limits);
      let group: GroupRow | undefined;
      if (request.groupId) {
        group = (await this.repo.groups(workshopId)).find((candidate) => candidate.id === request.groupId);
        if (!group) throw new WorkshopError(404, 'group_not_found', 'This group does not exist (any more).', 'groupId');
        if ((await this.repo.groupMembers(group.id)).length >= GROUP_CAPACITY) throw await this.groupFull(workshopId, group);
      } else {
        for (const candidate of await this.repo.groups(workshopId)) {
          if ((await this.repo.groupMembers(candidate.id)).length < GROUP_CAPACITY) {
            group = candidate;
            break;
          }
        }
        group ??= await this.insertGroup(workshopId, language);
      }
      const participant: ParticipantRow = {
        id: newId('pa'),
        workshopId,
        groupId: group.id,
        displayName: request.displayName,
        color: await this.freeColor(group.id),
        createdAt: this.now(),
      };
      await this.repo.insertParticipant(participant);
      return {
        token: this.signer.issueParticipant(workshopId, participant.id),
        workshopId,
        participant: { id: participant.id, displayName: participant.displayName, color: participant.color, groupId: participant.groupId },
        rejoined: false,
      };
    });
    // Everyone's view changed (members, maybe a new group): a new revision makes clients refetch.
    await this.touch(workshopId);
    return result;
  }

  private async groupFull(workshopId: string, group: GroupRow): Promise<WorkshopError> {
    const groupsWithRoom = (await this.groupSummaries(workshopId)).filter((summary) => summary.memberCount < summary.capacity);
    return new WorkshopError(
      409,
      'group_full',
      `${group.name} already has ${GROUP_CAPACITY} members. Choose a group with room${groupsWithRoom.length ? ': ' + groupsWithRoom.map((g) => g.name).join(', ') : ''}.`,
      'groupId',
      { groupsWithRoom },
    );
  }

  /** The first member colour nobody in the group uses yet, so post-its are easy to tell apart. */
  private async freeColor(groupId: string, except?: string): Promise<MemberColor> {
    const used = new Set((await this.repo.groupMembers(groupId)).filter((m) => m.id !== except).map((m) => m.color));
    return MEMBER_COLORS.find((color) => !used.has(color)) ?? MEMBER_COLORS[0];
  }

  private async insertGroup(workshopId: string, language: Language, fields: { name?: string; color?: string } = {}): Promise<GroupRow> {
    const groups = await this.repo.groups(workshopId);
    checkGroupCount(groups.length, 1, this.limits);
    const position = groups.reduce((max, g) => Math.max(max, g.position + 1), 0);
    const group: GroupRow = {
      id: newId('gr'),
      workshopId,
      name: fields.name ?? GROUP_NAME(language)(position + 1),
      color: fields.color ?? GROUP_COLORS[position % GROUP_COLORS.length]!,
      position,
    };
    await this.repo.insertGroup(group);
    for (const activity of await this.repo.activities(workshopId)) {
      if (activity.kind === 'group') {
        await this.repo.insertBoard({ id: newId('bd'), workshopId, kind: 'group', groupId: group.id, activityId: activity.id });
      }
    }
    return group;
  }

  // ── who is asking ─────────────────────────────────────────────────────────────────────

  /**
   * The principal behind a credential. `revoked` marks a genuine credential whose participant was
   * removed (answered 403, not 401).
   */
  async principal(token: string | undefined | null): Promise<{ principal: Principal; revoked: boolean }> {
    const claims = this.signer.verify(token);
    if (!claims) return { principal: { kind: 'anonymous' }, revoked: false };
    if (!await this.repo.workshop(claims.w)) return { principal: { kind: 'anonymous' }, revoked: true };
    if (claims.role === 'facilitator') return { principal: { kind: 'facilitator', workshopId: claims.w }, revoked: false };
    const participant = await this.repo.participant(claims.p);
    if (!participant || participant.workshopId !== claims.w) return { principal: { kind: 'anonymous' }, revoked: true };
    return {
      principal: { kind: 'participant', workshopId: claims.w, participantId: participant.id, groupId: participant.groupId },
      revoked: false,
    };
  }

  /** Throws unless the principal may do `action` on the workshop (which must exist). */
  async authorize(workshopId: string, principal: Principal, revoked: boolean, action: 'workshop:read' | 'workshop:manage'): Promise<WorkshopRow> {
    const workshop = await this.requireWorkshop(workshopId);
    if (principal.kind === 'anonymous') {
      if (revoked) throw new WorkshopError(403, 'access_revoked', 'You were removed from this workshop.');
      throw new WorkshopError(401, 'unauthorized', 'A valid credential is required: open your workshop link again or rejoin with the code.');
    }
    if (!canOnWorkshop(principal, workshopId, action)) {
      throw forbidden(action === 'workshop:manage' ? 'manage this workshop (facilitators only)' : 'see this workshop');
    }
    return workshop;
  }

  private async requireWorkshop(workshopId: string): Promise<WorkshopRow> {
    const workshop = await this.repo.workshop(workshopId);
    if (!workshop) throw notFound();
    return workshop;
  }

  private async requireActive(workshopId: string): Promise<WorkshopRow> {
    const workshop = await this.requireWorkshop(workshopId);
    if (workshop.status === 'ended') throw ended();
    return workshop;
  }

  private stateOf(workshop: WorkshopRow): StoredState {
    const stored = JSON.parse(workshop.state) as StoredState;
    // Workshops stored before individual writing and "keep together" existed.
    return { ...stored, onlyCurrentActivityOpen: stored.onlyCurrentActivityOpen ?? false, gather: stored.gather ?? 0, writingActivityIds: stored.writingActivityIds ?? [], revealingActivityIds: stored.revealingActivityIds ?? [], participantUploads: stored.participantUploads ?? false };
  }

  accessState(workshop: WorkshopRow): WorkshopAccessState {
    const state = this.stateOf(workshop);
    return {
      status: workshop.status,
      locked: state.locked,
      spotlightGroupId: state.spotlightGroupId,
      shownSolutionActivityIds: state.shownSolutionActivityIds,
      currentActivityId: state.currentActivityId,
      onlyCurrentActivityOpen: state.onlyCurrentActivityOpen,
      writingActivityIds: state.writingActivityIds,
    };
  }

  async boardRow(boardId: string): Promise<BoardRow | undefined> {
    return await this.repo.board(boardId);
  }

  /** The JSON of a canvas the facilitator imported into this workshop, if any. */
  async customTemplateJson(workshopId: string, templateId: string): Promise<string | undefined> {
    return (await this.repo.customTemplates(workshopId)).find((t) => t.id === templateId)?.json;
  }

  /** Every board of the workshop (for exports that check access per board). */
  async boardsOf(workshopId: string): Promise<BoardRow[]> {
    return await this.repo.boards(workshopId);
  }

  async workshopRow(workshopId: string): Promise<WorkshopRow | undefined> {
    return await this.repo.workshop(workshopId);
  }

  /** The name and colour the server stamps into a connection's presence (no impersonation). */
  async identity(principal: Principal): Promise<ConnectionIdentity | undefined> {
    if (principal.kind === 'facilitator') {
      const workshop = await this.repo.workshop(principal.workshopId);
      const name = workshop ? this.stateOf(workshop).facilitatorName : 'Facilitator';
      return { userId: `facilitator:${principal.workshopId}`, name, color: '#212529', role: 'facilitator' };
    }
    if (principal.kind === 'participant') {
      const participant = await this.repo.participant(principal.participantId);
      if (!participant) return undefined;
      return {
        userId: participant.id,
        name: participant.displayName,
        color: MEMBER_CURSOR_HEX[participant.color as MemberColor] ?? '#495057',
        role: 'participant',
      };
    }
    return undefined;
  }

  boardRef(row: BoardRow): BoardRef {
    return {
      id: row.id,
      workshopId: row.workshopId,
      kind: row.kind,
      groupId: row.groupId,
      activityId: row.activityId,
      ownerId: row.ownerId ?? null,
      revealed: row.revealedAt !== null && row.revealedAt !== undefined,
    };
  }

  // ── views ─────────────────────────────────────────────────────────────────────────────

  async view(workshopId: string, principal: Principal): Promise<WorkshopView> {
    const workshop = await this.requireWorkshop(workshopId);
    const state = this.stateOf(workshop);
    const access = this.accessState(workshop);
    const participants = await this.repo.participants(workshopId);
    const member = (p: ParticipantRow) => ({
      id: p.id,
      displayName: p.displayName,
      color: p.color,
      cursorColor: MEMBER_CURSOR_HEX[p.color as MemberColor] ?? '#495057',
    });
    const boards: BoardView[] = [];
    for (const row of await this.repo.boards(workshopId)) {
      const level = boardAccess(principal, this.boardRef(row), access);
      if (level === 'none' || (row.kind === 'private' && row.revealedAt)) continue;
      boards.push({ id: row.id, kind: row.kind, activityId: row.activityId, groupId: row.groupId, access: level, ...(row.ownerId ? { ownerId: row.ownerId } : {}) });
    }
    const me =
      principal.kind === 'participant'
        ? {
            role: 'participant' as const,
            participantId: principal.participantId,
            displayName: participants.find((p) => p.id === principal.participantId)?.displayName ?? null,
            groupId: principal.groupId,
          }
        : { role: 'facilitator' as const, participantId: null, displayName: state.facilitatorName, groupId: null };
    return {
      id: workshop.id,
      title: workshop.title,
      language: workshop.language as Language,
      joinCode: workshop.joinCode,
      createdAt: workshop.createdAt,
      expiresAt: workshop.expiresAt,
      activities: (await this.repo.activities(workshopId)).map((a) => ({
        id: a.id,
        templateId: a.templateId,
        title: a.title,
        position: a.position,
        durationMinutes: a.durationMinutes,
        kind: a.kind,
      })),
      groups: (await this.repo.groups(workshopId)).map((g) => ({
        id: g.id,
        name: g.name,
        color: g.color,
        position: g.position,
        members: participants.filter((p) => p.groupId === g.id).map(member),
      })),
      unassigned: participants.filter((p) => p.groupId === null).map(member),
      state: {
        status: workshop.status,
        currentActivityId: state.currentActivityId,
        locked: state.locked,
        spotlightGroupId: state.spotlightGroupId,
        shownSolutionActivityIds: state.shownSolutionActivityIds,
        timer: state.timer,
        onlyCurrentActivityOpen: state.onlyCurrentActivityOpen,
        gather: state.gather,
        writingActivityIds: state.writingActivityIds,
        participantUploads: state.participantUploads,
      },
      me,
      boards,
      controlBoardId: controlBoardId(workshopId),
    };
  }

  // ── the facilitator's controls ────────────────────────────────────────────────────────

  async update(workshopId: string, patch: UpdateWorkshopRequest): Promise<void> {
    const workshop = await this.requireActive(workshopId);
    const state = this.stateOf(workshop);
    const activities = await this.repo.activities(workshopId);
    if (patch.currentActivityId !== undefined) {
      if (!activities.some((a) => a.id === patch.currentActivityId)) {
        throw new WorkshopError(400, 'unknown_activity', 'This activity is not part of the workshop.', 'currentActivityId');
      }
      if (state.currentActivityId !== patch.currentActivityId) {
        state.currentActivityId = patch.currentActivityId;
        // A new activity starts with its own timer and nobody in the spotlight.
        state.timer = null;
        state.spotlightGroupId = null;
        // Templates that ask for individual writing first start with it (the seed's C1).
        const activity = activities.find((a) => a.id === patch.currentActivityId);
        const template = activity ? await this.catalog.get(activity.templateId, workshopId) : null;
        if (template?.individualWriting && !state.writingActivityIds.includes(patch.currentActivityId)) {
          state.writingActivityIds = [...state.writingActivityIds, patch.currentActivityId];
        }
      }
    }
    if (patch.spotlightGroupId !== undefined) {
      if (patch.spotlightGroupId !== null && !(await this.repo.groups(workshopId)).some((g) => g.id === patch.spotlightGroupId)) {
        throw new WorkshopError(400, 'unknown_group', 'This group is not part of the workshop.', 'spotlightGroupId');
      }
      state.spotlightGroupId = patch.spotlightGroupId;
    }
    if (patch.shownSolutionActivityIds !== undefined) {
      const unknown = patch.shownSolutionActivityIds.findIndex((id) => !activities.some((a) => a.id === id));
      if (unknown >= 0) {
        throw new WorkshopError(400, 'unknown_activity', 'This activity is not part of the workshop.', `shownSolutionActivityIds.${unknown}`);
      }
      state.shownSolutionActivityIds = [...new Set(patch.shownSolutionActivityIds)];
    }
    if (patch.locked !== undefined) state.locked = patch.locked;
    if (patch.onlyCurrentActivityOpen !== undefined) state.onlyCurrentActivityOpen = patch.onlyCurrentActivityOpen;
    if (patch.participantUploads !== undefined) state.participantUploads = patch.participantUploads;
    await this.saveState(workshopId, state, patch.title);
  }

  /**
   * Lets a capability module (individual writing, gathering) change its part of the live state; the
   * change takes effect like any control: new revision, sockets re-decided, clients told.
   */
  async changeState(workshopId: string, mutate: (state: MutableState) => void): Promise<void> {
    const workshop = await this.requireActive(workshopId);
    const state = this.stateOf(workshop);
    mutate(state);
    await this.saveState(workshopId, state);
  }

  /** The live state as the workshop's modules read it. */
  async stateFor(workshopId: string): Promise<MutableState & { locked: boolean; status: 'active' | 'ended' }> {
    const workshop = await this.requireWorkshop(workshopId);
    return { ...this.stateOf(workshop), status: workshop.status };
  }

  /** Board changes made by another module (a private board created): clients refetch. */
  async touched(workshopId: string): Promise<void> {
    await this.touch(workshopId);
  }

  async timer(workshopId: string, command: TimerCommand): Promise<void> {
    const workshop = await this.requireActive(workshopId);
    const state = this.stateOf(workshop);
    const activity = (await this.repo.activities(workshopId)).find((a) => a.id === (state.timer?.activityId ?? state.currentActivityId));
    state.timer = applyTimerCommand(state.timer, command, this.now(), {
      activityId: state.currentActivityId,
      durationMinutes: activity?.durationMinutes ?? null,
    });
    await this.saveState(workshopId, state);
  }

  private async saveState(workshopId: string, state: StoredState, title?: string): Promise<void> {
    state.revision++;
    await this.repo.updateWorkshop(workshopId, { state: JSON.stringify(state), ...(title !== undefined ? { title } : {}) });
    await this.reevaluate(workshopId);
    await this.publish(workshopId);
  }

  async createGroup(workshopId: string, fields: { name?: string; color?: string }): Promise<GroupRow> {
    const workshop = await this.requireActive(workshopId);
    const group = await this.repo.transaction(async () => await this.insertGroup(workshopId, workshop.language as Language, fields));
    await this.touch(workshopId);
    return group;
  }

  async updateGroup(workshopId: string, groupId: string, fields: { name?: string; color?: string }): Promise<void> {
    await this.requireActive(workshopId);
    await this.requireGroup(workshopId, groupId);
    await this.repo.updateGroup(groupId, fields);
    await this.touch(workshopId);
  }

  async deleteGroup(workshopId: string, groupId: string): Promise<void> {
    const workshop = await this.requireActive(workshopId);
    await this.requireGroup(workshopId, groupId);
    const state = this.stateOf(workshop);
    const boardIds = await this.repo.deleteGroup(groupId);
    for (const boardId of boardIds) await this.live.discardBoard(boardId, 'gone: this group was deleted');
    if (state.spotlightGroupId === groupId) {
      state.spotlightGroupId = null;
      await this.saveState(workshopId, state);
    } else {
      await this.touch(workshopId);
    }
  }

  async moveParticipant(workshopId: string, participantId: string, groupId: string | null): Promise<void> {
    await this.requireActive(workshopId);
    await this.repo.transaction(async () => {
      const participant = await this.requireParticipant(workshopId, participantId);
      if (groupId !== null) {
        const group = await this.requireGroup(workshopId, groupId);
        if (participant.groupId === groupId) return;
        if ((await this.repo.groupMembers(groupId)).length >= GROUP_CAPACITY) throw await this.groupFull(workshopId, group);
        await this.repo.updateParticipant(participantId, { groupId, color: await this.freeColor(groupId, participantId) });
      } else {
        await this.repo.updateParticipant(participantId, { groupId: null });
      }
    });
    await this.touch(workshopId);
  }

  async removeParticipant(workshopId: string, participantId: string): Promise<void> {
    await this.requireWorkshop(workshopId);
    await this.requireParticipant(workshopId, participantId);
    await this.repo.deleteParticipant(participantId);
    await this.touch(workshopId);
  }

  async end(workshopId: string): Promise<void> {
    const workshop = await this.requireWorkshop(workshopId);
    // Nothing runs on after the end: no countdown left paused on every screen, nobody in the spotlight.
    const state = this.stateOf(workshop);
    state.timer = null;
    state.spotlightGroupId = null;
    await this.repo.updateWorkshop(workshopId, { status: 'ended', state: JSON.stringify(state) });
    await this.touch(workshopId);
  }

  /** Deletes the workshop and every board and personal name it holds, from memory and disk. */
  async delete(workshopId: string): Promise<void> {
    await this.requireWorkshop(workshopId);
    for (const connection of await this.live.connections((c) => c.tags.workshopId === workshopId)) {
      connection.close(4410, 'gone: this workshop was deleted');
    }
    for (const board of await this.repo.boards(workshopId)) await this.live.discardBoard(board.id, 'gone: this workshop was deleted');
    await this.repo.deleteWorkshop(workshopId);
  }

  /** Deletes every workshop past its expiry; returns their ids. */
  async sweepExpired(): Promise<string[]> {
    const expired = await this.repo.expiredWorkshopIds(this.now());
    for (const id of expired) await this.delete(id);
    return expired;
  }

  private async requireGroup(workshopId: string, groupId: string): Promise<GroupRow> {
    const group = (await this.repo.groups(workshopId)).find((g) => g.id === groupId);
    if (!group) throw new WorkshopError(404, 'group_not_found', 'This group does not exist (any more).', 'groupId');
    return group;
  }

  private async requireParticipant(workshopId: string, participantId: string): Promise<ParticipantRow> {
    const participant = await this.repo.participant(participantId);
    if (!participant || participant.workshopId !== workshopId) {
      throw new WorkshopError(404, 'participant_not_found', 'This participant is not in the workshop (any more).', 'participantId');
    }
    return participant;
  }

  /** After a change of membership or status: re-decide open sockets and tell every client. */
  private async touch(workshopId: string): Promise<void> {
    const workshop = await this.requireWorkshop(workshopId);
    const state = this.stateOf(workshop);
    state.revision++;
    await this.repo.updateWorkshop(workshopId, { state: JSON.stringify(state) });
    await this.reevaluate(workshopId);
    await this.publish(workshopId);
  }

  // ── live consequences ─────────────────────────────────────────────────────────────────

  /**
   * Re-decides the access of every open socket of the workshop (access changes take effect on
   * open sockets): a socket that lost access is closed with 4403, the others get their new mode.
   */
  async reevaluate(workshopId: string): Promise<void> {
    const workshop = await this.repo.workshop(workshopId);
    if (!workshop) return;
    const access = this.accessState(workshop);
    for (const connection of await this.live.connections((c) => c.tags.workshopId === workshopId)) {
      const { principal, revoked } = await this.principalFromTags(connection.tags);
      const board = await this.repo.board(connection.boardId);
      const level = board ? boardAccess(principal, this.boardRef(board), access) : 'none';
      if (level === 'none') {
        connection.close(4403, revoked ? 'forbidden: you were removed from this workshop' : 'forbidden: access to this board ended');
      } else {
        connection.access = level;
      }
    }
  }

  private async principalFromTags(tags: Readonly<Record<string, string>>): Promise<{ principal: Principal; revoked: boolean }> {
    const workshopId = tags.workshopId ?? '';
    if (tags.role === 'facilitator') return { principal: { kind: 'facilitator', workshopId }, revoked: false };
    const participant = tags.participantId ? await this.repo.participant(tags.participantId) : undefined;
    if (!participant || participant.workshopId !== workshopId) return { principal: { kind: 'anonymous' }, revoked: true };
    return { principal: { kind: 'participant', workshopId, participantId: participant.id, groupId: participant.groupId }, revoked: false };
  }

  /**
   * Writes the workshop's revision into its control board: every client watches that board and
   * refetches its own view when the revision changes (the view itself is per principal).
   */
  async publish(workshopId: string): Promise<void> {
    const workshop = await this.repo.workshop(workshopId);
    if (!workshop) return;
    const state = this.stateOf(workshop);
    await this.live.withDoc(controlBoardId(workshopId), (doc) => {
      const map = doc.getMap('workshop');
      doc.transact(() => {
        map.set('revision', state.revision);
        map.set('status', workshop.status);
        map.set('currentActivityId', state.currentActivityId);
        map.set('locked', state.locked);
        map.set('spotlightGroupId', state.spotlightGroupId);
        map.set('timer', state.timer);
      });
    });
  }
}

export function controlBoardId(workshopId: string): string {
  return `ctl_${workshopId}`;
}
