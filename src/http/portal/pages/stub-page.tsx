import { ContactDetails, Notice, Panel } from '../../views/components.tsx';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';

/** A real page for a column whose content comes in a later issue. */
export function underConstruction(title: string, about: string, options: { showOffice?: boolean } = {}) {
  return ({ org }: OrgPageInput): PageResult => ({
    title,
    body: (
      <>
        <p class="lead">{about}</p>
        <Notice>
          <p>本栏目建设中，内容将陆续发布，敬请关注。</p>
          <p>
            您可以先查阅<a href={orgHref(org, 'guide')}>政府信息公开指南</a>，或返回
            <a href={orgHref(org)}>{org.name}首页</a>。
          </p>
        </Notice>
        {options.showOffice ? (
          <Panel title="政府信息公开工作机构" headingId="stub-office">
            <p>在线申请开通前，您可以通过信函或在办公时间内当面向下列机构提出申请：</p>
            <ContactDetails org={org} />
          </Panel>
        ) : null}
      </>
    ),
  });
}
