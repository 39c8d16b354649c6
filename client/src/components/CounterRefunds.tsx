import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { CounterPaymentMethod } from '../gql/graphql';
import { formatPrice, parseAmount } from '../lib/format';
import { Button } from '../ui/Button';

export const BookingCounterPaymentsQuery = graphql(`
  query BookingCounterPayments($id: ID!) {
    booking(id: $id) { id counterPayments { id createdAt totalHalalas refundedHalalas parts { method amountHalalas } invoice { id reference } } }
  }
`);

export const RefundCounterPaymentMutation = graphql(`
  mutation RefundCounterPayment($input: RefundCounterPaymentInput!) {
    refundCounterPayment(input: $input) { counterPayment { id refundedHalalas } creditNote { id reference totalHalalas } errors { code message field } }
  }
`);

const METHODS: CounterPaymentMethod[] = ['CASH', 'MADA', 'CARD'];

/**
 * The manager gives money taken at the counter back: per payment what is left to refund, then amount, means and
 * a reason (printed on the credit note). The server decides under the booking's lock, so a second tap or another
 * manager at the same moment cannot refund more than was paid; the credit note opens for printing.
 */
export function CounterRefunds({ bookingId, onDone }: { bookingId: string; onDone: () => void }) {
  const { data } = useQuery(BookingCounterPaymentsQuery, { variables: { id: bookingId }, fetchPolicy: 'cache-and-network' });
  const payments = data?.booking?.counterPayments ?? [];
  if (!payments.length) return null;
  return (
    <section className="stack" aria-labelledby={`counter-refunds-${bookingId}`} data-counter-refunds>
      <h4 id={`counter-refunds-${bookingId}`}>
        <FormattedMessage id="desk.refund.title" />
      </h4>
      <ul className="plain stack">
        {payments.map((p) => (
          <CounterRefundItem key={p.id} payment={p} onDone={onDone} />
        ))}
      </ul>
    </section>
  );
}

type Payment = { id: string; totalHalalas: number; refundedHalalas: number; parts: { method: CounterPaymentMethod; amountHalalas: number }[]; invoice?: { id: string; reference: string } | null };

function CounterRefundItem({ payment, onDone }: { payment: Payment; onDone: () => void }) {
  const intl = useIntl();
  const left = payment.totalHalalas - payment.refundedHalalas;
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<CounterPaymentMethod>(payment.parts[0]?.method ?? 'CASH');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refund, { loading, data }] = useMutation(RefundCounterPaymentMutation, { refetchQueries: [BookingCounterPaymentsQuery] });
  const creditNote = data?.refundCounterPayment.creditNote;
  const id = (name: string) => `counter-refund-${name}-${payment.id}`;

  const submit = async () => {
    const halalas = parseAmount(amount);
    if (halalas === null || halalas <= 0) return setErrors({ amountHalalas: intl.formatMessage({ id: 'calendar.counterAmountInvalid' }) });
    if (halalas > left) return setErrors({ amountHalalas: intl.formatMessage({ id: 'desk.refund.tooMuch' }, { amount: formatPrice(intl, left) }) });
    const result = (await refund({ variables: { input: { counterPaymentId: payment.id, amountHalalas: halalas, method, reason } } })).data?.refundCounterPayment;
    const errs = result?.errors ?? [];
    setErrors(Object.fromEntries(errs.map((e) => [e.code === 'REFUND_EXCEEDS_BALANCE' ? 'amountHalalas' : (e.field?.[1] ?? 'form'), e.code === 'REFUND_EXCEEDS_BALANCE' ? intl.formatMessage({ id: 'desk.refund.tooMuchNow' }) : e.message])));
    if (result?.creditNote) {
      setOpen(false);
      setAmount('');
      setReason('');
      onDone();
    }
  };

  return (
    <li className="stack" data-counter-payment={payment.id}>
      <span className="actions">
        <span>
          <FormattedMessage id="desk.refund.summary" values={{ paid: formatPrice(intl, payment.totalHalalas), left: formatPrice(intl, left) }} />
          {payment.invoice && <> · <bdi dir="ltr" lang="en" translate="no">{payment.invoice.reference}</bdi></>}
        </span>
        {left > 0 && (
          <Button type="button" variant="secondary" aria-expanded={open} onClick={() => { setOpen((o) => !o); setAmount((a) => a || String(left / 100)); }}>
            <FormattedMessage id="desk.refund.open" />
          </Button>
        )}
      </span>
      {creditNote && (
        <p role="status" className="banner ok actions">
          <span><FormattedMessage id="desk.refund.done" values={{ amount: formatPrice(intl, creditNote.totalHalalas), reference: <bdi key="r" dir="ltr" lang="en" translate="no">{creditNote.reference}</bdi> }} /></span>
          <Link to={`/invoices/${creditNote.id}`} className="button link">
            <FormattedMessage id="desk.refund.openCreditNote" />
          </Link>
        </p>
      )}
      {open && (
        <form className="stack" aria-label={intl.formatMessage({ id: 'desk.refund.formTitle' })} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <div className="actions">
            <label htmlFor={id('amount')}>
              <FormattedMessage id="calendar.counterAmount" />
            </label>
            <input id={id('amount')} inputMode="decimal" dir="ltr" required value={amount} aria-invalid={Boolean(errors.amountHalalas)} aria-describedby={errors.amountHalalas ? id('amount-error') : undefined} onChange={(e) => setAmount(e.target.value)} />
            <label htmlFor={id('method')}>
              <FormattedMessage id="desk.refund.method" />
            </label>
            <select id={id('method')} value={method} onChange={(e) => setMethod(e.target.value as CounterPaymentMethod)}>
              {METHODS.map((m) => (
                <option key={m} value={m}>{intl.formatMessage({ id: `calendar.counterMethod.${m}` })}</option>
              ))}
            </select>
          </div>
          {errors.amountHalalas && <p id={id('amount-error')} role="alert" className="error">{errors.amountHalalas}</p>}
          <label htmlFor={id('reason')}>
            <FormattedMessage id="desk.refund.reason" />
          </label>
          <input id={id('reason')} dir="auto" required maxLength={500} value={reason} aria-invalid={Boolean(errors.reason)} onChange={(e) => setReason(e.target.value)} />
          {errors.reason && <p role="alert" className="error">{errors.reason}</p>}
          <Button type="submit" disabled={loading}>
            <FormattedMessage id="desk.refund.submit" />
          </Button>
          {errors.form && <p role="alert" className="error">{errors.form}</p>}
        </form>
      )}
    </li>
  );
}
