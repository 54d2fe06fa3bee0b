import extractChunks from 'png-chunks-extract';
import encodeChunks from 'png-chunks-encode';

/** The iTXt keyword OB 3.0 reserves for a baked credential (SPEC D2). */
export const BAKED_KEYWORD = 'openbadgecredential';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export class NotABadgeImage extends Error {}

/** iTXt payload: keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, UTF-8 text. */
function iTXt(keyword: string, text: string): Uint8Array {
  return Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
}

function readITXt(data: Uint8Array): { keyword: string; text: string } | undefined {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const keywordEnd = buffer.indexOf(0);
  if (keywordEnd <= 0) return undefined;
  const keyword = buffer.subarray(0, keywordEnd).toString('latin1');
  const compressed = buffer[keywordEnd + 1];
  if (compressed !== 0) return { keyword, text: '' }; // OB 3.0 bakes uncompressed text; we write nothing else.
  const languageEnd = buffer.indexOf(0, keywordEnd + 3);
  if (languageEnd < 0) return undefined;
  const translatedEnd = buffer.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return undefined;
  return { keyword, text: buffer.subarray(translatedEnd + 1).toString('utf8') };
}

function chunksOf(png: Uint8Array) {
  if (png.length < 8 || PNG_SIGNATURE.some((byte, i) => png[i] !== byte)) throw new NotABadgeImage('This file is not a PNG image.');
  try {
    return extractChunks(png);
  } catch (error) {
    throw new NotABadgeImage(`This PNG image is damaged (${(error as Error).message}).`);
  }
}

/**
 * Bakes a credential into a PNG (OB 3.0 §baking): one iTXt chunk `openbadgecredential` holding the
 * signed JSON, before IEND. A credential already baked in is replaced, never doubled.
 */
export function bakePng(png: Uint8Array, credential: object): Uint8Array {
  const chunks = chunksOf(png).filter((chunk) => !(chunk.name === 'iTXt' && readITXt(chunk.data)?.keyword === BAKED_KEYWORD));
  const end = chunks.findIndex((chunk) => chunk.name === 'IEND');
  chunks.splice(end < 0 ? chunks.length : end, 0, { name: 'iTXt', data: iTXt(BAKED_KEYWORD, JSON.stringify(credential)) });
  return encodeChunks(chunks);
}

/** The JSON text of the credential baked into a PNG, or undefined when none is. */
export function extractBakedCredential(png: Uint8Array): string | undefined {
  for (const chunk of chunksOf(png)) {
    if (chunk.name !== 'iTXt') continue;
    const entry = readITXt(chunk.data);
    if (entry?.keyword === BAKED_KEYWORD) return entry.text;
  }
  return undefined;
}
