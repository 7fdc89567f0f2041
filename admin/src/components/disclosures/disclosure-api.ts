// Every 主动公开 endpoint the back office calls, in one place.
import { api, type QueryValue, request } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import type {
  AttachmentInfo,
  Catalogue,
  ColumnRecord,
  DeadlineEntry,
  DisclosureSettings,
  Guide,
  Item,
  ItemMetadata,
  ItemSummary,
  ItemVersion,
  ReviewChecklist,
  ShippedSensitiveWord,
} from './disclosure-types.ts';
import { postFile } from './post-file.ts';

const org = (ref: number | string) => `/orgs/${encodeURIComponent(String(ref))}`;

export interface ColumnInput {
  parentId: number | null;
  name: string;
  code: string;
  kind: ColumnRecord['kind'];
  updateClass: ColumnRecord['updateClass'];
  sort?: number;
}

export type ItemFields = Partial<Omit<ItemMetadata, 'title'>> & {
  title: string;
  bodyHtml?: string;
  columnIds: number[];
};

export const disclosureApi = {
  catalogue: (ref: number | string, quiet = false) => api.get<Catalogue>(`${org(ref)}/catalogue`, undefined, { quiet }),
  initCatalogue: (ref: number, includeArt21: boolean) => api.post<Catalogue>(`${org(ref)}/catalogue`, { includeArt21 }),
  createColumn: (ref: number, input: ColumnInput) => api.post<ColumnRecord>(`${org(ref)}/catalogue/columns`, input),
  updateColumn: (id: number, patch: Partial<ColumnInput>) => api.patch<ColumnRecord>(`/catalogue-columns/${id}`, patch),
  deleteColumn: (id: number) => api.delete<void>(`/catalogue-columns/${id}`),

  guide: (ref: number) => api.get<Guide>(`${org(ref)}/guide`),
  putGuide: (ref: number, bodyHtml: string) => request<Guide>('PUT', `${org(ref)}/guide`, { body: { bodyHtml } }),

  settings: (ref: number) => api.get<DisclosureSettings>(`${org(ref)}/disclosure-settings`),
  /** Only the fields sent are stored for the org; the others stay inherited. */
  updateSettings: (ref: number, patch: Partial<DisclosureSettings>) =>
    api.patch<DisclosureSettings>(`${org(ref)}/disclosure-settings`, patch),
  /** The shipped sensitive-word list, to choose the words an org switches off. */
  shippedSensitiveWords: () => api.get<{ items: ShippedSensitiveWord[] }>('/content-checks/sensitive-words'),

  items: (query: Record<string, QueryValue>) => api.get<Page<ItemSummary>>('/items', query),
  item: (id: number) => api.get<Item>(`/items/${id}`),
  createItem: (orgId: number, fields: ItemFields) => api.post<Item>('/items', { orgId, ...fields }),
  updateItem: (id: number, fields: Partial<ItemFields> & { expectedVersion: number }) =>
    api.patch<Item>(`/items/${id}`, fields),
  deleteItem: (id: number) => api.delete<void>(`/items/${id}`),
  versions: (id: number) => api.get<{ items: ItemVersion[] }>(`/items/${id}/versions`),
  /** Unpublished items with at most `within` working days left (or overdue). */
  deadlines: (query: { org?: number; within: number }) =>
    api.get<{ items: DeadlineEntry[] }>('/items/deadlines', query),

  submit: (id: number, expectedVersion: number) => api.post<ItemSummary>(`/items/${id}/submit`, { expectedVersion }),
  review: (
    id: number,
    body: { checklist: ReviewChecklist; conclusion: string; grounds: string; expectedVersion: number },
  ) => api.post<ItemSummary>(`/items/${id}/review`, body),
  approve: (id: number, expectedVersion: number) => api.post<ItemSummary>(`/items/${id}/approve`, { expectedVersion }),
  publish: (id: number) => api.post<ItemSummary>(`/items/${id}/publish`, {}),
  schedule: (id: number, at: string) => api.post<ItemSummary>(`/items/${id}/schedule`, { at }),
  /** `review`: the reviewer's 保密审查 answers and conclusion, kept with the send-back in the audit log. */
  sendBack: (
    id: number,
    reason: string,
    expectedVersion: number,
    review?: { checklist: ReviewChecklist; conclusion: string; grounds?: string },
  ) => api.post<ItemSummary>(`/items/${id}/send-back`, { reason, expectedVersion, ...(review ? { review } : {}) }),
  revise: (id: number) => api.post<ItemSummary>(`/items/${id}/revise`, {}),
  withdraw: (id: number, reason: string, publicNotice: boolean) =>
    api.post<ItemSummary>(`/items/${id}/withdraw`, { reason, publicNotice }),

  uploadAttachment: (itemId: number, file: File, csrfToken: string | undefined) =>
    postFile<AttachmentInfo>(`/items/${itemId}/attachments`, file, csrfToken),
  removeAttachment: (attachmentId: number) => api.delete<void>(`/attachments/${attachmentId}`),
  attachmentUrl: (attachmentId: number) => `/api/v1/attachments/${attachmentId}`,
};
