import { expect } from 'vitest';
import { api } from '../helpers/api.js';

/** A workshop made through HAProxy, with participants, for the cluster tests. */
export async function clusterWorkshop(baseUrl: string, people: string[], groupCount = 2) {
  const http = api(baseUrl);
  const created = await http.post('/api/workshops', { title: 'Cluster', activities: [{ templateId: 'c1-needs' }], groupCount });
  expect(created.status).toBe(201);
  const id = created.body.workshop.id as string;
  const facilitator = created.body.facilitatorToken as string;
  const participants: Array<{ name: string; token: string; id: string; groupId: string }> = [];
  for (const name of people) {
    const joined = await http.post(`/api/workshops/${id}/join`, { displayName: name });
    expect(joined.status).toBe(201);
    participants.push({ name, token: joined.body.token, id: joined.body.participant.id, groupId: joined.body.participant.groupId });
  }
  const view = (await http.get(`/api/workshops/${id}`, facilitator)).body;
  const boards = view.boards as Array<{ id: string; kind: string; groupId: string | null }>;
  const controlBoardId = view.controlBoardId as string;
  const groupBoard = (groupId: string) => boards.find((b) => b.kind === 'group' && b.groupId === groupId)!.id;
  return { id, facilitator, participants, boards, controlBoardId, groupBoard, http };
}
