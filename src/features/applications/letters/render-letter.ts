// A letter as DOCX and PDF in the GB/T 9704 layout: org name and title in 2号 小标宋 centred,
// the number line, the addressee flush left, the body in 3号 仿宋 (22 lines × 28 characters),
// the org name centred over the date four characters in from the right, 附注, "— 1 —".
import { Document, type Paragraph } from 'docx';
import type { FontSearch } from '../../documents/cjk-font.ts';
import { CHARS_PER_LINE, PDF_LINE_PITCH } from '../../documents/gbt9704.ts';
import {
  alignedLine,
  bodyParagraph,
  emptyLine,
  gbtPageNumberFooters,
  gbtSectionProperties,
  gbtStyles,
  packGbtDocx,
  titleParagraph,
} from '../../documents/gbt9704-docx.ts';
import { GbtPdf } from '../../documents/gbt9704-pdf.ts';
import type { LetterDocument } from './letter-data.ts';

/** GB/T 9704 7.3.5: the date four characters in from the right. */
const DATE_RIGHT_CHARS = 4;
/** Room above the signature for the seal. */
const LINES_BEFORE_SIGNATURE = 2;

interface SignatureLine {
  text: string;
  rightChars: number;
}

/** Org name (and seal text) centred over the date; the date four characters in from the right. */
function signatureLines(letter: LetterDocument): SignatureLine[] {
  const { orgName, sealText, date } = letter.signature;
  const centredOverDate = (text: string): number => {
    const offset = DATE_RIGHT_CHARS + ([...date].length - [...text].length) / 2;
    return Math.max(0, Math.min(offset, CHARS_PER_LINE - [...text].length));
  };
  const lines = [{ text: orgName, rightChars: centredOverDate(orgName) }];
  if (sealText) lines.push({ text: `（${sealText}）`, rightChars: centredOverDate(`（${sealText}）`) });
  lines.push({ text: date, rightChars: DATE_RIGHT_CHARS });
  return lines;
}

function documentTitle(letter: LetterDocument): string {
  return `${letter.titleLines.join('')}（${letter.documentNumber}）`;
}

export async function renderLetterDocx(letter: LetterDocument): Promise<Uint8Array> {
  const children: Paragraph[] = [
    ...letter.titleLines.map((line) => titleParagraph(line)),
    emptyLine(),
    alignedLine(letter.documentNumber, 'center'),
    emptyLine(),
    bodyParagraph(letter.addressee, { indentChars: 0 }),
    // The last paragraph, the gap and the signature keep together: no page holds a signature alone.
    ...letter.paragraphs.map((text, i) => bodyParagraph(text, { keepNext: i === letter.paragraphs.length - 1 })),
    ...Array.from({ length: LINES_BEFORE_SIGNATURE }, () => emptyLine({ keepNext: true })),
    ...signatureLines(letter).map((line, i, all) =>
      alignedLine(line.text, 'right', { rightChars: line.rightChars, keepNext: i < all.length - 1 }),
    ),
  ];
  if (letter.note) children.push(bodyParagraph(letter.note));
  const doc = new Document({
    title: documentTitle(letter),
    creator: letter.signature.orgName,
    description: letter.titleLines.at(-1) ?? '',
    evenAndOddHeaderAndFooters: true,
    styles: gbtStyles(),
    sections: [{ properties: gbtSectionProperties(), footers: gbtPageNumberFooters(), children }],
  });
  return packGbtDocx(doc);
}

export async function renderLetterPdf(letter: LetterDocument, search: FontSearch = {}): Promise<Uint8Array> {
  const pdf = new GbtPdf(
    { title: documentTitle(letter), author: letter.signature.orgName, subject: letter.titleLines.at(-1) ?? '' },
    search,
  );
  pdf.title(letter.titleLines);
  pdf.gap(0.5);
  pdf.line(letter.documentNumber, 'center');
  pdf.gap();
  pdf.paragraph(letter.addressee, 0);
  const signature = signatureLines(letter);
  // The end of the body, the gap, the signature and the note keep together: no page holds a signature alone.
  const noteLines = letter.note ? pdf.paragraphLines(letter.note) : 0;
  const tail = (LINES_BEFORE_SIGNATURE + signature.length + noteLines) * PDF_LINE_PITCH;
  letter.paragraphs.forEach((text, i) => {
    pdf.paragraph(text, 2, i === letter.paragraphs.length - 1 ? tail : 0);
  });
  pdf.gap(LINES_BEFORE_SIGNATURE);
  for (const line of signature) pdf.line(line.text, 'right', line.rightChars);
  if (letter.note) pdf.paragraph(letter.note);
  return pdf.finish();
}
