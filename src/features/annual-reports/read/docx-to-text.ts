// Word (.docx) → the reader's plain layout, straight from word/document.xml: one line per
// paragraph, one line per table row with its cells separated by tabs (an empty cell stays
// an empty field). Reading the XML directly keeps every cell boundary and is ~10x faster
// than converting the whole document with mammoth.
import { readZipEntry } from '../../documents/read-zip.ts';
import { decodeEntities } from './html-to-text.ts';
import { UnreadableReportError } from './unreadable-error.ts';

const TAG = /<(\/?)(w:[A-Za-z]+)\b[^>]*?(\/?)>/g;

export async function docxToText(bytes: Uint8Array): Promise<string> {
  let xml: string;
  try {
    const entry = readZipEntry(bytes, 'word/document.xml');
    if (!entry) throw new Error('no document.xml');
    xml = new TextDecoder().decode(entry);
  } catch {
    throw new UnreadableReportError('Word 文件已损坏或不是有效的 .docx，无法读取');
  }
  return documentXmlToText(xml);
}

export function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  let paragraph = '';
  let cell = '';
  let row: string[] | null = null;
  let cellDepth = 0;
  let isText = false;
  let skipDepth = 0; // inside w:delText / w:instrText (deleted text, field codes)
  let last = 0;
  const add = (text: string) => {
    if (cellDepth > 0) cell += text;
    else paragraph += text;
  };
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (isText && skipDepth === 0) add(decodeEntities(xml.slice(last, m.index)));
    last = TAG.lastIndex;
    const [, closing, name, selfClosing] = m;
    const isOpen = closing === '' && selfClosing === '';
    switch (name) {
      case 'w:t':
        isText = isOpen;
        break;
      case 'w:delText':
      case 'w:instrText':
        if (selfClosing === '') skipDepth += isOpen ? 1 : -1;
        break;
      case 'w:tab':
        if (selfClosing !== '' || isOpen) add(cellDepth > 0 ? ' ' : '\t');
        break;
      case 'w:br':
      case 'w:cr':
        add(cellDepth > 0 ? ' ' : '\n');
        break;
      case 'w:p':
        if (closing !== '') {
          if (cellDepth > 0) cell += ' ';
          else {
            lines.push(paragraph);
            paragraph = '';
          }
        }
        break;
      case 'w:tr':
        if (cellDepth > 0) break; // a table inside a cell is read as the cell's text
        if (closing === '') row = [];
        else if (row) {
          lines.push(row.join('\t'));
          row = null;
        }
        break;
      case 'w:tc':
        if (closing === '') {
          cellDepth++;
          if (cellDepth === 1) cell = '';
        } else {
          cellDepth--;
          if (cellDepth === 0) row?.push(cell.replace(/\s+/g, ' ').trim());
        }
        break;
    }
  }
  TAG.lastIndex = 0;
  if (paragraph !== '') lines.push(paragraph);
  return lines.join('\n');
}
