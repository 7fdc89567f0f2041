// A workflow dialog's values → the body its API route expects (the version is added by useCase).
import type { ActionKey } from './command-actions.ts';

export interface CommandValues {
  on?: string;
  reason?: string;
  officerId?: number;
  sectionId?: number;
  items?: (string | undefined)[];
  correctBy?: string;
  party?: string;
  partyName?: string;
  workingDays?: number;
  basis?: string;
  pages?: number;
  outcome?: string;
  legalBasis?: string;
  reasons?: string;
  withheld?: ({ item?: string; reason?: string } | undefined)[];
  method?: string;
  trackingNumber?: string;
}

const text = (value: string | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
};

function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

export function commandBody(key: ActionKey, values: CommandValues): Record<string, unknown> {
  const on = values.on;
  switch (key) {
    case 'assign':
      return defined({ officerId: values.officerId, sectionId: values.sectionId });
    case 'reassign':
      return defined({ officerId: values.officerId, sectionId: values.sectionId, reason: text(values.reason) });
    case 'sendBack':
    case 'returnDecision':
    case 'reopen':
    case 'withdraw':
      return defined({ on, reason: text(values.reason) });
    case 'requestCorrection':
      return defined({
        on,
        items: (values.items ?? []).map(text).filter((item): item is string => item !== undefined),
        correctBy: values.correctBy,
      });
    case 'startConsultation':
      return defined({ on, party: values.party, partyName: text(values.partyName) });
    case 'requestExtension':
      return defined({ workingDays: values.workingDays, reason: text(values.reason) });
    case 'approveExtension':
      return defined({ on, workingDays: values.workingDays, reason: text(values.reason) });
    case 'notifyFee':
      return defined({ on, basis: values.basis, pages: values.basis === 'perPage' ? values.pages : undefined });
    case 'submitDecision': {
      const withheld = (values.withheld ?? [])
        .map((entry) => ({ item: text(entry?.item), reason: text(entry?.reason) }))
        .filter(
          (entry): entry is { item: string; reason: string } => entry.item !== undefined && entry.reason !== undefined,
        );
      return defined({
        on,
        outcome: values.outcome,
        legalBasis: text(values.legalBasis),
        reasons: text(values.reasons),
        withheld: values.outcome === 'partiallyGranted' ? withheld : undefined,
      });
    }
    case 'reply':
      return defined({ on, method: values.method, trackingNumber: text(values.trackingNumber) });
    default:
      return defined({ on });
  }
}
