import { describe, expect, it } from 'vitest';
import { gatedScheduler, manualScheduler } from './scheduler.js';

describe('gatedScheduler', () => {
  it('holds callbacks until opened, then schedules them and later ones on the inner scheduler', () => {
    const inner = manualScheduler();
    const gate = gatedScheduler(inner.schedule);
    const ran: string[] = [];
    gate.schedule(() => ran.push('early'));
    const cancelled = gate.schedule(() => ran.push('cancelled'));
    cancelled();
    expect(inner.pending()).toBe(0);
    gate.open();
    expect(inner.pending()).toBe(1);
    gate.schedule(() => ran.push('late'));
    inner.flush();
    expect(ran).toEqual(['early', 'late']);
  });

  it('cancels a callback already handed to the inner scheduler', () => {
    const inner = manualScheduler();
    const gate = gatedScheduler(inner.schedule);
    const ran: string[] = [];
    const cancel = gate.schedule(() => ran.push('x'));
    gate.open();
    cancel();
    inner.flush();
    expect(ran).toEqual([]);
  });
});
