// The blank application form as DOCX and PDF on the GB/T 9704 page.
import { AlignmentType, Document, LineRuleType, Paragraph, type Table, TextRun } from 'docx';
import type { FontSearch } from '../../documents/cjk-font.ts';
import { FONT_BODY, runFont } from '../../documents/docx-fonts.ts';
import { formTableDocx } from '../../documents/form-table-docx.ts';
import { measureFormPdf } from '../../documents/form-table-pdf.ts';
import { DOCX_TEXT_WIDTH, PDF_PAGE, PDF_TEXT_WIDTH } from '../../documents/gbt9704.ts';
import {
  alignedLine,
  emptyLine,
  gbtPageNumberFooters,
  gbtSectionProperties,
  gbtStyles,
  packGbtDocx,
  titleParagraph,
} from '../../documents/gbt9704-docx.ts';
import { GbtPdf } from '../../documents/gbt9704-pdf.ts';
import { applicationFormNotes, applicationFormTable, FORM_TITLE } from './application-form.ts';
import type { LetterOrg } from './letter-data.ts';

const NOTE_SIZE_PT = 10.5; // 五号
const NOTE_LEADING = 1.35;

export type FormFormat = 'docx' | 'pdf';

function noteParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 0, after: 0, line: Math.round(NOTE_SIZE_PT * NOTE_LEADING * 20), lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: runFont(FONT_BODY), size: NOTE_SIZE_PT * 2, snapToGrid: false })],
  });
}

export async function renderApplicationFormDocx(org: LetterOrg): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    titleParagraph(FORM_TITLE),
    alignedLine(`受理机关：${org.name}`, 'center'),
    formTableDocx(applicationFormTable(), DOCX_TEXT_WIDTH),
    emptyLine(),
    ...applicationFormNotes(org).map(noteParagraph),
  ];
  const doc = new Document({
    title: `${org.name}${FORM_TITLE}`,
    creator: org.name,
    description: FORM_TITLE,
    evenAndOddHeaderAndFooters: true,
    styles: gbtStyles(),
    sections: [{ properties: gbtSectionProperties(), footers: gbtPageNumberFooters(), children }],
  });
  return packGbtDocx(doc);
}

export async function renderApplicationFormPdf(org: LetterOrg, search: FontSearch = {}): Promise<Uint8Array> {
  const pdf = new GbtPdf({ title: `${org.name}${FORM_TITLE}`, author: org.name, subject: FORM_TITLE }, search);
  pdf.title([FORM_TITLE]);
  pdf.line(`受理机关：${org.name}`, 'center');
  pdf.gap(0.3);
  const form = measureFormPdf(pdf.doc, applicationFormTable(), PDF_TEXT_WIDTH, pdf.ascent);
  pdf.ensure(form.height);
  form.draw(PDF_PAGE.left, pdf.y);
  pdf.y += form.height + NOTE_SIZE_PT / 2;
  pdf.small(applicationFormNotes(org), NOTE_SIZE_PT, NOTE_LEADING);
  return pdf.finish();
}

/** The printable blank 政府信息公开申请表 of an org. */
export function renderBlankApplicationForm(
  org: LetterOrg,
  format: FormFormat,
  search: FontSearch = {},
): Promise<Uint8Array> {
  return format === 'docx' ? renderApplicationFormDocx(org) : renderApplicationFormPdf(org, search);
}
