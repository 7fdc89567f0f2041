import { ContactDetails, Panel } from '../../views/components.tsx';
import type { PageResult, PlatformPageInput } from '../portal-page.ts';

export function renderPrivacyNotice({ directory: { host } }: PlatformPageInput): PageResult {
  return {
    title: '隐私声明',
    body: (
      <>
        <p class="lead">
          浏览本网站无需注册或登录。我们依照《中华人民共和国个人信息保护法》处理个人信息，只收集办理事项所必需的信息。
        </p>
        <Panel title="本网站使用的 Cookie" headingId="privacy-cookies">
          <table>
            <caption>Cookie 清单</caption>
            <thead>
              <tr>
                <th scope="col">名称</th>
                <th scope="col">用途</th>
                <th scope="col">保存期限</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>gk_csrf</td>
                <td>安全令牌，防止他人冒用您的身份提交表单</td>
                <td>关闭浏览器时删除</td>
              </tr>
              <tr>
                <td>gk_large</td>
                <td>记住您开启了长者模式（仅在开启时设置）</td>
                <td>一年，或在您退出长者模式时删除</td>
              </tr>
              <tr>
                <td>gk_receipt</td>
                <td>
                  在线提交政府信息公开申请后，保存回执页显示的查询码等内容（证件号码、电话已遮挡），仅在提交申请时设置
                </td>
                <td>30 分钟</td>
              </tr>
              <tr>
                <td>gk_session</td>
                <td>工作人员登录后台时的会话标识，公众浏览不会设置</td>
                <td>退出登录或长时间未操作后失效</td>
              </tr>
            </tbody>
          </table>
          <p>本网站不使用第三方统计、广告或跟踪工具，不向第三方提供您的浏览记录。</p>
        </Panel>
        <Panel title="服务器记录" headingId="privacy-logs">
          <p>
            为保障网站安全和排查故障，服务器会记录访问的时间、网址和处理结果；工作人员在后台的操作会连同其网络地址记入审计日志。
          </p>
        </Panel>
        <Panel title="申请政府信息时提供的个人信息" headingId="privacy-applications">
          <p>
            您提出政府信息公开申请时填写的姓名、证件号码、联系方式等，仅用于办理该申请和依法送达，不会公开，也不会用于其他目的。
          </p>
        </Panel>
        <Panel title="联系我们" headingId="privacy-contact">
          <p>如对个人信息的处理有疑问，或需要查阅、更正您的个人信息，请联系：</p>
          {host ? <ContactDetails org={host} /> : <p>各单位政府信息公开指南中列出的政府信息公开工作机构。</p>}
        </Panel>
      </>
    ),
  };
}
