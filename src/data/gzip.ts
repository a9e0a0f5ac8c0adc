// The .csv.gz downloads: gzip from node:zlib with a fixed header (no time stamp, OS "unknown"), so the
// same CSV always gives the same bytes, whatever machine builds it.
import { gunzipSync, gzipSync } from 'node:zlib';

/** Byte 9 of a gzip header names the OS that wrote it; 255 is "unknown". */
const OS_BYTE = 9;

export function gzipDeterministic(data: Uint8Array): Buffer<ArrayBuffer> {
  const out = gzipSync(data, { level: 9 });
  out.writeUInt32LE(0, 4); // MTIME: none (node:zlib writes 0 already; kept explicit)
  out[OS_BYTE] = 255;
  return out;
}

export function gunzipText(data: Uint8Array): string {
  return gunzipSync(data).toString('utf8');
}
