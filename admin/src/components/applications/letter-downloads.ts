// The reply letter as DOCX/PDF, if the server offers it: the routes are found in the OpenAPI
// document (any GET under /v1/applications/{id}/ about a letter that answers with Word or PDF),
// so the buttons appear as soon as the server has them and never point at a missing route.

export type LetterFormat = 'docx' | 'pdf';

export interface LetterDownload {
  format: LetterFormat;
  /** Path under /api with {id} still to fill, plus any query. */
  template: string;
}

const MIME: Record<string, LetterFormat> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
};

interface OpenApiParameter {
  name?: string;
  in?: string;
  schema?: { enum?: unknown[] };
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

export interface OpenApiDocument {
  paths?: Record<string, { get?: OpenApiOperation }>;
}

function formatsOf(operation: OpenApiOperation): LetterFormat[] {
  const content = operation.responses?.['200']?.content ?? {};
  return Object.keys(content)
    .map((type) => MIME[type.split(';')[0].trim()])
    .filter((format): format is LetterFormat => format !== undefined);
}

/** Fills path parameters other than {id}: a letter kind of "reply" where one is asked for. */
function fillPath(path: string, operation: OpenApiOperation): string | null {
  let filled = path.replace(/^\/v1/, '/api/v1');
  for (const match of path.matchAll(/\{(\w+)\}/g)) {
    const name = match[1];
    if (name === 'id') continue;
    const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === name);
    const values = parameter?.schema?.enum ?? [];
    if (!values.includes('reply')) return null;
    filled = filled.replace(`{${name}}`, 'reply');
  }
  return filled;
}

export function findLetterDownloads(doc: OpenApiDocument): LetterDownload[] {
  const found = new Map<LetterFormat, string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const operation = item.get;
    if (!operation || !path.startsWith('/v1/applications/{id}/') || !/letter|reply/i.test(path)) continue;
    const base = fillPath(path, operation);
    if (!base) continue;
    const formats = formatsOf(operation);
    const formatParam = operation.parameters?.find((p) => p.in === 'query' && p.name === 'format');
    for (const format of formats) {
      if (found.has(format)) continue;
      const needsQuery = formatParam !== undefined && formats.length > 1;
      const pathFormat = /\.(docx|pdf)$/.exec(path)?.[1];
      if (pathFormat && pathFormat !== format) continue;
      found.set(format, needsQuery ? `${base}?format=${format}` : base);
    }
  }
  return [...found].map(([format, template]) => ({ format, template }));
}

let cached: Promise<LetterDownload[]> | null = null;

export function loadLetterDownloads(): Promise<LetterDownload[]> {
  cached ??= fetch('/api/openapi.json', { credentials: 'same-origin' })
    .then((response) => (response.ok ? (response.json() as Promise<OpenApiDocument>) : {}))
    .then(findLetterDownloads)
    .catch(() => []);
  return cached;
}
