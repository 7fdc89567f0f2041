// The demo year of 依申请公开 cases for 扶沟县自然资源局, part one: cases carried over from 2024,
// granted, partially granted and the eight withholding grounds (applicants in seed-applicants.ts).

import { BUSINESS, LAW_FIRM, NGO, PEOPLE, RESEARCH } from './seed-applicants.ts';
import { claim, type DemoCase, decide, decided, decision, request } from './seed-case-steps.ts';
import { otherCases } from './seed-other-cases.ts';

/** Every decision type of table 三 at least once, with corrections, an extension, fees and a withdrawal. */
export function demoCases(): DemoCase[] {
  return [...decisionCases(), ...otherCases()];
}

function decisionCases(): DemoCase[] {
  const [wang, li, zhang, liu, chen, zhao] = PEOPLE;
  return [
    // Carried over from 2024, closed in January 2025.
    {
      receivedOn: '2024-12-16',
      channel: 'registeredPost',
      applicant: zhang,
      request: request('大新镇张庄村2024年集体土地征收的征收土地公告和补偿安置方案'),
      steps: decided(decision('granted'), 18),
      hasReplyLetter: true,
    },
    {
      receivedOn: '2024-12-23',
      channel: 'online',
      applicant: BUSINESS,
      request: request('扶沟县2024年度国有建设用地供应计划及执行情况', { formWanted: 'electronic', delivery: 'email' }),
      steps: decided(decision('granted'), 15),
    },
    {
      receivedOn: '2024-12-27',
      channel: 'inPerson',
      applicant: chen,
      request: request('汴岗镇陈寨村宅基地审批台账中本人家庭户的审批记录'),
      steps: decided(
        decision(
          'withheld.thirdPartyRights',
          '台账含其他农户的个人信息，公开会损害第三方合法权益；本人户的审批记录可另行查询。',
        ),
      ),
    },

    // 2025: granted and partially granted.
    {
      receivedOn: '2025-01-06',
      channel: 'online',
      applicant: wang,
      request: request('城关镇桐丘路两侧土地征收的征地补偿安置方案及批复文件', {
        documentNumbers: '豫政土〔2024〕215号',
        formWanted: 'electronic',
        delivery: 'email',
      }),
      steps: decided(decision('granted')),
      hasReplyLetter: true,
    },
    {
      receivedOn: '2025-01-13',
      channel: 'online',
      applicant: { ...wang, phone: '13839401121' },
      request: request('桐丘路两侧征地的补偿安置方案和省政府批复', { formWanted: 'electronic', delivery: 'email' }),
      steps: decided(decision('notProcessed.repeated', '申请人已于2025年1月6日就同一信息提出申请，本机关已作答复。')),
    },
    {
      receivedOn: '2025-02-10',
      channel: 'registeredPost',
      applicant: li,
      request: request('练寺镇李庄村2024年土地整治项目的实施方案和验收报告'),
      steps: decided(decision('granted'), 10),
    },
    {
      receivedOn: '2025-02-17',
      channel: 'email',
      applicant: RESEARCH,
      request: request('2020—2024年全县耕地保有量和永久基本农田保护面积统计数据', {
        formWanted: 'electronic',
        delivery: 'email',
      }),
      steps: decided(decision('granted'), 8, 'officer2'),
    },
    {
      receivedOn: '2025-03-03',
      channel: 'online',
      applicant: BUSINESS,
      request: request('扶沟县城北区控制性详细规划调整的批复及图则', { formWanted: 'electronic', delivery: 'email' }),
      steps: decided(
        decision('partiallyGranted', '批复可以公开；图则中的涉密测绘成果不予公开。', {
          withheld: [{ item: '控规图则中的1:500涉密地形图', reason: '属于涉密测绘成果（条例第十四条）' }],
        }),
      ),
    },
    {
      receivedOn: '2025-03-10',
      channel: 'inPerson',
      applicant: liu,
      request: request('崔桥镇文化路西侧地块国有建设用地使用权出让合同'),
      steps: decided(
        decision('partiallyGranted', '出让合同可以公开；受让人的银行账户信息属于商业秘密。', {
          withheld: [{ item: '受让人开户银行及账号', reason: '涉及商业秘密（条例第十五条）' }],
        }),
      ),
    },
    {
      receivedOn: '2025-03-24',
      channel: 'online',
      applicant: NGO,
      request: request('2024年全县矿产资源开发利用情况和矿山地质环境治理情况', {
        formWanted: 'electronic',
        delivery: 'email',
      }),
      steps: decided(decision('granted'), 14, 'officer2'),
    },

    // 2025: the eight withholding grounds.
    {
      receivedOn: '2025-04-01',
      channel: 'registeredPost',
      applicant: LAW_FIRM,
      request: request('扶沟县境内军事设施保护范围的划定文件和图件'),
      steps: decided(decision('withheld.stateSecret', '所申请信息经保密审查属于国家秘密。')),
    },
    {
      receivedOn: '2025-04-08',
      channel: 'online',
      applicant: zhao,
      request: request('2024年土地变更调查中各宗地使用权人填报的原始调查表', {
        formWanted: 'electronic',
        delivery: 'email',
      }),
      steps: decided(
        decision(
          'withheld.prohibitedByLaw',
          '《中华人民共和国统计法》规定，统计调查中获得的能够识别或者推断单个统计调查对象身份的资料不得对外提供。',
        ),
      ),
    },
    {
      receivedOn: '2025-04-14',
      channel: 'inPerson',
      applicant: chen,
      request: request('县城地下水源地保护区的井位坐标和管网图'),
      steps: decided(decision('withheld.endangersSecurity', '公开水源地井位坐标可能危及公共安全。')),
    },
    {
      receivedOn: '2025-04-21',
      channel: 'online',
      applicant: BUSINESS,
      request: request('竞争对手在2024年土地招拍挂中提交的竞买资料', { formWanted: 'electronic', delivery: 'email' }),
      steps: [
        claim(),
        {
          at: 3,
          command: { type: 'startConsultation', party: 'thirdParty', partyName: '扶沟县宏远房地产开发有限公司' },
          who: 'officer',
        },
        { at: 10, command: { type: 'endConsultation' }, who: 'officer' },
        ...decide(14, decision('withheld.thirdPartyRights', '第三方书面不同意公开，所申请信息涉及其商业秘密。')),
      ],
    },
    {
      receivedOn: '2025-05-06',
      channel: 'registeredPost',
      applicant: zhang,
      request: request('本局2024年干部职工考核评优的结果和考评记录'),
      steps: decided(decision('withheld.internalAffairs', '属于人事管理内部事务信息（条例第十六条第一款）。')),
    },
    {
      receivedOn: '2025-05-12',
      channel: 'online',
      applicant: RESEARCH,
      request: request('国土空间总体规划编制过程中的专家论证会议纪要', { formWanted: 'electronic', delivery: 'email' }),
      steps: decided(decision('withheld.processInformation', '属于讨论记录等过程性信息（条例第十六条第二款）。')),
    },
    {
      receivedOn: '2025-05-19',
      channel: 'inPerson',
      applicant: li,
      request: request('对李庄村村民违法占地案件的全部执法案卷材料'),
      steps: decided(decision('withheld.enforcementFiles', '属于行政执法案卷信息。')),
    },
    {
      receivedOn: '2025-05-26',
      channel: 'online',
      applicant: zhao,
      request: request('某小区房屋的不动产登记资料及抵押情况', { formWanted: 'electronic', delivery: 'email' }),
      steps: decided(
        decision(
          'withheld.administrativeQuery',
          '不动产登记资料依《不动产登记资料查询暂行办法》查询，请到不动产登记中心办理。',
        ),
      ),
    },
  ];
}
