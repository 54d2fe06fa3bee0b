/**
 * The access matrix (issue 3): (facilitator, member of the group, member of another group, removed
 * participant, no credential, forged credential) × (group board, workshop-wide board, facilitator
 * board, REST routes) × (read, write, awareness), against the real server with stock clients.
 * Rules A1–A9 are in packages/access/SPEC.md.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { api } from '../helpers/api.js';
import { connectBoard, outcome, sleep, waitFor, type BoardClient } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

type Who = 'facilitator' | 'member' | 'otherMember' | 'removed' | 'none' | 'forged';
type Board = 'group' | 'workshop' | 'facilitator';
type Expect = 'write' | 'read' | number;

const MATRIX: Record<Who, Record<Board, Expect>> = {
  facilitator: { group: 'write', workshop: 'write', facilitator: 'write' },
  member: { group: 'write', workshop: 'write', facilitator: 4403 },
  otherMember: { group: 4403, workshop: 'write', facilitator: 4403 },
  removed: { group: 4403, workshop: 4403, facilitator: 4403 },
  none: { group: 4401, workshop: 4401, facilitator: 4401 },
  forged: { group: 4401, workshop: 4401, facilitator: 4401 },
};

const REST: Record<Who, { read: number; manage: number }> = {
  facilitator: { read: 200, manage: 200 },
  member: { read: 200, manage: 403 },
  otherMember: { read: 200, manage: 403 },
  removed: { read: 403, manage: 403 },
  none: { read: 401, manage: 401 },
  forged: { read: 401, manage: 401 },
};

let server: ServerProcess;
let http: ReturnType<typeof api>;
let workshopId = '';
const tokens: Record<Who, string | undefined> = {} as never;
const names: Partial<Record<Who, string>> = {};
const boards: Record<Board, string> = {} as never;
let groupAId = '';

function forge(token: string): string {
  // Same claims, claiming the facilitator role, with the signature of the original: must fail.
  const [body, mac] = token.split('.');
  const claims = JSON.parse(Buffer.from(body!, 'base64url').toString());
  const forgedBody = Buffer.from(JSON.stringify({ ...claims, role: 'facilitator', p: undefined })).toString('base64url');
  return `${forgedBody}.${mac}`;
}

/** Writes `key` from `who`'s client; resolves whether a facilitator's fresh client then sees it. */
async function writeAndCheck(client: BoardClient, boardId: string, key: string): Promise<boolean> {
  client.doc.getMap('test').set(key, 'written');
  await sleep(300);
  const observer = connectBoard(server.wsUrl, boardId, tokens.facilitator);
  await observer.synced;
  await sleep(100);
  const seen = observer.doc.getMap('test').get(key) === 'written';
  observer.destroy();
  return seen;
}

beforeAll(async () => {
  server = await startServer();
  http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: 'Access matrix',
    language: 'en',
    activities: [{ templateId: 'c1-needs' }, { templateId: 'vet-he-flipchart' }],
    groupCount: 2,
    facilitatorName: 'Mentor Maria',
  });
  expect(created.status).toBe(201);
  workshopId = created.body.workshop.id;
  tokens.facilitator = created.body.facilitatorToken;
  const [groupA, groupB] = created.body.workshop.groups;
  groupAId = groupA.id;
  const join = async (name: string, groupId: string) => {
    const joined = await http.post(`/api/workshops/${workshopId}/join`, { displayName: name, groupId });
    expect(joined.status).toBe(201);
    return joined.body.token as string;
  };
  tokens.member = await join('Ana', groupA.id);
  names.member = 'Ana';
  tokens.otherMember = await join('Ben', groupB.id);
  names.otherMember = 'Ben';
  tokens.removed = await join('Carl', groupA.id);
  const view = await http.get(`/api/workshops/${workshopId}`, tokens.facilitator);
  const carl = view.body.groups[0].members.find((m: { displayName: string }) => m.displayName === 'Carl');
  expect((await http.del(`/api/workshops/${workshopId}/participants/${carl.id}`, tokens.facilitator)).status).toBe(204);
  tokens.none = undefined;
  tokens.forged = forge(tokens.member!);
  const [c1, flipchart] = view.body.activities;
  boards.group = view.body.boards.find((b: any) => b.kind === 'group' && b.groupId === groupA.id && b.activityId === c1.id).id;
  boards.workshop = view.body.boards.find((b: any) => b.kind === 'workshop' && b.activityId === flipchart.id).id;
  boards.facilitator = view.body.boards.find((b: any) => b.kind === 'facilitator' && b.activityId === c1.id).id;
});

afterAll(async () => {
  await server?.kill();
});

describe('websocket: read and write', () => {
  for (const who of Object.keys(MATRIX) as Who[]) {
    for (const board of ['group', 'workshop', 'facilitator'] as Board[]) {
      const expected = MATRIX[who][board];
      it(`${who} × ${board} board → ${expected}`, async () => {
        const client = connectBoard(server.wsUrl, boards[board], tokens[who]);
        try {
          const result = await outcome(client);
          if (typeof expected === 'number') {
            expect(result).toMatchObject({ code: expected });
            expect((result as { reason: string }).reason.length).toBeGreaterThan(5);
            return;
          }
          expect(result).toBe('synced');
          const written = await writeAndCheck(client, boards[board], `${who}-${board}`);
          expect(written).toBe(expected === 'write');
          if (expected === 'read') expect(client.permissionDenied.length).toBeGreaterThan(0);
        } finally {
          client.destroy();
        }
      });
    }
  }
});

describe('websocket: awareness', () => {
  for (const who of ['facilitator', 'member'] as Who[]) {
    it(`${who}: presence carries the server-verified name, whatever the client claims`, async () => {
      const observer = connectBoard(server.wsUrl, boards.group, tokens.facilitator);
      const client = connectBoard(server.wsUrl, boards.group, tokens[who]);
      try {
        await Promise.all([observer.synced, client.synced]);
        client.provider.awareness.setLocalState({ user: { id: 'someone-else', name: 'Mallory', role: 'facilitator' }, cursor: { x: 1, y: 2 } });
        const seen = await waitFor(() => observer.provider.awareness.getStates().get(client.doc.clientID) as any, 5000, 'presence');
        expect(seen.cursor).toEqual({ x: 1, y: 2 });
        expect(seen.user.name).toBe(who === 'facilitator' ? 'Mentor Maria' : names[who]);
        expect(seen.user.role).toBe(who === 'facilitator' ? 'facilitator' : 'participant');
        expect(seen.user.name).not.toBe('Mallory');
      } finally {
        client.destroy();
        observer.destroy();
      }
    });
  }

  it('a participant cannot speak for another clientID (closed 4403)', async () => {
    const observer = connectBoard(server.wsUrl, boards.group, tokens.facilitator);
    await observer.synced;
    observer.provider.awareness.setLocalState({ cursor: { x: 0, y: 0 } });
    await sleep(200);
    const socket = new WebSocket(`${server.wsUrl}/sync/${boards.group}?token=${tokens.member}`);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    await new Promise((resolve) => socket.on('open', resolve));
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, observer.doc.clientID);
    encoding.writeVarUint(inner, 1000);
    encoding.writeVarString(inner, JSON.stringify({ cursor: { x: 9, y: 9 } }));
    const frame = encoding.createEncoder();
    encoding.writeVarUint(frame, 1);
    encoding.writeVarUint8Array(frame, encoding.toUint8Array(inner));
    socket.send(encoding.toUint8Array(frame));
    expect(await closed).toMatchObject({ code: 4403 });
    const state = observer.provider.awareness.getLocalState() as any;
    expect(state.cursor).toEqual({ x: 0, y: 0 });
    observer.destroy();
  });
});

describe('REST routes', () => {
  for (const who of Object.keys(REST) as Who[]) {
    it(`${who}: read ${REST[who].read}, manage ${REST[who].manage}`, async () => {
      const read = await http.get(`/api/workshops/${workshopId}`, tokens[who]);
      expect(read.status).toBe(REST[who].read);
      if (read.status !== 200) expect(read.body).toMatchObject({ error: expect.any(String), message: expect.any(String) });
      const manage = await http.patch(`/api/workshops/${workshopId}`, { locked: false }, tokens[who]);
      expect(manage.status).toBe(REST[who].manage);
    });
  }

  it("the console's one-request grid snapshot is for the facilitator only", async () => {
    const view = await http.get(`/api/workshops/${workshopId}`, tokens.facilitator);
    const path = `/api/workshops/${workshopId}/activities/${view.body.activities[0].id}/boards`;
    const grid = await http.get(path, tokens.facilitator);
    expect(grid.status).toBe(200);
    expect(grid.body.boards.map((b: { boardId: string }) => b.boardId)).toContain(boards.group);
    expect((await http.get(path, tokens.member)).status).toBe(403);
    expect((await http.get(path)).status).toBe(401);
  });

  it('a participant sees only the boards the rules open to them', async () => {
    const view = await http.get(`/api/workshops/${workshopId}`, tokens.member);
    const ids = view.body.boards.map((b: { id: string }) => b.id);
    expect(ids).toContain(boards.group);
    expect(ids).toContain(boards.workshop);
    expect(ids).not.toContain(boards.facilitator);
  });
});

describe('access changes reach open sockets', () => {
  it('spotlight: another group reads the spotlit board read-only until release', async () => {
    expect((await http.patch(`/api/workshops/${workshopId}`, { spotlightGroupId: groupAId }, tokens.facilitator)).status).toBe(200);
    const viewer = connectBoard(server.wsUrl, boards.group, tokens.otherMember);
    try {
      expect(await outcome(viewer)).toBe('synced');
      expect(await writeAndCheck(viewer, boards.group, 'spotlight-write')).toBe(false);
      expect(viewer.permissionDenied.length).toBeGreaterThan(0);
      await http.patch(`/api/workshops/${workshopId}`, { spotlightGroupId: null }, tokens.facilitator);
      expect(await viewer.closed).toMatchObject({ code: 4403 });
    } finally {
      viewer.destroy();
    }
  });

  it('shown solution: members read the facilitator board read-only', async () => {
    const view = await http.get(`/api/workshops/${workshopId}`, tokens.facilitator);
    const c1 = view.body.activities[0].id;
    await http.patch(`/api/workshops/${workshopId}`, { shownSolutionActivityIds: [c1] }, tokens.facilitator);
    const client = connectBoard(server.wsUrl, boards.facilitator, tokens.member);
    try {
      expect(await outcome(client)).toBe('synced');
      expect(await writeAndCheck(client, boards.facilitator, 'solution-write')).toBe(false);
    } finally {
      client.destroy();
      await http.patch(`/api/workshops/${workshopId}`, { shownSolutionActivityIds: [] }, tokens.facilitator);
    }
  });

  it('lock: an open writer becomes read-only, unlock restores writing', async () => {
    const client = connectBoard(server.wsUrl, boards.group, tokens.member);
    try {
      await client.synced;
      await http.patch(`/api/workshops/${workshopId}`, { locked: true }, tokens.facilitator);
      expect(await writeAndCheck(client, boards.group, 'locked-write')).toBe(false);
      await http.patch(`/api/workshops/${workshopId}`, { locked: false }, tokens.facilitator);
      expect(await writeAndCheck(client, boards.group, 'unlocked-write')).toBe(true);
    } finally {
      client.destroy();
    }
  });

  it('a removed participant is disconnected at once', async () => {
    const joined = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Dora', groupId: groupAId });
    const client = connectBoard(server.wsUrl, boards.group, joined.body.token);
    await client.synced;
    await http.del(`/api/workshops/${workshopId}/participants/${joined.body.participant.id}`, tokens.facilitator);
    expect(await client.closed).toMatchObject({ code: 4403 });
    client.destroy();
  });
});
