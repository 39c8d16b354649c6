type Report = Record<string, unknown>;

const KEPT = ['id', 'status', 'amount', 'captured', 'refunded', 'currency'];

/**
 * What a gateway report on a deleted person's payment keeps (docs/privacy.md): ids, status and amounts, which
 * refunds and the tax record need; never the card holder's name, a phone number, an address or a description.
 */
export function reducedReport(report: Report | null | undefined): Report | null {
  if (!report) return null;
  return { ...Object.fromEntries(KEPT.filter((key) => report[key] !== undefined).map((key) => [key, report[key]])), redacted: true };
}

/** The same for a stored observation: a webhook (`{ type, data }`) or a report itself. */
export function reducedObservation(payload: Report): Report {
  return typeof payload.data === 'object' && payload.data ? { type: payload.type, data: reducedReport(payload.data as Report) } : reducedReport(payload)!;
}
