import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

// antd's warning orange (#faad14) is 1.9:1 on white; field warnings are text, so they need 4.5:1.
const THEME = { token: { colorWarning: '#ad4e00' } };

/** Field warnings (ID check digit, credit code) in a colour people can read. */
export function ReadableWarnings({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={THEME}>{children}</ConfigProvider>;
}
