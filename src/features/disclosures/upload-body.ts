// Reads an uploaded file from either body form the upload routes accept.
import type { Context } from 'hono';
import { AppError } from '../../core/app-error.ts';

const MISSING = () =>
  new AppError('VALIDATION_FAILED', '请选择要上传的文件（表单字段 file，或 JSON 的 fileName 与 contentBase64）', [
    { field: 'file', message: '请选择文件' },
  ]);

export async function readUpload(c: Context): Promise<{ fileName: string; bytes: Uint8Array }> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/json')) {
    const body = (await c.req.json()) as { fileName?: string; contentBase64?: string };
    if (!body.fileName || !body.contentBase64) throw MISSING();
    return { fileName: body.fileName, bytes: new Uint8Array(Buffer.from(body.contentBase64, 'base64')) };
  }
  if (!type.startsWith('multipart/form-data')) throw MISSING();
  const file = (await c.req.parseBody()).file;
  if (!(file instanceof File)) throw MISSING();
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
