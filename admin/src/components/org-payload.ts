import type { Org, OrgFields } from '../api/types.ts';

const OPTIONAL: (keyof OrgFields)[] = [
  'shortName',
  'creditCode',
  'disclosureOffice',
  'contactPhone',
  'contactEmail',
  'fax',
  'address',
  'postalCode',
  'officeHours',
];

export type OrgFormValues = Partial<Record<keyof OrgFields, string | null>>;

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Create body: blank optional fields are left out. */
export function toCreateBody(values: OrgFormValues, parentId: number | null): Record<string, unknown> {
  const body: Record<string, unknown> = {
    parentId,
    kind: values.kind,
    name: clean(values.name),
    code: clean(values.code),
  };
  for (const key of OPTIONAL) {
    const value = clean(values[key]);
    if (value !== null) body[key] = value;
  }
  return body;
}

/** Patch body: only what changed; a field emptied by the user becomes null. */
export function toPatchBody(values: OrgFormValues, org: Org): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of ['kind', 'name', 'code', ...OPTIONAL] as (keyof OrgFields)[]) {
    const value = clean(values[key]);
    if (value !== (org[key] ?? null)) body[key] = value;
  }
  return body;
}

export function toFormValues(org: Org): OrgFormValues {
  const values: OrgFormValues = {};
  for (const key of ['kind', 'name', 'code', ...OPTIONAL] as (keyof OrgFields)[]) values[key] = org[key] ?? null;
  return values;
}
