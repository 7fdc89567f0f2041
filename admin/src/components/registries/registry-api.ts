// Every registry endpoint the back office calls, in one place.
import { api, request } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { postFile } from '../disclosures/post-file.ts';
import type {
  DecisionEntry,
  DecisionYear,
  FeeYear,
  NormativeDocument,
  NormativeInput,
  ProactiveFigures,
} from './registry-types.ts';

const org = (id: number) => `/orgs/${id}`;

export const registryApi = {
  normativeDocuments: (orgId: number, query: { kind?: string; year?: number; page: number; pageSize: number }) =>
    api.get<Page<NormativeDocument>>(`${org(orgId)}/normative-documents`, query),
  createNormative: (orgId: number, input: NormativeInput) =>
    api.post<NormativeDocument>(`${org(orgId)}/normative-documents`, input),
  updateNormative: (id: number, patch: Partial<NormativeInput>) =>
    api.patch<NormativeDocument>(`/normative-documents/${id}`, patch),
  deleteNormative: (id: number) => api.delete<void>(`/normative-documents/${id}`),

  decisions: (orgId: number, year: number) => api.get<DecisionYear>(`${org(orgId)}/decision-counts`, { year }),
  putDecisions: (orgId: number, entries: DecisionEntry[]) =>
    request<{ items: DecisionYear[] }>('PUT', `${org(orgId)}/decision-counts`, { body: { entries } }),
  importDecisions: (orgId: number, file: File, csrfToken: string | undefined) =>
    postFile<{ rows: number; years: number[] }>(`${org(orgId)}/decision-counts/import`, file, csrfToken),

  fees: (orgId: number, year: number) => api.get<FeeYear>(`${org(orgId)}/fees`, { year }),
  putFee: (orgId: number, input: { year: number; month: number | null; amountWanYuan: string }) =>
    request<FeeYear>('PUT', `${org(orgId)}/fees`, { body: input }),

  proactive: (orgId: number, year: number) => api.get<ProactiveFigures>(`${org(orgId)}/reports/${year}/proactive`),
};
