import { deflateSync } from "node:zlib";

// Computed once: a table-driven CRC-32 (the PNG/zlib polynomial). node:zlib only exposes
// crc32() from Node 20.15 on, and this package supports 20.11.
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

const SIZE = 8;

function encodeTinyPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour RGB
  // bytes 10-12 (compression, filter, interlace) stay 0
  // A gradient rather than a flat colour, so that a decoder that mixes up rows or channels
  // produces visibly different pixels.
  const raw = Buffer.alloc(SIZE * (1 + SIZE * 3));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 3);
    raw[row] = 0; // filter type: none
    for (let x = 0; x < SIZE; x++) {
      const px = row + 1 + x * 3;
      raw[px] = x * 32;
      raw[px + 1] = y * 32;
      raw[px + 2] = 0xc0;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const TINY_PNG = encodeTinyPng();

/** A valid 8×8 RGB PNG. Each call returns a fresh copy, so callers may mutate it. */
export function tinyPng(): Buffer {
  return Buffer.from(TINY_PNG);
}
