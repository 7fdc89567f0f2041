// Phrases every letter shares: how the applicant is addressed, dates in body text, citations
// of the 条例, and the remedies paragraph (行政复议 60日, 行政诉讼 6个月).
import { arabicDate } from '../../documents/chinese-date.ts';
import type { ApplicantKind, LetterOrg } from './letter-data.ts';

export const REGULATION = '《中华人民共和国政府信息公开条例》';

/** The 信息处理费 measures the fee notice cites alongside Art. 42. */
export const FEE_MEASURES = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

/** 您 for a citizen, 你单位 for a legal person or other organisation. */
export function addressAs(kind: ApplicantKind): string {
  return kind === 'person' ? '您' : '你单位';
}

/** Body-text date: 2026年1月5日. */
export function bodyDate(date: string): string {
  return arabicDate(date);
}

/** '《中华人民共和国政府信息公开条例》第三十条、第三十六条第（三）项'. */
export function citeArticles(articles: readonly string[]): string {
  return articles.length === 0 ? '' : `${REGULATION}${articles.join('、')}`;
}

const GENERIC_RECONSIDERATION_BODY = '有权受理的行政复议机关';
const GENERIC_COURT = '有管辖权的人民法院';

/**
 * The bodies named in the remedies: the org's own setting, else those of its locality
 * (a county department's reconsideration body is the county government since the 2023
 * 行政复议法), else a generic wording that is never wrong.
 */
export function remedyBodies(org: LetterOrg): { reconsiderationBody: string; court: string } {
  const locality = org.locality?.trim();
  return {
    reconsiderationBody:
      org.reconsiderationBody?.trim() || (locality ? `${locality}人民政府` : GENERIC_RECONSIDERATION_BODY),
    court: org.court?.trim() || (locality ? `${locality}人民法院` : GENERIC_COURT),
  };
}

/** The act the letter is, as the remedies paragraph names it: 答复, 告知 or 通知. */
export type ActNoun = '答复' | '告知' | '通知';

const RECEIVED_DOCUMENT: Record<ActNoun, string> = { 答复: '本答复', 告知: '本告知书', 通知: '本通知书' };

export function remediesParagraph(org: LetterOrg, noun: ActNoun): string {
  const { reconsiderationBody, court } = remedyBodies(org);
  return `如对本${noun}不服，可以在收到${RECEIVED_DOCUMENT[noun]}之日起60日内向${reconsiderationBody}申请行政复议，或者在6个月内向${court}提起行政诉讼。`;
}

/** 附注: where to reach the disclosure office. */
export function contactNote(org: LetterOrg): string | undefined {
  const parts = [
    org.disclosureOffice ? `联系机构：${org.disclosureOffice}` : '',
    org.address ? `地址：${org.address}` : '',
    org.postalCode ? `邮编：${org.postalCode}` : '',
    org.phone ? `电话：${org.phone}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `（${parts.join('；')}）` : undefined;
}

/** 1.甲；2.乙 → joined inline, for short lists inside a sentence. */
export function numberedInline(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}.${item.replace(/[。；;，,]+$/u, '')}`).join('；');
}
