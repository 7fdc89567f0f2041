// Test data for the 主动公开 portal pages, published through the real workflow: a column long
// enough to paginate, a policy document with attachments and its 政策解读, normative documents
// with a life cycle, withdrawn and unpublished items, and a small corpus for search.

import type { Item, ItemInput } from '../../features/disclosures/item.ts';
import {
  createDisclosureFixture,
  type DisclosureFixture,
  itemIn,
  PASSING_REVIEW,
} from '../../features/disclosures/testing.ts';
import type { Services } from '../../services.ts';
import { createRoleFixtures, type TestClock } from '../testing.ts';

/** A 1×1 PNG: attachments are checked by their content, not their name. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const NEWS_COUNT = 23;

export interface PortalSeed {
  fx: DisclosureFixture;
  /** 部门动态, oldest first. */
  news: Item[];
  policy: Item;
  interpretation: Item;
  normative: { valid2025: Item; abolished2023: Item; valid2023: Item };
  licensing: Item;
  /** News that mentions 行政许可 only in its body. */
  meeting: Item;
  withdrawnWithNotice: Item;
  withdrawnQuietly: Item;
  draft: Item;
}

export async function seedPortalItems(services: Services, clock: TestClock): Promise<PortalSeed> {
  const fx = await createDisclosureFixture(services, await createRoleFixtures(services));
  const { workflow, attachments } = services.disclosures;
  // Each item is published a minute after the previous one, so date order is well defined.
  const publish = async (input: Partial<ItemInput>, until?: 'draft') => {
    clock.advance(60_000);
    return itemIn(services, fx, input, until);
  };
  const news: Item[] = [];
  for (let n = 1; n <= NEWS_COUNT; n++) {
    news.push(
      await publish({
        title: `县工信局工作动态第${n}期`,
        bodyHtml: `<p>第${n}期工作动态正文。</p>`,
        docType: 'news',
        columnIds: [fx.columns.news],
      }),
    );
  }

  const draftPolicy = await publish(
    {
      title: '扶沟县促进中小企业发展的若干措施',
      bodyHtml: '<h2>一、总体要求</h2><p>支持中小企业<strong>专精特新</strong>发展。</p>',
      docType: 'policy',
      docNo: '扶工信〔2023〕5号',
      formedOn: '2023-03-01',
      topic: '工业、交通',
      columnIds: [fx.columns.policies],
    },
    'draft',
  );
  await attachments.uploadAttachment(fx.ctx.clerk, draftPolicy.id, { fileName: '措施全文.png', bytes: PNG });
  await attachments.uploadAttachment(fx.ctx.clerk, draftPolicy.id, {
    fileName: '申报表.png',
    bytes: Buffer.concat([PNG, Buffer.alloc(3000)]),
  });
  await workflow.submit(fx.ctx.clerk, draftPolicy.id);
  await workflow.review(fx.ctx.reviewer, draftPolicy.id, PASSING_REVIEW);
  await workflow.approve(fx.ctx.approver, draftPolicy.id);
  await workflow.publish(fx.ctx.approver, draftPolicy.id);
  const policy = await services.disclosures.items.getItem(fx.ctx.clerk.actor, draftPolicy.id);

  const interpretation = await publish({
    title: '《扶沟县促进中小企业发展的若干措施》政策解读',
    bodyHtml: '<p>一图读懂中小企业扶持措施。</p>',
    interpretsItemId: policy.id,
    columnIds: [fx.columns.interpretations],
  });

  const normativeIn = (title: string, extra: Partial<ItemInput>) =>
    publish({
      title,
      bodyHtml: `<p>${title}全文。</p>`,
      docType: 'normative',
      columnIds: [fx.columns['a20-1']],
      ...extra,
    });
  const normative = {
    valid2025: await normativeIn('扶沟县工业企业安全生产管理办法', {
      formedOn: '2025-02-10',
      validity: 'valid',
      docNo: '扶工信〔2025〕1号',
      effectiveOn: '2025-03-01',
    }),
    abolished2023: await normativeIn('扶沟县工业园区管理暂行规定', {
      formedOn: '2023-05-06',
      validity: 'abolished',
      docNo: '扶工信〔2023〕9号',
      invalidOn: '2024-12-31',
    }),
    valid2023: await normativeIn('扶沟县企业技术改造专项资金管理办法', {
      formedOn: '2023-08-18',
      validity: 'valid',
      docNo: '扶工信〔2023〕12号',
    }),
  };

  const licensing = await publish({
    title: '关于公布行政许可事项清单的通知',
    bodyHtml: '<p>根据有关规定，现将本局行政许可事项清单予以公布，请申请人按清单办理行政许可。</p>',
    docType: 'notice',
    columnIds: [fx.columns.notices, fx.columns['a20-5']],
  });
  const meeting = await publish({
    title: '2023年安全生产工作会议召开',
    bodyHtml: '<p>会议还通报了行政许可办理情况。</p>',
    docType: 'news',
    columnIds: [fx.columns.notices],
  });

  const withdrawnWithNotice = await publish({
    title: '关于调整办公地点的通知（已撤回）',
    columnIds: [fx.columns.notices],
  });
  await workflow.withdraw(fx.ctx.approver, withdrawnWithNotice.id, {
    reason: '办公地点调整方案暂缓实施',
    publicNotice: true,
  });
  const withdrawnQuietly = await publish({ title: '误发的一条信息', columnIds: [fx.columns.notices] });
  await workflow.withdraw(fx.ctx.approver, withdrawnQuietly.id, { reason: '误发', publicNotice: false });
  const draft = await publish({ title: '尚未公开的草稿信息', columnIds: [fx.columns.notices] }, 'draft');

  return {
    fx,
    news,
    policy,
    interpretation,
    normative,
    licensing,
    meeting,
    withdrawnWithNotice,
    withdrawnQuietly,
    draft,
  };
}
