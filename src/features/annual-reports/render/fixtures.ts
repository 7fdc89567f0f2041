// The three shared reports' hand-checked figures (../shared/reports/README.md) as
// AnnualReport values, plus a 2019-template report with blanks: test and bench data.
import type { AnnualReport, ApplicationRow, Applications, Outcome, Proactive2019 } from '../report.ts';

type Six = [number, number, number, number, number, number];

/** A row from its six applicant columns; the total is their sum unless given (null = blank). */
function row(six: Six = [0, 0, 0, 0, 0, 0], total?: number | null): ApplicationRow {
  const [naturalPerson, business, research, publicInterest, legalService, other] = six;
  const sum = six.reduce((a, b) => a + b, 0);
  return {
    naturalPerson,
    business,
    research,
    publicInterest,
    legalService,
    other,
    total: total === undefined ? sum : total,
  };
}

const np = (n: number): ApplicationRow => row([n, 0, 0, 0, 0, 0]);

function outcome(upheld = 0, corrected = 0, other = 0, pending = 0): Outcome {
  return { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
}

function applications(rows: Partial<Record<string, ApplicationRow>>, template: '2019' | '2021' = '2021'): Applications {
  const r = (key: string): ApplicationRow => rows[key] ?? row();
  return {
    received: r('received'),
    carriedOver: r('carriedOver'),
    granted: r('granted'),
    partiallyGranted: r('partiallyGranted'),
    withheld: {
      stateSecret: r('withheld.stateSecret'),
      prohibitedByLaw: r('withheld.prohibitedByLaw'),
      endangersSecurity: r('withheld.endangersSecurity'),
      thirdPartyRights: r('withheld.thirdPartyRights'),
      internalAffairs: r('withheld.internalAffairs'),
      processInformation: r('withheld.processInformation'),
      enforcementFiles: r('withheld.enforcementFiles'),
      administrativeQuery: r('withheld.administrativeQuery'),
    },
    unableToProvide: {
      notHeld: r('unableToProvide.notHeld'),
      needsCreation: r('unableToProvide.needsCreation'),
      unclearAfterCorrection: r('unableToProvide.unclearAfterCorrection'),
    },
    notProcessed: {
      petition: r('notProcessed.petition'),
      repeated: r('notProcessed.repeated'),
      publication: r('notProcessed.publication'),
      excessive: r('notProcessed.excessive'),
      confirmation: r('notProcessed.confirmation'),
    },
    otherHandling:
      template === '2019'
        ? { all: r('otherHandling.all') }
        : {
            noCorrection: r('otherHandling.noCorrection'),
            feeUnpaid: r('otherHandling.feeUnpaid'),
            other: r('otherHandling.other'),
          },
    handledTotal: r('handledTotal'),
    carriedForward: r('carriedForward'),
  };
}

export function fugouReport(): AnnualReport {
  return {
    schemaVersion: 1,
    template: '2021',
    agency: '扶沟县工业和信息化局',
    year: 2023,
    sections: {
      overview:
        '2023 年，扶沟县工信局按照县委、县政府的统一部署，扎实推进政府信息公开工作，2023 年共公开发表部门动态 15 条。',
      problems: '存在问题：一是主动公开的内容还不够完善，更新还不够及时。\n改进情况：一是进一步提高思想认识。',
      other: '依据《政府信息公开信息处理费管理办法》的规定，我单位本年度未收取相关费用。',
    },
    proactive: {
      regulations: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 0, abolished: 0, inForce: 0 },
      licensing: 0,
      penalty: 0,
      coercion: 0,
      feesWanYuan: 0,
    },
    applications: applications({}),
    reconsideration: outcome(),
    litigationDirect: outcome(),
    litigationAfterReconsideration: outcome(),
  };
}

export function pingtanReport(): AnnualReport {
  return {
    schemaVersion: 1,
    template: '2021',
    agency: '平潭综合实验区',
    year: 2022,
    publishedOn: '2023-02-20',
    sections: {
      overview: '2022年，平潭综合实验区共收到政府信息公开申请75件，办结75件。',
      problems: '一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一。',
      other: '2022年，无收取信息处理费情况。',
    },
    proactive: {
      regulations: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 88, abolished: 55, inForce: 698 },
      licensing: 10690,
      penalty: 2113,
      coercion: 0,
      feesWanYuan: 9116.36,
    },
    applications: applications({
      received: row([71, 3, 0, 0, 0, 0]),
      carriedOver: np(1),
      granted: np(21),
      partiallyGranted: row([8, 1, 0, 0, 0, 0]),
      'withheld.internalAffairs': np(1),
      'withheld.processInformation': np(2),
      'withheld.enforcementFiles': np(1),
      'unableToProvide.notHeld': np(37),
      'otherHandling.noCorrection': np(2),
      'otherHandling.other': row([0, 2, 0, 0, 0, 0]),
      handledTotal: row([72, 3, 0, 0, 0, 0]),
    }),
    reconsideration: outcome(0, 1, 1, 0),
    litigationDirect: outcome(1, 0, 0, 0),
    litigationAfterReconsideration: outcome(),
  };
}

export function shanghaiReport(): AnnualReport {
  return {
    schemaVersion: 1,
    template: '2021',
    agency: '上海市科学技术委员会',
    year: 2024,
    sections: {
      overview:
        '上海市科委 2024 年深入贯彻《政府信息公开条例》。\n全年收到政府信息公开申请 34 件，上年结转政府信息公开申请 2 件。',
      problems: '（一）主要问题\n原有部门网站政务公开栏目无法满足需要。\n（二）改进情况\n开设“张江高新区”专栏。',
      other: '2024 年，市科委未发生政府信息公开收费事项。',
    },
    proactive: {
      regulations: { issued: 0, abolished: 0, inForce: 0 },
      normativeDocuments: { issued: 13, abolished: 0, inForce: 55 },
      licensing: 97,
      penalty: 0,
      coercion: 0,
      feesWanYuan: 0,
    },
    applications: applications({
      received: row([32, 2, 0, 0, 0, 0]),
      carriedOver: np(2),
      granted: np(9),
      'withheld.internalAffairs': np(1),
      'withheld.processInformation': np(1),
      'unableToProvide.notHeld': np(4),
      'unableToProvide.needsCreation': np(6),
      'otherHandling.noCorrection': row([8, 2, 0, 0, 0, 0]),
      'otherHandling.other': np(4),
      handledTotal: row([33, 2, 0, 0, 0, 0]),
      carriedForward: np(1),
    }),
    reconsideration: outcome(1, 0, 0, 0),
    litigationDirect: outcome(),
    litigationAfterReconsideration: outcome(),
  };
}

/** A complete 2019-template report, with a negative 本年增/减 and a printed 采购总金额. */
export function report2019(): AnnualReport {
  return {
    schemaVersion: 1,
    template: '2019',
    agency: '某某县人民政府办公室',
    year: 2019,
    sections: { overview: '2019年，本机关依法做好政府信息公开工作。', problems: '无。', other: '无。' },
    proactive: {
      regulations: { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
      normativeDocuments: { newlyMade: 4, newlyPublished: 4, totalPublished: 31 },
      licensing: { previousYearItems: 120, change: -3, decisions: 4521 },
      otherServices: { previousYearItems: 12, change: 2, decisions: 7 },
      penalty: { previousYearItems: 80, change: 0, decisions: 310 },
      coercion: { previousYearItems: 6, change: 1, decisions: 2 },
      fees: { previousYearItems: 3, change: -1 },
      procurement: { items: 15, totalAmount: '236.5万元' },
    },
    applications: applications(
      {
        received: row([5, 1, 0, 0, 0, 0]),
        carriedOver: np(1),
        granted: row([3, 1, 0, 0, 0, 0]),
        'otherHandling.all': np(2),
        handledTotal: row([5, 1, 0, 0, 0, 0]),
        carriedForward: np(1),
      },
      '2019',
    ),
    reconsideration: outcome(1, 0, 0, 1),
    litigationDirect: outcome(),
    litigationAfterReconsideration: outcome(),
  };
}

/** The 2019 report with blank (null) cells: 科研机构 of 国家秘密, the 结转 total, and more. */
export function report2019WithBlanks(): AnnualReport {
  const report = report2019();
  const proactive = report.proactive as Proactive2019;
  proactive.otherServices.decisions = null;
  report.applications.withheld.stateSecret.research = null;
  report.applications.carriedForward.total = null;
  report.litigationAfterReconsideration.corrected = null;
  return report;
}

export const SHARED_REPORTS: readonly (() => AnnualReport)[] = [fugouReport, pingtanReport, shanghaiReport];
