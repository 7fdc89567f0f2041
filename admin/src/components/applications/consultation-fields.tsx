import { Form, Input, Radio } from 'antd';
import { CONSULTED_PARTY_LABELS, optionsOf } from './labels.ts';

/** 征求意见: a third party (15 working days to answer) or another agency; the time is not counted. */
export function ConsultationFields() {
  return (
    <>
      <Form.Item label="征求意见的对象" name="party" rules={[{ required: true, message: '请选择征求意见的对象' }]}>
        <Radio.Group options={optionsOf(CONSULTED_PARTY_LABELS)} />
      </Form.Item>
      <Form.Item
        label="名称"
        name="partyName"
        rules={[{ required: true, whitespace: true, message: '请填写征求意见的对象名称' }]}
        extra="第三方应在 15 个工作日内答复；征求意见的时间不计入答复期限（条例第三十二条、第三十四条）"
      >
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}
