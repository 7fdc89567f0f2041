// Invented demo content for the portal (every body says it is demo data). Deterministic: the
// same seed gives the same items, so screenshots and tests stay stable.
import { addDays } from '../calendar/iso-date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { DocType, Validity } from './item.ts';

export const DEMO_MARK = '（演示数据）';

export interface DemoItem {
  title: string;
  body: string;
  /** Column code in the default catalogue. */
  column: string;
  docType: DocType;
  formedOn: string;
  publishedOn: string;
  docNo?: string;
  validity?: Validity;
  invalidOn?: string;
  /** Index (in the same list) of the policy this interpretation explains. */
  interprets?: number;
}

/** A small linear congruential generator: deterministic pseudo-random numbers. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function paragraphs(...lines: string[]): string {
  return [...lines, `本页内容为系统演示数据${DEMO_MARK}，不代表真实工作情况。`].map((l) => `<p>${l}</p>`).join('');
}

/** 扶沟县工业和信息化局: its 15 部门动态 of 2023 (invented titles, real count). */
export const GXJ_NEWS_2023: readonly [string, string][] = [
  ['2023-01-12', '县工信局召开2023年全县工业经济运行分析会'],
  ['2023-01-19', '县工信局开展春节前工业企业安全生产大检查'],
  ['2023-02-23', '县工信局组织企业参加中小企业服务月活动'],
  ['2023-03-16', '县工信局推进专精特新中小企业培育工作'],
  ['2023-04-13', '县工信局召开优化营商环境工作推进会'],
  ['2023-05-11', '县工信局开展迎峰度夏工业企业用电保障调研'],
  ['2023-06-08', '县工信局开展“安全生产月”宣传咨询活动'],
  ['2023-06-29', '县工信局组织开展“万人助万企”入企服务活动'],
  ['2023-07-20', '县工信局召开上半年工作总结暨下半年工作部署会'],
  ['2023-08-17', '县工信局开展食品工业企业安全生产专项检查'],
  ['2023-09-14', '县工信局组织企业参加数字化转型专题培训'],
  ['2023-10-19', '县工信局开展信息化和工业化融合发展宣传'],
  ['2023-11-09', '县工信局组织观摩全县重点工业项目建设'],
  ['2023-11-30', '县工信局召开四季度工业经济调度会'],
  ['2023-12-28', '县工信局召开2023年度工作总结暨2024年工作谋划会'],
];

const NEWS_TOPICS = [
  '食品安全“守查保”专项行动',
  '特种设备安全隐患排查',
  '计量器具强制检定宣传',
  '“3·15”消费者权益保护宣传',
  '农村集体聚餐食品安全指导',
  '校园食品安全专项检查',
  '药品零售企业监督检查',
  '知识产权保护宣传周活动',
  '优化营商环境“放管服”改革培训',
  '个体工商户登记注册便利化服务',
  '价格监督检查',
  '广告监测和违法广告整治',
  '电梯安全应急演练',
  '商品条码和产品质量抽查',
  '节日市场安全检查',
];

const NOTICE_TOPICS = [
  '食品生产经营企业年度自查',
  '特种设备作业人员考试',
  '小微企业质量管理体系认证提升',
  '个体工商户年度报告',
  '计量器具检定',
  '食品安全抽检计划',
  '企业信用修复',
];

const POLICY_TOPICS = [
  '食品安全工作要点',
  '特种设备安全监管实施方案',
  '知识产权强县建设工作方案',
  '质量强县建设工作方案',
  '市场主体培育行动计划',
];

const NORMATIVE = [
  '扶沟县市场主体登记注册管理暂行办法',
  '扶沟县小作坊小餐饮小摊点管理办法',
  '扶沟县特种设备安全监督管理办法',
  '扶沟县食品安全信用分级分类管理办法',
  '扶沟县商品交易市场管理办法',
  '扶沟县计量监督管理办法',
  '扶沟县行政处罚自由裁量权适用规则',
  '扶沟县集体聚餐食品安全管理办法',
  '扶沟县广告发布监督管理办法',
  '扶沟县价格监督检查工作规程',
  '扶沟县企业信用信息公示管理办法',
  '扶沟县药品零售企业监督管理办法',
];

export interface DemoNormative {
  /** Index into the item list of the published document. */
  itemIndex: number;
  title: string;
  docNo: string;
  issuedOn: string;
  revisedOn: string[];
  abolishedOn: string | null;
  expiredOn: string | null;
}

/** Mostly a few working days after formation; about one in twenty-five late (over 20 working days). */
function publishAfter(calendar: WorkingCalendar, formedOn: string, random: () => number): string {
  const late = random() < 0.04;
  const days = late ? 22 + Math.floor(random() * 8) : 1 + Math.floor(random() * 12);
  return calendar.addWorkingDays(formedOn, days).date;
}

function workingDayIn(calendar: WorkingCalendar, year: number, month: number, day: number): string {
  let date = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
  while (!calendar.isWorkingDay(date)) date = addDays(date, 1);
  return date;
}

/** 扶沟县市场监督管理局: a few hundred items over the years up to `today`. */
export function scjgjItems(
  calendar: WorkingCalendar,
  today: string,
): { items: DemoItem[]; normative: DemoNormative[] } {
  const random = randomFrom(20231101);
  const items: DemoItem[] = [];
  const normative: DemoNormative[] = [];
  const firstYear = Number(today.slice(0, 4)) - 4;
  const add = (item: Omit<DemoItem, 'publishedOn'>) => {
    const publishedOn = publishAfter(calendar, item.formedOn, random);
    if (publishedOn >= today) return -1;
    items.push({ ...item, publishedOn });
    return items.length - 1;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

  for (let year = firstYear; year <= firstYear + 4; year++) {
    for (let month = 1; month <= 12; month++) {
      for (let k = 0; k < 2; k++) {
        const topic = pick(NEWS_TOPICS);
        add({
          title: `县市场监管局开展${topic}`,
          body: paragraphs(
            `${year}年${month}月，扶沟县市场监督管理局组织开展${topic}工作。`,
            '此次活动进一步压实了企业主体责任，维护了辖区市场秩序和消费安全。',
          ),
          column: 'news',
          docType: 'news',
          formedOn: workingDayIn(calendar, year, month, 3 + k * 12 + Math.floor(random() * 8)),
        });
      }
      if (month % 2 === 0) {
        add({
          title: `${year}年${month}月食品经营许可办理结果公示`,
          body: paragraphs(
            `现将${year}年${month}月本局办理的食品经营许可（新办、延续、变更、注销）结果予以公示。`,
            '行政许可事项依据《中华人民共和国食品安全法》《食品经营许可和备案管理办法》办理。',
          ),
          column: 'a20-5',
          docType: 'other',
          formedOn: workingDayIn(calendar, year, month, 25),
        });
        add({
          title: `食品安全监督抽检信息公告（${year}年第${month / 2}期）`,
          body: paragraphs(
            `本期共抽检食品样品${20 + Math.floor(random() * 40)}批次，检验项目符合食品安全标准的${18 + Math.floor(random() * 20)}批次。`,
            '不合格产品已依法核查处置。',
          ),
          column: 'a20-13',
          docType: 'notice',
          formedOn: workingDayIn(calendar, year, month, 15),
        });
      }
      if (month % 3 === 1) {
        const topic = pick(NOTICE_TOPICS);
        add({
          title: `关于开展${year}年${topic}工作的通知`,
          body: paragraphs(`为做好${year}年${topic}工作，现将有关事项通知如下。`, '请各相关单位按要求做好相关工作。'),
          column: 'notices',
          docType: 'notice',
          formedOn: workingDayIn(calendar, year, month, 8),
        });
        add({
          title: `行政处罚决定书（扶市监罚〔${year}〕${month}号）`,
          body: paragraphs(
            '当事人：扶沟县某食品经营部（演示）。',
            '当事人经营超过保质期的食品，违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定，依法予以行政处罚。',
          ),
          column: 'a20-6',
          docType: 'other',
          formedOn: workingDayIn(calendar, year, month, 18),
        });
      }
    }
    const policyTopic = POLICY_TOPICS[(year - firstYear) % POLICY_TOPICS.length];
    for (const [n, month] of [
      [1, 3],
      [2, 7],
    ] as const) {
      const policyIndex = add({
        title: `扶沟县市场监督管理局关于印发${year}年${policyTopic}${n === 2 ? '（补充）' : ''}的通知`,
        body: paragraphs(`现将《${year}年${policyTopic}》印发给你们，请结合实际认真贯彻落实。`),
        column: 'policies',
        docType: 'policy',
        formedOn: workingDayIn(calendar, year, month, 6),
        docNo: `扶市监〔${year}〕${10 + n}号`,
      });
      if (policyIndex >= 0 && n === 1) {
        add({
          title: `《${year}年${policyTopic}》政策解读`,
          body: paragraphs(`一、制定背景。二、主要内容。三、保障措施。本解读对《${year}年${policyTopic}》作出说明。`),
          column: 'interpretations',
          docType: 'interpretation',
          formedOn: items[policyIndex].publishedOn,
          interprets: policyIndex,
        });
      }
    }
    for (const [title, kind] of [
      [`扶沟县市场监督管理局${year}年部门预算`, 'budget'],
      [`扶沟县市场监督管理局${year - 1}年部门决算`, 'budget'],
      [`扶沟县${year - 1}年市场主体发展统计`, 'statistics'],
    ] as const) {
      add({
        title,
        body: paragraphs(`${title}已按规定编制完成，现予公开。`),
        column: kind === 'budget' ? 'a20-7' : 'a20-4',
        docType: kind,
        formedOn: workingDayIn(calendar, year, kind === 'statistics' ? 4 : 2, 10),
      });
    }
  }

  // Normative documents: a life cycle each (some revised, two abolished, one expired).
  NORMATIVE.forEach((title, n) => {
    const year = firstYear + Math.floor(n / 3);
    const issuedOn = workingDayIn(calendar, year, 1 + ((n * 4) % 12), 12);
    const abolishedOn = n === 1 || n === 6 ? workingDayIn(calendar, year + 2, 6, 20) : null;
    const expiredOn = n === 4 ? workingDayIn(calendar, year + 3, 12, 28) : null;
    const end = abolishedOn ?? expiredOn;
    const isOver = end !== null && end < today;
    const docNo = `扶市监〔${year}〕${n + 1}号`;
    const index = add({
      title,
      body: paragraphs(
        `第一条 为规范相关管理工作，根据有关法律法规，结合本县实际，制定本办法。`,
        '第二条 本办法自印发之日起施行。',
      ),
      column: 'a20-1',
      docType: 'normative',
      formedOn: issuedOn,
      docNo,
      validity: isOver ? (abolishedOn ? 'abolished' : 'expired') : 'valid',
      invalidOn: isOver ? (end ?? undefined) : undefined,
    });
    if (index < 0) return;
    const revisedOn = n % 4 === 2 ? [workingDayIn(calendar, year + 1, 9, 15)].filter((d) => d < today) : [];
    normative.push({
      itemIndex: index,
      title,
      docNo,
      issuedOn,
      revisedOn,
      abolishedOn: abolishedOn && abolishedOn < today ? abolishedOn : null,
      expiredOn: expiredOn && expiredOn < today ? expiredOn : null,
    });
  });
  return { items, normative };
}

/** Monthly decision counts up to the month before `today`. */
export function decisionCounts(
  firstYear: number,
  today: string,
): { year: number; month: number; kind: 'licensing' | 'penalty' | 'coercion'; count: number }[] {
  const random = randomFrom(42);
  const entries: { year: number; month: number; kind: 'licensing' | 'penalty' | 'coercion'; count: number }[] = [];
  const [thisYear, thisMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  for (let year = firstYear; year <= thisYear; year++) {
    for (let month = 1; month <= 12; month++) {
      if (year === thisYear && month >= thisMonth) break;
      entries.push({ year, month, kind: 'licensing', count: 40 + Math.floor(random() * 80) });
      entries.push({ year, month, kind: 'penalty', count: 2 + Math.floor(random() * 14) });
      entries.push({ year, month, kind: 'coercion', count: Math.floor(random() * 4) });
    }
  }
  return entries;
}
