import type { LearningEvent, LearningEventKind } from '../learningEvent.js';

/** Events of a scripted workshop, as the server would record them. */

export const BASE_URL = 'https://canvas.example.org';

export const lmsActor = { kind: 'lms', issuer: 'https://lms.example.edu', subject: 'lti-sub-4711', name: 'Ada Lovelace' } as const;
export const workshopActor = { kind: 'workshop', workshopId: 'w-42', participantId: 'p-7', name: 'Grace' } as const;

export function event(kind: LearningEventKind, overrides: Partial<LearningEvent> = {}): LearningEvent {
  const base: LearningEvent = {
    id: `evt-${kind}`,
    kind,
    at: '2026-03-14T09:26:53.589Z',
    actor: lmsActor,
    workshop: { id: 'w-42', title: 'Designing a micro-credential' },
  };
  if (kind === 'added' || kind === 'updated' || kind === 'voted') {
    base.canvas = { id: 'tpl-c3', activityId: 'act-9', title: 'Learning outcomes' };
    base.area = { id: 'outcomes', label: 'Outcomes' };
    base.note = { id: 'n-1', text: 'Learners can evaluate sources' };
  } else {
    base.canvas = { id: 'tpl-c3', activityId: 'act-9', title: 'Learning outcomes' };
  }
  return { ...base, ...overrides };
}

/**
 * A session: people join (attended), add and edit notes, vote, and finish (completed). Every event
 * has its own id; `count` events in all.
 */
export function scriptedSession(count: number, prefix = 'session'): LearningEvent[] {
  const kinds: LearningEventKind[] = ['attended', 'added', 'added', 'updated', 'voted', 'voted', 'completed'];
  const events: LearningEvent[] = [];
  const start = Date.parse('2026-03-14T09:00:00.000Z');
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const participant = `p-${i % 12}`;
    const actor = i % 3 === 0 ? { kind: 'lms' as const, issuer: 'https://lms.example.edu', subject: `sub-${participant}` } : { kind: 'workshop' as const, workshopId: 'w-42', participantId: participant };
    events.push(
      event(kind, {
        id: `${prefix}-${i}`,
        at: new Date(start + i * 1000).toISOString(),
        actor,
        ...(kind === 'added' || kind === 'updated' || kind === 'voted' ? { note: { id: `n-${Math.floor(i / 7)}`, text: `Idea number ${i}` } } : {}),
      }),
    );
  }
  return events;
}
