import type { Services } from '../../services.ts';
import type { ActionContext } from '../auth/actor.ts';
import type { Role } from '../auth/roles.ts';
import type { OrgInput } from '../orgs/org.ts';

// Demo data for 扶沟县 (Fugou County, Zhoukou, Henan). Names of the bodies are real; the
// credit codes, phone numbers, e-mail addresses and street numbers are invented demo data
// (the credit codes carry correct GB 32100 / GB 11714 check characters so they validate).

const OFFICE_HOURS = '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）';

const GOVERNMENT: OrgInput = {
  parentId: null,
  kind: 'government',
  name: '扶沟县人民政府',
  shortName: '扶沟县政府',
  code: 'fugou',
  creditCode: '114116210061124762',
  disclosureOffice: '扶沟县人民政府办公室（政务公开办公室）',
  contactPhone: '0394-6211001',
  contactEmail: 'zwgk@fugou.example.cn',
  fax: '0394-6211002',
  address: '河南省周口市扶沟县城关镇桐丘路1号 县政府综合楼2楼',
  postalCode: '461300',
  officeHours: OFFICE_HOURS,
};

const DEPARTMENT: Omit<OrgInput, 'parentId'> = {
  kind: 'department',
  name: '扶沟县工业和信息化局',
  shortName: '县工信局',
  code: 'fugou-gxj',
  creditCode: '114116210061124687',
  disclosureOffice: '扶沟县工业和信息化局办公室',
  contactPhone: '0394-6213101',
  contactEmail: 'gxj@fugou.example.cn',
  fax: '0394-6213102',
  address: '河南省周口市扶沟县城关镇健康路36号',
  postalCode: '461300',
  officeHours: OFFICE_HOURS,
};

const SECTIONS = [
  { name: '办公室', code: 'fugou-gxj-bgs', contactPhone: '0394-6213101' },
  { name: '运行股', code: 'fugou-gxj-yxg', contactPhone: '0394-6213105' },
  { name: '企业股', code: 'fugou-gxj-qyg', contactPhone: '0394-6213108' },
] as const;

interface DemoUserSpec {
  username: string;
  displayName: string;
  role: Role;
  orgCode: string;
}

const DEMO_USERS: DemoUserSpec[] = [
  { username: 'orgadmin', displayName: '陈静', role: 'org_admin', orgCode: 'fugou' },
  { username: 'clerk', displayName: '王丽', role: 'clerk', orgCode: 'fugou-gxj-bgs' },
  { username: 'reviewer', displayName: '李强', role: 'reviewer', orgCode: 'fugou-gxj' },
  { username: 'approver', displayName: '张建国', role: 'approver', orgCode: 'fugou-gxj' },
  { username: 'officer', displayName: '刘洋', role: 'officer', orgCode: 'fugou-gxj' },
];

export interface SeededUser {
  username: string;
  displayName: string;
  role: Role;
  orgCode: string;
  /** Generated; must be changed at first sign-in. */
  password: string;
}

export interface SeedPlatformResult {
  /** False when orgs already existed and nothing was done. */
  created: boolean;
  adminUsername?: string;
  adminPassword?: string;
  /** Org ids by code, for later seeds to hang their data on. */
  orgIds: Record<string, number>;
  users: SeededUser[];
}

/** Creates the demo county, its department and sections, one user per role and a platform admin. Idempotent. */
export async function seedPlatform(services: Services): Promise<SeedPlatformResult> {
  const existing = await services.orgs.getPublicOrgTree();
  if (existing.length > 0) return { created: false, orgIds: {}, users: [] };

  const admin = await services.users.createPlatformAdmin({
    username: 'admin',
    displayName: '平台管理员',
    rootOrg: GOVERNMENT,
  });
  const ctx: ActionContext = {
    actor: await services.auth.loadActor(admin.user.id),
    meta: { ip: null, requestId: 'demo-seed' },
  };
  const government = admin.user.grants[0];
  const orgIds: Record<string, number> = { [GOVERNMENT.code]: government.orgId };

  const department = await services.orgs.createOrg(ctx, { ...DEPARTMENT, parentId: government.orgId });
  orgIds[department.code] = department.id;
  for (const section of SECTIONS) {
    const org = await services.orgs.createOrg(ctx, {
      parentId: department.id,
      kind: 'section',
      name: section.name,
      code: section.code,
      disclosureOffice: DEPARTMENT.disclosureOffice,
      contactPhone: section.contactPhone,
      address: DEPARTMENT.address,
      postalCode: DEPARTMENT.postalCode,
      officeHours: OFFICE_HOURS,
    });
    orgIds[org.code] = org.id;
  }

  const users: SeededUser[] = [];
  for (const spec of DEMO_USERS) {
    const { initialPassword } = await services.users.createUser(ctx, {
      username: spec.username,
      displayName: spec.displayName,
      grants: [{ orgId: orgIds[spec.orgCode], role: spec.role }],
    });
    users.push({ ...spec, password: initialPassword });
  }
  return { created: true, adminUsername: admin.user.username, adminPassword: admin.password, orgIds, users };
}
