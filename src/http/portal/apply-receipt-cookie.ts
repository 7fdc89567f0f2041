// Post/Redirect/Get for the online form: the POST stores the receipt in a short-lived cookie
// scoped to the org's apply pages, and the receipt page reads it, so a refresh neither resubmits
// nor loses the query code. The cookie holds only what the receipt shows (personal data masked)
// and lives in the applicant's own browser; a forged one could only change what that browser shows.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';

export const RECEIPT_COOKIE = 'gk_receipt';
export const RECEIPT_MAX_AGE_SECONDS = 30 * 60;

const ReceiptSchema = z.object({
  queryCode: z.string().max(20),
  caseNumber: z.string().max(60),
  orgName: z.string().max(100),
  receivedOn: z.string().max(10),
  dueOn: z.string().max(10).nullable(),
  isProvisional: z.boolean(),
  warnings: z.array(z.string().max(100)).max(3),
  /** Masked for a natural person (张*), in full for an organisation. */
  applicantName: z.string().max(100),
  idNumberMasked: z.string().max(40).nullable(),
  creditCode: z.string().max(18).nullable(),
  phoneMasked: z.string().max(30),
  description: z.string().max(120),
  submittedAt: z.string().max(30),
});

export type StoredReceipt = z.infer<typeof ReceiptSchema>;

/** What the receipt page finds: a receipt, a discarded (bot) submission, or nothing. */
export type ReceiptCookie = { kind: 'receipt'; receipt: StoredReceipt } | { kind: 'discarded' } | { kind: 'none' };

const DISCARDED = 'ok';

function cookieOptions(c: Context, orgCode: string) {
  return {
    path: `/o/${orgCode}/apply`,
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: RECEIPT_MAX_AGE_SECONDS,
  };
}

export function storeReceipt(c: Context, orgCode: string, receipt: StoredReceipt): void {
  const value = Buffer.from(JSON.stringify(ReceiptSchema.parse(receipt)), 'utf8').toString('base64url');
  setCookie(c, RECEIPT_COOKIE, value, cookieOptions(c, orgCode));
}

/** A honeypot hit looks like a success to the bot; nothing of it is kept. */
export function storeDiscarded(c: Context, orgCode: string): void {
  setCookie(c, RECEIPT_COOKIE, DISCARDED, cookieOptions(c, orgCode));
}

export function readReceipt(c: Context): ReceiptCookie {
  const value = getCookie(c, RECEIPT_COOKIE);
  if (!value || value.length > 3000) return { kind: 'none' };
  if (value === DISCARDED) return { kind: 'discarded' };
  try {
    const parsed = ReceiptSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? { kind: 'receipt', receipt: parsed.data } : { kind: 'none' };
  } catch {
    return { kind: 'none' };
  }
}

export function clearReceipt(c: Context, orgCode: string): void {
  deleteCookie(c, RECEIPT_COOKIE, { path: `/o/${orgCode}/apply` });
}
