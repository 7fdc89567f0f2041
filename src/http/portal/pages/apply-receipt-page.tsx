// The receipt after an online application (the GET of Post/Redirect/Get): the query code, the
// Art. 31 receipt date and why, the expected reply date, and what happens next.
import { Fragment } from 'hono/jsx';
import { ContactDetails, Notice, Panel } from '../../views/components.tsx';
import { readReceipt, type StoredReceipt } from '../apply-receipt-cookie.ts';
import { type OrgPageInput, orgHref, type PageResult } from '../portal-page.ts';

const CRUMBS = (input: OrgPageInput) => [{ label: '依申请公开', href: orgHref(input.org, 'apply') }];

/** 'ABCDEFGHJK' → 'ABCDE FGHJK': easier to copy down and read aloud; the lookup ignores the space. */
export function groupQueryCode(code: string): string {
  return code.length === 10 ? `${code.slice(0, 5)} ${code.slice(5)}` : code;
}

function chinaDateTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
  return parts;
}

function receiptBody(input: OrgPageInput, receipt: StoredReceipt) {
  const { org } = input;
  const rows: [string, string][] = [
    ['受理机关', receipt.orgName],
    ['申请编号', receipt.caseNumber],
    ['提交时间', chinaDateTime(receipt.submittedAt)],
    ['收到申请之日', receipt.receivedOn],
    ['申请人', receipt.applicantName],
  ];
  if (receipt.idNumberMasked) rows.push(['证件号码', receipt.idNumberMasked]);
  if (receipt.creditCode) rows.push(['统一社会信用代码', receipt.creditCode]);
  rows.push(['联系电话', receipt.phoneMasked], ['所需信息', receipt.description]);
  return (
    <>
      <div class="confirmation">
        <p class="confirmation-title">您的申请已提交</p>
        <p>
          查询码：<strong class="query-code">{groupQueryCode(receipt.queryCode)}</strong>
        </p>
        <p>请记下或打印本页保存查询码。凭查询码和您填写的联系电话，可以随时查询办理进度、下载答复书。</p>
      </div>
      {receipt.warnings.length > 0 ? (
        <Notice>
          <p>
            <strong>请核对：</strong>
          </p>
          <ul>
            {receipt.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
          <p>这不影响申请的办理。如确有错误，请联系{org.disclosureOffice ?? org.name}更正。</p>
        </Notice>
      ) : null}
      <Panel title="申请回执" headingId="receipt-details">
        <dl class="details">
          {rows.map(([term, value]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
          <dt>预计答复日期</dt>
          <dd>
            {receipt.dueOn ? (
              <>
                <strong>{receipt.dueOn}</strong>
                {receipt.isProvisional ? '（暂定）' : ''}
              </>
            ) : (
              '将在登记后确定'
            )}
          </dd>
        </dl>
      </Panel>
      <Panel title="收到申请之日和答复日期是怎样确定的" headingId="receipt-dates">
        <p>
          《中华人民共和国政府信息公开条例》第三十一条规定，通过互联网渠道提交申请的，以双方确认之日为收到申请之日。您提交后，本网站立即出具本回执并告知查询码，即视为双方确认，因此收到申请之日为
          <strong>{receipt.receivedOn}</strong>。
        </p>
        <p>
          答复期限为 20
          个工作日，一般从收到申请之日的下一个工作日起算，按国务院办公厅公布的节假日安排跳过法定节假日和周末、计入调休上班日
          {receipt.dueOn ? `，到 ${receipt.dueOn} 届满` : ''}。
        </p>
        {receipt.isProvisional ? (
          <p>
            <strong>暂定：</strong>
            该日期进入了国务院尚未公布节假日安排的年度，目前只按周末推算；节假日安排公布后会重新计算，请以进度查询页为准。
          </p>
        ) : null}
      </Panel>
      <Panel title="接下来" headingId="receipt-next">
        <ol>
          <li>工作人员登记后办理您的申请，能够提供的信息将按您选择的方式提供。</li>
          <li>
            申请内容不明确的，我们会在 7 个工作日内一次性告知需要补正的内容和期限；答复期限自收到补正之日起重新计算。
          </li>
          <li>
            需要征求第三方或其他机关意见的，所需时间不计入答复期限；确需延长的，最长延长 20 个工作日，并会告知您。
          </li>
          <li>
            您可以随时在<a href={orgHref(org, 'apply/status')}>办理进度查询</a>
            页面输入查询码和联系电话，查看进度；答复后也可以在那里下载答复书。
          </li>
        </ol>
        <p class="muted">本回执在提交后 30 分钟内可以重新打开。如有疑问，请联系：</p>
        <ContactDetails org={org} />
      </Panel>
    </>
  );
}

export function renderApplyReceipt(input: OrgPageInput): PageResult {
  const found = readReceipt(input.c);
  const base = { crumbs: CRUMBS(input), isPrivate: true } as const;
  if (found.kind === 'receipt') return { ...base, title: '申请回执', body: receiptBody(input, found.receipt) };
  if (found.kind === 'discarded') {
    return {
      ...base,
      title: '申请已提交',
      body: (
        <div class="confirmation">
          <p class="confirmation-title">您的申请已提交</p>
          <p>感谢您的申请。</p>
        </div>
      ),
    };
  }
  const { org } = input;
  return {
    ...base,
    title: '申请回执',
    body: (
      <>
        <Notice>
          <p>没有可以显示的回执：回执只在提交申请后 30 分钟内、在提交申请的浏览器上显示。</p>
        </Notice>
        <ul>
          <li>
            已记下查询码的，可以<a href={orgHref(org, 'apply/status')}>查询办理进度</a>。
          </li>
          <li>
            还没有提交申请的，请<a href={orgHref(org, 'apply/new')}>在线填写申请</a>。
          </li>
        </ul>
        <p>遗失查询码的，请联系：</p>
        <ContactDetails org={org} />
      </>
    ),
  };
}
