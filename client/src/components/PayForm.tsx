import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatPrice, randomKey } from '../lib/format';
import { Countdown } from '../ui/Countdown';
import { cardNetwork } from '../lib/card-network';
import { StcPayForm } from './StcPayForm';
import { Button } from '../ui/Button';

type Method = 'card' | 'stcpay' | 'applepay';

/** Apple Pay where the browser has it; in the simulator a stand-in, so the flow runs in Chromium too. */
const browserHasApplePay = () => Boolean((window as { ApplePaySession?: { canMakePayments(): boolean } }).ApplePaySession?.canMakePayments());

export const PaymentSettingsQuery = graphql(`
  query PaymentSettings { paymentSettings { publishableKey tokenUrl applePayStandIn } }
`);

export const StartPaymentMutation = graphql(`
  mutation StartPayment($input: StartPaymentInput!) {
    startPayment(input: $input) { payment { id status transactionUrl } errors { code message } }
  }
`);

/**
 * Paying what a booking asks online: by card (details go straight to Moyasar's token endpoint with the publishable
 * key, as Moyasar.js does; our API only ever sees the token; then 3-D Secure in the same tab and back to
 * /bookings), by STC Pay (mobile, then the code STC Pay sends), or by Apple Pay. `authoriseOnly` (a fee
 * guarantee) leaves STC Pay out: it cannot authorise without charging. `savesCard` (a guarantee for a booking further
 * ahead than an authorisation lasts, ADR 0026) is by card only: Moyasar saves the tokenised card for the fees.
 */
export function PayForm({ bookingId, amountHalalas, holdExpiresAt, authoriseOnly = false, savesCard = false }: { bookingId: string; amountHalalas: number; holdExpiresAt?: string | null; authoriseOnly?: boolean; savesCard?: boolean }) {
  const intl = useIntl();
  const settings = useQuery(PaymentSettingsQuery);
  const [startPayment] = useMutation(StartPaymentMutation);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // An earlier attempt still waits at 3-D Secure: the server refuses a second one, so offer to finish that one.
  const [resumeUrl, setResumeUrl] = useState<string | null>(null);
  const [card, setCard] = useState({ name: '', number: '', expiry: '', cvc: '' });
  const [method, setMethod] = useState<Method>('card');
  const network = cardNetwork(card.number);
  const applePay = Boolean(settings.data?.paymentSettings.applePayStandIn) || browserHasApplePay();

  const finish = (payload: { errors: { code: string; message: string }[]; payment?: { status: string; transactionUrl?: string | null } | null }) => {
    if (payload.errors.length) {
      setError(payload.errors[0].message);
      if (payload.errors[0].code === 'PAYMENT_IN_PROGRESS') setResumeUrl(payload.payment?.transactionUrl ?? null);
      return;
    }
    if (payload.payment?.transactionUrl) window.location.assign(payload.payment.transactionUrl);
    else window.location.assign(`/bookings?booking=${bookingId}&payment=${payload.payment?.status ?? ''}`);
  };

  const payWithApplePay = async () => {
    setBusy(true);
    setError(null);
    try {
      // The simulator's stand-in token; a real Apple Pay sheet hands over its payment token here instead.
      const { data } = await startPayment({ variables: { input: { bookingId, source: { type: 'APPLE_PAY', token: 'simulated-apple-pay' }, idempotencyKey: randomKey() } } });
      finish(data!.startPayment);
    } catch {
      setError(intl.formatMessage({ id: 'common.networkError' }));
    } finally {
      setBusy(false);
    }
  };

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
      finish(data!.startPayment);
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

  const methods: Method[] = ['card', ...(authoriseOnly ? [] : ['stcpay' as const]), ...(applePay && !savesCard ? ['applepay' as const] : [])];
  return (
    <section className="card stack" aria-labelledby="pay-title">
      <h2 id="pay-title">
        <FormattedMessage id="pay.title" values={{ amount: formatPrice(intl, amountHalalas) }} />
      </h2>
      {holdExpiresAt && (
        <p className="banner warn" data-hold>
          <FormattedMessage id="pay.holdEnds" values={{ countdown: <Countdown key="c" until={holdExpiresAt} /> }} />
        </p>
      )}
      {authoriseOnly && <p className="muted" data-saves-card={savesCard}><FormattedMessage id={savesCard ? 'pay.savesCardNote' : 'pay.guaranteeNote'} /></p>}
      {methods.length > 1 && (
        <fieldset>
          <legend><FormattedMessage id="pay.method" /></legend>
          <div className="choices">
            {methods.map((m) => (
              <label key={m} className="choice">
                <input type="radio" name="pay-method" value={m} checked={method === m} onChange={() => setMethod(m)} />
                <FormattedMessage id={`pay.method.${m}`} />
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {method === 'card' && (
        <form className="stack" onSubmit={submit}>
          {field('name', 'pay.name', { autoComplete: 'cc-name' })}
          {field('number', 'pay.number', { autoComplete: 'cc-number', inputMode: 'numeric' })}
          {network && (
            <p className={`badge network-${network}`} data-network={network}>
              <FormattedMessage id={`pay.network.${network}`} />
            </p>
          )}
          {field('expiry', 'pay.expiry', { autoComplete: 'cc-exp', placeholder: intl.formatMessage({ id: 'pay.expiryPlaceholder' }) })}
          {field('cvc', 'pay.cvc', { autoComplete: 'cc-csc', inputMode: 'numeric' })}
          <Button type="submit" disabled={busy || !settings.data}>
            <FormattedMessage id="pay.submit" />
          </Button>
        </form>
      )}
      {method === 'stcpay' && <StcPayForm bookingId={bookingId} />}
      {method === 'applepay' && (
        <Button type="button" className="applepay" onClick={() => void payWithApplePay()} disabled={busy}>
          <FormattedMessage id={browserHasApplePay() ? 'pay.applePay' : 'pay.applePayStandIn'} />
        </Button>
      )}
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
    </section>
  );
}
