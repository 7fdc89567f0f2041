// Demo 依申请公开 data: 扶沟县自然资源局 under 扶沟县人民政府 with its staff, a year (2025) of
// cases of every decision type, a few still open now, and two review cases. Everything goes
// through the services, so the timeline, clock, audit log and figures are real. Idempotent.
import type { Services } from '../../services.ts';
import { chinaDate } from '../applications/china-date.ts';
import type { ActionContext } from '../auth/actor.ts';
import { addDays } from '../calendar/iso-date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { findOrgByCode } from '../orgs/org.repo.ts';
import type { OrgInput } from '../orgs/org.ts';
import { findUserByUsername } from '../users/user.repo.ts';
import { demoCases } from './seed-application-cases.ts';
import type { DemoCase, Who } from './seed-case-steps.ts';
import { recentCases } from './seed-other-cases.ts';

export const DEMO_DEPARTMENT_CODE = 'fugou-zrzyj';

const OFFICE_HOURS = '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）';

const DEPARTMENT: Omit<OrgInput, 'parentId'> = {
  kind: 'department',
  name: '扶沟县自然资源局',
  shortName: '县自然资源局',
  code: DEMO_DEPARTMENT_CODE,
  creditCode: '11411621MB1A2B3C4H',
  disclosureOffice: '扶沟县自然资源局办公室',
  contactPhone: '0394-6215201',
  contactEmail: 'zrzyj@fugou.example.cn',
  fax: '0394-6215202',
  address: '河南省周口市扶沟县城关镇桐丘路中段88号',
  postalCode: '461300',
  officeHours: OFFICE_HOURS,
};

const SECTIONS = [
  { name: '办公室', code: 'fugou-zrzyj-bgs' },
  { name: '耕地保护股', code: 'fugou-zrzyj-gdbh' },
  { name: '国土空间规划股', code: 'fugou-zrzyj-ghg' },
] as const;

const STAFF: { who: Who; username: string; displayName: string; role: 'clerk' | 'officer' | 'approver' }[] = [
  { who: 'clerk', username: 'zrzy.clerk', displayName: '孟晓燕', role: 'clerk' },
  { who: 'officer', username: 'zrzy.officer', displayName: '王磊', role: 'officer' },
  { who: 'officer2', username: 'zrzy.officer2', displayName: '赵敏', role: 'officer' },
  { who: 'approver', username: 'zrzy.approver', displayName: '周建华', role: 'approver' },
];

// A tiny valid PDF standing in for the scanned reply letter.
const DEMO_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

export interface SeedApplicationsResult {
  created: boolean;
  orgId?: number;
  cases: number;
}

async function runCase(
  services: Services,
  staff: Record<Who, ActionContext>,
  orgId: number,
  spec: DemoCase,
  today: string,
): Promise<void> {
  const calendar = await services.calendar.getCalendar();
  const apps = services.applications;
  const registered = await apps.registerApplication(staff.clerk, {
    orgId,
    channel: spec.channel,
    submittedOn: spec.receivedOn,
    signedOn: spec.receivedOn,
    confirmedOn: spec.receivedOn,
    applicant: spec.applicant,
    request: spec.request,
  });
  let version = registered.case.version;
  for (const step of spec.steps) {
    const on = calendar.addWorkingDays(spec.receivedOn, step.at).date;
    if (on > today) return;
    const after = await apps.runCommand(staff[step.who], { id: registered.id, version, on, command: step.command });
    version = after.version;
    if (step.command.type === 'approveDecision' && spec.hasReplyLetter) {
      await apps.addAttachment(staff.officer, {
        id: registered.id,
        kind: 'reply',
        fileName: `${registered.caseNumber}答复书.pdf`,
        data: DEMO_PDF,
      });
    }
  }
}

export async function seedApplications(services: Services): Promise<SeedApplicationsResult> {
  const db = services.database.db;
  if (await findOrgByCode(db, DEMO_DEPARTMENT_CODE)) return { created: false, cases: 0 };
  const county = await findOrgByCode(db, 'fugou');
  const admin = await findUserByUsername(db, 'admin');
  if (!county || !admin) return { created: false, cases: 0 };
  const adminCtx: ActionContext = {
    actor: await services.auth.loadActor(admin.id),
    meta: { ip: null, requestId: 'demo-seed' },
  };

  const department = await services.orgs.createOrg(adminCtx, { ...DEPARTMENT, parentId: county.id });
  for (const section of SECTIONS) {
    await services.orgs.createOrg(adminCtx, {
      parentId: department.id,
      kind: 'section',
      name: section.name,
      code: section.code,
      officeHours: OFFICE_HOURS,
    });
  }
  const staff = {} as Record<Who, ActionContext>;
  for (const person of STAFF) {
    const { user } = await services.users.createUser(adminCtx, {
      username: person.username,
      displayName: person.displayName,
      grants: [{ orgId: department.id, role: person.role }],
    });
    staff[person.who] = { actor: await services.auth.loadActor(user.id), meta: { ip: null, requestId: 'demo-seed' } };
  }

  const calendar = await services.calendar.getCalendar();
  const today = chinaDate(new Date());
  let cases = 0;
  for (const spec of demoCases()) {
    if (spec.receivedOn > today) continue;
    await runCase(services, staff, department.id, spec, today);
    cases += 1;
  }
  for (const { daysAgo, ...spec } of recentCases()) {
    await runCase(services, staff, department.id, { ...spec, receivedOn: back(calendar, today, daysAgo) }, today);
    cases += 1;
  }

  const withheld = await services.applications.listApplications(
    adminCtx.actor,
    { orgId: department.id, q: '军事设施' },
    { page: 1, pageSize: 1 },
  );
  const thirdParty = await services.applications.listApplications(
    adminCtx.actor,
    { orgId: department.id, q: '竞买资料' },
    { page: 1, pageSize: 1 },
  );
  if (withheld.items[0]) {
    await services.reviews.createReview(staff.clerk, {
      applicationId: withheld.items[0].id,
      route: 'reconsideration',
      body: '扶沟县人民政府',
      reference: '扶政复〔2025〕7号',
      filedOn: '2025-05-28',
      closedOn: '2025-07-25',
      result: 'upheld',
      notes: '复议机关维持不予公开的答复。',
    });
  }
  if (thirdParty.items[0]) {
    await services.reviews.createReview(staff.clerk, {
      applicationId: thirdParty.items[0].id,
      route: 'litigation_direct',
      body: '扶沟县人民法院',
      reference: '（2025）豫1621行初58号',
      filedOn: '2025-07-30',
      notes: '尚未开庭。',
    });
  }
  return { created: true, orgId: department.id, cases };
}

/** The working day `days` working days before `date`. */
function back(calendar: WorkingCalendar, date: string, days: number): string {
  let day = date;
  for (let left = days; left > 0; ) {
    day = addDays(day, -1);
    if (calendar.isWorkingDay(day)) left -= 1;
  }
  return day;
}
