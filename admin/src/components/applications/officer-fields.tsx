import { Form } from 'antd';
import { OrgTreeSelect } from '../org-tree-select.tsx';
import { findOrg, useOrgTree } from '../use-org-tree.ts';
import { OfficerPicker } from './officer-picker.tsx';
import { ReasonField } from './reason-field.tsx';

/** 分派 / 改派: to a section of the case's org and (or) an officer. */
export function OfficerFields({ orgId, needsReason }: { orgId: number; needsReason: boolean }) {
  const { tree } = useOrgTree();
  const sectionId = Form.useWatch<number | undefined>('sectionId');
  const sections = findOrg(tree, orgId)?.children ?? [];
  return (
    <>
      <Form.Item label="承办科室" name="sectionId">
        <OrgTreeSelect tree={sections} placeholder="选择承办科室" />
      </Form.Item>
      <Form.Item
        label="承办人"
        name="officerId"
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value?: number) => {
              if (!value && !getFieldValue('sectionId')) throw new Error('请选择承办人或承办科室');
            },
          }),
        ]}
      >
        <OfficerPicker orgId={orgId} sectionId={sectionId} />
      </Form.Item>
      {needsReason && <ReasonField label="改派理由" />}
    </>
  );
}
