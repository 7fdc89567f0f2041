import { Tooltip, Typography } from 'antd';
import { StatusTag } from '../status-tag.tsx';
import type { ItemListEntry } from './disclosure-types.ts';
import { timelinessLabel } from './timeliness-label.ts';

/** A list row's Art. 26 flag: 逾期公开 / 已超期 / 临近时限 / 按时, with the dates in a tooltip. */
export function TimelinessTag({ timeliness }: { timeliness: ItemListEntry['timeliness'] }) {
  const label = timelinessLabel(timeliness);
  if (!label) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={label.detail}>
      <span>
        <StatusTag tone={label.tone}>{label.text}</StatusTag>
        <span className="sr-only" style={visuallyHidden}>
          {label.detail}
        </span>
      </span>
    </Tooltip>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
