import { boardAccess, type Principal } from '@canvas/access';
import type { StartVoteRequest, VoteStatus, VoteView } from '@canvas/api';
import type { BoardRow, VoteRepository, VoteRow, WorkshopRepository } from '@canvas/storage';
import { WorkshopError } from '../errors.js';
import { newId } from '../ids.js';
import type { LiveBoards, TemplateCatalog } from '../ports.js';
import { controlBoardId, type WorkshopService } from '../WorkshopService.js';

export interface VotingOptions {
  service: WorkshopService;
  repo: WorkshopRepository;
  votes: VoteRepository;
  live: LiveBoards;
  catalog: TemplateCatalog;
  now?: () => number;
}

type Entry = { key: string; val: Record<string, unknown> };
const RECORDS = 'tldraw-records';

/**
 * Dot-voting (rules V1–V7 in SPEC.md). Dots are rows the server writes after checking the
 * participant's budget, never fields in a board document, so a crafted client cannot add dots the
 * server did not count, and hidden results never leave the server.
 */
export class Voting {
  private readonly now: () => number;

  constructor(private readonly options: VotingOptions) {
    this.now = options.now ?? Date.now;
  }

  /** V1: starts a vote on an activity; an open vote of the workshop is closed first. */
  async start(workshopId: string, request: StartVoteRequest): Promise<VoteView> {
    const workshop = await this.options.repo.workshop(workshopId);
    if (workshop?.status !== 'active') throw new WorkshopError(409, 'workshop_ended', 'This workshop has ended.');
    const activity = (await this.options.repo.activities(workshopId)).find((a) => a.id === request.activityId);
    if (!activity) throw new WorkshopError(400, 'unknown_activity', 'This activity is not part of the workshop.', 'activityId');
    const defaults = (await this.options.catalog.get(activity.templateId, workshopId))?.vote;
    const row: Omit<VoteRow, 'closedAt'> = {
      id: newId('vo'),
      workshopId,
      activityId: activity.id,
      dots: request.dots ?? defaults?.dots ?? 3,
      scope: request.scope ?? defaults?.scope ?? (activity.kind === 'workshop-wide' ? 'workshop' : 'group'),
      live: request.live ?? false,
      openedAt: this.now(),
    };
    await this.options.votes.transaction(async () => {
      const open = await this.openVote(workshopId);
      if (open) await this.options.votes.closeVote(open.id, this.now());
      await this.options.votes.insertVote(row);
    });
    await this.publish(workshopId);
    return toView({ ...row, closedAt: null });
  }

  /** V5: closes the vote; from now on everyone sees the counts and the winners. */
  async close(workshopId: string, voteId: string): Promise<void> {
    await this.requireVote(workshopId, voteId);
    await this.options.votes.closeVote(voteId, this.now());
    await this.publish(workshopId);
  }

  /** V2, V3: a participant places a dot on a note, within their budget. */
  async place(workshopId: string, principal: Principal, voteId: string, boardId: string, shapeId: string): Promise<VoteStatus> {
    const { participantId, vote } = await this.checkDot(workshopId, principal, voteId, boardId, shapeId);
    await this.options.votes.transaction(async () => {
      // Counted inside the transaction: two requests at once cannot both take the last dot.
      const used = (await this.options.votes.dotsOf(vote.id, participantId)).length;
      if (used >= vote.dots) {
        throw new WorkshopError(409, 'no_dots_left', `You have placed all ${vote.dots} of your dots. Take one back to vote for another note.`, 'shapeId', { dots: vote.dots });
      }
      await this.options.votes.insertDot({ voteId: vote.id, participantId, boardId, shapeId }, this.now());
    });
    await this.publish(workshopId);
    return await this.status(workshopId, principal);
  }

  /** V3: takes back one of the caller's dots on that note. */
  async takeBack(workshopId: string, principal: Principal, voteId: string, boardId: string, shapeId: string): Promise<VoteStatus> {
    const { participantId, vote } = await this.checkDot(workshopId, principal, voteId, boardId, shapeId, false);
    const mine = (await this.options.votes.dotsOf(vote.id, participantId)).filter((d) => d.boardId === boardId && d.shapeId === shapeId);
    const last = mine.at(-1);
    if (!last) throw new WorkshopError(404, 'no_dot_here', 'You have no dot on this note.', 'shapeId');
    await this.options.votes.deleteDot(last.seq);
    await this.publish(workshopId);
    return await this.status(workshopId, principal);
  }

  /**
   * V4: what the caller may know about the workshop's vote (the open one, else the latest of the
   * current activity): their own dots always; counts for the facilitator, for live votes and after
   * closing, limited to boards the caller may read.
   */
  async status(workshopId: string, principal: Principal): Promise<VoteStatus> {
    const vote = await this.openVote(workshopId) ?? await this.latestForCurrent(workshopId);
    if (!vote) return { vote: null, myDots: [], counts: null, winners: null };
    const dots = await this.options.votes.dots(vote.id);
    const myDots =
      principal.kind === 'participant'
        ? dots.filter((d) => d.participantId === principal.participantId).map((d) => ({ boardId: d.boardId, shapeId: d.shapeId }))
        : [];
    const closed = vote.closedAt !== null;
    const mayCount = principal.kind === 'facilitator' || vote.live || closed;
    if (!mayCount) return { vote: toView(vote), myDots, counts: null, winners: null };
    const readable = await this.readableBoards(workshopId, principal);
    const counts: Record<string, Record<string, number>> = {};
    for (const dot of dots) {
      if (!readable.has(dot.boardId)) continue;
      const board = (counts[dot.boardId] ??= {});
      board[dot.shapeId] = (board[dot.shapeId] ?? 0) + 1;
    }
    const winners = closed || principal.kind === 'facilitator' ? winnersOf(counts) : null;
    return { vote: toView(vote), myDots, counts, winners };
  }

  /** V7: dots of closed votes per note of a board, for exports. */
  async closedCounts(boardId: string): Promise<Record<string, number>> {
    return Object.fromEntries(await this.options.votes.closedCountsForBoard(boardId));
  }

  private async checkDot(workshopId: string, principal: Principal, voteId: string, boardId: string, shapeId: string, placing = true): Promise<{ participantId: string; vote: VoteRow }> {
    if (principal.kind !== 'participant') throw new WorkshopError(403, 'participants_only', 'Only participants place dots.');
    const vote = await this.requireVote(workshopId, voteId);
    if (vote.closedAt !== null) throw new WorkshopError(409, 'vote_closed', 'This vote is closed.');
    const board = await this.options.repo.board(boardId);
    const workshop = (await this.options.repo.workshop(workshopId))!;
    if (!board || board.workshopId !== workshopId || board.activityId !== vote.activityId || (board.kind !== 'group' && board.kind !== 'workshop')) {
      throw new WorkshopError(400, 'not_in_vote', "This board is not part of the vote's activity.", 'boardId');
    }
    if (boardAccess(principal, this.options.service.boardRef(board), this.options.service.accessState(workshop)) === 'none') {
      throw new WorkshopError(403, 'forbidden', 'You may not see this board.', 'boardId');
    }
    if (vote.scope === 'group' && board.kind === 'group' && board.groupId !== principal.groupId) {
      throw new WorkshopError(403, 'other_group', 'In this vote you vote on your own group’s board.', 'boardId');
    }
    if (placing && !await this.isNote(board, shapeId)) throw new WorkshopError(404, 'note_not_found', 'There is no such note on this board.', 'shapeId');
    return { participantId: principal.participantId, vote };
  }

  private async isNote(board: BoardRow, shapeId: string): Promise<boolean> {
    return await this.options.live.withDoc(board.id, (doc) =>
      doc
        .getArray<Entry>(RECORDS)
        .toArray()
        .some((entry) => entry?.key === shapeId && entry.val?.typeName === 'shape' && entry.val?.type === 'note'),
    );
  }

  private async readableBoards(workshopId: string, principal: Principal): Promise<Set<string>> {
    const workshop = (await this.options.repo.workshop(workshopId))!;
    const access = this.options.service.accessState(workshop);
    return new Set(
      (await this.options.repo
        .boards(workshopId))
        .filter((b) => boardAccess(principal, this.options.service.boardRef(b), access) !== 'none')
        .map((b) => b.id),
    );
  }

  private async openVote(workshopId: string): Promise<VoteRow | undefined> {
    return (await this.options.votes.votes(workshopId)).find((v) => v.closedAt === null);
  }

  private async latestForCurrent(workshopId: string): Promise<VoteRow | undefined> {
    const current = (await this.options.service.stateFor(workshopId)).currentActivityId;
    return (await this.options.votes.votes(workshopId)).find((v) => v.activityId === current);
  }

  private async requireVote(workshopId: string, voteId: string): Promise<VoteRow> {
    const vote = await this.options.votes.vote(voteId);
    if (!vote || vote.workshopId !== workshopId) throw new WorkshopError(404, 'vote_not_found', 'No such vote in this workshop.', 'voteId');
    return vote;
  }

  /** Tells every client to refetch the vote (the control board carries a counter, never counts). */
  private async publish(workshopId: string): Promise<void> {
    await this.options.live.withDoc(controlBoardId(workshopId), (doc) => {
      const map = doc.getMap('workshop');
      map.set('voteRevision', ((map.get('voteRevision') as number | undefined) ?? 0) + 1);
    });
  }
}

function toView(vote: VoteRow): VoteView {
  return { id: vote.id, activityId: vote.activityId, dots: vote.dots, scope: vote.scope, live: vote.live, open: vote.closedAt === null };
}

/** The note(s) with the most dots on each board. */
export function winnersOf(counts: Record<string, Record<string, number>>): Record<string, string[]> {
  const winners: Record<string, string[]> = {};
  for (const [boardId, perNote] of Object.entries(counts)) {
    const best = Math.max(0, ...Object.values(perNote));
    if (best > 0) winners[boardId] = Object.entries(perNote).filter(([, n]) => n === best).map(([id]) => id).sort();
  }
  return winners;
}
