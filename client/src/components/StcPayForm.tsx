import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { randomKey } from '../lib/format';
import { StartPaymentMutation } from './PayForm';
import { Button } from '../ui/Button';

export const ConfirmStcPaymentMutation = graphql(`
  mutation ConfirmStcPayment($input: ConfirmStcPaymentInput!) {
    confirmStcPayment(input: $input) { payment { id status } errors { code message } }
  }
`);

/** STC Pay: the mobile number, then the code STC Pay sends to it. A refused code ends the attempt; start again. */
export function StcPayForm({ bookingId }: { bookingId: string }) {
  const intl = useIntl();
  const [startPayment] = useMutation(StartPaymentMutation);
  const [confirm] = useMutation(ConfirmStcPaymentMutation);
  const [mobile, setMobile] = useState('');
  const [otp, setOtp] = useState('');
  const [paymentId, setPaymentId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (event: FormEvent, step: () => Promise<void>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch {
      setError(intl.formatMessage({ id: 'common.networkError' }));
    } finally {
      setBusy(false);
    }
  };

  const sendMobile = (event: FormEvent) => run(event, async () => {
    const { data } = await startPayment({ variables: { input: { bookingId, source: { type: 'STC_PAY', mobile }, idempotencyKey: randomKey() } } });
    const payload = data!.startPayment;
    if (payload.errors.length) setError(payload.errors[0].message);
    else setPaymentId(payload.payment!.id);
  });

  const sendCode = (event: FormEvent) => run(event, async () => {
    const { data } = await confirm({ variables: { input: { paymentId: paymentId!, otp } } });
    const payload = data!.confirmStcPayment;
    if (payload.errors.length) {
      setError(payload.errors[0].message);
      // The attempt is over once STC Pay refuses a code: ask for the mobile again for a new one.
      if (payload.errors[0].code === 'PAYMENT_DECLINED') {
        setPaymentId(null);
        setOtp('');
      }
      return;
    }
    window.location.assign(`/bookings?booking=${bookingId}&payment=${payload.payment?.status ?? ''}`);
  });

  return (
    <div className="stack" data-stcpay>
      {!paymentId ? (
        <form className="stack" onSubmit={(e) => void sendMobile(e)}>
          <label htmlFor="stc-mobile"><FormattedMessage id="pay.stcMobile" /></label>
          <input id="stc-mobile" dir="ltr" inputMode="tel" autoComplete="tel" required value={mobile} onChange={(e) => setMobile(e.target.value)} placeholder={intl.formatMessage({ id: 'pay.stcMobilePlaceholder' })} />
          <Button type="submit" disabled={busy}><FormattedMessage id="pay.stcSend" /></Button>
        </form>
      ) : (
        <form className="stack" onSubmit={(e) => void sendCode(e)}>
          <p role="status"><FormattedMessage id="pay.stcCodeSent" values={{ mobile: <bdi key="m" dir="ltr">{mobile}</bdi> }} /></p>
          <label htmlFor="stc-otp"><FormattedMessage id="pay.stcCode" /></label>
          <input id="stc-otp" dir="ltr" inputMode="numeric" autoComplete="one-time-code" required value={otp} onChange={(e) => setOtp(e.target.value)} />
          <Button type="submit" disabled={busy}><FormattedMessage id="pay.stcConfirm" /></Button>
        </form>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}
