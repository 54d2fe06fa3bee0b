import encodeChunks from 'png-chunks-encode';
import { deflateSync } from 'node:zlib';

/**
 * The badge picture credentials are baked into: a rosette drawn from pixels (a filled disc, a white
 * ring and a tick), so the package ships no binary asset. PNG framing (CRCs) comes from
 * png-chunks-encode; the pixels are deflated with node:zlib.
 */
export function badgePng(options: { size?: number; rgb?: [number, number, number] } = {}): Uint8Array {
  const size = options.size ?? 256;
  const [r, g, b] = options.rgb ?? [0x1c, 0x4e, 0x80];
  const centre = (size - 1) / 2;
  const outer = size * 0.48;
  const ringOuter = size * 0.42;
  const ringInner = size * 0.39;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - centre, y - centre);
      // Anti-aliased edge: coverage over the last pixel of the disc.
      const alpha = Math.max(0, Math.min(1, outer - d + 0.5));
      const white = (d <= ringOuter && d >= ringInner) || onTick(x / size, y / size);
      const o = 1 + x * 4;
      row[o] = white ? 255 : r;
      row[o + 1] = white ? 255 : g;
      row[o + 2] = white ? 255 : b;
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return encodeChunks([
    { name: 'IHDR', data: header },
    { name: 'IDAT', data: deflateSync(Buffer.concat(rows), { level: 9 }) },
    { name: 'IEND', data: new Uint8Array(0) },
  ]);
}

/** A tick from (0.33, 0.52) down to (0.45, 0.64) and up to (0.68, 0.38), in unit coordinates. */
function onTick(u: number, v: number): boolean {
  const width = 0.035;
  return distanceToSegment(u, v, 0.33, 0.52, 0.45, 0.64) < width || distanceToSegment(u, v, 0.45, 0.64, 0.68, 0.38) < width;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
