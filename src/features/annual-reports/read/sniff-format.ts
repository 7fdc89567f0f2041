// Decides how to read a file from its first bytes (the extension is only a hint): reports
// arrive misnamed, and an old .doc or a scanned image must be refused with a clear reason.
import { UnreadableReportError } from './unreadable-error.ts';

export type SourceFormat = 'text' | 'html' | 'docx' | 'pdf';

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function asciiIncludes(bytes: Uint8Array, needle: string, limit: number): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, limit)).toString('latin1');
  return head.includes(needle);
}

export function sniffFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (asciiIncludes(bytes, '%PDF-', 1024)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (asciiIncludes(bytes, 'word/', bytes.byteLength)) return 'docx';
    throw new UnreadableReportError('这是压缩文件或非 Word 的 Office 文件，无法作为年度报告读取');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new UnreadableReportError('这是旧版 Office 文件（.doc/.xls/.wps），请另存为 .docx 后再读取');
  }
  if (asciiIncludes(bytes, '{\\rtf', 16)) throw new UnreadableReportError('暂不支持 RTF 文件，请另存为 .docx 后再读取');
  if (isImage(bytes)) throw new UnreadableReportError('这是图片文件，没有可读取的文字（扫描件需先做文字识别）');
  if (ext === 'pdf') throw new UnreadableReportError('文件扩展名为 .pdf，但内容不是 PDF');
  if (ext === 'docx') throw new UnreadableReportError('文件扩展名为 .docx，但内容不是 Word 文件');
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'shtml') return 'html';
  return 'text';
}

function isImage(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && asciiIncludes(bytes, 'WEBP', 16))
  );
}

/** A text file that is really a web page (saved with .txt, or no extension). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return (
    /^\s*(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(head) ||
    (/<table[\s>]/.test(text) && /<\/t[dr]>/.test(text))
  );
}
