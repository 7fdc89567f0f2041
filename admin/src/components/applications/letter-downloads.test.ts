import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findLetterDownloads } from './letter-downloads.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('答复书下载按钮只指向服务器真有的接口', () => {
  test('只有答复书数据接口（JSON）时没有下载按钮', () => {
    const doc = {
      paths: {
        '/v1/applications/{id}/reply-letter': {
          get: { responses: { '200': { content: { 'application/json': {} } } } },
        },
      },
    };
    assert.deepEqual(findLetterDownloads(doc), []);
  });

  test('用 format 参数区分 DOCX 和 PDF 的接口', () => {
    const doc = {
      paths: {
        '/v1/applications/{id}/reply-letter/file': {
          get: {
            parameters: [{ name: 'format', in: 'query', schema: { enum: ['docx', 'pdf'] } }],
            responses: { '200': { content: { [DOCX]: {}, 'application/pdf': {} } } },
          },
        },
      },
    };
    assert.deepEqual(findLetterDownloads(doc), [
      { format: 'docx', template: '/api/v1/applications/{id}/reply-letter/file?format=docx' },
      { format: 'pdf', template: '/api/v1/applications/{id}/reply-letter/file?format=pdf' },
    ]);
  });

  test('按文书种类和扩展名分开的接口，填入 reply', () => {
    const doc = {
      paths: {
        '/v1/applications/{id}/letters/{kind}.docx': {
          get: {
            parameters: [{ name: 'kind', in: 'path', schema: { enum: ['reply', 'correction'] } }],
            responses: { '200': { content: { [DOCX]: {} } } },
          },
        },
        '/v1/applications/{id}/letters/{kind}.pdf': {
          get: {
            parameters: [{ name: 'kind', in: 'path', schema: { enum: ['reply', 'correction'] } }],
            responses: { '200': { content: { 'application/pdf': {} } } },
          },
        },
        '/v1/applications/{id}/attachments/{attachmentId}': {
          get: { responses: { '200': { content: { 'application/octet-stream': {} } } } },
        },
      },
    };
    assert.deepEqual(findLetterDownloads(doc), [
      { format: 'docx', template: '/api/v1/applications/{id}/letters/reply.docx' },
      { format: 'pdf', template: '/api/v1/applications/{id}/letters/reply.pdf' },
    ]);
  });
});
