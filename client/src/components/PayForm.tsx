import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatPrice, randomKey } from '../lib/format';
import { Countdown } from '../ui/Countdown';
import { cardNetwork } from '../lib/card-network';
import { StcPayForm } from './StcPayForm';
import { Button } from '../ui/Button';
import { browserHasApplePay, showApplePaySheet } from '../lib/apple-pay';

type Method = 'card' | 'stcpay' | 'applepay';

export const PaymentSettingsQuery = graphql(`
  query PaymentSettings { paymentSettings { publishableKey tokenUrl applePayStandIn applePayDisplayName } }
`);

export const ValidateApplePayMerchantMutation = graphql(`
  mutation ValidateApplePayMerchant($input: ValidateApplePayMerchantInput!) {
    validateApplePayMerchant(input: $input) { merchantSession errors { code message } }
  }
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
  const [validateMerchant] = useMutation(ValidateApplePayMerchantMutation);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // An earlier attempt still waits at 3-D Secure: the server refuses a second one, so offer to finish that one.
  const [resumeUrl, setResumeUrl] = useState<string | null>(null);
  const [card, setCard] = useState({ name: '', number: '', expiry: '', cvc: '' });
  const [method, setMethod] = useState<Method>('card');
  const network = cardNetwork(card.number);
  // Real Apple Pay only where the server is configured for it (closed by default) and Safari has it; in the
  // simulator a stand-in, so the flow runs in Chromium too.
  const applePayName = settings.data?.paymentSettings.applePayDisplayName;
  const realApplePay = Boolean(applePayName) && browserHasApplePay();
  const applePay = Boolean(settings.data?.paymentSettings.applePayStandIn) || realApplePay;

  const finish = (payload: { errors: { code: string; message: string }[]; payment?: { status: string; transactionUrl?: string | null } | null }) => {
    if (payload.errors.length) {
      setError(payload.errors[0].message);
      if (payload.errors[0].code === 'PAYMENT_IN_PROGRESS') setResumeUrl(payload.payment?.transactionUrl ?? null);
      return;
    }
    if (payload.payment?.transactionUrl) window.location.assign(payload.payment.transactionUrl);
    else window.location.assign(`/bookings?booking=${bookingId}&payment=${payload.payment?.status ?? ''}`);
  };

  const payApplePayToken = async (token: string) => {
    const { data } = await startPayment({ variables: { input: { bookingId, source: { type: 'APPLE_PAY', token }, idempotencyKey: randomKey() } } });
    return data!.startPayment;
  };

  /** The Apple Pay sheet: our server validates the merchant, then the sheet's payment token pays. */
  const applePaySheet = () =>
    showApplePaySheet({
      amountHalalas,
      label: applePayName!,
      validate: async (validationUrl) => {
        const { data } = await validateMerchant({ variables: { input: { bookingId, validationUrl } } });
        const payload = data!.validateApplePayMerchant;
        if (payload.errors.length) setError(payload.errors[0].message);
        return payload.merchantSession ? JSON.parse(payload.merchantSession) : null;
      },
      pay: async (token) => {
        const payload = await payApplePayToken(token);
        return { ok: payload.errors.length === 0, result: payload };
      },
    });

  const payWithApplePay = async () => {
    // The sheet opens inside the click only: it is created before anything is awaited.
    const sheet = realApplePay ? applePaySheet() : null;
    setBusy(true);
    setError(null);
    try {
      // Without real Apple Pay, the simulator's stand-in token.
      const payload = sheet ? await sheet : await payApplePayToken('simulated-apple-pay');
      if (payload) finish(payload);
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
          <FormattedMessage id={realApplePay ? 'pay.applePay' : 'pay.applePayStandIn'} />
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
