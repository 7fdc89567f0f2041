import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { idCardCheckChar } from '../applications/rules/id-card.ts';
import { type ContentFinding, checkContent } from './content-checks.ts';
import { findPersonalData, passesLuhn } from './personal-data.ts';

const body = (text: string, options = {}) => checkContent([{ field: 'body', text }], options);
const kinds = (findings: ContentFinding[]) => findings.map((f) => `${f.kind}:${f.text}`);

/** A valid 居民身份证 number for the given first 17 digits. */
const idOf = (first17: string) => first17 + idCardCheckChar(first17);

describe('sensitive words', () => {
  test('wrong titles, placeholders and test content are found with a suggestion', () => {
    const findings = body('国家副总理到我县调研。联系人：XX同志。本页为测试页面。');
    assert.deepEqual(kinds(findings), ['sensitiveWord:国家副总理', 'sensitiveWord:XX', 'sensitiveWord:测试']);
    assert.equal(findings[0].suggestion, '应为“国务院副总理”');
    assert.equal(findings[0].category, '政治表述');
    assert.equal(findings[1].category, '未替换的占位或测试内容');
  });

  test('the position and context point at the word', () => {
    const text = '会议强调，要深入学习贯彻十九大精神。';
    const [finding] = body(text);
    assert.equal(finding.text, '十九大');
    assert.equal(text.slice(finding.start, finding.end), '十九大');
    assert.equal(finding.suggestion, '应使用完整称谓“党的十九大”');
    assert.match(finding.context, /学习贯彻十九大精神/);
  });

  test('correct usage is not flagged', () => {
    assert.deepEqual(
      body('深入学习贯彻党的二十大精神，国务院副总理出席。开展核酸检测试剂质量抽检，组织水质测试中心复核。'),
      [],
    );
  });

  test('a platform adds its own words and switches shipped ones off', () => {
    const options = { extraWords: [{ word: '某领导', suggestion: '请写明姓名职务' }], disabledWords: ['测试'] };
    const findings = body('某领导出席测试活动。', options);
    assert.deepEqual(kinds(findings), ['sensitiveWord:某领导']);
    assert.equal(findings[0].suggestion, '请写明姓名职务');
  });
});

describe('typos', () => {
  test('common wrongly written words in official writing', () => {
    const findings = body('我局将一如继往，认真按排部署，布署到位，既使困难再多也要再接再励。');
    assert.deepEqual(kinds(findings), ['typo:一如继往', 'typo:按排', 'typo:布署', 'typo:既使', 'typo:再接再励']);
    assert.equal(findings[0].suggestion, '“一如继往”应为“一如既往”');
  });

  test('correct words (部署, 座谈会, 安排, 截至) are not flagged; 截止 before a date is', () => {
    assert.deepEqual(body('召开座谈会，安排部署工作，截至2023年底完成，报名截止。'), []);
    assert.deepEqual(kinds(body('截止2023年底，共完成12项。')), ['typo:截止']);
  });
});

describe('personal data', () => {
  test('an 18-digit 居民身份证 number with a valid check character is found and masked in the suggestion', () => {
    const id = idOf('41272619900101124');
    const text = `申请人张三（身份证号${id}）已领取补贴。`;
    const findings = body(text);
    assert.deepEqual(kinds(findings), [`idCard:${id}`]);
    assert.equal(text.slice(findings[0].start, findings[0].end), id);
    assert.match(findings[0].suggestion, /4127\*{10}/);
  });

  test('an X check character is recognised; a wrong check character is not an ID number', () => {
    assert.deepEqual(kinds(body('身份证：41272619900101123x。')), ['idCard:41272619900101123x']);
    const id = idOf('41272619900101124');
    const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    assert.deepEqual(
      body(`编号${wrong}`).filter((f) => f.kind === 'idCard'),
      [],
    );
  });

  test('mobile numbers, written together or grouped, but not landlines', () => {
    const findings = body('联系电话：13812345678，或 139-1234-5678，+86 150 1234 5678；办公室 0394-5212345。');
    assert.deepEqual(kinds(findings), ['mobile:13812345678', 'mobile:139-1234-5678', 'mobile:+86 150 1234 5678']);
    assert.match(findings[0].suggestion, /138\*\*\*\*5678/);
  });

  test('bank card numbers pass the Luhn check; other long numbers do not', () => {
    assert.equal(passesLuhn('6222021234567890128'), true);
    const findings = body('补贴发放至 6222 0212 3456 7890 128 账户。');
    assert.deepEqual(kinds(findings), ['bankCard:6222 0212 3456 7890 128']);
    assert.match(findings[0].suggestion, /0128/);
    assert.deepEqual(body('合同编号 6222021234567890127。'), []);
  });

  test('numbers side by side are told apart', () => {
    const id = idOf('11010519491231002');
    const found = findPersonalData(`2023-04-03 13812345678 ${id}`);
    assert.deepEqual(
      found.map((f) => f.kind),
      ['mobile', 'idCard'],
    );
  });
});

describe('fields', () => {
  test('findings name their field, title first', () => {
    const findings = checkContent([
      { field: 'title', text: '关于按排测试工作的通知' },
      { field: 'body', text: '一如继往' },
    ]);
    assert.deepEqual(
      findings.map((f) => `${f.field}:${f.kind}:${f.text}`),
      ['title:typo:按排', 'title:sensitiveWord:测试', 'body:typo:一如继往'],
    );
  });
});
