import { Button, ConfigProvider, Input, Segmented, Space } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { type CSSProperties, useRef, useState } from 'react';
import { applyMarkup, type Markup } from './html-markup.ts';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Names the text box for screen readers when no <label for> points at it. */
  ariaLabel?: string;
  rows?: number;
  /** Shown for reading: the preview first, no toolbar. */
  isReadOnly?: boolean;
}

const TOOLS: { markup: Markup; label: string; style?: CSSProperties }[] = [
  { markup: 'p', label: '段落' },
  { markup: 'h2', label: '二级标题' },
  { markup: 'h3', label: '三级标题' },
  { markup: 'strong', label: '加粗', style: { fontWeight: 700 } },
  { markup: 'em', label: '强调', style: { fontStyle: 'italic' } },
  { markup: 'ul', label: '项目列表' },
  { markup: 'ol', label: '编号列表' },
  { markup: 'a', label: '链接' },
  { markup: 'blockquote', label: '引用' },
];

/**
 * The body editor: HTML in a plain text box with a formatting toolbar and a preview. A text box
 * works with every screen reader and input method; the server sanitises what is saved.
 */
export function HtmlEditor({ id, value = '', onChange, ariaLabel, rows = 14, isReadOnly = false }: Props) {
  const ref = useRef<TextAreaRef>(null);
  const [mode, setMode] = useState<'edit' | 'preview'>(isReadOnly ? 'preview' : 'edit');

  const apply = (markup: Markup) => {
    const box = ref.current?.resizableTextArea?.textArea;
    const start = box?.selectionStart ?? value.length;
    const end = box?.selectionEnd ?? value.length;
    const edit = applyMarkup(value, start, end, markup);
    onChange?.(edit.text);
    // After React has written the new value, put the selection where the user types next.
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(edit.start, edit.end);
    });
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        {/* Switching views stays possible when the surrounding form is read-only. */}
        <ConfigProvider componentDisabled={false}>
          <Segmented
            aria-label="编辑或预览正文"
            value={mode}
            onChange={(next) => setMode(next as 'edit' | 'preview')}
            options={[
              { value: 'edit', label: isReadOnly ? 'HTML' : '编辑' },
              { value: 'preview', label: '预览' },
            ]}
          />
        </ConfigProvider>
        {mode === 'edit' && !isReadOnly && (
          <div role="toolbar" aria-label="正文格式" aria-controls={id}>
            <Space.Compact>
              {TOOLS.map((tool) => (
                <Button key={tool.markup} size="small" style={tool.style} onClick={() => apply(tool.markup)}>
                  {tool.label}
                </Button>
              ))}
            </Space.Compact>
          </div>
        )}
      </Space>
      {mode === 'edit' ? (
        <Input.TextArea
          id={id}
          ref={ref}
          aria-label={ariaLabel}
          value={value}
          onChange={(event) => onChange?.(event.target.value)}
          rows={rows}
          style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 14 }}
          spellCheck={false}
        />
      ) : (
        // No scripts in the preview: a sandboxed frame without allow-scripts runs none.
        <iframe
          title="正文预览"
          sandbox=""
          srcDoc={`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>body{font:16px/1.8 sans-serif;margin:12px;color:#222}</style><body>${value}</body></html>`}
          style={{
            width: '100%',
            minHeight: rows * 24,
            border: '1px solid #d9d9d9',
            borderRadius: 4,
            background: '#fff',
          }}
        />
      )}
    </div>
  );
}
