import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decisionFor, letterData, PROCEDURAL_DETAILS } from './letter-fixtures.ts';
import {
  fillTemplate,
  LetterTemplateError,
  PLACEHOLDERS,
  templateProblems,
  usablePlaceholders,
} from './letter-template.ts';
import { composeLetter, placeholderValues } from './letter-text.ts';

const reply = (outcome: Parameters<typeof decisionFor>[0] = 'granted') =>
  letterData({ kind: 'reply', decision: decisionFor(outcome) });

describe('per-org letter templates', () => {
  test('fills placeholders, one paragraph per line, and keeps the org’s own wording', () => {
    const letter = composeLetter(reply(), {
      templates: {
        reply: {
          body: '{{applicant}}同志：您的申请（{{caseNumber}}）已办结。\n\n{{decision}}\n如有疑问请致电{{phone}}。\n{{remedies}}',
        },
      },
    });
    assert.equal(letter.paragraphs[0], '张三同志：您的申请（扶工信依申〔2026〕12号）已办结。');
    assert.match(letter.paragraphs[1], /本机关决定予以公开/);
    assert.equal(letter.paragraphs[2], '如有疑问请致电0394-6231234。');
    assert.match(letter.paragraphs[3], /60日内.*6个月内/);
    assert.equal(letter.paragraphs.length, 4);
  });

  test('a multi-paragraph value becomes several paragraphs', () => {
    const letter = composeLetter(letterData(PROCEDURAL_DETAILS.correction), {
      templates: { correction: { body: '前言。\n{{standardBody}}\n附言。' } },
    });
    const standard = composeLetter(letterData(PROCEDURAL_DETAILS.correction)).paragraphs;
    assert.deepEqual(letter.paragraphs, ['前言。', ...standard, '附言。']);
  });

  test('a template for one decision type wins over the general reply template', () => {
    const templates = {
      reply: { body: '通用：{{decision}}' },
      'reply:withheld.stateSecret': { title: '不予公开告知书', body: '涉密：{{basis}}' },
    } as const;
    const secret = composeLetter(reply('withheld.stateSecret'), { templates });
    assert.equal(secret.titleLines[1], '不予公开告知书');
    assert.equal(secret.paragraphs[0], '涉密：《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项');
    assert.match(composeLetter(reply('granted'), { templates }).paragraphs[0], /^通用：/);
  });

  test('lines that fill to nothing are dropped', () => {
    const letter = composeLetter(reply(), { templates: { reply: { body: '{{reasons}}\n正文。' } } });
    assert.deepEqual(letter.paragraphs, ['正文。']);
  });

  test('an unknown placeholder is refused in Chinese, listing the usable ones', () => {
    assert.throws(
      () => composeLetter(reply(), { templates: { reply: { body: '{{applicantIdNumber}}' } } }),
      (error: unknown) =>
        error instanceof LetterTemplateError &&
        /正文第1行有未知的占位符「\{\{applicantIdNumber\}\}」/.test(error.message) &&
        /可用的有：.*caseNumber/.test(error.message),
    );
  });

  test('a placeholder of another kind of letter is refused', () => {
    const problems = templateProblems({ body: '金额{{feeAmount}}元' }, 'correction');
    assert.deepEqual(problems, ['正文第1行的占位符「{{feeAmount}}」不能用于政府信息公开申请补正告知书']);
  });

  test('a consultation template cannot name the applicant', () => {
    assert.ok(!usablePlaceholders('consultation').includes('applicant'));
    assert.equal(templateProblems({ body: '申请人{{applicant}}' }, 'consultation').length, 1);
  });

  test('unbalanced braces and an empty body are reported', () => {
    assert.deepEqual(templateProblems({ body: '您好{{applicant' }, 'reply'), [
      '正文第1行的占位符括号不完整，应写成 {{名称}}',
    ]);
    assert.deepEqual(templateProblems({ body: ' \n ' }, 'reply'), ['模板正文为空']);
  });

  test('values are inserted literally and never read as placeholders or code', () => {
    const data = reply();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: text that looks like code must stay text
    data.case = { ...data.case, request: '{{phone}} ${process.exit()} <script>' };
    const letter = composeLetter(data, { templates: { reply: { body: '申请内容：{{request}}' } } });
    // biome-ignore lint/suspicious/noTemplateCurlyInString: text that looks like code must stay text
    assert.equal(letter.paragraphs[0], '申请内容：{{phone}} ${process.exit()} <script>');
  });

  test('spaces inside the braces are allowed', () => {
    const { paragraphs } = fillTemplate({ body: '{{ applicant }}' }, 'reply', { applicant: '李四' });
    assert.deepEqual(paragraphs, ['李四']);
  });

  test('every placeholder has a Chinese description for the template editor', () => {
    for (const [name, entry] of Object.entries(PLACEHOLDERS)) assert.match(entry.description, /\p{Script=Han}/u, name);
  });

  test('every placeholder usable in a kind has a value in a letter of that kind', () => {
    const samples = [reply('partiallyGranted'), ...Object.values(PROCEDURAL_DETAILS).map((d) => letterData(d))];
    for (const data of samples) {
      const kind = data.details.kind;
      const body = usablePlaceholders(kind)
        .map((name) => `${name}=[{{${name}}}]`)
        .join('\n');
      const { paragraphs } = fillTemplate({ body }, kind, placeholderValues(data));
      const empty = paragraphs.filter((p) => p.endsWith('=[]'));
      // reasons and feeDetail are optional inputs, empty when not given.
      assert.deepEqual(
        empty.filter((p) => !/^(reasons|feeDetail)=/.test(p)),
        [],
        kind,
      );
    }
  });
});
