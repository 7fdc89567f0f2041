import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Org } from '../api/types.ts';
import { toCreateBody, toFormValues, toPatchBody } from './org-payload.ts';

const org: Org = {
  id: 2,
  parentId: 1,
  kind: 'department',
  name: '扶沟县工业和信息化局',
  shortName: null,
  code: 'fugou-gxj',
  creditCode: null,
  disclosureOffice: '局办公室',
  contactPhone: '0394-6211001',
  contactEmail: null,
  fax: null,
  address: null,
  postalCode: null,
  officeHours: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('机构表单提交的内容', () => {
  test('新建时省略空白的选填项，去掉首尾空格', () => {
    const body = toCreateBody({ kind: 'section', name: ' 办公室 ', code: 'bgs', fax: '  ', address: '桐丘路1号' }, 2);
    assert.deepEqual(body, { parentId: 2, kind: 'section', name: '办公室', code: 'bgs', address: '桐丘路1号' });
  });

  test('修改时只提交改动的字段，清空的字段提交为 null', () => {
    const values = { ...toFormValues(org), contactPhone: '', address: '桐丘路1号' };
    assert.deepEqual(toPatchBody(values, org), { contactPhone: null, address: '桐丘路1号' });
  });

  test('未作修改时没有要提交的内容', () => {
    assert.deepEqual(toPatchBody(toFormValues(org), org), {});
  });
});
