import type { FC } from 'hono/jsx';
import type { OrgNode } from '../../../features/orgs/org.ts';
import { Notice } from '../../views/components.tsx';
import { PLATFORM_NAME } from '../../views/site-header.tsx';
import { orgHref, type PageResult, type PlatformPageInput } from '../portal-page.ts';
import { SearchForm } from './search-form.tsx';

/** One government with its departments; nested governments (乡镇 under 县) follow as their own sections. */
const OrgSection: FC<{ node: OrgNode; level: number }> = ({ node, level }) => {
  const departments = node.children.filter((child) => child.kind === 'department');
  const governments = node.children.filter((child) => child.kind === 'government');
  const headingId = `org-${node.code}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="panel" aria-labelledby={headingId}>
      <div class="panel-head">
        <Heading id={headingId}>
          <a href={orgHref(node)}>{node.name}</a>
        </Heading>
      </div>
      {departments.length > 0 ? (
        <ul class="org-tree" aria-label={`${node.name}所属部门`}>
          {departments.map((child) => (
            <li key={child.code}>
              <a href={orgHref(child)}>{child.name}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">暂无所属部门。</p>
      )}
      {governments.map((child) => (
        <OrgSection key={child.code} node={child} level={3} />
      ))}
    </section>
  );
};

export function renderPlatformHome({ directory }: PlatformPageInput): PageResult {
  const { roots: tree, host } = directory;
  return {
    title: '首页',
    heading: host ? `${host.name}及所属部门政府信息公开` : PLATFORM_NAME,
    body: (
      <>
        <p class="lead">
          本平台集中发布各单位依照《中华人民共和国政府信息公开条例》主动公开的政府信息，受理政府信息公开申请。请选择单位查看。
        </p>
        <SearchForm action="/search" query="" />
        {tree.length === 0 ? (
          <Notice>
            <p>平台尚未设置单位。</p>
          </Notice>
        ) : (
          tree.map((node) => <OrgSection key={node.code} node={node} level={2} />)
        )}
      </>
    ),
  };
}
