import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@canvas/api';
import { randomBytes, randomInt } from 'node:crypto';

/** Random, unguessable ids (96 bits) with a readable prefix saying what they name. */
export function newId(prefix: 'ws' | 'ac' | 'gr' | 'pa' | 'bd' | 'vo' | 'ag' | 'po' | 'f'): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/**
 * Eight characters from a look-alike-free alphabet: 31^8 ≈ 852 billion codes, so that guessing is
 * hopeless under the look-up limits (docs/security.md). Older six-character codes keep working.
 */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
