// The editor's form values ↔ the API's item fields (dates as dayjs in the form, YYYY-MM-DD on the wire).
import dayjs, { type Dayjs } from 'dayjs';
import type { ItemFields } from './disclosure-api.ts';
import type { DocType, Item, Validity } from './disclosure-types.ts';

export interface ItemFormValues {
  title: string;
  columnIds: number[];
  bodyHtml: string;
  publisher?: string;
  formedOn?: Dayjs | null;
  changedOn?: Dayjs | null;
  docNo?: string;
  topic?: string;
  docType: DocType;
  validity?: Validity | null;
  effectiveOn?: Dayjs | null;
  invalidOn?: Dayjs | null;
  interpretsItemId?: number | null;
}

const day = (value: string | null) => (value ? dayjs(value) : null);
const text = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const blank = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export function toFormValues(item: Item): ItemFormValues {
  return {
    title: item.title,
    columnIds: item.columnIds,
    bodyHtml: item.bodyHtml,
    publisher: item.publisher,
    formedOn: day(item.formedOn),
    changedOn: day(item.changedOn),
    docNo: item.docNo ?? undefined,
    topic: item.topic ?? undefined,
    docType: item.docType,
    validity: item.validity,
    effectiveOn: day(item.effectiveOn),
    invalidOn: day(item.invalidOn),
    interpretsItemId: item.interpretsItemId,
  };
}

/** Fields only normative documents carry are cleared for other types, so a changed type leaves none behind. */
export function toItemFields(values: ItemFormValues): ItemFields {
  const isNormative = values.docType === 'normative';
  const validity = isNormative ? (values.validity ?? 'valid') : null;
  return {
    title: values.title.trim(),
    columnIds: values.columnIds,
    bodyHtml: values.bodyHtml ?? '',
    ...(blank(values.publisher) ? { publisher: blank(values.publisher) as string } : {}),
    formedOn: text(values.formedOn),
    changedOn: text(values.changedOn),
    docNo: blank(values.docNo),
    topic: blank(values.topic),
    docType: values.docType,
    validity,
    effectiveOn: isNormative ? text(values.effectiveOn) : null,
    invalidOn: validity && validity !== 'valid' ? text(values.invalidOn) : null,
    interpretsItemId: values.docType === 'interpretation' ? (values.interpretsItemId ?? null) : null,
  };
}
