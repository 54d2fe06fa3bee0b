import type { LtiRepository, WorkshopRepository } from '@canvas/storage';
import { areaAt, isNoteRecord, localize, noteCentre, richTextToPlain, type Template } from '@canvas/templates';
import type { LearningActor, LearningEvent, XapiSender } from '@canvas/xapi';
import type { NoteChange } from '@canvas/workshops';

/**
 * Wiring of xAPI (issue 17; rules in @canvas/xapi SPEC.md): turns what the server saw happen into
 * learning events for the background sender: notes added and updated (as the update check recorded
 * them for the writing credential), dots placed, a participant's first board of an activity
 * (attended), and the workshop ended (completed). Actors are LMS accounts when the participant came
 * through LTI, otherwise accounts scoped to the workshop. Nothing here blocks or throws into a session.
 */
export interface LearningRecordOptions {
  sender: XapiSender;
  repo: WorkshopRepository;
  lti: LtiRepository;
  template: (workshopId: string, templateId: string) => Promise<Template | null>;
}

export class LearningRecord {
  /** participant + activity already reported as attended by this process. */
  private readonly attended = new Set<string>();

  constructor(private readonly options: LearningRecordOptions) {}

  private async actor(workshopId: string, participantId: string): Promise<LearningActor> {
    const name = (await this.options.repo.participant(participantId))?.displayName;
    const member = await this.options.lti.memberByParticipant(participantId);
    const platform = member && (await this.options.lti.platforms()).find((p) => p.id === member.platformId);
    if (member && platform) return { kind: 'lms', issuer: platform.issuer, subject: member.subject, ...(name ? { name } : {}) };
    return { kind: 'workshop', workshopId, participantId, ...(name ? { name } : {}) };
  }

  /** The context of a board: workshop, canvas (activity), group and its members. */
  private async context(boardId: string) {
    const board = await this.options.repo.board(boardId);
    if (!board) return null;
    const workshop = await this.options.repo.workshop(board.workshopId);
    if (!workshop) return null;
    const activity = board.activityId ? (await this.options.repo.activities(board.workshopId)).find((a) => a.id === board.activityId) : undefined;
    const group = board.groupId ? (await this.options.repo.groups(board.workshopId)).find((g) => g.id === board.groupId) : undefined;
    const members = group ? (await this.options.repo.participants(board.workshopId)).filter((p) => p.groupId === group.id) : [];
    return {
      workshopId: board.workshopId,
      language: workshop.language,
      workshop: { id: workshop.id, title: workshop.title },
      activity,
      canvas: activity ? { id: activity.templateId, activityId: activity.id, title: activity.title } : undefined,
      group: group ? { id: group.id, name: group.name, members: await Promise.all(members.map((m) => this.actor(board.workshopId, m.id))) } : undefined,
    };
  }

  private send(event: LearningEvent): void {
    try {
      this.options.sender.record(event);
    } catch {
      // The sender never throws by contract; this guards the session anyway.
    }
  }

  /** Notes added and changed by one credential in one accepted update. */
  async notes(write: { boardId: string; participantId: string; changes: readonly NoteChange[]; at: number }): Promise<void> {
    if (write.participantId.startsWith('facilitator:')) return;
    const context = await this.context(write.boardId);
    if (!context?.canvas) return;
    const template = context.activity ? await this.options.template(context.workshopId, context.activity.templateId) : null;
    const seen = new Set<string>();
    for (const change of write.changes) {
      const kind = change.kind === 'added' ? 'added' : 'updated';
      // One statement per note and update: an edit that also moved it is one "updated".
      if (seen.has(`${kind}:${change.recordId}`) || (kind === 'updated' && seen.has(`added:${change.recordId}`))) continue;
      seen.add(`${kind}:${change.recordId}`);
      if (!isNoteRecord(change.record)) continue;
      const area = template ? areaAt(template, noteCentre(change.record)) : null;
      this.send({
        id: `${write.boardId}/${change.recordId}/${kind}/${write.participantId}/${write.at}`,
        kind,
        at: new Date(write.at).toISOString(),
        actor: await this.actor(context.workshopId, write.participantId),
        workshop: context.workshop,
        canvas: context.canvas,
        ...(area ? { area: { id: area.id, label: localize(area.label, context.language) } } : {}),
        note: { id: change.recordId, text: richTextToPlain(change.record.props.richText ?? '').slice(0, 500) },
        ...(context.group ? { group: context.group } : {}),
      });
    }
  }

  /** A dot placed on a note. */
  async voted(participantId: string, boardId: string, shapeId: string, noteText: string): Promise<void> {
    const context = await this.context(boardId);
    if (!context?.canvas) return;
    const at = Date.now();
    this.send({
      id: `${boardId}/${shapeId}/voted/${participantId}/${at}`,
      kind: 'voted',
      at: new Date(at).toISOString(),
      actor: await this.actor(context.workshopId, participantId),
      workshop: context.workshop,
      canvas: context.canvas,
      note: { id: shapeId, text: noteText.slice(0, 500) },
      ...(context.group ? { group: context.group } : {}),
    });
  }

  /** A participant opened a board of an activity: attended it (once per participant and activity). */
  async opened(participantId: string, boardId: string): Promise<void> {
    // Runs on every socket a participant opens: one row read decides "already reported" before any context is built.
    const activityId = (await this.options.repo.board(boardId))?.activityId;
    const key = `${participantId}/${activityId}`;
    if (!activityId || this.attended.has(key)) return;
    const context = await this.context(boardId);
    if (!context?.canvas) return;
    this.attended.add(key);
    this.send({
      id: `${key}/attended`,
      kind: 'attended',
      at: new Date().toISOString(),
      actor: await this.actor(context.workshopId, participantId),
      workshop: context.workshop,
      canvas: context.canvas,
      ...(context.group ? { group: context.group } : {}),
    });
  }

  /** The facilitator ended the workshop: every participant completed it. */
  async ended(workshopId: string): Promise<void> {
    const workshop = await this.options.repo.workshop(workshopId);
    if (!workshop) return;
    for (const participant of await this.options.repo.participants(workshopId)) {
      this.send({
        id: `${workshopId}/${participant.id}/completed`,
        kind: 'completed',
        at: new Date().toISOString(),
        actor: await this.actor(workshopId, participant.id),
        workshop: { id: workshop.id, title: workshop.title },
      });
    }
  }
}
