import { describe, expect, it } from 'vitest';
import { draftUuid, sha1, uuidV5 } from './ids.js';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('I1 name-based ids', () => {
  it('SHA-1 matches the FIPS 180 test vectors', () => {
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new Uint8Array()))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
  });

  // Expected values computed independently with Python's uuid.uuid5(uuid.NAMESPACE_URL, name).
  it('UUID v5 in the URL namespace matches Python uuid.uuid5', () => {
    expect(uuidV5('urn:canvas-sessions:issuer:Example Adult Education Centre')).toBe('57287c71-4aae-5ecc-a860-819fd3ff927b');
    expect(uuidV5('Grüße')).toBe('a41f3a6f-f8a2-5986-8f93-b5b8dfbfb0b9');
  });
});

describe('I2 draft uuid', () => {
  it('keeps a UUID draft id (lower-cased)', () => {
    expect(draftUuid('3F6C1A52-8E0B-4C7D-9A41-2B5E7D9C0F18')).toBe('3f6c1a52-8e0b-4c7d-9a41-2b5e7d9c0f18');
  });

  it('hashes any other id as urn:canvas-sessions:microcredential:<id>', () => {
    expect(draftUuid('board-42')).toBe('2fd50cb4-316d-5a2f-9992-ba4a91a98dac');
  });
});
