import { Tag } from 'antd';
import { StatusTag } from '../status-tag.tsx';
import { ITEM_STATE_LABELS } from './disclosure-labels.ts';
import type { ItemState } from './disclosure-types.ts';

/** The item's workflow state; a published one under revision says so. */
export function ItemStateTag({ state, isPublic = false }: { state: ItemState; isPublic?: boolean }) {
  const label = ITEM_STATE_LABELS[state];
  if (state === 'published') return <StatusTag tone="ok">{label}</StatusTag>;
  if (state === 'withdrawn') return <StatusTag tone="danger">{label}</StatusTag>;
  if (state === 'scheduled' || state === 'approved') return <StatusTag tone="warning">{label}</StatusTag>;
  return (
    <>
      <Tag>{label}</Tag>
      {isPublic && <StatusTag tone="ok">原版本在线</StatusTag>}
    </>
  );
}
