// Short-lived download links for the reply letter on the status page. The link must work only
// for someone who gave the query code and phone, without putting either in a URL: the token is
// the pair (plus the file and an expiry) sealed with AES-256-GCM, so it is opaque and unforgeable.
// The key is drawn per process: links from one instance do not open on another, and a restart
// ends them all — the applicant then simply queries again.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const DOWNLOAD_TTL_MS = 15 * 60_000;

const KEY = randomBytes(32);
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface ReplyTicket {
  queryCode: string;
  phone: string;
  attachmentId: number;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Answering a correction notice takes longer than a download: the form's ticket lasts an hour. */
export const ANSWER_TTL_MS = 60 * 60_000;

export interface AnswerTicket {
  queryCode: string;
  phone: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

function seal(values: unknown[]): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', KEY, iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The values sealed in `token` for `purpose`, or null (tampered, from elsewhere, other purpose). */
function open(token: string, purpose: string): unknown[] | null {
  if (!/^[A-Za-z0-9_-]{40,400}$/.test(token)) return null;
  const raw = Buffer.from(token, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', KEY, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
    const values = JSON.parse(plain) as unknown[];
    return Array.isArray(values) && values[0] === purpose ? values.slice(1) : null;
  } catch {
    return null;
  }
}

export function sealReplyTicket(ticket: ReplyTicket): string {
  return seal(['reply', ticket.queryCode, ticket.phone, ticket.attachmentId, ticket.expiresAt]);
}

/** The ticket inside `token`, or null when it was tampered with, comes from elsewhere or has expired. */
export function openReplyTicket(token: string, now = Date.now()): ReplyTicket | null {
  const values = open(token, 'reply');
  if (!values) return null;
  const [queryCode, phone, attachmentId, expiresAt] = values as [string, string, number, number];
  if (expiresAt < now) return null;
  return { queryCode, phone, attachmentId, expiresAt };
}

/** The status page's correction form carries the code and phone sealed, never in the clear. */
export function sealAnswerTicket(ticket: AnswerTicket): string {
  return seal(['answer', ticket.queryCode, ticket.phone, ticket.expiresAt]);
}

export function openAnswerTicket(token: string, now = Date.now()): AnswerTicket | null {
  const values = open(token, 'answer');
  if (!values) return null;
  const [queryCode, phone, expiresAt] = values as [string, string, number];
  if (expiresAt < now) return null;
  return { queryCode, phone, expiresAt };
}
