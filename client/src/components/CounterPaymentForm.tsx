import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { CounterPaymentMethod } from '../gql/graphql';
import { parseAmount, randomKey } from '../lib/format';
import { Button } from '../ui/Button';

export const RecordCounterPayment = graphql(`
  mutation RecordCounterPayment($input: RecordCounterPaymentInput!) {
    recordCounterPayment(input: $input) { invoice { id reference totalHalalas } errors { message field } }
  }
`);

const METHODS: CounterPaymentMethod[] = ['CASH', 'MADA', 'CARD'];

/** SAR typed at the counter (Arabic-Indic digits and the Arabic decimal separator too) as halalas; NaN when not an amount. */
export function toHalalas(text: string): number {
  return parseAmount(text) ?? NaN;
}

/**
 * What the customer paid at the salon: one means, or a split over two. One key per form, so a double tap or a
 * retry records once; the invoice is issued with it and opens for printing.
 */
export function CounterPaymentForm({ bookingId, onDone }: { bookingId: string; onDone: () => void }) {
  const intl = useIntl();
  const [key] = useState(randomKey);
  const [first, setFirst] = useState<{ method: CounterPaymentMethod; amount: string }>({ method: 'CASH', amount: '' });
  const [second, setSecond] = useState<{ method: CounterPaymentMethod; amount: string } | null>(null);
  const [record, { loading, data }] = useMutation(RecordCounterPayment);
  const [message, setMessage] = useState<string | null>(null);
  const invoice = data?.recordCounterPayment.invoice;

  const submit = async () => {
    const parts = [first, ...(second ? [second] : [])].map((p) => ({ method: p.method, amountHalalas: toHalalas(p.amount) }));
    if (parts.some((p) => !Number.isFinite(p.amountHalalas) || p.amountHalalas <= 0)) {
      setMessage(intl.formatMessage({ id: 'calendar.counterAmountInvalid' }));
      return;
    }
    const result = (await record({ variables: { input: { bookingId, parts, idempotencyKey: key } } })).data?.recordCounterPayment;
    setMessage(result?.errors[0]?.message ?? null);
    if (result?.invoice) onDone();
  };

  const part = (value: { method: CounterPaymentMethod; amount: string }, set: (v: { method: CounterPaymentMethod; amount: string }) => void, n: number) => (
    <div className="actions" key={n}>
      <label htmlFor={`counter-method-${n}`}>
        <FormattedMessage id="calendar.counterMethod" />
      </label>
      <select id={`counter-method-${n}`} value={value.method} onChange={(e) => set({ ...value, method: e.target.value as CounterPaymentMethod })}>
        {METHODS.map((m) => (
          <option key={m} value={m}>{intl.formatMessage({ id: `calendar.counterMethod.${m}` })}</option>
        ))}
      </select>
      <label htmlFor={`counter-amount-${n}`}>
        <FormattedMessage id="calendar.counterAmount" />
      </label>
      <input id={`counter-amount-${n}`} inputMode="decimal" dir="ltr" value={value.amount} required onChange={(e) => set({ ...value, amount: e.target.value })} />
    </div>
  );

  if (invoice) {
    return (
      <p role="status" className="banner ok actions">
        <span><FormattedMessage id="calendar.counterRecorded" values={{ reference: <bdi key="r" dir="ltr" lang="en" translate="no">{invoice.reference}</bdi> }} /></span>
        <Link to={`/invoices/${invoice.id}`} className="button link">
          <FormattedMessage id="calendar.counterOpenInvoice" />
        </Link>
      </p>
    );
  }
  return (
    <form className="stack" aria-label={intl.formatMessage({ id: 'calendar.counterTitle' })} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      {part(first, setFirst, 1)}
      {second && part(second, setSecond, 2)}
      <div className="actions">
        <Button type="button" variant="secondary" aria-pressed={Boolean(second)}
          onClick={() => setSecond(second ? null : { method: METHODS.find((m) => m !== first.method)!, amount: '' })}>
          <FormattedMessage id={second ? 'calendar.counterOneMeans' : 'calendar.counterSplit'} />
        </Button>
        <Button type="submit" disabled={loading}>
          <FormattedMessage id="calendar.counterSubmit" />
        </Button>
      </div>
      {message && <p role="alert" className="error">{message}</p>}
    </form>
  );
}
