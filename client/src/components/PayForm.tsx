import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatPrice, randomKey } from '../lib/format';
import { Countdown } from '../ui/Countdown';

export const PaymentSettingsQuery = graphql(`
  query PaymentSettings { paymentSettings { publishableKey tokenUrl } }
`);

export const StartPaymentMutation = graphql(`
  mutation StartPayment($input: StartPaymentInput!) {
    startPayment(input: $input) { payment { id status transactionUrl } errors { code message } }
  }
`);

/**
 * The card form. Card details go straight to Moyasar's token endpoint with the publishable key (as Moyasar.js
 * does); our API only ever sees the token. Then 3-D Secure in the same tab, and back to /bookings.
 */
export function PayForm({ bookingId, amountHalalas, holdExpiresAt }: { bookingId: string; amountHalalas: number; holdExpiresAt?: string | null }) {
  const intl = useIntl();
  const settings = useQuery(PaymentSettingsQuery);
  const [startPayment] = useMutation(StartPaymentMutation);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // An earlier attempt still waits at 3-D Secure: the server refuses a second one, so offer to finish that one.
  const [resumeUrl, setResumeUrl] = useState<string | null>(null);
  const [card, setCard] = useState({ name: '', number: '', expiry: '', cvc: '' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings.data) return;
    setBusy(true);
    setError(null);
    try {
      const [month, year] = card.expiry.split('/').map((v) => Number(v.trim()));
      const tokenRes = await fetch(settings.data.paymentSettings.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ publishable_api_key: settings.data.paymentSettings.publishableKey, save_only: true, name: card.name, number: card.number.replace(/\s/g, ''), month, year: year < 100 ? 2000 + year : year, cvc: card.cvc }),
      });
      const token = await tokenRes.json();
      if (!tokenRes.ok) {
        setError(intl.formatMessage({ id: 'pay.cardInvalid' }));
        return;
      }
      const { data } = await startPayment({ variables: { input: { bookingId, source: { type: 'TOKEN', token: token.id }, idempotencyKey: randomKey() } } });
      const payload = data!.startPayment;
      if (payload.errors.length) {
        setError(payload.errors[0].message);
        if (payload.errors[0].code === 'PAYMENT_IN_PROGRESS') setResumeUrl(payload.payment?.transactionUrl ?? null);
        return;
      }
      if (payload.payment?.transactionUrl) window.location.assign(payload.payment.transactionUrl);
      else window.location.assign(`/bookings?booking=${bookingId}&payment=${payload.payment?.status ?? ''}`);
    } catch {
      setError(intl.formatMessage({ id: 'common.networkError' }));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof typeof card, id: string, extra: Record<string, string>) => (
    <>
      <label htmlFor={`card-${name}`}>
        <FormattedMessage id={id} />
      </label>
      <input id={`card-${name}`} name={name} required dir="ltr" value={card[name]} onChange={(e) => setCard((c) => ({ ...c, [name]: e.target.value }))} {...extra} />
    </>
  );

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="pay-title">
      <h2 id="pay-title">
        <FormattedMessage id="pay.title" values={{ amount: formatPrice(intl, amountHalalas) }} />
      </h2>
      {holdExpiresAt && (
        <p className="banner warn" data-hold>
          <FormattedMessage id="pay.holdEnds" values={{ countdown: <Countdown key="c" until={holdExpiresAt} /> }} />
        </p>
      )}
      {field('name', 'pay.name', { autoComplete: 'cc-name' })}
      {field('number', 'pay.number', { autoComplete: 'cc-number', inputMode: 'numeric' })}
      {field('expiry', 'pay.expiry', { autoComplete: 'cc-exp', placeholder: intl.formatMessage({ id: 'pay.expiryPlaceholder' }) })}
      {field('cvc', 'pay.cvc', { autoComplete: 'cc-csc', inputMode: 'numeric' })}
      <button className="button" type="submit" disabled={busy || !settings.data}>
        <FormattedMessage id="pay.submit" />
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {resumeUrl && (
        <a className="button" href={resumeUrl}>
          <FormattedMessage id="pay.resume" />
        </a>
      )}
    </form>
  );
}
