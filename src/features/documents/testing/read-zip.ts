// Test helper: every entry of a ZIP (DOCX and XLSX are ZIPs) as text, so tests can look at
// the XML a writer produced. Throws where the reader would quietly give up.
import { readZipDirectory } from '../read-zip.ts';

export function readZip(bytes: Uint8Array): Map<string, string> {
  const directory = readZipDirectory(bytes);
  if (!directory) throw new Error('not a zip archive');
  if (!directory.isComplete) throw new Error('bad central directory');
  const entries = new Map<string, string>();
  for (const entry of directory.entries) {
    const data = entry.read();
    if (!data) throw new Error(`unreadable zip entry: ${entry.name}`);
    entries.set(entry.name, Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'));
  }
  return entries;
}

/** The text runs of a DOCX's body. */
export function docxText(bytes: Uint8Array): string {
  const xml = readZip(bytes).get('word/document.xml') ?? '';
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
