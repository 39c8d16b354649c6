import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { SalonInvoicesQuery as SalonInvoicesData } from '../gql/graphql';
import { downloadCsv } from '../lib/csv';
import { invoicesCsv, type CsvInvoice } from '../lib/invoice-csv';
import { formatDateTime, formatPrice, upcomingDates, zonedLocalToInstant } from '../lib/format';
import { StatusMessage } from './StatusMessage';
import { useToast } from '../ui/Toast';
import './invoices.css';
import { Button } from '../ui/Button';

export const SalonInvoicesQuery = graphql(`
  query SalonInvoices($salonId: ID!, $date: Date!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    salon(id: $salonId) { id taxDetails { vatNumber legalNameAr legalNameEn } }
    salonTakings(salonId: $salonId, date: $date) {
      date onlineHalalas counterHalalas refundsHalalas netHalalas vatHalalas invoiceCount creditNoteCount byMeans { method takenHalalas refundedHalalas }
    }
    salonInvoices(salonId: $salonId, from: $from, to: $to, first: $first, after: $after) {
      edges { node { id kind reference issuedAt totalHalalas vatHalalas vatNumber originalInvoice { reference } paymentMeans { method amountHalalas } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const UpdateTaxDetails = graphql(`
  mutation UpdateSalonTaxDetails($input: UpdateSalonTaxDetailsInput!) {
    updateSalonTaxDetails(input: $input) { taxDetails { vatNumber legalNameAr legalNameEn } errors { message field } }
  }
`);

type Tax = { vatNumber: string; legalNameAr: string; legalNameEn: string };

function TaxDetailsForm({ salonId, current }: { salonId: string; current: Tax | null | undefined }) {
  const intl = useIntl();
  const toast = useToast();
  const [form, setForm] = useState<Tax>(current ?? { vatNumber: '', legalNameAr: '', legalNameEn: '' });
  const [save, saving] = useMutation(UpdateTaxDetails);
  const [error, setError] = useState<{ message: string; field?: string | null } | null>(null);
  const submit = async () => {
    const result = (await save({ variables: { input: { salonId, ...form } } })).data?.updateSalonTaxDetails;
    const first = result?.errors[0];
    setError(first ? { message: first.message, field: first.field?.[1] } : null);
    if (result?.taxDetails) {
      setForm(result.taxDetails);
      toast(intl.formatMessage({ id: 'manage.saved' }));
    }
  };
  return (
    <form className="card stack" aria-labelledby="tax-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3 id="tax-title">
        <FormattedMessage id="invoices.taxTitle" />
      </h3>
      {!current && <p className="banner warn"><FormattedMessage id="invoices.taxMissing" /></p>}
      {(['vatNumber', 'legalNameAr', 'legalNameEn'] as const).map((key) => (
        <div key={key}>
          <label htmlFor={`tax-${key}`}>
            <FormattedMessage id={`invoices.field.${key}`} />
          </label>
          <input id={`tax-${key}`} dir={key === 'legalNameAr' ? 'rtl' : 'ltr'} inputMode={key === 'vatNumber' ? 'numeric' : undefined} value={form[key]}
            aria-invalid={error?.field === key} aria-describedby={error?.field === key ? 'tax-error' : undefined} required
            onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))} />
        </div>
      ))}
      {error && <p id="tax-error" role="alert" className="error">{error.message}</p>}
      <Button type="submit" disabled={saving.loading}>
        <FormattedMessage id="invoices.taxSave" />
      </Button>
    </form>
  );
}

/** Today's takings, the salon's tax details, and its invoices with a CSV export of a month (managers). */
export function InvoicesPanel({ salonId, timeZone }: { salonId: string; timeZone: string }) {
  const intl = useIntl();
  const client = useApolloClient();
  const [date, setDate] = useState(() => upcomingDates(timeZone, 1)[0]);
  const { data, loading, error, refetch, fetchMore } = useQuery(SalonInvoicesQuery, { variables: { salonId, date, first: 20 }, fetchPolicy: 'cache-and-network' });
  const [exporting, setExporting] = useState(false);
  if (loading && !data) return <StatusMessage kind="loading" messageId="invoices.loading" />;
  if (error && !data) return <StatusMessage kind="error" messageId="invoices.error" onRetry={() => void refetch()} />;
  if (!data) return null;
  const t = data.salonTakings;

  // Every document of the chosen day's month, page by page (100 at a time), as one CSV file.
  const exportMonth = async () => {
    setExporting(true);
    try {
      const [y, m] = date.split('-').map(Number);
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      const from = zonedLocalToInstant(`${date.slice(0, 7)}-01T00:00`, timeZone);
      const to = zonedLocalToInstant(`${next}-01T00:00`, timeZone);
      const rows: CsvInvoice[] = [];
      let after: string | null | undefined = null;
      do {
        const page: SalonInvoicesData['salonInvoices'] = (await client.query({ query: SalonInvoicesQuery, variables: { salonId, date, from, to, first: 100, after }, fetchPolicy: 'network-only' })).data!.salonInvoices;
        rows.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      downloadCsv(`invoices-${date.slice(0, 7)}.csv`, invoicesCsv(rows.reverse()));
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="stack" aria-labelledby="invoices-title">
      <h2 id="invoices-title">
        <FormattedMessage id="invoices.title" />
      </h2>
      <div className="card stack" data-testid="takings">
        <div className="actions">
          <label htmlFor="takings-date">
            <FormattedMessage id="invoices.takingsDate" />
          </label>
          <input id="takings-date" type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
        </div>
        <dl className="takings">
          {([['online', t.onlineHalalas], ['counter', t.counterHalalas], ['refunds', t.refundsHalalas], ['net', t.netHalalas], ['vat', t.vatHalalas]] as const).map(([key, value]) => (
            <div key={key}>
              <dt><FormattedMessage id={`invoices.takings.${key}`} /></dt>
              <dd data-takings={key}>{formatPrice(intl, value)}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">
          {t.byMeans.filter((m) => m.takenHalalas || m.refundedHalalas).map((m) => (
            <span key={m.method}>
              <FormattedMessage id={`invoices.means.${m.method}`} /> {formatPrice(intl, m.takenHalalas - m.refundedHalalas)}{' · '}
            </span>
          ))}
          <FormattedMessage id="invoices.counts" values={{ invoices: t.invoiceCount, notes: t.creditNoteCount }} />
        </p>
      </div>
      <TaxDetailsForm key={data.salon?.taxDetails?.vatNumber ?? 'none'} salonId={salonId} current={data.salon?.taxDetails} />
      <div className="actions">
        <Button type="button" variant="secondary" disabled={exporting} onClick={() => void exportMonth()}>
          <FormattedMessage id="invoices.export" />
        </Button>
      </div>
      {data.salonInvoices.edges.length === 0 && <StatusMessage kind="empty" messageId="invoices.none" />}
      <ul className="plain stack">
        {data.salonInvoices.edges.map(({ node: doc }) => (
          <li key={doc.id} className="card" data-invoice={doc.reference}>
            <Link className="invoice-link" to={`/invoices/${doc.id}`}><bdi dir="ltr" lang="en" translate="no">{doc.reference}</bdi></Link> · <FormattedMessage id={`invoices.kind.${doc.kind}`} /> ·{' '}
            <strong>{formatPrice(intl, doc.totalHalalas)}</strong> · {formatDateTime(intl, doc.issuedAt, timeZone)}
          </li>
        ))}
      </ul>
      {data.salonInvoices.pageInfo.hasNextPage && (
        <Button type="button" variant="secondary" onClick={() => void fetchMore({ variables: { after: data.salonInvoices.pageInfo.endCursor } })}>
          <FormattedMessage id="home.loadMore" />
        </Button>
      )}
    </section>
  );
}
