import * as vc from '@digitalcredentials/vc';
import { securityLoader } from '@digitalcredentials/security-document-loader';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryIssuingStore } from './__fixtures__/memoryIssuingStore.js';
import achievement from './__fixtures__/micro-credential-achievement.json' with { type: 'json' };
import assessmentContext from './contexts/ob-assessment-v2p0-context.json' with { type: 'json' };
import { OB_ASSESSMENT_CONTEXT_URL } from './documentLoader.js';
import { Issuer } from './Issuer.js';
import { memoryKeyStore } from './issuerKey.js';
import { checkAchievementCredentialSchema } from './schemaCheck.js';
import { verifyingSuite } from './signing.js';

// The Achievement @canvas/microcredential builds for a filled C4 + awarding canvas (its expected-ob3.json),
// which uses the OB 3.0 Assessment Extension.
let issuer: Issuer;
let credential: any;

beforeAll(async () => {
  issuer = await Issuer.open({ keyStore: memoryKeyStore(), store: new MemoryIssuingStore(), profile: { name: 'E2 School' }, baseUrl: 'http://127.0.0.1:9' });
  const [record] = await issuer.issue({
    workshopId: 'w',
    kind: 'micro-credential',
    achievement,
    recipients: [{ name: 'Lena', identityType: 'emailAddress', identity: 'lena@example.org' }],
  });
  credential = JSON.parse(record!.credentialJson);
});

describe('a micro-credential with the Assessment Extension', () => {
  it('C1 carries the extension context after the two OB 3.0 contexts; the achievement has none of its own', () => {
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', OB_ASSESSMENT_CONTEXT_URL]);
    expect(credential.credentialSubject.achievement['@context']).toBeUndefined();
    expect(JSON.stringify(credential)).toContain('AssessmentResultDescription');
  });

  it('C4 C5 V3 is signed, verifies (ours and the DCC library given the extension context) and fits the 1EdTech schema', async () => {
    expect((await issuer.verify(credential)).verdict).toBe('valid');
    const bundled = securityLoader().build();
    const documentLoader = async (url: string) => {
      if (url === OB_ASSESSMENT_CONTEXT_URL) return { contextUrl: null, documentUrl: url, document: assessmentContext };
      if (url === issuer.statusListUrl) return { contextUrl: null, documentUrl: url, document: await issuer.statusListCredential() };
      return bundled(url);
    };
    const result = await vc.verifyCredential({ credential, suite: verifyingSuite(), documentLoader, checkStatus });
    expect(result.error?.errors?.[0]?.message ?? result.error?.message).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(checkAchievementCredentialSchema(credential)).toEqual({ valid: true });
  });
});
