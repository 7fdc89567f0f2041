// 保密审查: the reviewer answers four questions; the API records them as "all clear" booleans.
import type { ReviewChecklist } from './disclosure-types.ts';

export type Answer = 'yes' | 'no';

export interface ChecklistQuestion {
  key: keyof ReviewChecklist;
  question: string;
  /** The answer that clears the item for publication. */
  clear: Answer;
  /** The problem, when answered the other way (for the send-back reason). */
  finding: string;
}

export const CHECKLIST_QUESTIONS: readonly ChecklistQuestion[] = [
  { key: 'noStateSecrets', question: '是否涉及国家秘密', clear: 'no', finding: '涉及国家秘密' },
  { key: 'noWorkSecrets', question: '是否涉及工作秘密', clear: 'no', finding: '涉及工作秘密' },
  { key: 'personalInfoProtected', question: '是否含未经处理的个人信息', clear: 'no', finding: '含未经处理的个人信息' },
  { key: 'contentAccurate', question: '内容是否准确、表述规范', clear: 'yes', finding: '内容不准确或表述不规范' },
];

export type Answers = Partial<Record<keyof ReviewChecklist, Answer>>;

export function toChecklist(answers: Answers): ReviewChecklist {
  const cleared = (q: ChecklistQuestion) => answers[q.key] === q.clear;
  return Object.fromEntries(CHECKLIST_QUESTIONS.map((q) => [q.key, cleared(q)])) as unknown as ReviewChecklist;
}

/** Questions answered the wrong way, worded for a send-back reason. */
export function findings(answers: Answers): string[] {
  return CHECKLIST_QUESTIONS.filter((q) => answers[q.key] !== undefined && answers[q.key] !== q.clear).map(
    (q) => q.finding,
  );
}
