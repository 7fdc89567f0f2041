// Attachments: multipart upload to a draft, download (public once published), removal.
import { createRoute } from '@hono/zod-openapi';
import type { ApiApp } from '../../http/api/api-app.ts';
import {
  IdParamsSchema,
  json,
  problems,
  SESSION_SECURITY,
  SIGNED_IN_PROBLEMS,
  signedIn,
} from '../../http/api/openapi-common.ts';
import { actionContext } from '../../http/request-meta.ts';
import type { Services } from '../../services.ts';
import { uploadBody } from './disclosure.schema.ts';
import { AttachmentSchema, ItemIdParamsSchema } from './item.schema.ts';
import { readUpload } from './upload-body.ts';

const tags = ['附件'];

const upload = createRoute({
  tags,
  security: SESSION_SECURITY,
  middleware: [signedIn()],
  method: 'post',
  path: '/v1/items/{id}/attachments',
  summary: '上传附件',
  description:
    '信息员，仅草稿。以 multipart/form-data（字段 file）或 JSON（fileName、contentBase64）提交。PDF、Word、Excel、图片；类型按文件内容识别，与扩展名不符的拒收；默认不超过 50 MB。Word 和 PDF 的文字用于全文检索。',
  request: { params: ItemIdParamsSchema, body: uploadBody },
  responses: { 201: json(AttachmentSchema, '已上传'), ...problems(...SIGNED_IN_PROBLEMS, 404, 409, 413, 415) },
});

const download = createRoute({
  tags,
  method: 'get',
  path: '/v1/attachments/{id}',
  summary: '下载附件',
  description: '已发布版本的附件任何人可下载；其他附件仅本单位工作人员可下载。',
  request: { params: IdParamsSchema },
  responses: {
    200: {
      description: '文件内容',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    },
    ...problems(400, 404),
  },
});

const remove = createRoute({
  tags,
  security: SESSION_SECURITY,
  middleware: [signedIn()],
  method: 'delete',
  path: '/v1/attachments/{id}',
  summary: '删除附件',
  description: '信息员，仅草稿；已发布版本中的附件仍保留在该版本中。',
  request: { params: IdParamsSchema },
  responses: { 204: { description: '已删除' }, ...problems(...SIGNED_IN_PROBLEMS, 404, 409) },
});

/** RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name, for Chinese file names. */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerAttachmentRoutes(api: ApiApp, services: Services): void {
  const { trustProxy } = services.config;
  const { attachments } = services.disclosures;

  api.openapi(upload, async (c) => {
    const file = await readUpload(c);
    return c.json(await attachments.uploadAttachment(actionContext(c, trustProxy), c.req.valid('param').id, file), 201);
  });

  api.openapi(download, async (c) => {
    const file = await attachments.openAttachment(c.get('actor'), c.req.valid('param').id);
    // PDFs and images open in the browser; office files download.
    const inline = file.mediaType === 'application/pdf' || file.mediaType.startsWith('image/');
    return c.body(
      file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer,
      200,
      {
        'content-type': file.mediaType,
        'content-length': String(file.bytes.byteLength),
        'content-disposition': contentDisposition(file.fileName, inline),
        'cache-control': 'private, max-age=300',
        'x-content-type-options': 'nosniff',
      },
    );
  });

  api.openapi(remove, async (c) => {
    await attachments.removeAttachment(actionContext(c, trustProxy), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
