import type { Principal } from '@canvas/access';
import type { CreatePollRequest, PollStatus, PollView } from '@canvas/api';
import type { PollRepository, PollRow, WorkshopRepository } from '@canvas/storage';
import { WorkshopError } from '../errors.js';
import { newId } from '../ids.js';
import type { LiveBoards } from '../ports.js';
import { controlBoardId } from '../WorkshopService.js';

export interface PollsOptions {
  repo: WorkshopRepository;
  polls: PollRepository;
  live: LiveBoards;
  now?: () => number;
}

/** A rating poll runs from 1 to 5. */
const RATING_STEPS = 5;

/**
 * Quick polls (rules P1–P6 in SPEC.md): a single choice or a 1–5 rating, one answer per participant
 * decided by the server, anonymous: counts leave the server, identities never do, and participants
 * get the counts only once the facilitator shows them.
 */
export class Polls {
  private readonly now: () => number;

  constructor(private readonly options: PollsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** P1: the facilitator asks a poll; an open poll of the workshop is closed first. */
  async ask(workshopId: string, request: CreatePollRequest): Promise<PollStatus> {
    const workshop = await this.options.repo.workshop(workshopId);
    if (workshop?.status !== 'active') throw new WorkshopError(409, 'workshop_ended', 'This workshop has ended.');
    const id = newId('po');
    const options = request.kind === 'choice' ? request.options : (request.options ?? []);
    await this.options.polls.transaction(async () => {
      await this.options.polls.closeOpen(workshopId, this.now());
      await this.options.polls.insert({ id, workshopId, kind: request.kind, question: request.question, options, openedAt: this.now() });
    });
    await this.publish(workshopId);
    return await this.statusOf((await this.options.polls.get(id))!, { kind: 'facilitator', workshopId } as Principal);
  }

  /** P2: a participant's one answer; answering again while the poll is open replaces it. */
  async answer(workshopId: string, principal: Principal, pollId: string, answer: number): Promise<PollStatus> {
    if (principal.kind !== 'participant') throw new WorkshopError(403, 'participants_only', 'Only participants answer polls.');
    const poll = await this.requirePoll(workshopId, pollId);
    if (poll.closedAt !== null) throw new WorkshopError(409, 'poll_closed', 'This poll is closed.');
    const valid = poll.kind === 'rating' ? answer >= 1 && answer <= RATING_STEPS : answer >= 0 && answer < poll.options.length;
    if (!valid) {
      const range = poll.kind === 'rating' ? `1 to ${RATING_STEPS}` : `0 to ${poll.options.length - 1}`;
      throw new WorkshopError(400, 'invalid_answer', `The answer must be ${range} for this poll.`, 'answer');
    }
    await this.options.polls.answer(poll.id, principal.participantId, answer, this.now());
    await this.publish(workshopId);
    return await this.statusOf(poll, principal);
  }

  /** P4: closing fixes the counts. */
  async close(workshopId: string, pollId: string): Promise<void> {
    await this.requirePoll(workshopId, pollId);
    await this.options.polls.close(pollId, this.now());
    await this.publish(workshopId);
  }

  /** P3: the facilitator shows the counts to everyone, or hides them again. */
  async showResults(workshopId: string, pollId: string, shown: boolean): Promise<void> {
    await this.requirePoll(workshopId, pollId);
    await this.options.polls.showResults(pollId, shown);
    await this.publish(workshopId);
  }

  /** The workshop's newest poll as the caller may see it (P3). */
  async status(workshopId: string, principal: Principal): Promise<PollStatus> {
    const poll = await this.options.polls.latest(workshopId);
    return poll ? await this.statusOf(poll, principal) : { poll: null, myAnswer: null, counts: null, answered: null };
  }

  /** P6: every poll of the workshop with its counts, for the workshop's exports (no identities). */
  async results(workshopId: string): Promise<Array<PollView & { counts: number[]; answered: number }>> {
    const results: Array<PollView & { counts: number[]; answered: number }> = [];
    for (const poll of await this.options.polls.forWorkshop(workshopId)) results.push({ ...toView(poll), ...(await this.countsOf(poll)) });
    return results;
  }

  private async statusOf(poll: PollRow, principal: Principal): Promise<PollStatus> {
    const facilitator = principal.kind === 'facilitator';
    const myAnswer = principal.kind === 'participant' ? await this.options.polls.myAnswer(poll.id, principal.participantId) : null;
    const visible = facilitator || poll.resultsShown;
    const counted = visible ? await this.countsOf(poll) : null;
    return { poll: toView(poll), myAnswer, counts: counted?.counts ?? null, answered: counted?.answered ?? null };
  }

  private async countsOf(poll: PollRow): Promise<{ counts: number[]; answered: number }> {
    const byAnswer = await this.options.polls.counts(poll.id);
    const counts =
      poll.kind === 'rating'
        ? Array.from({ length: RATING_STEPS }, (_, i) => byAnswer.get(i + 1) ?? 0)
        : poll.options.map((_, i) => byAnswer.get(i) ?? 0);
    return { counts, answered: counts.reduce((sum, n) => sum + n, 0) };
  }

  private async requirePoll(workshopId: string, pollId: string): Promise<PollRow> {
    const poll = await this.options.polls.get(pollId);
    if (!poll || poll.workshopId !== workshopId) throw new WorkshopError(404, 'poll_not_found', 'There is no such poll in this workshop.', 'pollId');
    return poll;
  }

  /** P5: clients learn that a poll changed through `pollRevision` on the control board, then fetch. */
  private async publish(workshopId: string): Promise<void> {
    await this.options.live.withDoc(controlBoardId(workshopId), (doc) => {
      const map = doc.getMap('workshop');
      map.set('pollRevision', ((map.get('pollRevision') as number | undefined) ?? 0) + 1);
    });
  }
}

function toView(poll: PollRow): PollView {
  return { id: poll.id, kind: poll.kind, question: poll.question, options: poll.options, open: poll.closedAt === null, resultsShown: poll.resultsShown };
}
