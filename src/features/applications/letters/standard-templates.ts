// The standard wording of each letter written as a template, for administrators to start their
// own from. Filled, it reads as the generated standard letter does (the decision paragraphs of a
// reply come from {{decision}}, since they differ for each of the 21 decision types).
import type { LetterKind } from './letter-data.ts';
import { FEE_MEASURES, REGULATION } from './letter-phrases.ts';
import type { LetterTemplate } from './letter-template.ts';

export const STANDARD_TEMPLATES: Record<LetterKind, LetterTemplate> = {
  reply: { body: ['{{opening}}', '{{decision}}', '{{access}}', '{{remedies}}', '{{closing}}'].join('\n') },
  correction: {
    body: [
      '{{opening}}',
      `经审查，{{you}}的申请内容不够明确，本机关无法据此确定{{you}}所需的政府信息。根据${REGULATION}第三十条的规定，现一次性告知{{you}}对以下事项作出补正：{{items}}。`,
      '请{{you}}于{{correctBy}}前将补正后的申请提交本机关。补正时请尽量写明所需信息的名称、文号或者便于查询的其他特征性描述。答复期限自本机关收到补正的申请之日起计算。{{you}}无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。',
      '{{remedies}}',
      '{{closing}}',
    ].join('\n'),
  },
  extension: {
    body: [
      '{{opening}}',
      `因{{extensionReason}}，本机关无法在20个工作日内对{{you}}的申请作出答复。根据${REGULATION}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{{workingDays}}个工作日，本机关将于{{newDueDate}}前作出答复。`,
      '{{remedies}}',
      '{{closing}}',
    ].join('\n'),
  },
  fee: {
    body: [
      '{{opening}}',
      `根据${REGULATION}第四十二条和${FEE_MEASURES}的规定，{{you}}的申请应当缴纳信息处理费。本机关按照{{feeBasis}}标准计算，应缴金额为人民币{{feeAmount}}元（{{feeDetail}}）。`,
      '请{{you}}于{{payBy}}前通过以下方式缴纳：{{howToPay}}。{{you}}逾期未缴纳的，视为放弃申请，本机关将不再处理该政府信息公开申请。',
      '{{feeClockNote}}',
      '{{remedies}}',
      '{{closing}}',
    ].join('\n'),
  },
  consultation: {
    body: [
      `本机关于{{receivedDate}}收到政府信息公开申请，申请获取“{{request}}”。经审查，该政府信息的公开可能会损害贵方的商业秘密、个人隐私等合法权益。根据${REGULATION}第三十二条的规定，现书面征求贵方意见。`,
      `请贵方自收到本函之日起15个工作日内（即{{replyBy}}前）以书面形式提出是否同意公开的意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照${REGULATION}的规定决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。`,
      '{{closing}}',
    ].join('\n'),
  },
};

/** The fee notice's standard payment details (placeholders: orgName, office, caseNumber, phone, address). */
export const STANDARD_FEE_PAYMENT =
  '请持本通知书到{{office}}办理缴费手续，或按{{office}}告知的账户转账缴纳，转账时请注明编号{{caseNumber}}';

/** The placeholders the payment details may use (filled before the fee notice is composed). */
export const FEE_PAYMENT_PLACEHOLDERS = ['orgName', 'office', 'caseNumber', 'phone', 'address'] as const;
