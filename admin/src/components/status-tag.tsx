import { Tag } from 'antd';
import type { ReactNode } from 'react';

type Tone = 'ok' | 'warning' | 'danger';

// antd's green and orange tags have text below 4.5:1 contrast; these (its -8 shades) meet WCAG AA.
const TONES: Record<Tone, { color: string; background: string; borderColor: string }> = {
  ok: { color: '#237804', background: '#f6ffed', borderColor: '#b7eb8f' },
  warning: { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' },
  danger: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};

export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <Tag variant="outlined" style={TONES[tone]}>
      {children}
    </Tag>
  );
}
