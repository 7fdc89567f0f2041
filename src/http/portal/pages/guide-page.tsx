import { ContactDetails, Panel } from '../../views/components.tsx';
import { formatDate, type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';

/**
 * 政府信息公开指南: the text the disclosure office edits in the back office (pre-filled from the
 * org's record until then), its last-updated date, and the office's contact details.
 */
export async function renderGuide({ services, org }: OrgPageInput): Promise<PageResult> {
  const guide = await services.disclosures.guide.getGuide(org.id);
  return {
    title: '政府信息公开指南',
    body: (
      <>
        <p class="muted">信息更新日期：{formatDate(guide.updatedAt)}</p>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the guide is sanitised when it is saved */}
        <div class="article-body guide-body" dangerouslySetInnerHTML={{ __html: guide.bodyHtml }} />
        <Panel title="政府信息公开工作机构" headingId="guide-office">
          <ContactDetails org={org} />
        </Panel>
        <Panel title="相关栏目" headingId="guide-links">
          <ul class="link-list">
            <li>
              <a href={orgHref(org, 'catalogue')}>政府信息公开目录</a>
            </li>
            <li>
              <a href={orgHref(org, 'proactive')}>法定主动公开内容</a>
            </li>
            <li>
              <a href={orgHref(org, 'apply')}>依申请公开</a>
            </li>
            <li>
              <a href={orgHref(org, 'annual-reports')}>政府信息公开年报</a>
            </li>
          </ul>
        </Panel>
      </>
    ),
  };
}
