import { describe, expect, it } from 'vitest';
import { boardAccess, canOnWorkshop } from './boardAccess.js';
import type { BoardRef, Principal, WorkshopAccessState } from './principal.js';

const open: WorkshopAccessState = { status: 'active', locked: false, spotlightGroupId: null, shownSolutionActivityIds: [] };
const facilitator: Principal = { kind: 'facilitator', workshopId: 'w1' };
const ana: Principal = { kind: 'participant', workshopId: 'w1', participantId: 'p1', groupId: 'gA' };
const ben: Principal = { kind: 'participant', workshopId: 'w1', participantId: 'p2', groupId: 'gB' };
const outsider: Principal = { kind: 'participant', workshopId: 'w2', participantId: 'p9', groupId: 'gA' };
const board = (kind: BoardRef['kind'], groupId: string | null = null, activityId: string | null = 'a1'): BoardRef => ({
  id: 'b',
  workshopId: 'w1',
  kind,
  groupId,
  activityId,
});

describe('boardAccess', () => {
  it('A1 anonymous and other workshops get nothing', () => {
    expect(boardAccess({ kind: 'anonymous' }, board('workshop'), open)).toBe('none');
    expect(boardAccess(outsider, board('group', 'gA'), open)).toBe('none');
  });
  it('A2 the control board is read-only for everyone in the workshop', () => {
    expect(boardAccess(facilitator, board('control', null, null), open)).toBe('read');
    expect(boardAccess(ana, board('control', null, null), open)).toBe('read');
  });
  it('A3 an ended workshop is read-only for everyone', () => {
    const ended = { ...open, status: 'ended' as const };
    expect(boardAccess(facilitator, board('group', 'gA'), ended)).toBe('read');
    expect(boardAccess(ana, board('group', 'gA'), ended)).toBe('read');
    expect(boardAccess(ana, board('workshop'), ended)).toBe('read');
  });
  it('A4 the facilitator writes everything', () => {
    for (const kind of ['group', 'workshop', 'facilitator'] as const) {
      expect(boardAccess(facilitator, board(kind, kind === 'group' ? 'gB' : null), { ...open, locked: true })).toBe('write');
    }
  });
  it('A5 participants write the workshop-wide board, read it when locked', () => {
    expect(boardAccess(ben, board('workshop'), open)).toBe('write');
    expect(boardAccess(ben, board('workshop'), { ...open, locked: true })).toBe('read');
  });
  it('A6 facilitator boards are hidden until shown, then read-only', () => {
    expect(boardAccess(ana, board('facilitator'), open)).toBe('none');
    expect(boardAccess(ana, board('facilitator'), { ...open, shownSolutionActivityIds: ['a1'] })).toBe('read');
    expect(boardAccess(ana, board('facilitator', null, 'a2'), { ...open, shownSolutionActivityIds: ['a1'] })).toBe('none');
  });
  it('A7 own group board: write, read when locked', () => {
    expect(boardAccess(ana, board('group', 'gA'), open)).toBe('write');
    expect(boardAccess(ana, board('group', 'gA'), { ...open, locked: true })).toBe('read');
  });
  it('A8 another group board: read only while spotlit; the spotlit group keeps writing', () => {
    expect(boardAccess(ben, board('group', 'gA'), open)).toBe('none');
    expect(boardAccess(ben, board('group', 'gA'), { ...open, spotlightGroupId: 'gA' })).toBe('read');
    expect(boardAccess(ana, board('group', 'gA'), { ...open, spotlightGroupId: 'gA' })).toBe('write');
  });
  it('A9 a participant without a group sees no group board', () => {
    const loner: Principal = { kind: 'participant', workshopId: 'w1', participantId: 'p3', groupId: null };
    expect(boardAccess(loner, board('group', 'gA'), open)).toBe('none');
    expect(boardAccess(loner, board('workshop'), open)).toBe('write');
  });
});

describe('boardAccess: individual writing and keeping the room together', () => {
  const own = { ...board('private', 'gA'), ownerId: 'p1' };
  const writing = { ...open, writingActivityIds: ['a1'] };
  it('A10 a private board is its owner\'s alone, writable only during individual writing', () => {
    expect(boardAccess(ana, own, writing)).toBe('write');
    const peer: Principal = { kind: 'participant', workshopId: 'w1', participantId: 'p3', groupId: 'gA' };
    expect(boardAccess(peer, own, writing)).toBe('none');
    expect(boardAccess(peer, own, { ...writing, spotlightGroupId: 'gA' })).toBe('none');
    expect(boardAccess(ana, own, open)).toBe('read');
    expect(boardAccess(ana, own, { ...writing, locked: true })).toBe('read');
    expect(boardAccess(ana, { ...own, revealed: true }, writing)).toBe('none');
    expect(boardAccess(facilitator, own, writing)).toBe('write');
  });
  it('A11 with only the current activity open, other activities are read-only for participants', () => {
    const onlyCurrent = { ...open, onlyCurrentActivityOpen: true, currentActivityId: 'a2' };
    expect(boardAccess(ana, board('group', 'gA', 'a1'), onlyCurrent)).toBe('read');
    expect(boardAccess(ana, board('group', 'gA', 'a2'), onlyCurrent)).toBe('write');
    expect(boardAccess(ben, board('workshop', null, 'a1'), onlyCurrent)).toBe('read');
    expect(boardAccess(facilitator, board('group', 'gA', 'a1'), onlyCurrent)).toBe('write');
  });
});

describe('canOnWorkshop', () => {
  it('R1 participants and the facilitator read; R2 only the facilitator manages', () => {
    expect(canOnWorkshop(ana, 'w1', 'workshop:read')).toBe(true);
    expect(canOnWorkshop(ana, 'w1', 'workshop:manage')).toBe(false);
    expect(canOnWorkshop(facilitator, 'w1', 'workshop:manage')).toBe(true);
    expect(canOnWorkshop(facilitator, 'w2', 'workshop:read')).toBe(false);
  });
});
