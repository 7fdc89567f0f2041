import { Tag } from 'antd';
import { StatusTag } from '../status-tag.tsx';
import { stateTone } from './labels.ts';

/** A case's state as a coloured tag (waiting states amber, finished ones green). */
export function StateTag({ state, label }: { state: string; label: string }) {
  const tone = stateTone(state);
  if (tone === 'neutral') return <Tag>{label}</Tag>;
  return <StatusTag tone={tone}>{label}</StatusTag>;
}
