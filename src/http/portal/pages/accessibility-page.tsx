import { ContactDetails, Panel } from '../../views/components.tsx';
import type { PageResult, PlatformPageInput } from '../portal-page.ts';

export function renderAccessibilityStatement({ directory: { host } }: PlatformPageInput): PageResult {
  return {
    title: '无障碍声明',
    body: (
      <>
        <p class="lead">
          我们希望所有人，包括老年人和残障人士，都能方便地获取政府信息。本平台参照《信息技术
          互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668—2019）和《Web 内容无障碍指南》（WCAG）2.1 AA
          级要求建设。
        </p>
        <Panel title="您可以这样使用本网站" headingId="a11y-features">
          <ul>
            <li>所有页面无需 JavaScript 即可完整使用，没有弹出窗口、自动播放或闪烁内容。</li>
            <li>
              可以只用键盘操作：按 Tab
              键依次经过链接和表单，当前位置以黄色底色标出；每页第一个链接“跳到主要内容”可跳过导航。
            </li>
            <li>页面使用规范的标题和区域标记，读屏软件可以按标题和区域浏览。</li>
            <li>点击页面顶部的“长者模式”可放大字号、提高对比度，您的选择会保存在本浏览器中，再次点击即可恢复。</li>
            <li>页面适配手机屏幕，也可以用浏览器放大到 200% 而不丢失内容。</li>
            <li>文字与背景的对比度不低于 4.5:1。</li>
          </ul>
        </Panel>
        <Panel title="检测与已知问题" headingId="a11y-testing">
          <p>每次更新前，我们用自动化工具（axe-core）在浏览器中检测主要页面，并辅以人工键盘和读屏测试。</p>
          <p>
            各单位上传的附件（PDF、Word
            等）的可访问性取决于原文件，部分历史文件为扫描件，可能无法被读屏软件识别；如需其他格式，请与我们联系。
          </p>
        </Panel>
        <Panel title="遇到访问障碍怎么办" headingId="a11y-contact">
          <p>如果您在使用中遇到困难，或需要以其他方式获取信息，请联系：</p>
          {host ? <ContactDetails org={host} /> : <p>各单位政府信息公开指南中列出的政府信息公开工作机构。</p>}
        </Panel>
      </>
    ),
  };
}
