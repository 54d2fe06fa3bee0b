import { describe, expect, it } from 'vitest';
import { activitiesTakenPartIn, participationAchievement } from './participation.js';
import { checkAchievementCredentialSchema } from './schemaCheck.js';
import { describeCheck, PHRASE_KEYS } from './verificationWords.js';

describe('participation', () => {
  it('C6 counts an activity when a board of it holds a shape the participant created', () => {
    const boards = [
      { activityId: 'a1', records: [{ meta: { authorId: 'p1' } }, { meta: { authorId: 'p2' } }] },
      { activityId: 'a2', records: [{ meta: { authorId: 'p2' } }, null, 'junk', { meta: null }] },
      { activityId: null, records: [{ meta: { authorId: 'p1' } }] },
      { activityId: 'a3', records: [{ meta: { authorId: 'p1' } }] },
    ];
    expect([...activitiesTakenPartIn('p1', boards)]).toEqual(['a1', 'a3']);
    expect([...activitiesTakenPartIn('p3', boards)]).toEqual([]);
  });

  it('C6 names the workshop, its date and the activities, in the workshop language; same activities, same id', () => {
    const workshop = { id: 'ws_1', title: 'Wärmepumpen', language: 'de', createdAt: Date.UTC(2026, 10, 23) };
    const de = participationAchievement(workshop, [{ id: 'a1', title: 'C4 Inhalte' }]);
    expect(de.name).toBe('Teilnahme: Wärmepumpen');
    expect(de.description).toContain('2026-11-23');
    expect((de.criteria as { narrative: string }).narrative).toContain('- C4 Inhalte');
    expect(participationAchievement(workshop, [{ id: 'a1', title: 'C4 Inhalte' }]).id).toBe(de.id);
    expect(participationAchievement(workshop, []).id).not.toBe(de.id);
    expect(participationAchievement({ ...workshop, language: 'en' }, []).name).toBe('Participation: Wärmepumpen');
    // Embedded in a credential-shaped document, the achievement satisfies the schema's Achievement.
    const schema = checkAchievementCredentialSchema({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:key:z6Mk', type: ['Profile'] },
      validFrom: '2026-11-23T00:00:00Z',
      credentialSubject: { type: ['AchievementSubject'], achievement: de },
      proof: [{ type: 'DataIntegrityProof' }],
    });
    expect(schema).toEqual({ valid: true });
  });
});

describe('verification words', () => {
  it('V3 every reason has an English and a German sentence that differ', () => {
    expect(PHRASE_KEYS.length).toBeGreaterThan(25);
    for (const key of PHRASE_KEYS) {
      const [id, reason] = key.split('.') as [string, string];
      const words = describeCheck(id, reason, { url: 'U', issuer: 'I', from: 'F', until: 'T', path: 'P', key: 'K' });
      expect(words.en.length, key).toBeGreaterThan(10);
      expect(words.de.length, key).toBeGreaterThan(10);
      expect(words.de, key).not.toBe(words.en);
      expect(words.en + words.de, key).not.toContain('undefined');
    }
  });
});
