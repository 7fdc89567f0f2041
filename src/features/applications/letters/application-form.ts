// The printable blank 政府信息公开申请表 (Art. 29: who applies, what information, in what
// form and how delivered), as one FormTable that the DOCX and PDF writers both draw.
import type { FormCell, FormRow, FormTable } from '../../documents/form-table.ts';
import type { LetterOrg } from './letter-data.ts';

// Columns: group label | sub-group label | field | blank | field | blank.
const COLUMN_WEIGHTS = [2, 2.4, 7, 7.6, 9, 9];
const ROW = 24;
const FONT_SIZE = 12; // 小四

const label = (text: string, extra: Partial<FormCell> = {}): FormCell => ({ text, isLabel: true, ...extra });
const blank = (colSpan = 1): FormCell => ({ text: '', colSpan });
const vertical = (text: string, rowSpan: number): FormCell => ({ text, rowSpan, isLabel: true, isVertical: true });

function fieldPair(left: string, right: string): FormCell[] {
  return [label(left), blank(), label(right), blank()];
}

function row(cells: FormCell[], minHeightPt = ROW): FormRow {
  return { cells, minHeightPt };
}

export const FORM_TITLE = '政府信息公开申请表';

export function applicationFormTable(): FormTable {
  const rows: FormRow[] = [
    row([vertical('申请人信息', 8), vertical('公民', 4), ...fieldPair('姓名', '证件名称')]),
    row(fieldPair('证件号码', '联系电话')),
    row(fieldPair('通信地址', '邮政编码')),
    row([label('电子邮箱'), blank(3)]),
    row([vertical('法人或其他组织', 4), ...fieldPair('名称', '统一社会信用代码')]),
    row(fieldPair('联系人姓名', '联系电话')),
    row(fieldPair('通信地址', '邮政编码')),
    row([label('电子邮箱'), blank(3)]),
    row([vertical('所需信息情况', 5), label('所需信息的内容描述', { colSpan: 2 }), blank(3)], ROW * 3.2),
    row([label('所需信息的名称、文号\n（选填）', { colSpan: 2 }), blank(3)], ROW * 1.4),
    row([label('所需信息的用途\n（选填）', { colSpan: 2 }), blank(3)], ROW * 1.4),
    row([label('获取信息的方式', { colSpan: 2 }), { text: '□纸质　　□电子　　□查阅', colSpan: 3 }]),
    row([label('信息的提供方式', { colSpan: 2 }), { text: '□邮寄　□电子邮件　□自行领取　□网上获取', colSpan: 3 }]),
    row(
      [label('申请人签名（盖章）', { colSpan: 3 }), blank(), label('申请日期'), label('　年　　月　　日')],
      ROW * 1.4,
    ),
  ];
  return { columnWeights: COLUMN_WEIGHTS, rows, fontSizePt: FONT_SIZE };
}

/** The notes printed under the form: how to fill it in and where to hand it in. */
export function applicationFormNotes(org: LetterOrg): string[] {
  const where = [
    org.disclosureOffice ? `${org.name}${org.disclosureOffice}` : org.name,
    org.address ? `地址：${org.address}${org.postalCode ? `，邮编：${org.postalCode}` : ''}` : '',
    org.phone ? `电话：${org.phone}` : '',
  ]
    .filter(Boolean)
    .join('；');
  return [
    '填表说明：',
    '1.申请人为公民的填写“公民”栏，为法人或者其他组织的填写“法人或其他组织”栏，并附身份证明复印件。',
    '2.请尽量写明所需信息的名称、文号或者便于查询的其他特征性描述。',
    '3.申请人提供的个人信息仅用于办理本申请，本机关依法予以保护。',
    `4.受理机关：${where}。`,
  ];
}
