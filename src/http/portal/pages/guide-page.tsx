import { ContactDetails, Notice, Panel } from '../../views/components.tsx';
import { formatDate, type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';

/** The disclosure guide, for now from the org's own record (issue 5 makes it editable). */
export function renderGuide({ org }: OrgPageInput): PageResult {
  return {
    title: '政府信息公开指南',
    body: (
      <>
        <Notice>
          <p>
            本指南依据《中华人民共和国政府信息公开条例》编制，介绍{org.name}
            公开政府信息的机构、方式和途径。完整指南正在编制中。
          </p>
        </Notice>
        <Panel title="一、政府信息公开工作机构" headingId="guide-office">
          <ContactDetails org={org} />
          <p class="muted">信息更新日期：{formatDate(org.updatedAt)}</p>
        </Panel>
        <Panel title="二、主动公开" headingId="guide-proactive">
          <p>
            本单位主动公开的政府信息，通过本网站的<a href={orgHref(org, 'catalogue')}>政府信息公开目录</a>和
            <a href={orgHref(org, 'proactive')}>法定主动公开内容</a>栏目发布。
          </p>
        </Panel>
        <Panel title="三、依申请公开" headingId="guide-apply">
          <p>
            公民、法人或者其他组织可以向本单位申请获取政府信息。申请方式和流程见
            <a href={orgHref(org, 'apply')}>依申请公开</a>
            栏目；也可以在办公时间内到上述政府信息公开工作机构当面提出申请。
          </p>
        </Panel>
      </>
    ),
  };
}
