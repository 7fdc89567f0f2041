// How the applicant gets the information: the form (纸质/电子/查阅) and the way it reaches
// them (邮寄/电子邮件/自行领取/网上获取), in one or two sentences.
import type { InformationAccess } from './letter-data.ts';
import { bodyDate, numberedInline } from './letter-phrases.ts';

function until(access: InformationAccess): string {
  return access.until ? `于${bodyDate(access.until)}前` : '在工作时间内';
}

function howDelivered(access: InformationAccess, you: string): string {
  const place = access.where?.trim();
  switch (access.delivery) {
    case 'post':
      return `通过邮寄方式寄送至${place ?? `${you}申请时提供的通信地址`}`;
    case 'email':
      return `通过电子邮件发送至${place ?? `${you}申请时提供的电子邮箱`}`;
    case 'collect':
      return `请${you}${until(access)}持有效身份证明到${place ?? '本机关'}领取`;
    case 'online':
      return `${you}可以通过${place ?? '本机关政府信息公开平台'}获取`;
  }
}

/** One paragraph: what is provided (if listed) and how to get it. */
export function accessParagraph(access: InformationAccess, you: string): string {
  const items = access.items?.filter((item) => item.trim()) ?? [];
  const list = items.length > 0 ? `本机关向${you}提供以下政府信息：${numberedInline(items)}。` : '';
  if (access.form === 'inspection') {
    return `${list}请${you}${until(access)}持有效身份证明到${access.where?.trim() || '本机关'}查阅上述政府信息。`;
  }
  const form = access.form === 'paper' ? '纸质' : '电子';
  const how = howDelivered(access, you);
  // 自行领取 and 网上获取 are the applicant's action; 邮寄 and 电子邮件 are ours.
  const sentence =
    access.delivery === 'collect' || access.delivery === 'online'
      ? `上述政府信息以${form}形式提供，${how}。`
      : `本机关以${form}形式提供上述政府信息，${how}。`;
  return list + sentence;
}
