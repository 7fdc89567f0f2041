// The body of the procedural letters: 补正告知书 (Art. 30), 延期答复告知书 (Art. 33),
// 收费通知书 (Art. 42, 国办函〔2020〕109号) and 征求第三方意见函 (Art. 32).
import { FEE_BASIS_LABELS } from '../rules/fees.ts';
import type { LetterData, LetterDetails } from './letter-data.ts';
import { bodyDate, citeArticles, FEE_MEASURES } from './letter-phrases.ts';

type Details<K extends LetterDetails['kind']> = Extract<LetterDetails, { kind: K }>;

export function correctionParagraphs(details: Details<'correction'>, you: string): string[] {
  const items = details.items.map((item) => item.trim()).filter(Boolean);
  return [
    `经审查，${you}的申请内容不够明确，本机关无法据此确定${you}所需的政府信息。根据${citeArticles(['第三十条'])}的规定，现一次性告知${you}对以下事项作出补正：`,
    ...items.map((item, i) => `${i + 1}.${item.replace(/[。；;]+$/u, '')}。`),
    `请${you}于${bodyDate(details.correctBy)}前将补正后的申请提交本机关。补正时请尽量写明所需信息的名称、文号或者便于查询的其他特征性描述。答复期限自本机关收到补正的申请之日起计算。${you}无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。`,
  ];
}

export function extensionParagraphs(details: Details<'extension'>, you: string): string[] {
  const reason = details.reason.trim().replace(/[。；]+$/u, '');
  return [
    `因${reason}，本机关无法在20个工作日内对${you}的申请作出答复。根据${citeArticles(['第三十三条第二款'])}的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长${details.workingDays}个工作日，本机关将于${bodyDate(details.newDueOn)}前作出答复。`,
  ];
}

/** The fee notice's sentence on the stopped clock (an org setting, default stops). */
export const FEE_CLOCK_NOTE = (you: string): string =>
  `自本机关发出本通知书之日起至${you}缴纳费用之日止的期间，不计算在答复期限内。`;

export function feeParagraphs(details: Details<'fee'>, you: string): string[] {
  const basis = FEE_BASIS_LABELS[details.basis];
  const detail = details.detail?.trim() ? `（${details.detail.trim().replace(/[。；]+$/u, '')}）` : '';
  const howToPay = details.howToPay.trim().replace(/[。；]+$/u, '');
  const paragraphs = [
    `根据${citeArticles(['第四十二条'])}和${FEE_MEASURES}的规定，${you}的申请应当缴纳信息处理费。本机关按照${basis}标准计算，应缴金额为人民币${formatYuan(details.amount)}元${detail}。`,
    `请${you}于${bodyDate(details.payBy)}前通过以下方式缴纳：${howToPay}。${you}逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。`,
  ];
  if (details.isClockStopped ?? true) {
    paragraphs.push(FEE_CLOCK_NOTE(you));
  }
  return paragraphs;
}

/** To the third party, who must not learn who applied: the applicant is never named. */
export function consultationParagraphs(details: Details<'consultation'>, data: LetterData): string[] {
  const summary = details.informationSummary?.trim() || data.case.request;
  const replyBy = details.replyBy ? `（即${bodyDate(details.replyBy)}前）` : '';
  return [
    `本机关于${bodyDate(data.case.receivedOn)}收到政府信息公开申请，申请获取“${summary}”。经审查，该政府信息的公开可能会损害贵方的商业秘密、个人隐私等合法权益。根据${citeArticles(['第三十二条'])}的规定，现书面征求贵方意见。`,
    `请贵方自收到本函之日起15个工作日内${replyBy}以书面形式提出是否同意公开的意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。`,
  ];
}

/** 380 → '380', 12.5 → '12.50'. */
export function formatYuan(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`收费金额「${amount}」无效`);
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}
