// Attachments are accepted by what they contain, not by their name: the content is sniffed
// (file-type) and must match the extension the file claims.
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../core/app-error.ts';

interface Kind {
  label: string;
  /** What file-type reports for such content. */
  sniffed: readonly string[];
  /** Served as. */
  mediaType: string;
}

const KINDS: Record<string, Kind> = {
  pdf: { label: 'PDF', sniffed: ['pdf'], mediaType: 'application/pdf' },
  doc: { label: 'Word', sniffed: ['cfb'], mediaType: 'application/msword' },
  docx: {
    label: 'Word',
    sniffed: ['docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xls: { label: 'Excel', sniffed: ['cfb'], mediaType: 'application/vnd.ms-excel' },
  xlsx: {
    label: 'Excel',
    sniffed: ['xlsx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  png: { label: 'PNG 图片', sniffed: ['png'], mediaType: 'image/png' },
  jpg: { label: 'JPG 图片', sniffed: ['jpg'], mediaType: 'image/jpeg' },
  jpeg: { label: 'JPG 图片', sniffed: ['jpg'], mediaType: 'image/jpeg' },
  gif: { label: 'GIF 图片', sniffed: ['gif'], mediaType: 'image/gif' },
  webp: { label: 'WebP 图片', sniffed: ['webp'], mediaType: 'image/webp' },
};

export const ALLOWED_EXTENSIONS = Object.keys(KINDS);
const ALLOWED_TEXT = 'PDF、Word（.doc/.docx）、Excel（.xls/.xlsx）、图片（PNG、JPG、GIF、WebP）';

export interface CheckedAttachment {
  fileName: string;
  ext: string;
  mediaType: string;
}

/** A file name safe to store and send back: no folders, no control characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '').trim();
  return [...cleaned].slice(-200).join('') || '附件';
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

export async function checkAttachment(
  rawName: string,
  bytes: Uint8Array,
  limitBytes: number,
): Promise<CheckedAttachment> {
  const fileName = cleanFileName(rawName);
  if (bytes.byteLength > limitBytes)
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `附件“${fileName}”有 ${formatBytes(bytes.byteLength)}，超过 ${formatBytes(limitBytes)} 的上限`,
    );
  if (bytes.byteLength === 0)
    throw new AppError('VALIDATION_FAILED', `附件“${fileName}”是空文件`, [{ field: 'file', message: '空文件' }]);
  const ext = fileName.includes('.') ? (fileName.split('.').pop() ?? '').toLowerCase() : '';
  const kind = KINDS[ext];
  if (!kind)
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `不支持${ext ? ` .${ext} ` : '没有扩展名的'}附件，可上传：${ALLOWED_TEXT}`,
    );
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !kind.sniffed.includes(sniffed.ext)) {
    const actual = sniffed ? `实际为 .${sniffed.ext} 文件` : '无法识别其类型';
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `附件“${fileName}”的内容不是 ${kind.label} 文件（${actual}），请检查后重新上传`,
    );
  }
  return { fileName, ext, mediaType: kind.mediaType };
}
