import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Result, Row, Space } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { AttachmentsPanel } from '../../components/applications/attachments-panel.tsx';
import { CaseActions } from '../../components/applications/case-actions.tsx';
import { CaseInfo } from '../../components/applications/case-info.tsx';
import { CaseReviewsCard } from '../../components/applications/case-reviews-card.tsx';
import { CaseTimeline } from '../../components/applications/case-timeline.tsx';
import { ClockViewCard } from '../../components/applications/clock-view.tsx';
import { DecisionCard } from '../../components/applications/decision-card.tsx';
import { DueCell } from '../../components/applications/due-cell.tsx';
import { NotesPanel } from '../../components/applications/notes-panel.tsx';
import { ReplyLetterPanel } from '../../components/applications/reply-letter-panel.tsx';
import { SimilarPanel } from '../../components/applications/similar-panel.tsx';
import { StateTag } from '../../components/applications/state-tag.tsx';
import { useCase } from '../../components/applications/use-case.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';

/** One case: header, the actions its state allows, the clock and how it was computed, the record. */
export function ApplicationDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { detail, clock, error, reload, run } = useCase(id);

  if (error) {
    return (
      <Result
        status={error.status === 404 ? '404' : error.status === 403 ? '403' : 'error'}
        title={error.status === 404 ? '申请不存在' : '无法打开该申请'}
        subTitle={error.message}
        extra={<Link to="/applications">返回申请列表</Link>}
      />
    );
  }
  if (!detail) return <Loading />;

  const refresh = () => void reload();
  return (
    <>
      <PageTitle
        title={`申请 ${detail.caseNumber}`}
        extra={
          <Space>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/applications')}>
              返回列表
            </Button>
            <Button icon={<ReloadOutlined />} onClick={refresh}>
              刷新
            </Button>
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
          <Descriptions.Item label="状态">
            <StateTag state={detail.state} label={detail.stateLabel} />
          </Descriptions.Item>
          <Descriptions.Item label="答复期限">
            <DueCell clock={detail.clock} isOpen={detail.isOpen} />
          </Descriptions.Item>
          <Descriptions.Item label="受理机关">{detail.orgName}</Descriptions.Item>
          <Descriptions.Item label="收到日期">{detail.receivedOn}</Descriptions.Item>
          <Descriptions.Item label="申请人">{detail.applicant.name}</Descriptions.Item>
          <Descriptions.Item label="承办">
            {[detail.assignedSection?.name, detail.assignedOfficer?.name].filter(Boolean).join(' · ') || '未分派'}
          </Descriptions.Item>
          <Descriptions.Item label="查询码">{detail.queryCode}</Descriptions.Item>
          {detail.closedOn && <Descriptions.Item label="办结日期">{detail.closedOn}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <CaseActions detail={detail} run={run} />
            <CaseInfo detail={detail} />
            <DecisionCard detail={detail} />
            <ReplyLetterPanel detail={detail} onChanged={refresh} />
            <CaseTimeline detail={detail} />
            <SimilarPanel detail={detail} onChanged={refresh} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <ClockViewCard detail={detail} clock={clock} />
            <NotesPanel detail={detail} onChanged={refresh} />
            <AttachmentsPanel detail={detail} onChanged={refresh} />
            <CaseReviewsCard detail={detail} />
          </Space>
        </Col>
      </Row>
    </>
  );
}
