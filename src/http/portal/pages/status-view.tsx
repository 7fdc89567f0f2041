// The applicant's status view: the stage in plain words, the dates, what the applicant must do
// (correction or fee) and, once replied, links to download the reply.
import { type FC, Fragment } from 'hono/jsx';
import type { PortalStage, PublicProgress } from '../../../features/applications/public-portal.service.ts';
import { ContactDetails, Notice, Panel } from '../../views/components.tsx';
import type { SiteOrg } from '../../views/view-types.ts';
import { ErrorSummary, type FieldProblem, fieldId, TextArea } from './apply-fields.tsx';

const STAGE_TEXT: Record<PortalStage, string> = {
  registered: '我们已收到您的申请，正在登记并分配承办人员。',
  processing: '您的申请正在办理中，我们会在答复期限内作出答复。',
  correction: '您的申请内容需要补正。请在补正期限内按下列要求补正；答复期限自我们收到补正之日起重新计算。',
  consulting:
    '您申请的信息涉及第三方权益或需要其他机关确认，我们正在依法征求意见。征求意见所需时间不计入答复期限，答复日期会相应顺延。',
  fee: '提供您申请的信息需要收取信息处理费。请在缴费期限内缴费；逾期未缴的，视为放弃申请。',
  replied: '我们已对您的申请作出答复。',
  archived: '我们已对您的申请作出答复，案卷已归档。',
  closed: '本申请已办结。',
};

/** The online answer to a correction notice (no JavaScript: a plain multipart POST). */
export interface CorrectionFormState {
  action: string;
  /** The code and phone, sealed: the form never carries them in the clear. */
  ticket: string;
  csrfToken: string;
  answer: string;
  problems: FieldProblem[];
}

const CorrectionForm: FC<{ form: CorrectionFormState }> = ({ form }) => {
  const error = (field: string) => form.problems.find((p) => p.field === field)?.message;
  const fileError = error('file');
  return (
    <form
      class="apply-form"
      method="post"
      action={form.action}
      enctype="multipart/form-data"
      novalidate
      aria-labelledby="status-correction-online"
    >
      <h3 id="status-correction-online">在线提交补正</h3>
      <ErrorSummary problems={form.problems} />
      <input type="hidden" name="_csrf" value={form.csrfToken} />
      <input type="hidden" name="ticket" value={form.ticket} />
      <TextArea
        name="answer"
        label="补正内容"
        isRequired
        hint="按上面的要求写明补正的内容，例如所需信息的文件名称、文号或时间范围。不超过 2000 字。"
        value={form.answer}
        error={error('answer')}
        rows={6}
        maxLength={2000}
      />
      <div class={fileError ? 'form-group has-error' : 'form-group'}>
        <label for={fieldId('file')}>
          补正材料<span class="requirement">（选填）</span>
        </label>
        <span class="hint" id={`${fieldId('file')}-hint`}>
          如需提交证明材料，可上传一个 PDF、JPEG 或 PNG 文件，不超过 5 MB。
        </span>
        {fileError ? (
          <span class="error-message" id={`${fieldId('file')}-error`}>
            <span class="visually-hidden">错误：</span>
            {fileError}
          </span>
        ) : null}
        <input
          id={fieldId('file')}
          name="file"
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-describedby={fileError ? `${fieldId('file')}-hint ${fieldId('file')}-error` : `${fieldId('file')}-hint`}
          aria-invalid={fileError ? 'true' : undefined}
        />
      </div>
      <p>提交后即视为我们收到补正，答复期限自当日起重新计算。</p>
      <button class="button" type="submit">
        提交补正
      </button>
    </form>
  );
};

export interface ReplyLink {
  href: string;
  fileName: string;
}

function dueText(progress: PublicProgress): string | null {
  if (!['registered', 'processing', 'consulting', 'fee', 'correction'].includes(progress.portalStage)) return null;
  if (progress.portalStage === 'correction') return '收到补正后重新计算';
  if (progress.portalStage === 'consulting') return '征求意见期间暂停计算，结束后顺延';
  if (progress.portalStage === 'fee') return '缴费期间暂停计算（以通知为准）';
  if (!progress.dueOn) return '待确定';
  return `${progress.dueOn}${progress.isProvisional ? '（暂定：该年度节假日安排尚未公布，公布后重新计算）' : ''}`;
}

const ApplicantAction: FC<{ progress: PublicProgress; org: SiteOrg; correctionForm?: CorrectionFormState }> = ({
  progress,
  org,
  correctionForm,
}) => {
  const action = progress.applicantAction;
  if (!action) return null;
  const office = org.disclosureOffice ?? org.name;
  if (action.kind === 'correction') {
    return (
      <Panel title="需要您补正的内容" headingId="status-correction">
        {action.items.length > 0 ? (
          <ol>
            {action.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        ) : (
          <p>请按补正告知书的要求补正。</p>
        )}
        <p>
          补正期限：<strong>{action.dueOn}</strong>（含当日）。可以在下面在线提交补正，也可以注明申请编号{' '}
          {progress.caseNumber}，通过当面、邮寄或电子邮件向{office}提交补正材料：
        </p>
        <ContactDetails org={org} />
        {correctionForm ? <CorrectionForm form={correctionForm} /> : null}
      </Panel>
    );
  }
  return (
    <Panel title="信息处理费" headingId="status-fee">
      <dl class="details">
        <dt>金额</dt>
        <dd>{action.amount} 元</dd>
        <dt>计收方式</dt>
        <dd>{action.basisLabel}</dd>
        <dt>缴费期限</dt>
        <dd>{action.dueOn}</dd>
      </dl>
      <p>
        缴费方式见收费通知书；如有疑问，请注明申请编号 {progress.caseNumber} 联系{office}：
      </p>
      <ContactDetails org={org} />
    </Panel>
  );
};

export const StatusView: FC<{
  progress: PublicProgress;
  org: SiteOrg;
  replyLinks: ReplyLink[];
  againHref: string;
  correctionForm?: CorrectionFormState;
  /** A confirmation after the applicant's own step (e.g. the correction received). */
  confirmation?: string;
}> = ({ progress, org, replyLinks, againHref, correctionForm, confirmation }) => {
  const due = dueText(progress);
  const rows: [string, string][] = [
    ['受理机关', progress.orgName],
    ['申请编号', progress.caseNumber],
    ['收到申请之日', progress.receivedOn],
  ];
  if (due) rows.push(['预计答复日期', due]);
  if (progress.repliedOn) rows.push(['答复日期', progress.repliedOn]);
  if (progress.outcomeLabel) rows.push(['办理结果', progress.outcomeLabel]);
  if (progress.applicant.idNumberMasked) rows.push(['申请人证件号码', progress.applicant.idNumberMasked]);
  rows.push(['联系电话', progress.applicant.phoneMasked]);
  const isAnswered = progress.portalStage === 'replied' || progress.portalStage === 'archived';
  return (
    <>
      {confirmation ? (
        <Notice>
          <p role="status">{confirmation}</p>
        </Notice>
      ) : null}
      <section class="panel status-summary" aria-labelledby="status-stage">
        <h2 id="status-stage">
          当前状态：<span class={`stage stage-${progress.portalStage}`}>{progress.portalStageLabel}</span>
        </h2>
        <p>{STAGE_TEXT[progress.portalStage]}</p>
        <dl class="details">
          {rows.map(([term, value]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <ApplicantAction progress={progress} org={org} correctionForm={correctionForm} />
      {isAnswered ? (
        <Panel title="答复书" headingId="status-reply">
          {replyLinks.length > 0 ? (
            <>
              <ul class="link-list">
                {replyLinks.map((link) => (
                  <li key={link.href}>
                    <a href={link.href}>下载：{link.fileName}</a>
                  </li>
                ))}
              </ul>
              <p class="muted">下载链接在 15 分钟内有效，过期后请重新查询。</p>
            </>
          ) : (
            <p>
              答复书已按您选择的方式送达。如需要答复书的电子版，请注明申请编号 {progress.caseNumber}{' '}
              联系政府信息公开工作机构。
            </p>
          )}
          <p>
            如对答复不服，可以自收到答复之日起六十日内申请行政复议，或者自收到答复之日起六个月内依法向人民法院提起行政诉讼，具体见答复书。
          </p>
        </Panel>
      ) : null}
      <p>
        <a href={againHref}>查询其他申请</a>
      </p>
    </>
  );
};
