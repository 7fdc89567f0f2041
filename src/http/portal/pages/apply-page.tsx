import { ContactDetails, Panel } from '../../views/components.tsx';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';

/** The 依申请公开 page: how to apply, where, how long it takes and what it costs. */
export function renderApplyGuide({ org }: OrgPageInput): PageResult {
  const office = org.disclosureOffice ?? org.name;
  return {
    title: '依申请公开',
    body: (
      <>
        <p class="lead">
          公民、法人或者其他组织可以向{org.name}申请获取政府信息。本页说明申请的方式、办理时限和收费规定。
        </p>
        <ul class="quick-links">
          <li>
            <a href={orgHref(org, 'apply/new')}>
              <strong>在线申请</strong>
              <span>填写网上申请表，提交后立即获得查询码和预计答复日期</span>
            </a>
          </li>
          <li>
            <a href={orgHref(org, 'apply/form.pdf')}>
              <strong>下载申请表（PDF）</strong>
              <span>打印后填写，当面或邮寄提交；也可下载 Word 格式（见下文）</span>
            </a>
          </li>
          <li>
            <a href={orgHref(org, 'apply/status')}>
              <strong>查询办理进度</strong>
              <span>凭查询码和申请时填写的联系电话查看进度、下载答复书</span>
            </a>
          </li>
        </ul>

        <Panel title="一、怎样申请" headingId="apply-how">
          <ol>
            <li>
              填写申请：可以<a href={orgHref(org, 'apply/new')}>在线填写申请表</a>，也可以下载空白申请表打印后填写：
              <a href={orgHref(org, 'apply/form.pdf')}>政府信息公开申请表（PDF）</a>、
              <a href={orgHref(org, 'apply/form.docx')}>政府信息公开申请表（Word）</a>。
            </li>
            <li>
              申请内容应当包括：申请人的姓名或者名称、身份证明、联系方式；所需政府信息的名称、文号或者便于查询的其他特征性描述；获取信息的方式（纸质、电子或者查阅）和途径（邮寄、电子邮件、自行领取或者网上获取）。
            </li>
            <li>提交后您会得到一个查询码。凭查询码和联系电话，可以随时在本网站查询办理进度。</li>
          </ol>
        </Panel>

        <Panel title="二、申请渠道" headingId="apply-channels">
          <ul>
            <li>
              <strong>网上申请：</strong>通过本网站提交，全天可用。
            </li>
            <li>
              <strong>当面申请：</strong>在办公时间内到{office}
              提交书面申请；书写确有困难的，可以口头提出，由工作人员代为填写。
            </li>
            <li>
              <strong>信函申请：</strong>将填好的申请表邮寄到下列地址，请在信封上注明“政府信息公开申请”字样。
            </li>
            {org.fax ? (
              <li>
                <strong>传真申请：</strong>传真至 {org.fax}，并电话确认收到。
              </li>
            ) : null}
          </ul>
          <h3>政府信息公开工作机构</h3>
          <ContactDetails org={org} />
        </Panel>

        <Panel title="三、办理时限" headingId="apply-time">
          <p>
            能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起 <strong>20 个工作日</strong>
            内予以答复。需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过 20
            个工作日。
          </p>
          <ul>
            <li>工作日按国务院办公厅公布的节假日安排计算：法定节假日不计入，调休上班日计入。</li>
            <li>
              收到申请之日：当面提交的，为提交之日；邮寄提交的，为签收之日；平常信函等无需签收的，为与申请人确认之日；通过互联网或者传真提交的，为双方确认之日——网上申请提交后本网站即出具回执，当天即为收到申请之日。
            </li>
            <li>
              申请内容不明确的，我们会在收到申请之日起 7
              个工作日内一次性告知需要补正的事项和合理的补正期限；答复期限自收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请。
            </li>
            <li>需要征求第三方或者其他机关意见的，所需时间不计算在答复期限内。</li>
          </ul>
        </Panel>

        <Panel title="四、收费" headingId="apply-fees">
          <p>提供政府信息一般不收取费用。</p>
          <p>
            只有当申请公开政府信息的数量、频次明显超过合理范围时，才可能依照《政府信息公开信息处理费管理办法》收取信息处理费，且每件申请只按一种方式计收：
          </p>
          <ul>
            <li>
              <strong>按件计收：</strong>同一申请人一个自然月内提出的申请，第 1—10 件不收费，第 11—30 件每件 100 元，第
              31 件起每 10 件为一档，每件收费依次增加 100 元。
            </li>
            <li>
              <strong>按量计收：</strong>同一件申请提供的信息，30 页以内不收费，第 31—100 页每页 10 元，第 101—200
              页每页 20 元，第 201 页起每页 40 元。
            </li>
          </ul>
          <p>
            需要收费的，我们会先书面通知收费金额和依据；您可以在收到通知次日起 20
            个工作日内缴费，逾期未缴费的视为放弃申请。
          </p>
        </Panel>

        <Panel title="五、个人信息保护" headingId="apply-privacy">
          <p>
            您在申请中提供的姓名、证件号码、联系方式等个人信息，只用于办理您的申请和依法送达，只有经办人员可以查看，不会在网站上公开。详见
            <a href="/privacy">隐私声明</a>。
          </p>
        </Panel>
      </>
    ),
  };
}
