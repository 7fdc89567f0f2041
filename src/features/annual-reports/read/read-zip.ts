// Just enough ZIP to take one file out of a .docx: the central directory, stored or
// deflated entries, and a cap on the inflated size (a zip bomb is refused, not expanded).
import { inflateRawSync } from 'node:zlib';

const MAX_ENTRY_BYTES = 200 * 1024 * 1024;

export function readZipEntry(zip: Uint8Array, wanted: string): Uint8Array | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count && at + 46 <= zip.byteLength; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) return null;
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    const name = Buffer.from(zip.buffer, zip.byteOffset + at + 46, nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (name !== wanted) continue;
    if (localHeader + 30 > zip.byteLength || view.getUint32(localHeader, true) !== 0x04034b50) return null;
    const start = localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    const data = zip.subarray(start, start + compressedSize);
    if (method === 0) return data;
    if (method !== 8 || size > MAX_ENTRY_BYTES) return null;
    return new Uint8Array(inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES }));
  }
  return null;
}

function findEndOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 65535);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}
