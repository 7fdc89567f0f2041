import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OrgKind, OrgNode } from '../../features/orgs/org.ts';
import { toDirectory } from './portal-data.ts';

let nextId = 1;
function node(kind: OrgKind, code: string, children: OrgNode[] = []): OrgNode {
  const id = nextId++;
  return {
    id,
    parentId: null,
    kind,
    name: `单位${code}`,
    code,
    shortName: null,
    creditCode: null,
    disclosureOffice: null,
    contactPhone: null,
    contactEmail: null,
    fax: null,
    address: null,
    postalCode: null,
    officeHours: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    children,
  };
}

const tree = [
  node('government', 'county', [
    node('department', 'bureau', [node('section', 'office')]),
    node('government', 'town', [node('department', 'town-office')]),
  ]),
  node('government', 'other-county'),
];

test('the directory hides sections at every level and keeps display order', () => {
  const directory = toDirectory(tree);
  assert.deepEqual(
    directory.all().map((org) => org.code),
    ['county', 'bureau', 'town', 'town-office', 'other-county'],
  );
  assert.equal(directory.find('office'), undefined);
  assert.deepEqual(directory.find('bureau')?.org.children, []);
});

test('each org is found with its parent; the host is the first top-level government', () => {
  const directory = toDirectory(tree);
  assert.equal(directory.find('town-office')?.parent?.code, 'town');
  assert.equal(directory.find('county')?.parent, null);
  assert.equal(directory.host?.code, 'county');
  assert.equal(toDirectory([]).host, null);
});
