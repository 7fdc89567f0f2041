// The decision paragraphs of a reply letter for each of the 21 result types of table 三:
// the decision, its reasons and its legal basis (articles from outcomes.ts), and how to get
// the information where there is some to get.
import { citeBasis, type OutcomeKey } from '../rules/outcomes.ts';
import { accessParagraph } from './access-text.ts';
import type { ReplyDecision } from './letter-data.ts';
import { bodyDate, citeArticles } from './letter-phrases.ts';

interface Ctx {
  you: string;
  decision: ReplyDecision;
  basis: string;
  /** The applicant's own reasons text, else the standard sentence. */
  reason(standard: string): string;
}

type Builder = (ctx: Ctx) => string[];

/** The citation a decision prints: the org's override, else the articles of its variant. */
export function replyBasis(decision: ReplyDecision): string {
  if (decision.legalBasis?.trim()) return decision.legalBasis.trim();
  if (decision.outcome === 'granted') {
    return citeArticles([decision.publishedAt ? '第三十六条第（一）项' : '第三十六条第（二）项']);
  }
  if (decision.outcome === 'unableToProvide.notHeld') {
    return citeArticles([decision.responsibleAgency ? '第三十六条第（五）项' : '第三十六条第（四）项']);
  }
  return citeBasis(decision.outcome);
}

const withheld =
  (standard: string): Builder =>
  ({ you, basis, reason }) => [
    `经审查，${reason(`${you}申请获取的政府信息${standard}`)}。根据${basis}的规定，本机关决定不予公开。`,
  ];

function withheldParts(ctx: Ctx): string[] {
  return (ctx.decision.withheld ?? []).map((item, i) => {
    const ground = item.ground ? `，依据${citeBasis(item.ground)}的规定不予公开` : '，不予公开';
    return `（${i + 1}）${item.part.replace(/[。；]+$/u, '')}：${item.reason.replace(/[。；]+$/u, '')}${ground}。`;
  });
}

const BUILDERS: Record<OutcomeKey, Builder> = {
  granted: ({ you, decision, basis }) =>
    decision.publishedAt
      ? [
          `经查，${you}申请获取的政府信息本机关已经主动公开，公开位置：${decision.publishedAt}。根据${basis}的规定，予以公开，现告知${you}获取该政府信息的方式和途径。`,
        ]
      : [`经审查，${you}申请获取的政府信息属于可以公开的政府信息。根据${basis}的规定，本机关决定予以公开。`],
  partiallyGranted: (ctx) => [
    `经审查，${ctx.reason(`${ctx.you}申请获取的政府信息中含有不应当公开的内容，但是能够作区分处理`)}。根据${ctx.basis}的规定，本机关决定部分公开：向${ctx.you}提供可以公开的内容，对不予公开的内容说明理由如下：`,
    ...withheldParts(ctx),
  ],
  'withheld.stateSecret': withheld('属于依法确定为国家秘密的政府信息'),
  'withheld.prohibitedByLaw': withheld('属于法律、行政法规禁止公开的政府信息'),
  'withheld.endangersSecurity': withheld('公开后可能危及国家安全、公共安全、经济安全、社会稳定'),
  'withheld.thirdPartyRights': withheld('涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害'),
  'withheld.internalAffairs': withheld('属于本机关人事管理、后勤管理、内部工作流程等方面的内部事务信息'),
  'withheld.processInformation': withheld(
    '属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息',
  ),
  'withheld.enforcementFiles': withheld('属于行政执法案卷信息'),
  'withheld.administrativeQuery': ({ you, basis, reason }) => [
    `经审查，${reason(`${you}申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对该类信息的获取有特别规定`)}。根据${basis}的规定，本机关不予公开，请${you}依照有关法律、行政法规的规定向登记机关申请查询。`,
  ],
  'unableToProvide.notHeld': ({ you, decision, basis, reason }) => {
    const agency = decision.responsibleAgency;
    if (!agency) {
      return [
        `经检索，${reason(`本机关没有${you}申请获取的政府信息`)}。根据${basis}的规定，现告知${you}该政府信息不存在，本机关无法提供。`,
      ];
    }
    const contact = agency.contact ? `，联系方式：${agency.contact}` : '';
    return [
      `经审查，${reason(`${you}申请获取的政府信息不属于本机关负责公开`)}。根据${basis}的规定，本机关无法提供。该政府信息由${agency.name}负责公开${contact}，${you}可以向其申请。`,
    ];
  },
  'unableToProvide.needsCreation': ({ you, basis, reason }) => [
    `经审查，${reason(`本机关没有与${you}申请内容相对应的现成政府信息，${you}所申请的内容需要本机关对现有政府信息进行加工、分析方能形成`)}。根据${basis}的规定，本机关无法提供。`,
  ],
  'unableToProvide.unclearAfterCorrection': ({ you, decision, basis, reason }) => {
    const on = decision.history?.correctionRequestedOn;
    const notice = on ? `本机关已于${bodyDate(on)}告知${you}补正申请内容，` : '';
    return [
      `${notice}经审查，${reason(`补正后的申请内容仍不明确，本机关无法确定${you}所需的政府信息`)}。根据${basis}的规定，本机关无法提供。`,
    ];
  },
  'notProcessed.petition': ({ you, decision, basis, reason }) => {
    const channel = decision.otherChannel?.trim()
      ? `向${decision.otherChannel.trim()}`
      : '通过信访、投诉、举报等相应渠道';
    return [
      `经审查，${reason(`${you}提出的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动`)}。根据${basis}的规定，本机关不作为政府信息公开申请处理，${you}可以${channel}提出。`,
    ];
  },
  'notProcessed.repeated': ({ you, decision, basis, reason }) => {
    const previous = decision.history?.previousReply;
    const when = previous
      ? `已于${bodyDate(previous.on)}${previous.documentNumber ? `以${previous.documentNumber}` : ''}`
      : '已';
    return [
      `经查，${reason(`本机关${when}就${you}提出的相同政府信息公开申请作出答复，${you}本次重复申请公开相同的政府信息`)}。根据${basis}的规定，本机关不予重复处理。`,
    ];
  },
  'notProcessed.publication': ({ you, decision, basis, reason }) => {
    const where = decision.access?.where?.trim() || decision.publishedAt?.trim();
    return [
      `经审查，${reason(`${you}申请获取的是政府公报、报刊、书籍等公开出版物`)}。根据${basis}的规定，本机关不作为政府信息公开申请处理，${you}可以通过${where ?? '公开出版发行渠道'}获取。`,
    ];
  },
  'notProcessed.excessive': ({ you, basis, reason }) => [
    `经审查，${reason(`${you}申请公开政府信息的数量、频次明显超过合理范围，经本机关要求说明理由，本机关认为申请理由不合理`)}。根据${basis}的规定，本机关不予处理。`,
  ],
  'notProcessed.confirmation': ({ you, basis, reason }) => [
    `经审查，${reason(`${you}的申请系要求本机关确认或者重新出具${you}已经获取的信息，不属于申请获取政府信息`)}。参照${basis}的规定，本机关不作为政府信息公开申请处理，不予处理。`,
  ],
  'otherHandling.noCorrection': ({ you, decision, basis, reason }) => {
    const history = decision.history;
    const notice = history?.correctionRequestedOn
      ? `本机关于${bodyDate(history.correctionRequestedOn)}向${you}发出补正告知书${history.correctBy ? `，请${you}于${bodyDate(history.correctBy)}前补正` : ''}。`
      : '';
    return [
      `${notice}${reason(`${you}无正当理由逾期未补正`)}。根据${basis}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`,
    ];
  },
  'otherHandling.feeUnpaid': ({ you, decision, basis, reason }) => {
    const history = decision.history;
    const notice = history?.feeNotifiedOn
      ? `本机关于${bodyDate(history.feeNotifiedOn)}向${you}发出信息处理费收费通知书${history.payBy ? `，请${you}于${bodyDate(history.payBy)}前缴纳` : ''}。`
      : '';
    return [
      `${notice}${reason(`${you}逾期未按收费通知的要求缴纳费用`)}。根据${basis}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`,
    ];
  },
  'otherHandling.other': ({ you, decision, basis, reason }) => {
    const on = decision.history?.withdrawnOn;
    const standard = on ? `${you}已于${bodyDate(on)}撤回上述政府信息公开申请` : `${you}已撤回上述政府信息公开申请`;
    const cited = basis ? `根据${basis}的规定，` : '';
    return [`${reason(standard)}。${cited}本机关终止办理该政府信息公开申请。`];
  },
};

/** The paragraphs stating the decision, then how to get the information, then any further reasons. */
export function decisionParagraphs(decision: ReplyDecision, you: string): string[] {
  let isReasonUsed = false;
  const ctx: Ctx = {
    you,
    decision,
    basis: replyBasis(decision),
    reason(standard) {
      const own = decision.reasons?.trim().replace(/[。；]+$/u, '');
      if (!own) return standard;
      isReasonUsed = true;
      return own;
    },
  };
  const paragraphs = BUILDERS[decision.outcome](ctx);
  const hasAccess = decision.outcome === 'granted' || decision.outcome === 'partiallyGranted';
  if (hasAccess && decision.access) paragraphs.push(accessParagraph(decision.access, you));
  const extra = decision.reasons?.trim();
  if (extra && !isReasonUsed) paragraphs.push(extra.endsWith('。') ? extra : `${extra}。`);
  return paragraphs;
}

/** 答复书 for decisions on the information; 告知书 where the application is not processed. */
export function replyTitle(outcome: OutcomeKey): string {
  return outcome.startsWith('notProcessed.') || outcome.startsWith('otherHandling.')
    ? '政府信息公开申请告知书'
    : '政府信息公开申请答复书';
}
