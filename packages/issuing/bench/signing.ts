/**
 * How long signing and verifying one credential take on this machine, and our verifier against the
 * DCC's `vc.verifyCredential` (the peer) in the same run. Prints medians and the ratio.
 * Run: pnpm --filter @canvas/issuing bench
 */
import * as vc from '@digitalcredentials/vc';
import { securityLoader } from '@digitalcredentials/security-document-loader';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import { achievement } from '../src/__fixtures__/achievement.js';
import { MemoryIssuingStore } from '../src/__fixtures__/memoryIssuingStore.js';
import { Issuer } from '../src/Issuer.js';
import { memoryKeyStore } from '../src/issuerKey.js';
import { verifyingSuite } from '../src/signing.js';

const ROUNDS = Number(process.env.ROUNDS ?? 40);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const issuer = await Issuer.open({ keyStore: memoryKeyStore(), store: new MemoryIssuingStore(), profile: { name: 'Bench' }, baseUrl: 'http://127.0.0.1:9' });
const bundled = securityLoader().build();
const documentLoader = async (url: string) =>
  url === issuer.statusListUrl ? { contextUrl: null, documentUrl: url, document: await issuer.statusListCredential() } : bundled(url);

// Warm up: contexts parsed, JIT warm.
const [warm] = await issuer.issue({ workshopId: 'w', kind: 'participation', achievement, recipients: [{ name: 'W', identityType: 'name', identity: 'W' }] });
await issuer.verify(JSON.parse(warm!.credentialJson));

const sign: number[] = [];
const ours: number[] = [];
const peer: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  let t = performance.now();
  const [record] = await issuer.issue({ workshopId: 'w', kind: 'participation', achievement, recipients: [{ name: `L${i}`, identityType: 'emailAddress', identity: `l${i}@example.org` }] });
  sign.push(performance.now() - t);
  const credential = JSON.parse(record!.credentialJson);
  // Alternate the order so that neither verifier always runs on a warmer cache.
  const runOurs = async () => {
    const s = performance.now();
    const report = await issuer.verify(credential);
    if (report.verdict !== 'valid') throw new Error('ours: not valid');
    ours.push(performance.now() - s);
  };
  const runPeer = async () => {
    const s = performance.now();
    const result = await vc.verifyCredential({ credential, suite: verifyingSuite(), documentLoader, checkStatus });
    if (!result.verified) throw new Error('peer: not verified');
    peer.push(performance.now() - s);
  };
  if (i % 2 === 0) {
    await runOurs();
    await runPeer();
  } else {
    await runPeer();
    await runOurs();
  }
}
const fmt = (n: number) => `${n.toFixed(1)} ms`;
console.log(`rounds: ${ROUNDS}, node ${process.version}`);
console.log(`sign + store one credential (median): ${fmt(median(sign))}`);
console.log(`verify, ours (6 checks incl. status list and schema) (median): ${fmt(median(ours))}`);
console.log(`verify, DCC vc.verifyCredential + checkStatus (median): ${fmt(median(peer))}`);
console.log(`ratio ours / DCC: ${(median(ours) / median(peer)).toFixed(2)}`);
