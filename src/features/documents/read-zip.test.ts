import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { readZipDirectory, readZipEntry } from './read-zip.ts';
import { readZip } from './testing/read-zip.ts';

interface FileSpec {
  name: string;
  text: string;
  isDeflated?: boolean;
  /** Overrides the uncompressed size the directory declares. */
  declaredSize?: number;
}

/** A ZIP built by hand, so each test controls exactly what the directory says. */
function zip(files: FileSpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const raw = Buffer.from(file.text, 'utf8');
    const data = file.isDeflated ? deflateRawSync(raw) : raw;
    const name = Buffer.from(file.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(file.isDeflated ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(file.isDeflated ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(file.declaredSize ?? raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const text = (bytes: Uint8Array | null): string | null => (bytes ? Buffer.from(bytes).toString('utf8') : null);

test('takes out a stored and a deflated entry by name', () => {
  const bytes = zip([
    { name: '[Content_Types].xml', text: '<Types/>' },
    { name: 'word/document.xml', text: '<w:t>政府信息公开</w:t>'.repeat(50), isDeflated: true },
  ]);
  assert.equal(text(readZipEntry(bytes, '[Content_Types].xml')), '<Types/>');
  assert.equal(text(readZipEntry(bytes, 'word/document.xml')), '<w:t>政府信息公开</w:t>'.repeat(50));
  assert.equal(readZipEntry(bytes, 'word/missing.xml'), null);
});

test('something that is not a ZIP has no entries, and the test helper says so', () => {
  const notZip = new TextEncoder().encode('这不是压缩文件'.repeat(10));
  assert.equal(readZipDirectory(notZip), null);
  assert.equal(readZipEntry(notZip, 'word/document.xml'), null);
  assert.throws(() => readZip(notZip), /not a zip archive/);
});

test('refuses to inflate an entry that claims to be larger than the cap (a zip bomb)', () => {
  const bytes = zip([{ name: 'word/document.xml', text: 'x'.repeat(1000), isDeflated: true, declaredSize: 300e6 }]);
  assert.equal(readZipEntry(bytes, 'word/document.xml'), null);
});

test('a central directory cut short keeps the entries before the break', () => {
  const whole = zip([
    { name: 'a.xml', text: '<a/>' },
    { name: 'b.xml', text: '<b/>' },
  ]);
  // Spoil the second directory record's signature.
  const damaged = new Uint8Array(whole);
  const view = new DataView(damaged.buffer);
  const second = view.getUint32(damaged.length - 22 + 16, true) + 46 + 'a.xml'.length;
  view.setUint32(second, 0, true);
  const directory = readZipDirectory(damaged);
  assert.deepEqual(
    directory?.entries.map((e) => e.name),
    ['a.xml'],
  );
  assert.equal(directory?.isComplete, false);
  assert.equal(text(readZipEntry(damaged, 'a.xml')), '<a/>');
  assert.equal(readZipEntry(damaged, 'b.xml'), null);
  assert.throws(() => readZip(damaged), /bad central directory/);
  assert.deepEqual(
    [...readZip(whole).entries()],
    [
      ['a.xml', '<a/>'],
      ['b.xml', '<b/>'],
    ],
  );
});
