// 政府信息公开指南 (条例 Art. 4, 12): a default text pre-filled from the org's record, which the
// disclosure office then edits. The text is HTML, sanitised like item bodies.
import type { Org } from '../orgs/org.ts';
import { escapeHtml } from './sanitize.ts';

function line(label: string, value: string | null): string {
  return value ? `<li>${label}：${escapeHtml(value)}</li>` : '';
}

export function defaultGuideHtml(org: Org): string {
  const name = escapeHtml(org.name);
  const office = escapeHtml(org.disclosureOffice ?? org.name);
  return [
    `<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。公民、法人或者其他组织需要获得${name}政府信息公开服务的，请阅读本指南。</p>`,
    '<h2>一、主动公开</h2>',
    `<p>（一）公开范围：${name}依照《条例》第二十条、第二十一条主动公开本机关的政府信息，具体内容见本网站“政府信息公开目录”和“法定主动公开内容”栏目。</p>`,
    '<p>（二）公开方式：主要通过本网站公开，并视情况通过政府公报、新闻发布会以及报刊、广播、电视等途径公开。</p>',
    '<p>（三）公开时限：属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。</p>',
    '<h2>二、依申请公开</h2>',
    `<p>（一）受理机构：${office}</p>`,
    '<ul>',
    line('办公地址', org.address),
    line('办公时间', org.officeHours),
    line('联系电话', org.contactPhone),
    line('传真', org.fax),
    line('电子邮箱', org.contactEmail),
    line('邮政编码', org.postalCode),
    '</ul>',
    '<p>（二）申请方式：可通过本网站“依申请公开”栏目在线提交申请；也可以通过信函、传真方式提出；或在办公时间内到受理机构当面提出申请。申请应当包括申请人的姓名或者名称、身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式、途径。</p>',
    '<p>（三）办理时限：能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复；需要延长答复期限的，经负责人同意并告知申请人，延长的期限最长不超过20个工作日。</p>',
    '<p>（四）收费：行政机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，按照《政府信息公开信息处理费管理办法》收取信息处理费。</p>',
    '<h2>三、监督和救济</h2>',
    '<p>公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>',
  ]
    .filter(Boolean)
    .join('\n');
}
