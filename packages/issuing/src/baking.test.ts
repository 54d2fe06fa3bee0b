import extractChunks from 'png-chunks-extract';
import { describe, expect, it } from 'vitest';
import { badgePng } from './badgeImage.js';
import { bakePng, extractBakedCredential, NotABadgeImage } from './baking.js';

describe('baking', () => {
  const credential = { id: 'urn:uuid:1', name: 'Teilnahme: Größenplanung ✓', proof: [{ type: 'DataIntegrityProof' }] };

  it('D2 bakes one iTXt "openbadgecredential" chunk before IEND and reads back the same JSON', () => {
    const baked = bakePng(badgePng(), credential);
    const chunks = extractChunks(baked);
    expect(chunks.at(-1)!.name).toBe('IEND');
    expect(chunks.at(-2)!.name).toBe('iTXt');
    expect(Buffer.from(chunks.at(-2)!.data.subarray(0, 20)).toString('latin1')).toBe('openbadgecredential\0');
    expect(JSON.parse(extractBakedCredential(baked)!)).toEqual(credential);
  });

  it('D2 baking again replaces the credential instead of adding a second', () => {
    const twice = bakePng(bakePng(badgePng(), credential), { ...credential, id: 'urn:uuid:2' });
    expect(extractChunks(twice).filter((c) => c.name === 'iTXt')).toHaveLength(1);
    expect(JSON.parse(extractBakedCredential(twice)!).id).toBe('urn:uuid:2');
  });

  it('D2 an unbaked PNG has no credential; a non-PNG is refused by name', () => {
    expect(extractBakedCredential(badgePng({ size: 32 }))).toBeUndefined();
    expect(() => extractBakedCredential(new TextEncoder().encode('{"not":"a png"}'))).toThrow(NotABadgeImage);
    const truncated = bakePng(badgePng({ size: 32 }), credential).subarray(0, 60);
    expect(() => extractBakedCredential(truncated)).toThrow(NotABadgeImage);
  });
});
