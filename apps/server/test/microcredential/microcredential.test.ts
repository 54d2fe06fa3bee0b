/** From a group's canvases to OB 3.0 / ELM drafts and the EU checklist, over the real server. */
import { getTemplate } from '@canvas/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { writeFields, writeNote } from '../helpers/boardContent.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let http: ReturnType<typeof api>;
let workshopId = '';
let facilitator = '';
let member = '';
let other = '';
let groupA = '';

function centreOf(templateId: string, areaId: string): { x: number; y: number } {
  const area = getTemplate(templateId)!.areas.find((a) => a.id === areaId)!;
  return { x: area.rect.x + area.rect.w / 2 - 100, y: area.rect.y + area.rect.h / 2 - 100 };
}

beforeAll(async () => {
  server = await startServer();
  http = api(server.url);
  const created = await http.post('/api/workshops', {
    title: 'MC drafting',
    activities: [{ templateId: 'c3-competences' }, { templateId: 'c4-substantive' }, { templateId: 'awarding' }],
    groupCount: 2,
  });
  workshopId = created.body.workshop.id;
  facilitator = created.body.facilitatorToken;
  groupA = created.body.workshop.groups[0].id;
  member = (await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ana', groupId: groupA })).body.token;
  other = (await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ben', groupId: created.body.workshop.groups[1].id })).body.token;
  const view = (await http.get(`/api/workshops/${workshopId}`, member)).body;
  const boardOf = (templateId: string) => {
    const activity = view.activities.find((a: any) => a.templateId === templateId);
    return view.boards.find((b: any) => b.kind === 'group' && b.activityId === activity.id).id as string;
  };
  const fill = async (templateId: string, fn: (doc: import('yjs').Doc) => void) => {
    const client = connectBoard(server.wsUrl, boardOf(templateId), member);
    await client.synced;
    fn(client.doc);
    await sleep(300);
    client.destroy();
  };
  await fill('c3-competences', (doc) => {
    writeNote(doc, { id: 'c1', ...centreOf('c3-competences', 'competences'), text: 'Plan a heat-pump installation', bloomLevel: 6 });
  });
  await fill('c4-substantive', (doc) => {
    writeNote(doc, { id: 'lo1', ...centreOf('c4-substantive', 'learning-outcomes'), text: 'Size a heat pump for a family home', bloomLevel: 3, eqfLevel: 4 });
    writeNote(doc, { id: 'as1', ...centreOf('c4-substantive', 'assessment'), text: 'Practical installation task, assessed by a master installer' });
    // Written the way a version-1 C4 board stored it: the server reads it as version 2 describes it.
    writeFields(doc, { title: 'Heat-pump installation basics', eqfLevel: 4, ects: 3, workloadHours: 75, deliveryMode: 'blended', assessmentType: ['practical-task', 'peer-assessment'] });
  });
  await sleep(500);
});

afterAll(async () => {
  await server?.kill();
});

describe('a group drafts its micro-credential', () => {
  it('reports the elements still missing, and the ones set at issuing', async () => {
    const response = await http.get(`/api/workshops/${workshopId}/groups/${groupA}/micro-credential`, member);
    expect(response.status).toBe(200);
    const { draft, checklist, europass } = response.body;
    expect(draft.title).toBe('Heat-pump installation basics');
    expect(draft.eqfLevel).toBe(4);
    expect(draft.assessmentTypes).toEqual(['practical-assessment']);
    expect(draft.assessors).toEqual(['peers']);
    expect(draft.learningOutcomes).toEqual([{ text: 'Size a heat pump for a family home', bloomLevel: 3, eqfLevel: 4 }]);
    // 3 ECTS for 75 hours is 25 hours per credit: plausible, so no warning.
    expect(checklist.find((i: any) => i.id === 'workload').warning).toBeUndefined();
    expect(europass.find((c: any) => c.id === 'homepage')).toMatchObject({ status: 'not-met' });
    const status = Object.fromEntries(checklist.filter((i: any) => i.mandatory).map((i: any) => [i.element, i.status]));
    expect(status).toMatchObject({ 1: 'at-issuing', 2: 'present', 5: 'at-issuing', 6: 'present', 7: 'present', 8: 'present', 9: 'present', 10: 'present' });
    // Awarding canvas is empty: awarding body (4), country (3) and quality assurance (11) are missing, each with a hint.
    for (const element of [3, 4, 11]) {
      const item = checklist.find((i: any) => i.element === element);
      expect(item.status).toBe('missing');
      expect(item.hint.length).toBeGreaterThan(10);
    }
  });

  it('downloads Open Badges 3.0 with the contexts in order, and ELM with the EQF URI', async () => {
    const ob3 = await fetch(`${server.url}/api/workshops/${workshopId}/groups/${groupA}/micro-credential?format=ob3`, { headers: { authorization: `Bearer ${member}` } });
    expect(ob3.status).toBe(200);
    expect(ob3.headers.get('content-disposition')).toContain('.ob3.jsonld');
    const achievement = await ob3.json();
    expect(achievement['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      'https://purl.imsglobal.org/spec/ob-assessment/v2p0/context',
    ]);
    expect(achievement.achievementType).toBe('MicroCredential');
    expect(achievement.creditsAvailable).toBe(3);
    const elm = await (await fetch(`${server.url}/api/workshops/${workshopId}/groups/${groupA}/micro-credential?format=elm`, { headers: { authorization: `Bearer ${member}` } })).json();
    expect(elm['@context']).toEqual(['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap']);
    // No awarding body yet, so no provider: the specification stands alone, as a Qualification (EQF 4).
    expect(elm.type).toBe('Qualification');
    expect(elm.eqfLevel.id).toBe('http://data.europa.eu/snb/eqf/4');
    const pdf = await fetch(`${server.url}/api/workshops/${workshopId}/groups/${groupA}/micro-credential?format=pdf`, { headers: { authorization: `Bearer ${member}` } });
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF');
    const html = await (await fetch(`${server.url}/api/workshops/${workshopId}/groups/${groupA}/micro-credential?format=html`, { headers: { authorization: `Bearer ${member}` } })).text();
    expect(html).toContain('Heat-pump installation basics');
  });

  it("another group's member may not read it; the facilitator collects every group", async () => {
    expect((await http.get(`/api/workshops/${workshopId}/groups/${groupA}/micro-credential`, other)).status).toBe(403);
    expect((await http.get(`/api/workshops/${workshopId}/groups/${groupA}/micro-credential`)).status).toBe(401);
    expect((await http.get(`/api/workshops/${workshopId}/groups/${groupA}/micro-credential?format=xml`, member)).body.field).toBe('querystring.format');
    expect((await http.get(`/api/workshops/${workshopId}/micro-credentials`, member)).status).toBe(403);
    const all = await http.get(`/api/workshops/${workshopId}/micro-credentials`, facilitator);
    expect(all.status).toBe(200);
    expect(all.body.groups).toHaveLength(2);
    expect(all.body.groups[0].openBadges.name).toBe('Heat-pump installation basics');
  });
});
