// The narrative parts of the report, by key: overview, problems, other, and any extra part
// under its own heading. Text is unwrapped (PDF and Word exports break lines mid-sentence).
import type { Section } from './find-sections.ts';
import { unwrapLines } from './normalize-text.ts';

export interface SectionSource {
  body: string;
  preamble: string;
  sections: Section[];
  /** Text after table 四's numbers inside its section (some layouts put 五、 there, unheaded). */
  table4Remnant: string;
}

export function buildSections(source: SectionSource): Record<string, string> {
  const result: Record<string, string> = {};
  const add = (key: string, text: string) => {
    const clean = unwrapLines(text);
    if (clean === '') return;
    result[key] = result[key] ? `${result[key]}\n${clean}` : clean;
  };
  add('preamble', source.preamble);
  for (const s of source.sections) {
    if (s.kind.startsWith('table')) continue;
    const text = source.body.slice(s.bodyStart, s.end);
    add(s.kind === 'extra' ? extraKey(s.title) : s.kind, text);
  }
  const remnant = unwrapLines(
    source.table4Remnant
      .split('\n')
      .filter((l) => !/^[\s|:\-\d]*$/.test(l))
      .join('\n'),
  );
  if ((remnant.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 10) {
    if (!result.problems && /问题|改进/.test(remnant)) add('problems', remnant);
    else add('表四后的文字', remnant);
  }
  return result;
}

function extraKey(title: string): string {
  return title.replace(/[。：:，,；;\s]+$/, '').trim() || '其他部分';
}
