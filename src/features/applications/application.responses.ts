// OpenAPI response schemas of the application API.
import { z } from '@hono/zod-openapi';
import { APPLICANT_COLUMNS } from '../annual-reports/report.ts';

const date = z.string().openapi({ format: 'date', example: '2025-10-30' });
const dateTime = z.string().openapi({ format: 'date-time' });
const PersonRefSchema = z.object({ id: z.number().int(), name: z.string() }).openapi('PersonRef');

export const ClockSummarySchema = z
  .object({
    status: z.string().openapi({
      description: 'running 计时中、paused 暂停（征求意见）、waitingForApplicant 等待申请人、stopped 已办结',
    }),
    statusLabel: z.string(),
    dueOn: date.nullable(),
    workingDaysLeft: z
      .number()
      .int()
      .nullable()
      .openapi({ description: '剩余工作日（负数为已逾期）；暂停或等待申请人时为 null' }),
    isOverdue: z.boolean(),
    isProvisional: z.boolean().openapi({ description: '期限跨入尚未录入节假日安排的年份，只按周末推算' }),
    applicantDueOn: date.nullable().openapi({ description: '申请人补正或缴费的截止日' }),
  })
  .openapi('ClockSummary');

export const CaseListItemSchema = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    caseNumber: z.string(),
    receivedOn: date,
    channel: z.string(),
    applicantType: z.string(),
    applicantName: z.string(),
    applicantIdNumberMasked: z.string().nullable().openapi({ example: '4127**********1234' }),
    applicantPhoneMasked: z.string().openapi({ example: '138****5678' }),
    summary: z.string(),
    state: z.string(),
    stateLabel: z.string(),
    clock: ClockSummarySchema,
    assignedOfficer: PersonRefSchema.nullable(),
    closedOn: date.nullable(),
    outcome: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('ApplicationListItem', { description: '列表中证件号码和电话一律脱敏' });

export const AttachmentSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    kindLabel: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedBy: PersonRefSchema.nullable(),
    createdAt: dateTime,
  })
  .openapi('ApplicationAttachment');

const WithheldSchema = z.object({ item: z.string(), reason: z.string() });

export const CaseDetailSchema = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    orgName: z.string(),
    caseNumber: z.string(),
    queryCode: z.string(),
    channel: z.string(),
    channelLabel: z.string(),
    receivedOn: date,
    receiptRule: z.string(),
    applicant: z.object({
      type: z.string(),
      typeLabel: z.string(),
      name: z.string(),
      idType: z.string().nullable(),
      idNumber: z.string().nullable(),
      phone: z.string(),
      email: z.string().nullable(),
      address: z.string().nullable(),
      postalCode: z.string().nullable(),
      creditCode: z.string().nullable(),
      contactPerson: z.string().nullable(),
    }),
    applicantWarnings: z.array(z.string()),
    request: z.object({
      description: z.string(),
      documentNumbers: z.string().nullable(),
      purpose: z.string().nullable(),
      formWanted: z.string(),
      delivery: z.string(),
    }),
    state: z.string(),
    stateLabel: z.string(),
    isOpen: z.boolean(),
    clock: ClockSummarySchema,
    decision: z
      .object({
        outcome: z.string(),
        outcomeLabel: z.string(),
        rowLabel: z.string(),
        legalBasis: z.string().nullable(),
        reasons: z.string().nullable(),
        withheld: z.array(WithheldSchema),
      })
      .nullable(),
    extensionRequest: z
      .object({ workingDays: z.number().int(), reason: z.string(), requestedBy: PersonRefSchema, requestedOn: date })
      .nullable(),
    fee: z.object({ amount: z.number().int(), basis: z.string(), basisLabel: z.string() }).nullable(),
    assignedSection: PersonRefSchema.nullable(),
    assignedOfficer: PersonRefSchema.nullable(),
    closedOn: date.nullable(),
    disclosureProposal: z
      .object({
        note: z.string(),
        relatedCaseIds: z.array(z.number().int()),
        proposedBy: PersonRefSchema,
        proposedAt: dateTime,
      })
      .nullable(),
    availableCommands: z.array(z.string()),
    events: z.array(
      z.object({
        seq: z.number().int(),
        type: z.string(),
        label: z.string(),
        on: date,
        by: PersonRefSchema.nullable(),
        data: z.record(z.string(), z.unknown()),
        createdAt: dateTime,
      }),
    ),
    notes: z.array(
      z.object({ id: z.number().int(), body: z.string(), author: PersonRefSchema.nullable(), createdAt: dateTime }),
    ),
    attachments: z.array(AttachmentSchema),
    version: z.number().int().openapi({ description: '修改或办理时原样提交，用于防止覆盖他人的修改' }),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .openapi('ApplicationDetail', { description: '完整个人信息只向本机关的办理人员显示；单位管理员看到脱敏后的信息' });

export const NoteSchema = z
  .object({ id: z.number().int(), body: z.string(), author: PersonRefSchema.nullable(), createdAt: dateTime })
  .openapi('ApplicationNote');

export const RegisterResultSchema = z
  .object({
    id: z.number().int(),
    caseNumber: z.string(),
    queryCode: z.string(),
    receivedOn: date,
    dueOn: date.nullable(),
    isProvisional: z.boolean(),
    warnings: z.array(z.string()).openapi({ description: '证件号码、统一社会信用代码的核对提示（不影响登记）' }),
    case: CaseDetailSchema,
  })
  .openapi('RegisterApplicationResult');

const countsShape = {
  open: z.number().int(),
  unclaimed: z.number().int(),
  dueSoon: z.number().int(),
  overdue: z.number().int(),
  waitingForApplicant: z.number().int(),
  provisional: z.number().int(),
  myQueue: z.number().int(),
};

export const DashboardSchema = z
  .object({
    today: date,
    dueSoonUntil: date,
    counts: z.object(countsShape),
    myQueue: z.array(CaseListItemSchema),
    unclaimed: z.array(CaseListItemSchema),
    dueSoon: z.array(CaseListItemSchema),
    overdue: z.array(CaseListItemSchema),
    waitingForApplicant: z.array(CaseListItemSchema),
    provisional: z.array(CaseListItemSchema),
    provisionalYears: z.array(z.number().int()),
  })
  .openapi('ApplicationDashboard');

const StepSchema = z.object({ kind: z.string(), date, label: z.string() });

export const ClockViewSchema = z
  .object({
    caseNumber: z.string(),
    receivedOn: date,
    today: date,
    status: z.string(),
    statusLabel: z.string(),
    dueOn: date.nullable(),
    workingDaysLeft: z.number().int().nullable(),
    isOverdue: z.boolean(),
    closedOn: date.optional(),
    isLate: z.boolean().optional(),
    periodWorkingDays: z.number().int(),
    extensionWorkingDays: z.number().int(),
    excludedWorkingDays: z.number().int(),
    provisional: z.boolean(),
    provisionalYears: z.array(z.number().int()),
    applicantDeadline: z
      .object({ kind: z.string(), date, hasLapsed: z.boolean(), outcomeIfLapsed: z.string(), provisional: z.boolean() })
      .optional(),
    steps: z
      .array(StepSchema)
      .openapi({ description: '期限如何算出：收到、重新计算、暂停、延期、跳过的节假日和计入的调休上班日' }),
  })
  .openapi('ApplicationClock');

export const SimilarCaseSchema = z
  .object({
    id: z.number().int(),
    caseNumber: z.string(),
    receivedOn: date,
    description: z.string(),
    state: z.string(),
    stateLabel: z.string(),
    outcome: z.string().nullable(),
    outcomeLabel: z.string().nullable(),
    score: z.number(),
  })
  .openapi('SimilarApplication');

export const ProposalSchema = z
  .object({
    note: z.string(),
    relatedCaseIds: z.array(z.number().int()),
    proposedBy: PersonRefSchema,
    proposedAt: dateTime,
  })
  .openapi('DisclosureProposal');

export const FeeQuoteSchema = z
  .object({
    basis: z.string(),
    amount: z.number().int(),
    lines: z.array(
      z.object({
        from: z.number().int(),
        to: z.number().int(),
        units: z.number().int(),
        unitPrice: z.number().int(),
        subtotal: z.number().int(),
      }),
    ),
    explanation: z.string(),
  })
  .openapi('FeeQuote');

export const ReplyLetterSchema = z
  .object({
    caseNumber: z.string(),
    letterDate: date,
    isDraft: z.boolean(),
    org: z.object({
      name: z.string(),
      disclosureOffice: z.string().nullable(),
      address: z.string().nullable(),
      postalCode: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
    applicant: z.object({
      name: z.string(),
      contactPerson: z.string().nullable(),
      address: z.string().nullable(),
      postalCode: z.string().nullable(),
      email: z.string().nullable(),
    }),
    receivedOn: date,
    description: z.string(),
    documentNumbers: z.string().nullable(),
    decision: z.object({
      outcome: z.string(),
      outcomeLabel: z.string(),
      rowLabel: z.string(),
      legalBasis: z.string().nullable(),
      reasons: z.string().nullable(),
      withheld: z.array(WithheldSchema),
    }),
    legalBasis: z.string(),
    howToObtain: z.string().nullable(),
    formWanted: z.string(),
    delivery: z.string(),
    fee: z.object({ amount: z.number().int(), basisLabel: z.string() }).nullable(),
    remedies: z.object({
      reconsiderationDays: z.number().int(),
      litigationMonths: z.number().int(),
      reconsiderationBody: z.string(),
      text: z.string(),
    }),
    repliedOn: date.nullable(),
    trackingNumber: z.string().nullable(),
  })
  .openapi('ReplyLetterData');

export const SettingsSchema = z
  .object({
    caseNumberPattern: z.string().openapi({ example: '{prefix}依申〔{year}〕{seq}号' }),
    casePrefix: z.string().nullable(),
    deadlines: z.object({
      isReceiptDayCounted: z.boolean(),
      isClockStoppedForFee: z.boolean(),
      correctionPeriodWorkingDays: z.number().int(),
    }),
    countPendingFromEarlierYears: z.boolean(),
  })
  .openapi('ApplicationSettings');

export const SettingsPatchSchema = z
  .object({
    caseNumberPattern: z.string().trim().min(1).max(60).optional(),
    casePrefix: z.string().trim().max(20).nullable().optional(),
    deadlines: z
      .object({
        isReceiptDayCounted: z.boolean().optional(),
        isClockStoppedForFee: z.boolean().optional(),
        correctionPeriodWorkingDays: z
          .number()
          .int()
          .min(1, '补正期限至少 1 个工作日')
          .max(60, '补正期限最长 60 个工作日')
          .optional(),
      })
      .optional(),
    countPendingFromEarlierYears: z.boolean().optional(),
  })
  .openapi('ApplicationSettingsPatch');

const ApplicationRowSchema = z.object(
  Object.fromEntries(APPLICANT_COLUMNS.map((column) => [column, z.number().int().nullable()])) as Record<
    (typeof APPLICANT_COLUMNS)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);

export const ApplicationsFiguresSchema = z
  .object({
    received: ApplicationRowSchema,
    carriedOver: ApplicationRowSchema,
    granted: ApplicationRowSchema,
    partiallyGranted: ApplicationRowSchema,
    withheld: z.record(z.string(), ApplicationRowSchema),
    unableToProvide: z.record(z.string(), ApplicationRowSchema),
    notProcessed: z.record(z.string(), ApplicationRowSchema),
    otherHandling: z.record(z.string(), ApplicationRowSchema),
    handledTotal: ApplicationRowSchema,
    carriedForward: ApplicationRowSchema,
  })
  .openapi('ApplicationsFigures', {
    description: '年度报告表三（申报表结构见 annual-report.schema.json 的 applications）',
  });

const OutcomeSchema = z.object({
  upheld: z.number().int().nullable(),
  corrected: z.number().int().nullable(),
  other: z.number().int().nullable(),
  pending: z.number().int().nullable(),
  total: z.number().int().nullable(),
});

export const ReviewFiguresSchema = z
  .object({
    reconsideration: OutcomeSchema,
    litigationDirect: OutcomeSchema,
    litigationAfterReconsideration: OutcomeSchema,
  })
  .openapi('ReviewFigures');

const LetterSummaryShape = {
  kind: z.enum(['reply', 'correction', 'extension', 'fee', 'consultation']),
  title: z.string().openapi({ example: '政府信息公开申请补正告知书' }),
  date: date,
  isDraft: z.boolean().openapi({ description: '答复书在负责人批准前为草稿' }),
  isEditable: z.boolean().openapi({ description: '只有答复书、且在负责人批准前可修改正文' }),
  isEdited: z.boolean().openapi({ description: '正文为工作人员修改后的文本' }),
  editedBy: PersonRefSchema.nullable(),
  editedAt: dateTime.nullable(),
};

export const CaseLetterSummarySchema = z.object(LetterSummaryShape).openapi('CaseLetterSummary');

export const CaseLetterSchema = z
  .object({
    ...LetterSummaryShape,
    document: z.object({
      kind: z.string(),
      titleLines: z.array(z.string()),
      documentNumber: z.string(),
      addressee: z.string(),
      paragraphs: z.array(z.string()),
      signature: z.object({ orgName: z.string(), sealText: z.string().optional(), date: z.string() }),
      note: z.string().optional(),
    }),
  })
  .openapi('CaseLetter');

export const CaseOfficerSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    roles: z.array(z.string()).openapi({ description: 'officer（承办人）、approver（负责人）' }),
    grantedAt: z.array(PersonRefSchema).openapi({ description: '角色所在的机构或股室' }),
  })
  .openapi('CaseOfficer');
