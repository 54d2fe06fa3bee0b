import type { Principal } from '@canvas/access';
import type { ContributionRow } from '@canvas/api';
import type { ContributionRepository } from '@canvas/storage';
import type * as Y from 'yjs';
import type { WorkshopService } from '../WorkshopService.js';
import { noteChanges, type NoteChange } from './noteChanges.js';

export interface ContributionsOptions {
  service: WorkshopService;
  repo: ContributionRepository;
  now?: () => number;
  /** Told of every accepted note change (e.g. to send learning statements); must not throw or block. */
  onRecorded?: (write: { boardId: string; participantId: string; changes: readonly NoteChange[]; at: number }) => void;
}

/** One participant's contributions to one activity, with the names the facilitator knows them by (`@canvas/api`). */
export type ContributionReportRow = ContributionRow;

/**
 * Who contributed what (rules C1–C6 in SPEC.md): the server's record of each note a credential added,
 * edited or moved, of the minutes in which it wrote, and of the dots it placed, per activity. Authorship
 * is the credential that wrote, never a name a client put into a note.
 */
export class Contributions {
  private readonly now: () => number;
  /** Accepted writes not yet stored: written together once a second, so counting adds no transaction per update. */
  private pending: Array<{ boardId: string; participantId: string; changes: NoteChange[]; at: number }> = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: ContributionsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Stores what is pending (also before a report, and at shutdown). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return;
    const writes = this.pending;
    this.pending = [];
    try {
      await this.options.repo.record(writes);
    } catch {
      // Counting must never break a session: a failed write (e.g. a board deleted meanwhile) is dropped.
    }
  }

  /**
   * C1/C2: called with an update's record entries before it is applied; returns what to store once it
   * is accepted (nothing for an update that touches no note).
   */
  observe(boardId: string, writerId: string, doc: Y.Doc, entries: ReadonlyArray<{ id: string; record: unknown }>): (() => void) | undefined {
    const changes = noteChanges(doc, entries);
    if (changes.length === 0) return undefined;
    const at = this.now();
    return () => {
      this.pending.push({ boardId, participantId: writerId, changes, at });
      try {
        this.options.onRecorded?.({ boardId, participantId: writerId, changes, at });
      } catch {
        // A listener's failure never touches the session.
      }
      this.timer ??= setTimeout(() => void this.flush(), 1000);
      this.timer.unref?.();
    };
  }

  /** C4: the workshop's report, for the facilitator: by activity in workshop order, then group, then name. */
  async report(workshopId: string): Promise<ContributionReportRow[]> {
    await this.flush();
    const view = await this.options.service.view(workshopId, { kind: 'facilitator', workshopId } as Principal);
    const people = new Map<string, { name: string; group: string }>();
    for (const group of view.groups) for (const member of group.members) people.set(member.id, { name: member.displayName, group: group.name });
    for (const member of view.unassigned) people.set(member.id, { name: member.displayName, group: '' });
    const activities = new Map(view.activities.map((activity) => [activity.id, activity]));
    return (await this.options.repo
      .report(workshopId))
      // C3: participants only; someone removed from the workshop keeps their counts, without a name.
      .filter((row) => !row.participantId.startsWith('facilitator:') && activities.has(row.activityId))
      .map((row) => ({
        participantId: row.participantId,
        name: people.get(row.participantId)?.name ?? '',
        group: people.get(row.participantId)?.group ?? '',
        activityId: row.activityId,
        activity: activities.get(row.activityId)!.title,
        added: row.added,
        edited: row.edited,
        moved: row.moved,
        writes: row.writes,
        activeMinutes: row.activeMinutes,
        votes: row.votes,
      }))
      .sort(
        (a, b) =>
          activities.get(a.activityId)!.position - activities.get(b.activityId)!.position ||
          a.group.localeCompare(b.group) ||
          a.name.localeCompare(b.name) ||
          a.participantId.localeCompare(b.participantId),
      );
  }
}
