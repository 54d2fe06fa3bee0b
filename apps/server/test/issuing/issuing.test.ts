/**
 * Signed Open Badges 3.0 over the real server (packages/issuing/SPEC.md): issue, claim, verify with the
 * DCC verifier independently of our own verify code, revoke, delete. One did:key server and one did:web server.
 */
import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { itOnSqlite } from '../helpers/engine.js';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import { securityLoader } from '@digitalcredentials/security-document-loader';
import * as vc from '@digitalcredentials/vc';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import { verifyCredential as verifierCore } from '@digitalcredentials/verifier-core';
import { checkAchievementCredentialSchema, EXTRA_CONTEXTS, extractBakedCredential } from '@canvas/issuing';
import { getTemplate } from '@canvas/templates';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, postOversized } from '../helpers/api.js';
import { writeFields, writeNote } from '../helpers/boardContent.js';
import { connectBoard, sleep } from '../helpers/clients.js';
import { freePort, startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let http: ReturnType<typeof api>;
let workshopId = '';
let facilitator = '';
let member = '';
let anaId = '';
let groupA = '';
let groupB = '';

function centreOf(templateId: string, areaId: string) {
  const area = getTemplate(templateId)!.areas.find((a) => a.id === areaId)!;
  return { x: area.rect.x + area.rect.w / 2 - 100, y: area.rect.y + area.rect.h / 2 - 100 };
}

/** verifier-core fetches the status list over HTTP (our loopback server) and tries the 1EdTech schema URL: only loopback may answer. */
function loopbackOnlyFetch() {
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!/^https?:\/\/127\.0\.0\.1[:/]/.test(url)) return Promise.reject(new TypeError(`no network in tests: ${url}`));
    return realFetch(input, init);
  });
}

async function createWorkshop(target: ReturnType<typeof api>, wsUrl: string) {
  const created = await target.post('/api/workshops', {
    title: 'Heat pumps',
    activities: [{ templateId: 'c3-competences' }, { templateId: 'c4-substantive' }, { templateId: 'awarding' }],
    groupCount: 2,
  });
  const id = created.body.workshop.id as string;
  const joined = (await target.post(`/api/workshops/${id}/join`, { displayName: 'Ana', groupId: created.body.workshop.groups[0].id })).body;
  await target.post(`/api/workshops/${id}/join`, { displayName: 'Ben', groupId: created.body.workshop.groups[1].id });
  const view = (await target.get(`/api/workshops/${id}`, joined.token)).body;
  const boardOf = (templateId: string) => {
    const activity = view.activities.find((a: any) => a.templateId === templateId);
    return view.boards.find((b: any) => b.kind === 'group' && b.activityId === activity.id).id as string;
  };
  const fill = async (templateId: string, fn: (doc: import('yjs').Doc) => void) => {
    const client = connectBoard(wsUrl, boardOf(templateId), joined.token);
    await client.synced;
    fn(client.doc);
    await sleep(200);
    client.destroy();
  };
  await fill('c4-substantive', (doc) => {
    writeNote(doc, { id: 'lo1', ...centreOf('c4-substantive', 'learning-outcomes'), text: 'Size a heat pump for a family home', authorId: joined.participant.id });
    writeFields(doc, { title: 'Heat-pump installation basics', eqfLevel: 4, ects: 3, deliveryMode: 'blended', assessmentType: ['practical-task'] });
  });
  await fill('awarding', (doc) => writeFields(doc, { awardingBody: 'Berufsschule Nord', country: 'DE', qualityAssurance: 'internal' }));
  await sleep(300);
  return { id, facilitator: created.body.facilitatorToken as string, member: joined.token as string, anaId: joined.participant.id as string, groupA: created.body.workshop.groups[0].id as string, groupB: created.body.workshop.groups[1].id as string };
}

beforeAll(async () => {
  server = await startServer({ env: { ISSUER_NAME: 'Berufsschule Nord', ISSUER_EMAIL: 'badges@bs-nord.example' } });
  http = api(server.url);
  ({ id: workshopId, facilitator, member, anaId, groupA, groupB } = await createWorkshop(http, server.wsUrl));
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await server?.kill();
});

let participation_: any[] = [];
let microCredentials: any[] = [];
const claim = async (claimPath: string) => (await http.get(`/api/claims/${claimPath.split('/').pop()}`)).body;

describe('issuing from the console', () => {
  it('C7 says which group may issue its micro-credential and what the other lacks', async () => {
    const response = await http.get(`/api/workshops/${workshopId}/credentials`, facilitator);
    expect(response.status).toBe(200);
    expect(response.body.issuer).toMatchObject({ method: 'key', name: 'Berufsschule Nord' });
    const [a, b] = response.body.groups;
    expect(a).toMatchObject({ groupId: groupA, ready: true, missing: [] });
    expect(b.ready).toBe(false);
    expect(b.missing.length).toBeGreaterThan(3);
    expect((await http.post(`/api/workshops/${workshopId}/groups/${groupB}/credentials`, { csv: 'name,email\nEve,eve@example.org\n' }, facilitator)).body).toMatchObject({
      error: 'checklist_incomplete',
    });
  });

  it('only the facilitator issues', async () => {
    expect((await http.post(`/api/workshops/${workshopId}/credentials/participation`, {}, member)).status).toBe(403);
    expect((await http.post(`/api/workshops/${workshopId}/credentials/participation`, {})).status).toBe(401);
    expect((await http.get(`/api/workshops/${workshopId}/credentials`, member)).status).toBe(403);
  });

  it('C6 issues participation credentials naming the activities each participant contributed to', async () => {
    const response = await http.post(`/api/workshops/${workshopId}/credentials/participation`, {}, facilitator);
    expect(response.status).toBe(201);
    participation_ = response.body.credentials;
    expect(participation_.map((c: any) => c.recipientName).sort()).toEqual(['Ana', 'Ben']);
    const ana = await claim(participation_.find((c: any) => c.recipientName === 'Ana').claimPath);
    expect(ana.credential.credentialSubject.achievement.criteria.narrative).toContain('C4');
    const ben = await claim(participation_.find((c: any) => c.recipientName === 'Ben').claimPath);
    expect(ben.credential.credentialSubject.achievement.criteria.narrative).not.toContain('C4');
    expect(ana.credential.credentialSubject.identifier[0]).toMatchObject({ identityType: 'name', hashed: true });
    // A second click issues no duplicates; naming a participant issues again on purpose.
    expect((await http.post(`/api/workshops/${workshopId}/credentials/participation`, {}, facilitator)).body.error).toBe('already_issued');
    expect((await http.post(`/api/workshops/${workshopId}/credentials/participation`, { participantIds: ['nobody'] }, facilitator)).body).toMatchObject({ error: 'participant_not_found', field: 'body.participantIds' });
  });

  it('L2 refuses a learner list with bad rows, naming each, and issues nothing', async () => {
    const before = (await http.get(`/api/workshops/${workshopId}/credentials`, facilitator)).body.credentials.length;
    const response = await http.post(`/api/workshops/${workshopId}/groups/${groupA}/credentials`, { csv: 'name,email\n=cmd(),x@example.org\nBo,not-mail\n' }, facilitator);
    expect(response.status).toBe(422);
    expect(response.body.error).toBe('invalid_learner_list');
    expect(response.body.details.errors.map((e: any) => [e.line, e.column])).toEqual([
      [2, 'name'],
      [3, 'email'],
    ]);
    const huge = await http.post(`/api/workshops/${workshopId}/groups/${groupA}/credentials`, { csv: `name,email\n${'x'.repeat(100_000)},a@example.org\n` }, facilitator);
    expect(huge.body).toMatchObject({ error: 'invalid_learner_list' });
    expect((await http.get(`/api/workshops/${workshopId}/credentials`, facilitator)).body.credentials).toHaveLength(before);
  });

  it('C5 C7 issues the micro-credential to a CSV list; it validates against the 1EdTech schema', async () => {
    const response = await http.post(
      `/api/workshops/${workshopId}/groups/${groupA}/credentials`,
      { csv: 'Name;E-Mail\nLena Koch;lena@example.org\nMo Ali;mo@example.org\n', validUntil: '2099-12-31' },
      facilitator,
    );
    expect(response.status).toBe(201);
    microCredentials = response.body.credentials;
    expect(microCredentials).toHaveLength(2);
    const lena = await claim(microCredentials[0].claimPath);
    expect(lena.credential.credentialSubject.achievement).toMatchObject({ achievementType: 'MicroCredential', name: 'Heat-pump installation basics' });
    expect(lena.credential.validUntil).toBe('2099-12-31T23:59:59Z');
    expect(checkAchievementCredentialSchema(lena.credential)).toEqual({ valid: true });
    expect(JSON.stringify(lena.credential)).not.toContain('lena@example.org');
  });

  it('L4 offers every claim link as CSV', async () => {
    const response = await fetch(`${server.url}/api/workshops/${workshopId}/credentials.csv`, { headers: { authorization: `Bearer ${facilitator}` } });
    expect(response.headers.get('content-type')).toContain('text/csv');
    const text = await response.text();
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);
    expect(text).toContain(`${server.url}${microCredentials[0].claimPath}`);
  });
});

/**
 * The DCC library alone (vc.verifyCredential + the Bitstring status check): its bundled contexts, the
 * vendored OB 3.0 Assessment Extension context that micro-credentials use (verifier-core would fetch it
 * from purl.imsglobal.org), and the status list fetched from our server as any verifier would.
 */
async function dccVerify(credential: unknown) {
  const bundled = securityLoader().build();
  const documentLoader = async (url: string) => {
    if (EXTRA_CONTEXTS.has(url)) return { contextUrl: null, documentUrl: url, document: EXTRA_CONTEXTS.get(url) };
    if (url.startsWith(server.url)) return { contextUrl: null, documentUrl: url, document: await (await fetch(url)).json() };
    return bundled(url);
  };
  return vc.verifyCredential({ credential, suite: new DataIntegrityProof({ cryptosuite }), documentLoader, checkStatus });
}

describe('verifying', () => {
  it('C4 the DCC verifiers accept claimed credentials, independently of our verify code', async () => {
    loopbackOnlyFetch();
    // verifier-core, as shipped (it fetches what it does not bundle; here only our loopback server answers).
    const { credential: participation } = await claim(participation_[0].claimPath);
    const result: any = await verifierCore({ credential: participation, knownDIDRegistries: [] });
    expect(result.errors).toBeUndefined();
    const log = Object.fromEntries(result.log.map((entry: any) => [entry.id, entry.valid]));
    expect(log).toMatchObject({ valid_signature: true, revocation_status: true, expiration: true });
    // The micro-credential, with the DCC library and the extension context it needs.
    const { credential: micro } = await claim(microCredentials[0].claimPath);
    const dcc = await dccVerify(micro);
    expect(dcc.error?.errors?.[0]?.message ?? dcc.error?.message).toBeUndefined();
    expect(dcc.verified).toBe(true);
  });

  it('V3 POST /api/verify reports each check in English and German', async () => {
    const { credential } = await claim(microCredentials[0].claimPath);
    const response = await http.post('/api/verify', { credential });
    expect(response.status).toBe(200);
    expect(response.body.verdict).toBe('valid');
    expect(response.body.checks.map((c: any) => c.outcome)).toEqual(Array(6).fill('passed'));
    expect(response.body.checks[0].words.de).toMatch(/Nachweis/);
  });

  it('V4 a changed field fails, in our verifier and in the DCC ones', async () => {
    const { credential } = await claim(microCredentials[0].claimPath);
    credential.credentialSubject.achievement.name = 'Master installer';
    const ours = (await http.post('/api/verify', { credential })).body;
    expect(ours.checks.find((c: any) => c.id === 'signature')).toMatchObject({ outcome: 'failed', reason: 'invalid' });
    const dcc = await dccVerify(credential);
    expect(dcc.verified).toBe(false);
    expect(JSON.stringify(dcc.error)).toMatch(/Invalid signature/);
    const { credential: participation } = await claim(participation_[1].claimPath);
    participation.validFrom = '2020-01-01T00:00:00Z';
    loopbackOnlyFetch();
    const theirs: any = await verifierCore({ credential: participation, knownDIDRegistries: [] });
    // verifier-core reports a bad signature as a fatal error rather than a log entry.
    expect(theirs.errors?.map((e: any) => e.name), JSON.stringify(theirs).slice(0, 400)).toContain('invalid_signature');
  });

  it('D2 the baked PNG round-trips and verifies', async () => {
    const { credential } = await claim(microCredentials[1].claimPath);
    const response = await fetch(`${server.url}/api/claims/${microCredentials[1].claimPath.split('/').pop()}/badge.png`);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await response.arrayBuffer());
    expect(JSON.parse(extractBakedCredential(png)!)).toEqual(credential);
    const report = (await http.post('/api/verify', { png: png.toString('base64') })).body;
    expect(report.verdict).toBe('valid');
    expect((await http.post('/api/verify', { png: Buffer.from('not a png').toString('base64') })).body).toMatchObject({ error: 'not_a_badge', field: 'body.png' });
  });

  it('V1 bounds what it reads: deep nesting, oversize bodies', async () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const response = await fetch(`${server.url}/api/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"credential":${deep}}` });
    const body = await response.json();
    expect(body, JSON.stringify(body).slice(0, 300)).toHaveProperty('checks');
    expect(body.checks[0]).toMatchObject({ id: 'format', outcome: 'failed', reason: 'too_deep' });
    const big = await http.post('/api/verify', { credential: { filler: 'x'.repeat(300 * 1024) } });
    expect(big.status).toBe(413);
    expect(await postOversized(`${server.url}/api/verify`, JSON.stringify({ credential: 'x'.repeat(2 * 1024 * 1024) }))).toBe(413);
  });

  it('V5 S2 revoking from the console fails the revocation check, here and in the DCC verifiers', async () => {
    const revoke = (id: string) => http.post(`/api/workshops/${workshopId}/credentials/${encodeURIComponent(id)}/revoke`, {}, facilitator);
    expect((await revoke(microCredentials[0].id)).status).toBe(200);
    expect((await revoke(participation_[0].id)).status).toBe(200);
    const { credential, revoked: flag } = await claim(microCredentials[0].claimPath);
    expect(flag).toBe(true);
    const ours = (await http.post('/api/verify', { credential })).body;
    expect(ours.verdict).toBe('invalid');
    expect(ours.checks.find((c: any) => c.id === 'revocation')).toMatchObject({ outcome: 'failed', reason: 'revoked' });
    const dcc = await dccVerify(credential);
    expect(dcc.verified).toBe(false);
    expect(JSON.stringify(dcc)).not.toMatch(/Invalid signature/);
    loopbackOnlyFetch();
    const theirs: any = await verifierCore({ credential: (await claim(participation_[0].claimPath)).credential, knownDIDRegistries: [] });
    expect(theirs.log.find((e: any) => e.id === 'valid_signature')?.valid).toBe(true);
    expect(theirs.log.find((e: any) => e.id === 'revocation_status')?.valid).toBe(false);
    const other = (await http.post('/api/verify', { credential: (await claim(microCredentials[1].claimPath)).credential })).body;
    expect(other.verdict).toBe('valid');
  });
});

describe('keeping and deleting', () => {
  it('K1 the key file is readable by the server user only', () => {
    const stat = fs.statSync(path.join(server.dataDir, 'issuer-key.json'));
    expect(stat.mode & 0o777).toBe(0o600);
  });

  itOnSqlite('R1 S3 K2 deleting the workshop removes credentials and claim links; the key and the revocation bit stay', async () => {
    const kept = (await claim(microCredentials[0].claimPath)).credential;
    const keyBefore = fs.readFileSync(path.join(server.dataDir, 'issuer-key.json'), 'utf8');
    const inFiles = (name: string) => fs.readdirSync(server.dataDir).some((file) => fs.readFileSync(path.join(server.dataDir, file)).includes(Buffer.from(name)));
    expect(inFiles('Lena Koch')).toBe(true); // the search below can find a name
    expect((await http.del(`/api/workshops/${workshopId}`, facilitator)).status).toBeLessThan(300);
    expect((await http.get(`/api/claims/${microCredentials[1].claimPath.split('/').pop()}`)).status).toBe(404);
    expect((await http.get('/api/claims/not-a-token')).body.error).toBe('claim_not_found');
    // Past Fastify's 100-character parameter limit the router answers 404 itself.
    expect((await http.get(`/api/claims/${'x'.repeat(5000)}`)).status).toBe(404);
    expect(fs.readFileSync(path.join(server.dataDir, 'issuer-key.json'), 'utf8')).toBe(keyBefore);
    // Nothing of the recipients stays in the store's files (secure_delete, WAL truncated).
    for (const name of ['Lena Koch', 'Mo Ali']) expect(inFiles(name), name).toBe(false);
    const report = (await http.post('/api/verify', { credential: kept })).body;
    expect(report.checks.find((c: any) => c.id === 'revocation')).toMatchObject({ reason: 'revoked' });
    expect(report.checks.find((c: any) => c.id === 'signature')).toMatchObject({ outcome: 'passed' });
  });
});

describe('a server with a public URL', () => {
  let web: ServerProcess;
  afterAll(async () => {
    await web?.kill();
  });

  it('K3 is a did:web, serves its DID document, and its credentials verify with the DCC library resolving did:web over HTTP', async () => {
    const port = await freePort();
    web = await startServer({ port, env: { PUBLIC_URL: `http://127.0.0.1:${port}` } });
    const webHttp = api(web.url);
    const did = `did:web:127.0.0.1%3A${port}`;
    const document = (await webHttp.get('/.well-known/did.json')).body;
    expect(document).toMatchObject({ id: did, assertionMethod: [expect.stringMatching(/^did:web:127\.0\.0\.1%3A\d+#z6Mk/)] });
    expect(JSON.stringify(document)).not.toMatch(/secretKey/);
    const setup = await createWorkshop(webHttp, web.wsUrl);
    const issued = (await webHttp.post(`/api/workshops/${setup.id}/credentials/participation`, {}, setup.facilitator)).body.credentials;
    const { credential } = (await webHttp.get(`/api/claims/${issued[0].claimPath.split('/').pop()}`)).body;
    expect(credential.issuer.id).toBe(did);
    // What a did:web resolver does (over http here, https in production), beside the DCC's bundled contexts.
    const bundled = securityLoader().build();
    const documentLoader = async (url: string) => {
      if (url.startsWith(did)) {
        const didDocument = (await webHttp.get('/.well-known/did.json')).body;
        const document = url.includes('#') ? { '@context': 'https://w3id.org/security/multikey/v1', ...didDocument.verificationMethod.find((m: any) => m.id === url) } : didDocument;
        return { contextUrl: null, documentUrl: url, document };
      }
      if (url.startsWith(web.url)) return { contextUrl: null, documentUrl: url, document: await (await fetch(url)).json() };
      return bundled(url);
    };
    const result = await vc.verifyCredential({ credential, suite: new DataIntegrityProof({ cryptosuite }), documentLoader, checkStatus });
    expect(result.error?.errors?.[0]?.message ?? result.error?.message).toBeUndefined();
    expect(result.verified).toBe(true);
    expect((await webHttp.post('/api/verify', { credential })).body.verdict).toBe('valid');
  });
});
