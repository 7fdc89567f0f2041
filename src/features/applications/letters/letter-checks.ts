// Checks a letter's data before composing it, and staff's edited paragraphs before they are
// stored: bad input is refused with one Chinese sentence naming the field.
import { chineseDate } from '../../documents/chinese-date.ts';
import { MAX_EXTENSION_WORKING_DAYS } from '../rules/deadline-rules.ts';
import { isOutcomeKey } from '../rules/outcomes.ts';
import type { LetterData, LetterDocument } from './letter-data.ts';

export class LetterDataError extends Error {}

const MAX_PARAGRAPHS = 200;
const MAX_PARAGRAPH_LENGTH = 5000;

function required(value: string | undefined, what: string): void {
  if (!value?.trim()) throw new LetterDataError(`请填写${what}`);
}

function date(value: string, what: string): void {
  try {
    chineseDate(value);
  } catch {
    throw new LetterDataError(`${what}「${value}」不是有效日期，应写成 YYYY-MM-DD`);
  }
}

export function checkLetterData(data: LetterData): void {
  required(data.org.name, '机关名称');
  required(data.case.caseNumber, '案件编号');
  required(data.case.request, '申请内容');
  date(data.case.receivedOn, '收到申请日期');
  date(data.date, '文书日期');
  const { details } = data;
  if (details.kind !== 'consultation') required(data.case.applicantName, '申请人姓名或名称');
  switch (details.kind) {
    case 'reply':
      if (!isOutcomeKey(details.decision.outcome)) {
        throw new LetterDataError(`未知的办理结果类型「${details.decision.outcome}」`);
      }
      if (details.decision.outcome === 'partiallyGranted' && !details.decision.withheld?.length) {
        throw new LetterDataError('部分公开的答复须写明不予公开的部分及理由');
      }
      return;
    case 'correction':
      if (!details.items.some((item) => item.trim())) throw new LetterDataError('请写明需要补正的事项');
      date(details.correctBy, '补正期限');
      return;
    case 'extension':
      if (
        !Number.isInteger(details.workingDays) ||
        details.workingDays < 1 ||
        details.workingDays > MAX_EXTENSION_WORKING_DAYS
      ) {
        throw new LetterDataError(`延长的期限应为 1–${MAX_EXTENSION_WORKING_DAYS} 个工作日`);
      }
      required(details.reason, '延期理由');
      date(details.newDueOn, '延期后的答复期限');
      return;
    case 'fee':
      if (!Number.isFinite(details.amount) || details.amount <= 0) throw new LetterDataError('收费金额应大于 0 元');
      required(details.howToPay, '缴费方式');
      date(details.payBy, '缴费期限');
      return;
    case 'consultation':
      required(details.thirdParty, '被征求意见的第三方');
      if (details.replyBy) date(details.replyBy, '第三方提出意见的期限');
      return;
  }
}

/** The letter with staff's edited paragraphs (trimmed, blank ones dropped). */
export function withEditedParagraphs(letter: LetterDocument, paragraphs: readonly string[]): LetterDocument {
  const kept = paragraphs.map((p) => p.trim()).filter(Boolean);
  if (kept.length === 0) throw new LetterDataError('文书正文不能为空');
  if (kept.length > MAX_PARAGRAPHS) throw new LetterDataError(`文书正文最多 ${MAX_PARAGRAPHS} 段`);
  const long = kept.findIndex((p) => p.length > MAX_PARAGRAPH_LENGTH);
  if (long >= 0) throw new LetterDataError(`正文第${long + 1}段超过 ${MAX_PARAGRAPH_LENGTH} 字`);
  return { ...letter, paragraphs: kept };
}
