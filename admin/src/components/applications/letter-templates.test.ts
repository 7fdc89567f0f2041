import assert from 'node:assert/strict';
import { test } from 'node:test';
import { insertPlaceholder, sourceText, templateRows } from './letter-templates.ts';
import type { LetterTemplateEntry } from './types.ts';

function entry(key: string, extra: Partial<LetterTemplateEntry> = {}): LetterTemplateEntry {
  return {
    key,
    kind: key.startsWith('reply') ? 'reply' : 'correction',
    outcome: key.startsWith('reply:') ? key.slice(6) : null,
    label: key,
    source: 'standard',
    from: null,
    usesGeneralReply: false,
    own: null,
    effective: null,
    standard: { title: null, body: '{{opening}}' },
    placeholders: [],
    ...extra,
  };
}

test('a row says whose wording it uses', () => {
  assert.equal(sourceText(entry('reply')), '标准措辞');
  assert.equal(
    sourceText(entry('reply:granted', { source: 'inherited', from: { id: 1, name: '扶沟县人民政府' } })),
    '沿用 扶沟县人民政府 的模板',
  );
  assert.equal(sourceText(entry('reply:granted', { source: 'own', usesGeneralReply: true })), '本机关通用答复书模板');
});

test('decision types sit under the general reply', () => {
  const rows = templateRows([entry('reply'), entry('reply:granted'), entry('reply:partiallyGranted'), entry('fee')]);
  assert.deepEqual(
    rows.map((row) => [row.key, row.children?.map((child) => child.key)]),
    [
      ['reply', ['reply:granted', 'reply:partiallyGranted']],
      ['fee', undefined],
    ],
  );
});

test('a placeholder replaces the selection and the cursor follows it', () => {
  assert.deepEqual(insertPlaceholder('请于前补正', 'correctBy', 2), { text: '请于{{correctBy}}前补正', cursor: 15 });
  assert.deepEqual(insertPlaceholder('甲乙丙', 'you', 1, 2), { text: '甲{{you}}丙', cursor: 8 });
});
