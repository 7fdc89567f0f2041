import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Result, Row, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { applyFieldErrors } from '../../api/form-errors.ts';
import { disclosureApi } from '../../components/disclosures/disclosure-api.ts';
import type { ColumnNode, Item } from '../../components/disclosures/disclosure-types.ts';
import { type ItemFormValues, toFormValues, toItemFields } from '../../components/disclosures/item-form.ts';
import { ItemFormCard } from '../../components/disclosures/item-form-card.tsx';
import { ItemSidePanels } from '../../components/disclosures/item-side-panels.tsx';
import { ItemStateTag } from '../../components/disclosures/item-state-tag.tsx';
import { PublishingOrgSelect } from '../../components/disclosures/publishing-org-select.tsx';
import { usePublishingOrg } from '../../components/disclosures/use-publishing-org.ts';
import { availableActions } from '../../components/disclosures/workflow-actions.ts';
import { WorkflowPanel } from '../../components/disclosures/workflow-panel.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useSession } from '../../session/session.tsx';

/** 信息编辑: a new draft (/new) or an existing item (/:id) with its workflow. */
export function ItemEditorPage() {
  const { id } = useParams();
  const itemId = id && /^\d+$/.test(id) ? Number(id) : undefined;
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { roles } = useSession();
  const publishing = usePublishingOrg();
  const [form] = Form.useForm<ItemFormValues>();
  const [item, setItem] = useState<Item | null>(null);
  const [isMissing, setMissing] = useState(false);
  const [columns, setColumns] = useState<ColumnNode[]>([]);
  const [reloadKey, setReloadKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const orgId = item?.orgId ?? publishing.orgId;

  const load = useCallback(async () => {
    if (itemId === undefined) return;
    try {
      const loaded = await disclosureApi.item(itemId);
      setItem(loaded);
      form.setFieldsValue(toFormValues(loaded));
      setReloadKey((k) => k + 1);
    } catch {
      setMissing(true);
    }
  }, [itemId, form]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (orgId === undefined) return;
    disclosureApi
      .catalogue(orgId)
      .then((catalogue) => setColumns(catalogue.columns))
      .catch(() => setColumns([]));
  }, [orgId]);

  if (isMissing)
    return (
      <Result
        status="404"
        title="信息不存在"
        subTitle="它可能已被删除，或您无权查看。"
        extra={<Link to="..">返回信息列表</Link>}
      />
    );
  if (itemId !== undefined && !item) return <Loading />;
  if (orgId === undefined) return <Loading />;

  const isNew = itemId === undefined;
  const canDraft = roles.has('clerk') || roles.has('platform_admin');
  const isEditable = isNew
    ? canDraft
    : availableActions(
        { state: item!.state, isPublic: item!.isPublic, hasBeenPublished: item!.firstPublishedAt !== null },
        roles,
      ).includes('edit');
  const column = Number(search.get('column'));
  const initialValues: Partial<ItemFormValues> = isNew
    ? { docType: 'news', bodyHtml: '', columnIds: column ? [column] : [] }
    : {};

  /** Saves the form; returns the saved item (a new draft goes to its own address). */
  const save = async (): Promise<Item | null> => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return null;
    setBusy(true);
    try {
      const fields = toItemFields(values);
      const saved = item
        ? await disclosureApi.updateItem(item.id, { ...fields, expectedVersion: item.version })
        : await disclosureApi.createItem(orgId, fields);
      setItem(saved);
      form.setFieldsValue(toFormValues(saved));
      if (!item) navigate(`../${saved.id}`, { replace: true, relative: 'path' });
      return saved;
    } catch (error) {
      applyFieldErrors(form, error);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const actions = (
    <Space wrap>
      {isEditable && (
        <Button loading={busy} onClick={() => void save().then((saved) => saved && message.success('草稿已保存'))}>
          保存草稿
        </Button>
      )}
      {item && (
        <WorkflowPanel
          item={item}
          onSubmit={async () => {
            const saved = await save();
            if (!saved) throw new Error('not saved');
            await disclosureApi.submit(saved.id, saved.version);
          }}
          onDeleted={() => navigate('..', { relative: 'path' })}
          onDone={(text) => {
            message.success(text);
            void load();
          }}
        />
      )}
    </Space>
  );

  return (
    <>
      <PageTitle
        title={isNew ? '新建信息' : '编辑信息'}
        extra={
          <Space>
            {isNew && (
              <PublishingOrgSelect orgs={publishing.orgs} value={publishing.orgId} onChange={publishing.setOrgId} />
            )}
            {item && <ItemStateTag state={item.state} isPublic={item.isPublic} />}
            <Link to=".." relative="path">
              <ArrowLeftOutlined aria-hidden="true" /> 返回信息列表
            </Link>
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <ItemFormCard
            form={form}
            item={item}
            orgId={orgId}
            orgName={item?.publisher ?? publishing.orgName}
            columns={columns}
            isEditable={isEditable}
            initialValues={initialValues}
            actions={actions}
          />
        </Col>
        <Col xs={24} xl={9}>
          <ItemSidePanels item={item} isEditable={isEditable} reloadKey={reloadKey} onChanged={() => void load()} />
        </Col>
      </Row>
    </>
  );
}
