// The demo year, part two: unable to provide, not processed, closings without a decision, a fee,
// an extension, cases open at the end of 2025, and cases received in the last weeks.

import { BUSINESS, LAW_FIRM, NGO, PEOPLE, RESEARCH, VILLAGE } from './seed-applicants.ts';
import { claim, type DemoCase, decide, decided, decision, request } from './seed-case-steps.ts';

export function otherCases(): DemoCase[] {
  const [wang, li, zhang, liu, chen, zhao] = PEOPLE;
  return [
    // 2025: unable to provide.
    {
      receivedOn: '2025-06-03',
      channel: 'registeredPost',
      applicant: wang,
      request: request('1985年城关镇土地详查的原始图件'),
      steps: decided(decision('unableToProvide.notHeld', '经检索，本机关未保存该信息。')),
    },
    {
      receivedOn: '2025-06-09',
      channel: 'online',
      applicant: RESEARCH,
      request: request('按乡镇分类汇总的近十年每年宅基地审批数量及面积分析报告', {
        formWanted: 'electronic',
        delivery: 'email',
      }),
      steps: decided(
        decision('unableToProvide.needsCreation', '本机关没有现成的分析报告，需要另行汇总制作（条例第三十八条）。'),
        12,
        'officer2',
      ),
    },
    {
      receivedOn: '2025-06-16',
      channel: 'ordinaryLetter',
      applicant: chen,
      request: request('村里那块地的有关文件'),
      steps: [
        {
          at: 2,
          command: { type: 'requestCorrection', items: ['请写明地块所在村组、位置或文件名称、文号'] },
          who: 'officer',
        },
        { at: 8, command: { type: 'receiveCorrection' }, who: 'clerk' },
        ...decide(15, decision('unableToProvide.unclearAfterCorrection', '补正后仍无法确定所需信息。')),
      ],
    },

    // 2025: not processed.
    {
      receivedOn: '2025-06-23',
      channel: 'inPerson',
      applicant: zhang,
      request: request('举报邻居违法建房，要求贵局查处并答复处理结果'),
      steps: decided(decision('notProcessed.petition', '属于信访举报投诉类诉求，已转本局执法监察大队依法处理。')),
    },
    {
      receivedOn: '2025-07-01',
      channel: 'online',
      applicant: liu,
      request: request('《扶沟县志》中关于土地改革的章节', { formWanted: 'electronic', delivery: 'email' }),
      steps: decided(decision('notProcessed.publication', '所申请内容为公开出版物，可通过公开渠道获取。')),
    },
    {
      receivedOn: '2025-07-07',
      channel: 'online',
      applicant: VILLAGE,
      request: request('本村近二十年全部土地的所有审批、登记、执法文件（共涉及约五百项）', {
        formWanted: 'electronic',
        delivery: 'email',
      }),
      steps: decided(decision('notProcessed.excessive', '申请数量明显超过合理范围，且未说明理由（条例第三十五条）。')),
    },
    {
      receivedOn: '2025-07-14',
      channel: 'registeredPost',
      applicant: zhang,
      request: request('要求对贵局此前提供的征地公告加盖公章确认其真实性'),
      steps: decided(decision('notProcessed.confirmation', '要求确认已获取信息的真实性，不作为政府信息公开申请处理。')),
    },

    // 2025: closed without a decision — no correction, unpaid fee, withdrawn.
    {
      receivedOn: '2025-07-21',
      channel: 'online',
      applicant: wang,
      request: request('那个项目的批文', { formWanted: 'electronic', delivery: 'email' }),
      steps: [
        { at: 3, command: { type: 'requestCorrection', items: ['请写明项目名称或文件名称、文号'] }, who: 'officer' },
        { at: 20, command: { type: 'closeForNoCorrection' }, who: 'officer' },
      ],
    },
    {
      receivedOn: '2025-08-04',
      channel: 'online',
      applicant: LAW_FIRM,
      request: request('2020年以来全县全部土地出让合同及附件的复印件', { formWanted: 'paper', delivery: 'post' }),
      steps: [
        claim(),
        { at: 5, command: { type: 'notifyFee', basis: 'perPage', pages: 260 }, who: 'officer' },
        { at: 27, command: { type: 'closeForUnpaidFee' }, who: 'officer' },
      ],
    },
    {
      receivedOn: '2025-08-11',
      channel: 'inPerson',
      applicant: li,
      request: request('李庄村2025年高标准农田建设项目的招标文件'),
      steps: [claim(), { at: 4, command: { type: 'withdraw', reason: '申请人表示已从村委会获取' }, who: 'clerk' }],
    },

    // 2025: a fee paid, an extension over National Day, a consultation with another agency.
    {
      receivedOn: '2025-08-18',
      channel: 'registeredPost',
      applicant: BUSINESS,
      request: request('城北区三宗地块的土地勘测定界报告及附图', { formWanted: 'paper', delivery: 'post' }),
      steps: [
        claim(),
        { at: 4, command: { type: 'notifyFee', basis: 'perPage', pages: 68 }, who: 'officer' },
        { at: 9, command: { type: 'recordPayment' }, who: 'clerk' },
        ...decide(14, decision('granted')),
      ],
    },
    {
      receivedOn: '2025-09-10',
      channel: 'online',
      applicant: NGO,
      request: request('县城区工业用地土壤污染状况调查报告', { formWanted: 'electronic', delivery: 'email' }),
      steps: [
        claim(),
        {
          at: 12,
          command: { type: 'startConsultation', party: 'agency', partyName: '周口市生态环境局扶沟分局' },
          who: 'officer',
        },
        { at: 17, command: { type: 'endConsultation' }, who: 'officer' },
        {
          at: 18,
          command: { type: 'approveExtension', workingDays: 15, reason: '需会同生态环境部门核实报告内容' },
          who: 'approver',
        },
        ...decide(28, decision('granted')),
      ],
    },
    {
      receivedOn: '2025-09-22',
      channel: 'fax',
      applicant: VILLAGE,
      request: request('前进村2025年耕地进出平衡方案及审批意见'),
      steps: decided(decision('granted'), 11, 'officer2'),
    },
    {
      receivedOn: '2025-10-13',
      channel: 'online',
      applicant: liu,
      request: request('崔桥镇2025年城乡建设用地增减挂钩项目区实施方案', {
        formWanted: 'electronic',
        delivery: 'email',
      }),
      steps: decided(decision('granted'), 9),
    },
    {
      receivedOn: '2025-10-20',
      channel: 'oral',
      applicant: chen,
      request: request('汴岗镇陈寨村土地承包经营权确权登记的公示材料', {
        formWanted: 'inspection',
        delivery: 'collect',
      }),
      steps: decided(decision('granted'), 6, 'officer2'),
    },
    {
      receivedOn: '2025-11-03',
      channel: 'online',
      applicant: zhao,
      request: request('扶沟县2025年度土地征收成片开发方案', { formWanted: 'electronic', delivery: 'email' }),
      steps: decided(decision('granted'), 10),
    },
    {
      receivedOn: '2025-11-17',
      channel: 'email',
      applicant: RESEARCH,
      request: request('全县2025年耕地“非粮化”整治情况的统计数据', { formWanted: 'electronic', delivery: 'email' }),
      steps: decided(decision('granted'), 12),
    },

    // Open at the end of 2025, handled in January 2026 (carried forward).
    {
      receivedOn: '2025-12-15',
      channel: 'online',
      applicant: wang,
      request: request('2025年城关镇棚户区改造项目用地的供地批复', { formWanted: 'electronic', delivery: 'email' }),
      steps: decided(decision('granted'), 16),
    },
    {
      receivedOn: '2025-12-22',
      channel: 'registeredPost',
      applicant: LAW_FIRM,
      request: request('某房地产项目规划条件变更的审批材料'),
      steps: decided(
        decision('partiallyGranted', '审批意见可以公开；开发企业的财务资料不予公开。', {
          withheld: [{ item: '开发企业财务审计报告', reason: '涉及商业秘密（条例第十五条）' }],
        }),
        14,
      ),
    },
    {
      receivedOn: '2025-12-29',
      channel: 'inPerson',
      applicant: zhang,
      request: request('张庄村2026年度土地流转项目的备案材料'),
      steps: decided(
        decision('unableToProvide.notHeld', '土地流转备案由农业农村部门负责，请向扶沟县农业农村局申请。'),
        8,
      ),
    },
  ];
}

/** Cases received in the last weeks before `today`, still being handled: offsets are working days back. */
export function recentCases(): (Omit<DemoCase, 'receivedOn'> & { daysAgo: number })[] {
  const [wang, li, , liu] = PEOPLE;
  return [
    {
      daysAgo: 2,
      channel: 'online',
      applicant: liu,
      request: request('2026年扶沟县国土空间规划“一张图”更新情况', { formWanted: 'electronic', delivery: 'email' }),
      steps: [],
    },
    {
      daysAgo: 4,
      channel: 'online',
      applicant: li,
      request: request('练寺镇2026年农村乱占耕地建房问题整治台账', { formWanted: 'electronic', delivery: 'email' }),
      steps: [claim(1, 'officer2')],
    },
    {
      daysAgo: 3,
      channel: 'ordinaryLetter',
      applicant: wang,
      request: request('有关拆迁的文件'),
      steps: [
        {
          at: 1,
          command: { type: 'requestCorrection', items: ['请写明所需文件的名称、文号或者项目名称'] },
          who: 'officer',
        },
      ],
    },
    {
      daysAgo: 12,
      channel: 'registeredPost',
      applicant: BUSINESS,
      request: request('城东区两宗商住用地的规划设计条件'),
      steps: [claim(), { at: 8, command: decision('granted'), who: 'officer' }],
    },
    {
      daysAgo: 18,
      channel: 'online',
      applicant: NGO,
      request: request('2026年全县自然保护地整合优化方案', { formWanted: 'electronic', delivery: 'email' }),
      steps: [
        claim(),
        { at: 3, command: { type: 'startConsultation', party: 'agency', partyName: '扶沟县林业局' }, who: 'officer' },
      ],
    },
    {
      daysAgo: 17,
      channel: 'inPerson',
      applicant: PEOPLE[4],
      request: request('汴岗镇2026年土地征收的补偿标准'),
      steps: [claim()],
    },
  ];
}
