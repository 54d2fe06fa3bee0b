import { JOIN_CODE_ALPHABET } from '@canvas/api';
import { randomBytes, randomInt } from 'node:crypto';

/** Random, unguessable ids (96 bits) with a readable prefix saying what they name. */
export function newId(prefix: 'ws' | 'ac' | 'gr' | 'pa' | 'bd' | 'ag'): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** Six characters from a look-alike-free alphabet: 31^6 ≈ 887 million codes. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
