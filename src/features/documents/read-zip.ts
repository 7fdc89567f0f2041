// Just enough ZIP to take files out of a .docx or .xlsx: the central directory, stored or
// deflated entries, and a cap on the inflated size (a zip bomb is refused, not expanded).
// The report reader uses it on untrusted uploads; tests use it to look at what a writer made.
import { inflateRawSync } from 'node:zlib';

const MAX_ENTRY_BYTES = 200 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  /** The entry's bytes; null when damaged, too large, or compressed other than stored/deflated. */
  read(): Uint8Array | null;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** False when the central directory breaks off: `entries` holds those before the break. */
  isComplete: boolean;
}

/** The entries named in a ZIP's central directory, or null when it has none. */
export function readZipDirectory(zip: Uint8Array): ZipDirectory | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count && at + 46 <= zip.byteLength; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > zip.byteLength) break;
    const name = Buffer.from(zip.buffer, zip.byteOffset + at + 46, nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    const read = (): Uint8Array | null => {
      if (localHeader + 30 > zip.byteLength || view.getUint32(localHeader, true) !== 0x04034b50) return null;
      const start = localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
      const data = zip.subarray(start, start + compressedSize);
      if (method === 0) return data;
      if (method !== 8 || size > MAX_ENTRY_BYTES) return null;
      return new Uint8Array(inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES }));
    };
    entries.push({ name, read });
  }
  return { entries, isComplete: entries.length === count };
}

/** One file out of a ZIP (the first of that name), or null when absent or unreadable. */
export function readZipEntry(zip: Uint8Array, wanted: string): Uint8Array | null {
  return (
    readZipDirectory(zip)
      ?.entries.find((entry) => entry.name === wanted)
      ?.read() ?? null
  );
}

function findEndOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 65535);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}
