// The online application form (GET and after a refused POST, with the values kept).
import type { FC } from 'hono/jsx';
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  FORM_WANTED_LABELS,
  FORMS_WANTED,
  ID_TYPE_LABELS,
  ID_TYPES,
} from '../../../features/applications/application.ts';
import type { SiteOrg } from '../../views/view-types.ts';
import { type ApplyValues, type FieldError, HONEYPOT_FIELD, MAX_LENGTHS } from '../apply-form.ts';
import { Checkbox, ErrorSummary, Honeypot, RadioGroup, SelectField, TextArea, TextField } from './apply-fields.tsx';

const FORM_HINTS: Record<string, string> = {
  paper: '打印或复印的纸质文件',
  electronic: '电子文档或扫描件',
  inspection: '在办公时间到政府信息公开工作机构当场查阅、抄录',
};

function deliveryChoices(org: SiteOrg) {
  const office = org.disclosureOffice ?? org.name;
  return [
    { value: 'post', label: '邮寄', hint: '邮寄到您填写的通信地址' },
    { value: 'email', label: '电子邮件', hint: '发送到您填写的电子邮箱' },
    { value: 'collect', label: '自行领取', hint: `在办公时间到${office}领取` },
    { value: 'online', label: '网上获取', hint: '答复后凭查询码和联系电话在本网站下载' },
  ];
}

/** What is collected, why, and who sees it: the applicant must acknowledge it before submitting. */
export const PrivacyNotice: FC<{ org: SiteOrg }> = ({ org }) => (
  <div class="privacy-notice" id="privacy-notice">
    <ul>
      <li>
        <strong>收集哪些信息：</strong>
        申请人的姓名或名称、证件号码（或统一社会信用代码）、联系人、联系电话、电子邮箱、通信地址和邮政编码，以及您对所需信息的描述；提交时还会记录您的网络地址，用于防止滥用。
      </li>
      <li>
        <strong>为什么收集：</strong>
        《中华人民共和国政府信息公开条例》第二十九条规定，申请应当包括申请人的姓名或者名称、身份证明、联系方式。我们用这些信息确认申请人、与您联系、送达答复，并依法统计申请的数量（年度报告只公布数量，不含个人信息）。
      </li>
      <li>
        <strong>谁能看到：</strong>
        只有{org.name}
        负责办理、审核本申请的工作人员。需要征求第三方意见时，不向第三方提供您的个人信息。本网站其他任何页面都不显示这些信息；回执和进度查询页也只显示遮挡后的证件号码和电话号码。
      </li>
      <li>
        <strong>保存多久：</strong>申请材料和答复作为政府信息公开工作档案，按档案管理规定保存。
      </li>
      <li>
        <strong>您的权利：</strong>如需查阅或更正您提供的信息，请联系{org.disclosureOffice ?? org.name}
        {org.contactPhone ? `（电话 ${org.contactPhone}）` : ''}。详见<a href="/privacy">隐私声明</a>。
      </li>
    </ul>
  </div>
);

export const ApplyFormView: FC<{
  org: SiteOrg;
  action: string;
  csrfToken: string;
  values: ApplyValues;
  errors: FieldError[];
}> = ({ org, action, csrfToken, values, errors }) => {
  const error = (field: FieldError['field']) => errors.find((e) => e.field === field)?.message;
  const applicantChoices = APPLICANT_TYPES.map((type) => ({
    value: type,
    label: type === 'naturalPerson' ? '自然人（公民个人）' : `法人或其他组织：${APPLICANT_TYPE_LABELS[type]}`,
  }));
  return (
    <>
      <ErrorSummary problems={errors} />
      <p class="lead">请如实填写以下内容。标有“（必填）”的项目必须填写；提交后您会立即得到查询码和预计答复日期。</p>
      <form class="apply-form" method="post" action={action} novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <Honeypot name={HONEYPOT_FIELD} />

        <section class="panel" aria-labelledby="apply-applicant">
          <h2 id="apply-applicant">一、申请人信息</h2>
          <RadioGroup
            name="applicantType"
            legend="申请人类型"
            isRequired
            choices={applicantChoices}
            value={values.applicantType}
            error={error('applicantType')}
          />
          <TextField
            name="name"
            label="申请人姓名或名称"
            isRequired
            hint="自然人填写本人姓名；法人或其他组织填写单位全称，与营业执照等证照一致。"
            value={values.name}
            error={error('name')}
            autocomplete="name"
            maxLength={MAX_LENGTHS.name}
          />
          <fieldset class="subgroup">
            <legend>自然人填写：身份证明</legend>
            <SelectField
              name="idType"
              label="证件类型"
              requirement="（自然人必填）"
              choices={ID_TYPES.map((type) => ({ value: type, label: ID_TYPE_LABELS[type] }))}
              value={values.idType}
              error={error('idType')}
            />
            <TextField
              name="idNumber"
              label="证件号码"
              requirement="（自然人必填）"
              hint="居民身份证为 18 位，最后一位可以是 X。"
              value={values.idNumber}
              error={error('idNumber')}
              width="medium"
              autocomplete="off"
              maxLength={MAX_LENGTHS.idNumber}
            />
          </fieldset>
          <fieldset class="subgroup">
            <legend>法人或其他组织填写</legend>
            <TextField
              name="creditCode"
              label="统一社会信用代码"
              requirement="（法人或其他组织必填）"
              hint="18 位，见营业执照或登记证书。"
              value={values.creditCode}
              error={error('creditCode')}
              width="medium"
              autocomplete="off"
              maxLength={MAX_LENGTHS.creditCode}
            />
            <TextField
              name="contactPerson"
              label="联系人姓名"
              requirement="（法人或其他组织必填）"
              value={values.contactPerson}
              error={error('contactPerson')}
              maxLength={MAX_LENGTHS.contactPerson}
            />
          </fieldset>
          <fieldset class="subgroup">
            <legend>联系方式</legend>
            <TextField
              name="phone"
              label="联系电话"
              isRequired
              hint="手机号码或带区号的固定电话。查询办理进度时需要输入此号码。"
              type="tel"
              value={values.phone}
              error={error('phone')}
              width="medium"
              autocomplete="tel"
              inputmode="tel"
              maxLength={MAX_LENGTHS.phone}
            />
            <TextField
              name="email"
              label="电子邮箱"
              requirement="（选择电子邮件送达时必填）"
              type="email"
              value={values.email}
              error={error('email')}
              autocomplete="email"
              inputmode="email"
              maxLength={MAX_LENGTHS.email}
            />
            <TextField
              name="address"
              label="通信地址"
              requirement="（选择邮寄送达时必填）"
              value={values.address}
              error={error('address')}
              autocomplete="street-address"
              maxLength={MAX_LENGTHS.address}
            />
            <TextField
              name="postalCode"
              label="邮政编码"
              value={values.postalCode}
              error={error('postalCode')}
              width="short"
              autocomplete="postal-code"
              inputmode="numeric"
              maxLength={MAX_LENGTHS.postalCode}
            />
          </fieldset>
        </section>

        <section class="panel" aria-labelledby="apply-request">
          <h2 id="apply-request">二、所需信息</h2>
          <TextArea
            name="description"
            label="所需信息的内容描述"
            isRequired
            hint="请尽量写明信息的名称、内容、涉及的时间和地点、制作或保存的机关等，便于我们准确查找。"
            value={values.description}
            error={error('description')}
            rows={6}
            maxLength={MAX_LENGTHS.description}
          />
          <TextField
            name="documentNumbers"
            label="所需信息的名称、文号"
            hint="如知道文件的名称或文号，请填写，例如：扶政〔2024〕15号。"
            value={values.documentNumbers}
            error={error('documentNumbers')}
            maxLength={MAX_LENGTHS.documentNumbers}
          />
          <TextField
            name="purpose"
            label="所需信息的用途"
            hint="不填写不影响办理。"
            value={values.purpose}
            error={error('purpose')}
            maxLength={MAX_LENGTHS.purpose}
          />
        </section>

        <section class="panel" aria-labelledby="apply-delivery">
          <h2 id="apply-delivery">三、获取信息的方式</h2>
          <RadioGroup
            name="formWanted"
            legend="获取信息的方式"
            isRequired
            choices={FORMS_WANTED.map((form) => ({
              value: form,
              label: FORM_WANTED_LABELS[form],
              hint: FORM_HINTS[form],
            }))}
            value={values.formWanted}
            error={error('formWanted')}
          />
          <RadioGroup
            name="delivery"
            legend="信息的提供方式"
            isRequired
            choices={deliveryChoices(org)}
            value={values.delivery}
            error={error('delivery')}
          />
        </section>

        <section class="panel" aria-labelledby="apply-privacy">
          <h2 id="apply-privacy">四、个人信息处理说明</h2>
          <PrivacyNotice org={org} />
          <Checkbox
            name="privacy"
            label="我已阅读并同意上述个人信息处理说明（必填）"
            isChecked={values.privacy}
            error={error('privacy')}
          />
        </section>

        <button class="button" type="submit">
          提交申请
        </button>
      </form>
    </>
  );
};
