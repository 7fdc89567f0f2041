// A report with every cell null: the reader fills in only what it actually found.
import {
  type AnnualReport,
  type Applications,
  emptyOutcome,
  emptyRow,
  type Proactive2019,
  type Proactive2021,
  type TemplateYear,
} from '../report.ts';

export function emptyApplications(template: TemplateYear): Applications {
  return {
    received: emptyRow(),
    carriedOver: emptyRow(),
    granted: emptyRow(),
    partiallyGranted: emptyRow(),
    withheld: {
      stateSecret: emptyRow(),
      prohibitedByLaw: emptyRow(),
      endangersSecurity: emptyRow(),
      thirdPartyRights: emptyRow(),
      internalAffairs: emptyRow(),
      processInformation: emptyRow(),
      enforcementFiles: emptyRow(),
      administrativeQuery: emptyRow(),
    },
    unableToProvide: { notHeld: emptyRow(), needsCreation: emptyRow(), unclearAfterCorrection: emptyRow() },
    notProcessed: {
      petition: emptyRow(),
      repeated: emptyRow(),
      publication: emptyRow(),
      excessive: emptyRow(),
      confirmation: emptyRow(),
    },
    otherHandling:
      template === '2019'
        ? { all: emptyRow() }
        : { noCorrection: emptyRow(), feeUnpaid: emptyRow(), other: emptyRow() },
    handledTotal: emptyRow(),
    carriedForward: emptyRow(),
  };
}

export function emptyProactive(template: TemplateYear): Proactive2021 | Proactive2019 {
  if (template === '2021') {
    const docs = () => ({ issued: null, abolished: null, inForce: null });
    return {
      regulations: docs(),
      normativeDocuments: docs(),
      licensing: null,
      penalty: null,
      coercion: null,
      feesWanYuan: null,
    };
  }
  const docs = () => ({ newlyMade: null, newlyPublished: null, totalPublished: null });
  const items = () => ({ previousYearItems: null, change: null, decisions: null });
  return {
    regulations: docs(),
    normativeDocuments: docs(),
    licensing: items(),
    otherServices: items(),
    penalty: items(),
    coercion: items(),
    fees: { previousYearItems: null, change: null },
    procurement: { items: null, totalAmount: null },
  };
}

export function emptyReport(template: TemplateYear): AnnualReport {
  return {
    schemaVersion: 1,
    template,
    agency: null,
    year: null,
    publishedOn: null,
    sections: {},
    proactive: emptyProactive(template),
    applications: emptyApplications(template),
    reconsideration: emptyOutcome(),
    litigationDirect: emptyOutcome(),
    litigationAfterReconsideration: emptyOutcome(),
  };
}
