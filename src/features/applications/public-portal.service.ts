// The applicant's own view on the portal, on top of the application service's public status:
// the finer stage people recognise (补正中, 征求意见中, 待缴费, 已归档) and the applicant's
// details, masked. Only reachable with the query code plus the phone number.
import type { ServiceDeps } from '../../services.ts';
import type { ApplicationService } from './application.service.ts';
import type { PublicStatus } from './public-status.ts';
import { normalizeQueryCode } from './query-code.ts';
import type { CaseState } from './rules/case-states.ts';
import { maskIdNumber, maskPhone } from './rules/id-card.ts';

export type PortalStage =
  | 'registered'
  | 'processing'
  | 'correction'
  | 'consulting'
  | 'fee'
  | 'replied'
  | 'archived'
  | 'closed';

export const PORTAL_STAGE_LABELS: Record<PortalStage, string> = {
  registered: '已登记',
  processing: '办理中',
  correction: '补正中',
  consulting: '征求意见中',
  fee: '待缴费',
  replied: '已答复',
  archived: '已归档',
  closed: '已办结',
};

// Internal steps (approval by the 负责人) are not the applicant's concern: they read 办理中.
const STAGE_OF_STATE: Record<CaseState, PortalStage> = {
  registered: 'registered',
  inProgress: 'processing',
  pendingApproval: 'processing',
  approved: 'processing',
  awaitingCorrection: 'correction',
  consulting: 'consulting',
  awaitingFee: 'fee',
  replied: 'replied',
  archived: 'archived',
  closed: 'closed',
};

export function portalStageOf(state: string): PortalStage {
  return STAGE_OF_STATE[state as CaseState] ?? 'processing';
}

export interface PublicProgress extends PublicStatus {
  portalStage: PortalStage;
  portalStageLabel: string;
  /** The applicant's own details, masked (the page is theirs, but screens are looked over). */
  applicant: { idNumberMasked: string | null; phoneMasked: string };
}

export interface PublicPortalService {
  /** Status by query code + phone; a wrong pair throws the same NOT_FOUND as the public status. */
  getPublicProgress(queryCode: string, phone: string): Promise<PublicProgress>;
}

export function createPublicPortalService(
  deps: ServiceDeps,
  applications: Pick<ApplicationService, 'getPublicStatus'>,
): PublicPortalService {
  return {
    async getPublicProgress(queryCode, phone) {
      // Checks the code and phone (and answers "not found" alike for both) before anything is read.
      const status = await applications.getPublicStatus(queryCode, phone);
      const row = await deps.db
        .selectFrom('application')
        .select(['state', 'applicant_id_number', 'applicant_phone'])
        .where('query_code', '=', normalizeQueryCode(queryCode))
        .executeTakeFirstOrThrow();
      const portalStage = portalStageOf(row.state);
      return {
        ...status,
        portalStage,
        portalStageLabel: PORTAL_STAGE_LABELS[portalStage],
        applicant: {
          idNumberMasked: row.applicant_id_number ? maskIdNumber(row.applicant_id_number) : null,
          phoneMasked: maskPhone(row.applicant_phone),
        },
      };
    },
  };
}
