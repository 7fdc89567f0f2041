// Test data for the portal: a county government, two departments with sections, a township.
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { OrgTable } from '../../features/orgs/org.tables.ts';

type OrgValues = Omit<Insertable<OrgTable>, 'parent_id' | 'path'>;

async function insertOrg(db: Kysely<DB>, values: OrgValues, parent?: { id: number; path: string }) {
  const row = await db
    .insertInto('org')
    .values({ ...values, parent_id: parent?.id ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${parent?.path ?? '/'}${row.id}/`;
  await db.updateTable('org').set({ path }).where('id', '=', row.id).execute();
  return { id: row.id, path };
}

export const COUNTY = {
  name: '扶沟县人民政府',
  code: 'fugou',
  office: '扶沟县人民政府办公室',
  address: '河南省周口市扶沟县桐丘路1号',
  phone: '0394-6231234',
  hours: '工作日 8:30—12:00，15:00—18:00',
};

/** Inserts the portal's test orgs and returns their codes. */
export async function insertPortalOrgs(db: Kysely<DB>) {
  const county = await insertOrg(db, {
    kind: 'government',
    name: COUNTY.name,
    code: COUNTY.code,
    disclosure_office: COUNTY.office,
    address: COUNTY.address,
    postal_code: '461300',
    office_hours: COUNTY.hours,
    contact_phone: COUNTY.phone,
    contact_email: 'gkb@fugou.example.cn',
  });
  const bureau = await insertOrg(
    db,
    {
      kind: 'department',
      name: '扶沟县工业和信息化局',
      code: 'fugou-gxj',
      disclosure_office: '扶沟县工业和信息化局办公室',
      address: '扶沟县行政服务中心三楼',
      office_hours: '工作日 9:00—17:00',
      contact_phone: '0394-6230001',
    },
    county,
  );
  await insertOrg(db, { kind: 'section', name: '办公室', code: 'fugou-gxj-bgs' }, bureau);
  await insertOrg(db, { kind: 'section', name: '企业服务股', code: 'fugou-gxj-qyfw' }, bureau);
  await insertOrg(db, { kind: 'department', name: '扶沟县教育体育局', code: 'fugou-jtj', sort_order: 2 }, county);
  await insertOrg(db, { kind: 'government', name: '扶沟县城关镇人民政府', code: 'fugou-cgz', sort_order: 9 }, county);
  return { county: 'fugou', bureau: 'fugou-gxj', section: 'fugou-gxj-bgs', education: 'fugou-jtj', town: 'fugou-cgz' };
}
