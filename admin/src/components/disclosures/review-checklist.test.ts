import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findings, toChecklist } from './review-checklist.ts';

describe('保密审查清单', () => {
  test('四问都答在“可公开”一侧才算全部通过', () => {
    const checklist = toChecklist({
      noStateSecrets: 'no',
      noWorkSecrets: 'no',
      personalInfoProtected: 'no',
      contentAccurate: 'yes',
    });
    assert.deepEqual(Object.values(checklist), [true, true, true, true]);
  });

  test('涉及工作秘密或内容不准确时列为退回的理由；未答的不算', () => {
    const answers = { noStateSecrets: 'no', noWorkSecrets: 'yes', contentAccurate: 'no' } as const;
    assert.deepEqual(findings(answers), ['涉及工作秘密', '内容不准确或表述不规范']);
    assert.equal(toChecklist(answers).personalInfoProtected, false, '未回答视为未确认');
  });
});
