import { Spin } from 'antd';

export function Loading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status" aria-live="polite">
      <Spin />
      <span style={{ marginLeft: 12 }}>正在加载…</span>
    </div>
  );
}
