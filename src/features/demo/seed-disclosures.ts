// Demo 主动公开 data. 扶沟县工业和信息化局 (fugou-gxj): its catalogue, its guide and its 15 部门动态
// of 2023, with empty registries (its 2023 annual report shows zeros). 扶沟县市场监督管理局
// (fugou-scjgj): a few hundred items over five years, normative documents with a life cycle,
// monthly decision counts and fees. Items are inserted in batches (this runs on first start);
// a handful still in the workflow go through the services. Idempotent.
import type { Services } from '../../services.ts';
import type { ActionContext } from '../auth/actor.ts';
import { type BulkItem, insertPublishedItems } from '../disclosures/bulk-publish.ts';
import {
  DEMO_MARK,
  type DemoItem,
  decisionCounts,
  GXJ_NEWS_2023,
  paragraphs,
  scjgjItems,
} from '../disclosures/demo-content.ts';
import { loadDisclosureSettings } from '../disclosures/disclosure-settings.ts';
import { defaultGuideHtml } from '../disclosures/guide.ts';
import { chinaDate } from '../disclosures/timeliness.ts';
import { PASSING_CHECKLIST } from '../disclosures/workflow.ts';
import { findOrgByCode } from '../orgs/org.repo.ts';
import { toOrg } from '../orgs/org.ts';
import { findUserByUsername } from '../users/user.repo.ts';

const SCJGJ = {
  kind: 'department' as const,
  name: '扶沟县市场监督管理局',
  shortName: '县市场监管局',
  code: 'fugou-scjgj',
  disclosureOffice: '扶沟县市场监督管理局办公室',
  contactPhone: '0394-6218201',
  contactEmail: 'scjgj@fugou.example.cn',
  address: '河南省周口市扶沟县城关镇桐丘路88号',
  postalCode: '461300',
  officeHours: '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）',
};

const SCJGJ_STAFF = [
  { username: 'scjg-clerk', displayName: '赵敏', role: 'clerk' as const },
  { username: 'scjg-reviewer', displayName: '孙伟', role: 'reviewer' as const },
  { username: 'scjg-approver', displayName: '周志刚', role: 'approver' as const },
];

export interface SeedDisclosuresResult {
  created: boolean;
  items: number;
}

/** 09:30 China time on a date: when the office publishes. */
const morningOf = (date: string) => new Date(`${date}T09:30:00+08:00`);

export async function seedDisclosures(services: Services): Promise<SeedDisclosuresResult> {
  const db = services.database.db;
  const gxj = await findOrgByCode(db, 'fugou-gxj');
  const county = await findOrgByCode(db, 'fugou');
  const admin = await findUserByUsername(db, 'admin');
  if (!gxj || !county || !admin) return { created: false, items: 0 };
  if (await db.selectFrom('catalogue_column').select('id').where('org_id', '=', gxj.id).executeTakeFirst())
    return { created: false, items: 0 };
  const adminCtx: ActionContext = {
    actor: await services.auth.loadActor(admin.id),
    meta: { ip: null, requestId: 'demo-seed' },
  };
  const { catalogue, guide } = services.disclosures;
  const calendar = await services.calendar.getCalendar();
  const today = chinaDate(new Date());
  const people = async (username: string) => (await findUserByUsername(db, username))?.id ?? null;

  // 扶沟县工业和信息化局
  const gxjCatalogue = await catalogue.initDefaultCatalogue(adminCtx, { org: gxj.id, includeArt21: true });
  const gxjNews = gxjCatalogue.columns.find((c) => c.code === 'news')?.id;
  if (!gxjNews) throw new Error('默认目录缺少“部门动态”栏目');
  await guide.putGuide(adminCtx, gxj.id, {
    bodyHtml: `${defaultGuideHtml(toOrg(gxj))}\n<p>本指南为系统演示数据${DEMO_MARK}。</p>`,
  });
  const gxjPeople = {
    draftedBy: await people('clerk'),
    reviewedBy: await people('reviewer'),
    approvedBy: await people('approver'),
  };
  const gxjItems: BulkItem[] = GXJ_NEWS_2023.map(([formedOn, title]) => ({
    orgId: gxj.id,
    orgCode: gxj.code,
    creditCode: gxj.creditCode,
    publisher: gxj.name,
    title,
    bodyHtml: paragraphs(
      `${formedOn.slice(0, 4)}年${Number(formedOn.slice(5, 7))}月${Number(formedOn.slice(8, 10))}日，${title.replace(/^县工信局/, '扶沟县工业和信息化局')}。`,
    ),
    columnIds: [gxjNews],
    docType: 'news',
    formedOn,
    publishedAt: morningOf(calendar.addWorkingDays(formedOn, 1).date),
    ...gxjPeople,
  }));
  const settings = await loadDisclosureSettings(db, gxj.path);
  await db
    .transaction()
    .execute((trx) => insertPublishedItems(trx, gxjItems, { calendar, indexNoPattern: settings.indexNoPattern }));

  // 扶沟县市场监督管理局
  const scjgj = await services.orgs.createOrg(adminCtx, { ...SCJGJ, parentId: county.id });
  const staff: Record<string, ActionContext> = {};
  for (const person of SCJGJ_STAFF) {
    const { user } = await services.users.createUser(adminCtx, {
      username: person.username,
      displayName: person.displayName,
      grants: [{ orgId: scjgj.id, role: person.role }],
    });
    staff[person.role] = { actor: await services.auth.loadActor(user.id), meta: { ip: null, requestId: 'demo-seed' } };
  }
  const scjgjCatalogue = await catalogue.initDefaultCatalogue(adminCtx, { org: scjgj.id, includeArt21: true });
  const columnIds = new Map<string, number>();
  const walk = (nodes: typeof scjgjCatalogue.columns) => {
    for (const node of nodes) {
      columnIds.set(node.code, node.id);
      walk(node.children);
    }
  };
  walk(scjgjCatalogue.columns);
  const scjgjRecord = await findOrgByCode(db, scjgj.code);
  if (!scjgjRecord) throw new Error('扶沟县市场监督管理局未能创建');
  const { items: demo, normative } = scjgjItems(calendar, today);
  const staffIds = {
    draftedBy: staff.clerk.actor.userId,
    reviewedBy: staff.reviewer.actor.userId,
    approvedBy: staff.approver.actor.userId,
  };
  const toBulk = (item: DemoItem): BulkItem => ({
    orgId: scjgj.id,
    orgCode: scjgj.code,
    creditCode: null,
    publisher: scjgj.name,
    title: item.title,
    bodyHtml: item.body,
    columnIds: [columnIds.get(item.column) ?? columnIds.get('news') ?? 0],
    docType: item.docType,
    formedOn: item.formedOn,
    publishedAt: morningOf(item.publishedOn),
    docNo: item.docNo ?? null,
    validity: item.validity ?? null,
    effectiveOn: item.validity ? item.formedOn : null,
    invalidOn: item.invalidOn ?? null,
    ...staffIds,
  });
  const scjgjSettings = await loadDisclosureSettings(db, scjgjRecord.path);
  // Interpretations point at items of the same batch: insert the documents first.
  const first = demo.filter((d) => d.interprets === undefined);
  const firstIds = await db
    .transaction()
    .execute((trx) =>
      insertPublishedItems(trx, first.map(toBulk), { calendar, indexNoPattern: scjgjSettings.indexNoPattern }),
    );
  const idOf = new Map(first.map((d, i) => [demo.indexOf(d), firstIds[i]]));
  const second = demo.filter((d) => d.interprets !== undefined);
  await db.transaction().execute((trx) =>
    insertPublishedItems(
      trx,
      second.map((d) => ({ ...toBulk(d), interpretsItemId: idOf.get(d.interprets ?? -1) ?? null })),
      { calendar, indexNoPattern: scjgjSettings.indexNoPattern },
    ),
  );

  for (const doc of normative) {
    await services.registries.createNormativeDocument(staff.clerk, scjgj.code, {
      title: doc.title,
      docNo: doc.docNo,
      kind: 'normative',
      issuedOn: doc.issuedOn,
      revisedOn: doc.revisedOn,
      abolishedOn: doc.abolishedOn,
      expiredOn: doc.expiredOn,
      itemId: idOf.get(doc.itemIndex) ?? null,
    });
  }
  await services.registries.putDecisionCounts(
    staff.clerk,
    scjgj.code,
    decisionCounts(Number(today.slice(0, 4)) - 4, today),
  );
  for (const [year, amount] of [
    [Number(today.slice(0, 4)) - 2, '3.2150'],
    [Number(today.slice(0, 4)) - 1, '2.8800'],
  ] as const) {
    await services.registries.putFee(staff.clerk, scjgj.code, { year, month: null, amountWanYuan: amount });
  }

  // A few items still in the workflow, formed recently: the Art. 26 dashboard has something to show.
  const { items, workflow } = services.disclosures;
  const pending: [string, number, 'draft' | 'submitted' | 'reviewed'][] = [
    ['关于开展冬季特种设备安全检查的通知', 17, 'reviewed'],
    ['县市场监管局开展元旦春节食品安全专项检查', 12, 'submitted'],
    ['关于征求《扶沟县小餐饮备案管理办法（征求意见稿）》意见的公告', 3, 'draft'],
  ];
  for (const [title, workingDaysAgo, state] of pending) {
    const formedOn = workingDaysBack(calendar, today, workingDaysAgo);
    const draft = await items.createItem(staff.clerk, {
      orgId: scjgj.id,
      title,
      bodyHtml: paragraphs(`${title}。`),
      columnIds: [columnIds.get('notices') ?? 0],
      docType: 'notice',
      formedOn,
    });
    if (state === 'draft') continue;
    await workflow.submit(staff.clerk, draft.id);
    if (state === 'reviewed') {
      await workflow.review(staff.reviewer, draft.id, {
        checklist: PASSING_CHECKLIST,
        conclusion: '经审查，同意公开',
        grounds: '《中华人民共和国政府信息公开条例》第二十条',
      });
    }
  }
  return { created: true, items: gxjItems.length + demo.length + pending.length };
}

function workingDaysBack(calendar: { isWorkingDay(date: string): boolean }, from: string, n: number): string {
  let date = from;
  for (let counted = 0; counted < n; ) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    date = d.toISOString().slice(0, 10);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return date;
}
