import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OrgKind, OrgNode } from '../../api/types.ts';
import { defaultOrgId, publishingOrgs } from './publishing-orgs.ts';

function node(id: number, kind: OrgKind, name: string, parentId: number | null, children: OrgNode[] = []): OrgNode {
  return { id, kind, name, parentId, children } as unknown as OrgNode;
}

describe('可代表发布信息的机构', () => {
  test('政府和部门可以发布，股室不能；管理员默认选最下一级的部门', () => {
    const tree = [
      node(1, 'government', '扶沟县人民政府', null, [
        node(2, 'department', '县工信局', 1, [node(3, 'section', '办公室', 2)]),
      ]),
    ];
    const orgs = publishingOrgs(tree);
    assert.deepEqual(
      orgs.map((o) => o.name),
      ['扶沟县人民政府', '县工信局'],
    );
    assert.equal(defaultOrgId(orgs, null), 2);
    assert.equal(defaultOrgId(orgs, 1), 1, '记住的选择优先');
  });

  test('只在股室有角色的信息员为其所属部门发布', () => {
    const orgs = publishingOrgs([node(3, 'section', '办公室', 2)]);
    assert.deepEqual(orgs, [{ id: 2, name: null, depth: 0 }]);
    assert.equal(defaultOrgId(orgs, 99), 2, '记住的机构已不可见时改选可见的');
  });
});
