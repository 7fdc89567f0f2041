// The standard wording written as templates: usable as they stand, and filled they read as the
// generated standard letters do (where the template can say the same thing).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { LetterDetails, LetterKind } from './letter-data.ts';
import { decisionFor, letterData, PROCEDURAL_DETAILS } from './letter-fixtures.ts';
import { templateProblems } from './letter-template.ts';
import { composeLetter } from './letter-text.ts';
import { STANDARD_TEMPLATES } from './standard-templates.ts';

const FEE = PROCEDURAL_DETAILS.fee as Extract<LetterDetails, { kind: 'fee' }>;

describe('standard templates', () => {
  test('every one passes the checks an org template must pass', () => {
    for (const [kind, template] of Object.entries(STANDARD_TEMPLATES)) {
      assert.deepEqual(templateProblems(template, kind as LetterKind), [], kind);
    }
  });

  test('filled, the reply, extension, fee and consultation templates give the standard paragraphs', () => {
    const cases = [
      letterData({ kind: 'reply', decision: decisionFor('granted') }),
      letterData({ kind: 'reply', decision: decisionFor('withheld.stateSecret') }),
      letterData(PROCEDURAL_DETAILS.extension),
      letterData({ ...FEE, detail: '共 68 页：30 页以下免收，第 31–68 页每页 10 元' }),
      letterData({ ...FEE, detail: '共 68 页', isClockStopped: false }),
      letterData(PROCEDURAL_DETAILS.consultation),
    ];
    for (const data of cases) {
      const standard = composeLetter(data);
      const templated = composeLetter(data, { templates: STANDARD_TEMPLATES });
      assert.deepEqual(templated.paragraphs, standard.paragraphs, data.details.kind);
    }
  });

  test('the correction template lists the items inline', () => {
    const letter = composeLetter(letterData(PROCEDURAL_DETAILS.correction), { templates: STANDARD_TEMPLATES });
    assert.ok(
      letter.paragraphs[1].endsWith('补正：1.所需信息的文件名称或文号；2.信息所属的时间范围。'),
      letter.paragraphs[1],
    );
  });
});
