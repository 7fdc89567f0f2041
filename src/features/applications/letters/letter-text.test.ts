import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OUTCOME_KEYS, type OutcomeGroup, outcomeType } from '../rules/outcomes.ts';
import { LetterDataError, withEditedParagraphs } from './letter-checks.ts';
import { decisionFor, fugouOrg, letterData, PROCEDURAL_DETAILS } from './letter-fixtures.ts';
import { composeLetter } from './letter-text.ts';

const text = (paragraphs: string[]): string => paragraphs.join('\n');
/** Articles of the 条例 a text cites: 第三十六条第（三）项 → 第三十六条. */
const citedArticles = (s: string): Set<string> =>
  new Set([...s.matchAll(/第[一二三四五六七八九十]+条/g)].map((m) => m[0]));

// What the applicant must be able to read out of each group's letter: the decision itself.
const DECISION_WORDS: Record<OutcomeGroup, RegExp> = {
  granted: /予以公开/,
  partiallyGranted: /部分公开/,
  withheld: /不予公开/,
  unableToProvide: /无法提供/,
  notProcessed: /不予处理|不作为政府信息公开申请处理|不予重复处理/,
  otherHandling: /不再处理|终止办理/,
};

describe('reply letters for each of the 21 decision types', () => {
  for (const outcome of OUTCOME_KEYS) {
    const type = outcomeType(outcome);
    test(`${type.rowLabel}: states the decision, cites its articles and gives the remedies`, () => {
      const decision = decisionFor(outcome);
      const letter = composeLetter(letterData({ kind: 'reply', decision }));
      const body = text(letter.paragraphs);
      assert.match(body, DECISION_WORDS[type.group]);
      assert.match(body, /收到本答复之日起60日内向扶沟县人民政府申请行政复议/);
      assert.match(body, /或者在6个月内向扶沟县人民法院提起行政诉讼/);
      assert.match(body, /本机关于2026年1月5日收到您提出的政府信息公开申请/);
      assert.match(body, /“2025年本县中小企业发展专项资金分配结果”/);
      // A partial disclosure also cites the grounds of the parts it withholds.
      const grounds = (decision.withheld ?? []).flatMap((w) => (w.ground ? outcomeType(w.ground).basis : []));
      const allowed = citedArticles([...type.basis, ...grounds].join(''));
      const cited = citedArticles(body);
      if (allowed.size > 0) {
        assert.ok(
          [...cited].some((a) => allowed.has(a)),
          `cites none of ${[...allowed].join('、')}`,
        );
        assert.match(body, /《中华人民共和国政府信息公开条例》第/);
      }
      for (const article of cited) assert.ok(allowed.has(article), `${article} is not a basis of ${outcome}`);
      assert.equal(letter.addressee, '张三：');
      assert.equal(letter.documentNumber, '扶工信依申〔2026〕12号');
    });
  }

  test('information already published is granted under Art. 36(一) with where to find it', () => {
    const letter = composeLetter(
      letterData({
        kind: 'reply',
        decision: decisionFor('granted', { publishedAt: '扶沟县人民政府门户网站“政府信息公开”栏目' }),
      }),
    );
    const body = text(letter.paragraphs);
    assert.match(body, /第三十六条第（一）项/);
    assert.doesNotMatch(body, /第三十六条第（二）项/);
    assert.match(body, /扶沟县人民政府门户网站“政府信息公开”栏目/);
  });

  test('information another agency holds names that agency under Art. 36(五)', () => {
    const decision = decisionFor('unableToProvide.notHeld', {
      responsibleAgency: { name: '扶沟县财政局', contact: '0394-6230000' },
    });
    const body = text(composeLetter(letterData({ kind: 'reply', decision })).paragraphs);
    assert.match(body, /第三十六条第（五）项/);
    assert.match(body, /由扶沟县财政局负责公开，联系方式：0394-6230000/);
  });

  test('partial disclosure lists each withheld part with its reason and its own articles', () => {
    const decision = decisionFor('partiallyGranted', {
      withheld: [
        { part: '企业银行账号', reason: '属于企业商业秘密', ground: 'withheld.thirdPartyRights' },
        { part: '内部审核意见', reason: '属于过程性信息', ground: 'withheld.processInformation' },
      ],
    });
    const body = text(composeLetter(letterData({ kind: 'reply', decision })).paragraphs);
    assert.match(body, /（1）企业银行账号：属于企业商业秘密，依据《中华人民共和国政府信息公开条例》第十五条/);
    assert.match(body, /（2）内部审核意见：属于过程性信息，依据《中华人民共和国政府信息公开条例》第十六条第二款/);
  });

  test('partial disclosure without the withheld parts is refused', () => {
    assert.throws(
      () => composeLetter(letterData({ kind: 'reply', decision: { outcome: 'partiallyGranted' } })),
      (error: unknown) => error instanceof LetterDataError && /不予公开的部分/.test(error.message),
    );
  });

  test('the officer’s reasons replace the standard reason sentence', () => {
    const decision = decisionFor('withheld.internalAffairs', { reasons: '您申请的是本局2025年干部考核打分表。' });
    const body = text(composeLetter(letterData({ kind: 'reply', decision })).paragraphs);
    assert.match(body, /经审查，您申请的是本局2025年干部考核打分表。根据/);
    assert.doesNotMatch(body, /后勤管理/);
  });

  test('how to obtain the information follows the form and delivery chosen', () => {
    const collect = decisionFor('granted', {
      access: {
        form: 'paper',
        delivery: 'collect',
        where: '扶沟县工业和信息化局办公室',
        until: '2026-02-10',
        items: ['扶工信〔2025〕31号'],
      },
    });
    const body = text(composeLetter(letterData({ kind: 'reply', decision: collect })).paragraphs);
    assert.match(body, /本机关向您提供以下政府信息：1\.扶工信〔2025〕31号。/);
    assert.match(body, /纸质形式提供，请您于2026年2月10日前持有效身份证明到扶沟县工业和信息化局办公室领取/);
    const inspect = decisionFor('granted', { access: { form: 'inspection', delivery: 'collect' } });
    assert.match(text(composeLetter(letterData({ kind: 'reply', decision: inspect })).paragraphs), /到本机关查阅/);
  });

  test('a legal person is addressed as 你单位', () => {
    const data = letterData({ kind: 'reply', decision: decisionFor('granted') });
    data.case = { ...data.case, applicantName: '河南某某科技有限公司', applicantKind: 'organization' };
    const letter = composeLetter(data);
    assert.equal(letter.addressee, '河南某某科技有限公司：');
    assert.match(text(letter.paragraphs), /收到你单位提出的/);
    assert.doesNotMatch(text(letter.paragraphs), /您/);
  });
});

describe('procedural letters', () => {
  test('a correction notice lists what to correct, the deadline and Art. 30, with remedies', () => {
    const letter = composeLetter(letterData(PROCEDURAL_DETAILS.correction));
    const body = text(letter.paragraphs);
    assert.equal(letter.titleLines[1], '政府信息公开申请补正告知书');
    assert.match(body, /第三十条/);
    assert.match(body, /^1\.所需信息的文件名称或文号。$/m);
    assert.match(body, /^2\.信息所属的时间范围。$/m);
    assert.match(body, /请您于2026年1月26日前将补正后的申请提交本机关/);
    assert.match(body, /逾期不补正的，视为放弃申请/);
    assert.match(body, /60日内.*行政复议.*6个月内.*行政诉讼/);
  });

  test('an extension notice gives the days added, the new due date and Art. 33', () => {
    const body = text(composeLetter(letterData(PROCEDURAL_DETAILS.extension)).paragraphs);
    assert.match(body, /第三十三条第二款/);
    assert.match(body, /延长20个工作日，本机关将于2026年3月5日前作出答复/);
    assert.match(body, /因所申请信息涉及多个股室，需要汇总/);
    assert.match(body, /60日内.*6个月内/);
  });

  test('an extension over 20 working days is refused', () => {
    assert.throws(
      () =>
        composeLetter(
          letterData({ ...PROCEDURAL_DETAILS.extension, workingDays: 21 } as typeof PROCEDURAL_DETAILS.extension),
        ),
      /1–20 个工作日/,
    );
  });

  test('a fee notice states basis, amount, pay-by date, how to pay and the consequence', () => {
    const letter = composeLetter(letterData(PROCEDURAL_DETAILS.fee));
    const body = text(letter.paragraphs);
    assert.equal(letter.titleLines[1], '政府信息公开信息处理费收费通知书');
    assert.match(body, /第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）/);
    assert.match(body, /按照按量计收标准计算，应缴金额为人民币380元/);
    assert.match(body, /请您于2026年2月28日前通过以下方式缴纳：转账至扶沟县财政局非税收入专户/);
    assert.match(body, /逾期未缴纳的，视为放弃申请/);
    assert.match(body, /不计算在答复期限内/);
    assert.match(body, /收到本通知书之日起60日内.*6个月内/);
  });

  test('a fee notice says nothing of the clock stopping when the org’s setting says it runs', () => {
    const body = text(
      composeLetter(letterData({ ...PROCEDURAL_DETAILS.fee, isClockStopped: false } as typeof PROCEDURAL_DETAILS.fee))
        .paragraphs,
    );
    assert.doesNotMatch(body, /不计算在答复期限内/);
  });

  test('a consultation letter goes to the third party, gives 15 working days and never names the applicant', () => {
    const letter = composeLetter(letterData(PROCEDURAL_DETAILS.consultation));
    const body = text(letter.paragraphs);
    assert.equal(letter.addressee, '河南某某食品有限公司：');
    assert.equal(letter.titleLines[1], '政府信息公开征求第三方意见函');
    assert.match(body, /第三十二条/);
    assert.match(body, /15个工作日内（即2026年2月3日前）/);
    assert.doesNotMatch(body, /张三/);
    assert.doesNotMatch(body, /行政复议/);
  });
});

describe('remedies, signature and edits', () => {
  test('the remedy bodies come from the org’s settings when set', () => {
    const data = letterData(
      { kind: 'reply', decision: decisionFor('granted') },
      { org: fugouOrg({ reconsiderationBody: '周口市人民政府', court: '周口市川汇区人民法院' }) },
    );
    const body = text(composeLetter(data).paragraphs);
    assert.match(body, /60日内向周口市人民政府申请行政复议，或者在6个月内向周口市川汇区人民法院提起行政诉讼/);
  });

  test('without settings or locality the remedies name no wrong body', () => {
    const data = letterData(
      { kind: 'reply', decision: decisionFor('granted') },
      { org: fugouOrg({ locality: undefined }) },
    );
    const body = text(composeLetter(data).paragraphs);
    assert.match(body, /60日内向有权受理的行政复议机关申请行政复议，或者在6个月内向有管辖权的人民法院提起行政诉讼/);
    assert.doesNotMatch(body, /扶沟县人民政府/);
  });

  test('an org’s own remedies text replaces the standard one', () => {
    const data = letterData(
      { kind: 'reply', decision: decisionFor('granted') },
      { remedies: '如不服，可于60日内申请复议或6个月内起诉。' },
    );
    const letter = composeLetter(data);
    assert.ok(letter.paragraphs.includes('如不服，可于60日内申请复议或6个月内起诉。'));
    assert.doesNotMatch(text(letter.paragraphs), /扶沟县人民法院/);
  });

  test('the signature carries the org name and the date in Chinese numerals, or Arabic if asked', () => {
    const letter = composeLetter(letterData({ kind: 'reply', decision: decisionFor('granted') }));
    assert.deepEqual(letter.signature, { orgName: '扶沟县工业和信息化局', date: '二〇二六年一月二十七日' });
    assert.match(letter.note ?? '', /办公室.*0394-6231234/);
    const arabic = composeLetter(
      letterData({ kind: 'reply', decision: decisionFor('granted') }, { dateStyle: 'arabic' }),
    );
    assert.equal(arabic.signature.date, '2026年1月27日');
  });

  test('edited paragraphs replace the generated ones; blank ones are dropped, an empty body refused', () => {
    const letter = composeLetter(letterData({ kind: 'reply', decision: decisionFor('granted') }));
    const edited = withEditedParagraphs(letter, ['  第一段。 ', '', '第二段。']);
    assert.deepEqual(edited.paragraphs, ['第一段。', '第二段。']);
    assert.equal(edited.documentNumber, letter.documentNumber);
    assert.throws(() => withEditedParagraphs(letter, ['  ', '']), /正文不能为空/);
  });

  test('bad dates are refused with a Chinese message naming the field', () => {
    assert.throws(
      () =>
        composeLetter(
          letterData({
            ...PROCEDURAL_DETAILS.correction,
            correctBy: '2026-02-30',
          } as typeof PROCEDURAL_DETAILS.correction),
        ),
      (error: unknown) => error instanceof LetterDataError && /补正期限「2026-02-30」不是有效日期/.test(error.message),
    );
  });
});
