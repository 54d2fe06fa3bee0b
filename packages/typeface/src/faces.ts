import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The font files of every export. Text is set in Noto Sans (Latin with Latin Extended, Greek,
 * Cyrillic, Vietnamese; SIL OFL 1.1), shipped as TrueType by `@expo-google-fonts/noto-sans`, because
 * pdf-lib's fontkit embeds TrueType/OpenType (the `@fontsource` packages ship WOFF split by script).
 * Google's Noto Sans leaves out arrows, mathematical operators and check marks (≥, →, ✓), which
 * workshop notes use; DejaVu Sans (Bitstream Vera licence) draws just those (SPEC F1.2).
 */
export const FACES = {
  text: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  textBold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  symbols: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  symbolsBold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

export type FaceName = keyof typeof FACES;

const require = createRequire(import.meta.url);
const cache = new Map<FaceName, Uint8Array>();

/** The bytes of one face's TrueType file, read once per process (or worker thread). */
export function faceBytes(face: FaceName): Uint8Array {
  let bytes = cache.get(face);
  if (!bytes) {
    bytes = new Uint8Array(fs.readFileSync(require.resolve(FACES[face])));
    cache.set(face, bytes);
  }
  return bytes;
}
