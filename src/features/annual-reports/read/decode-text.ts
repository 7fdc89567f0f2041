// Bytes → text for plain-text and HTML sources: UTF-8, GBK/GB18030, UTF-16 LE/BE, with or
// without a byte-order mark. Published reports come in all of them.
import iconv from 'iconv-lite';
import { UnreadableReportError } from './unreadable-error.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const SAMPLE = 64 * 1024;

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: mostChinese(bytes), bomLength: 0 };
}

// Chinese text in UTF-16 still has some ASCII (digits, spaces, newlines), whose high byte is
// 0: zero bytes sitting on odd (LE) or even (BE) offsets only give it away.
function guessUtf16(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (odd >= 4 && even <= odd * 0.05 && odd >= n / 1000) return 'utf-16le';
  if (even >= 4 && odd <= even * 0.05 && even >= n / 1000) return 'utf-16be';
  return null;
}

// Characters every report uses: the right decoding is full of them, a wrong one hardly has any.
const COMMON = new Set('的公开政府信息申请年度报告工作情况处理不予行政一二三四五六七八九十件和有在为本'.split(''));

function mostChinese(bytes: Uint8Array): TextEncoding {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SAMPLE) & ~1);
  const score = (encoding: TextEncoding) => {
    let n = 0;
    for (const ch of iconv.decode(sample, encoding)) if (COMMON.has(ch)) n++;
    return n;
  };
  const gb = score('gb18030');
  const le = score('utf-16le');
  const be = score('utf-16be');
  // Random bytes hit a common character now and then in any decoding: demand real evidence.
  if (Math.max(le, be) < 10 || Math.max(le, be) <= gb) return 'gb18030';
  return le >= be ? 'utf-16le' : 'utf-16be';
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array): string {
  const { encoding, bomLength } = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  const text =
    encoding === 'utf-8' || encoding === 'utf-16le'
      ? new TextDecoder(encoding).decode(body)
      : iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding);

  if (looksBinary(text))
    throw new UnreadableReportError('文件内容不是可识别的文字（可能是损坏的文件或不支持的二进制格式）');
  return text;
}

/** Control characters and replacement characters betray bytes that were never text. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad > n * 0.02;
}
