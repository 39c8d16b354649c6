import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { saveSession } from '../auth';
import { formatDigits, randomKey } from '../lib/format';
import { safeNext } from '../lib/access';
import { Button } from '../ui/Button';

export const RequestCodeMutation = graphql(`
  mutation RequestCode($input: RequestPhoneCodeInput!) {
    requestPhoneCode(input: $input) { requestId expiresAt retryAfterSeconds errors { code message field } }
  }
`);

export const VerifyCodeMutation = graphql(`
  mutation VerifyCode($input: VerifyPhoneCodeInput!) {
    verifyPhoneCode(input: $input) { accessToken refreshToken user { id firstName role } errors { code message field } }
  }
`);

function deviceId(): string {
  let id = localStorage.getItem('salon.device');
  if (!id) {
    id = randomKey();
    localStorage.setItem('salon.device', id);
  }
  return id;
}

/** Where someone lands after signing in when nothing asked for a page: the salon's people on their calendar. */
export function landingFor(role: string | undefined): string {
  if (role === 'STAFF') return '/staff';
  if (role === 'MANAGER') return '/manage';
  return '/bookings';
}

/** Phone number, then the one-time code; resend after the server's countdown. Returns to `next` when done. */
export function LoginPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Only a path on this site: a link must not send a person elsewhere after signing in.
  const next = params.has('next') ? safeNext(params.get('next')) : null;
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [requestId, setRequestId] = useState<string | null>(null);
  const [countdown, setCountdown] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [requestCode, requesting] = useMutation(RequestCodeMutation);
  const [verifyCode, verifying] = useMutation(VerifyCodeMutation);

  useEffect(() => {
    if (countdown <= 0) return;
    const timer = setTimeout(() => setCountdown((c) => c - 1), 1000);
    return () => clearTimeout(timer);
  }, [countdown]);

  const ask = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(null);
    try {
      const { data } = await requestCode({ variables: { input: { phoneNumber: phone, channel: 'SMS', deviceId: deviceId() } } });
      const payload = data!.requestPhoneCode;
      setCountdown(payload.retryAfterSeconds ?? 0);
      if (payload.errors.length) setError(payload.errors[0].message);
      else setRequestId(payload.requestId ?? null);
    } catch {
      setError(intl.formatMessage({ id: 'common.networkError' }));
    }
  };

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await verifyCode({ variables: { input: { requestId: requestId!, code } } });
      const payload = data!.verifyPhoneCode;
      if (payload.errors.length || !payload.accessToken) {
        setError(payload.errors[0]?.message ?? intl.formatMessage({ id: 'common.networkError' }));
        return;
      }
      saveSession({ accessToken: payload.accessToken, refreshToken: payload.refreshToken! });
      navigate(next ?? landingFor(payload.user?.role), { replace: true });
    } catch {
      setError(intl.formatMessage({ id: 'common.networkError' }));
    }
  };

  return (
    <section className="narrow" aria-labelledby="login-title">
      <h1 id="login-title">
        <FormattedMessage id="login.title" />
      </h1>
      {!requestId ? (
        <form onSubmit={ask} className="stack">
          <label htmlFor="phone">
            <FormattedMessage id="login.phone" />
          </label>
          <input id="phone" name="phone" type="tel" inputMode="tel" autoComplete="tel" dir="ltr" required value={phone} onChange={(e) => setPhone(e.target.value)} placeholder={intl.formatMessage({ id: 'login.phonePlaceholder' })} aria-describedby="phone-help" />
          <p id="phone-help" className="muted">
            <FormattedMessage id="login.phoneHelp" />
          </p>
          <Button type="submit" disabled={requesting.loading || countdown > 0}>
            <FormattedMessage id="login.sendCode" />
          </Button>
        </form>
      ) : (
        <form onSubmit={verify} className="stack">
          <p data-sent-to>
            <FormattedMessage id="login.sentTo" values={{ phone: <bdi key="p" dir="ltr">{formatDigits(intl, phone)}</bdi> }} />{' '}
            <Button type="button" variant="link" onClick={() => { setRequestId(null); setCode(''); setError(null); }}>
              <FormattedMessage id="login.changeNumber" />
            </Button>
          </p>
          <label htmlFor="code">
            <FormattedMessage id="login.code" />
          </label>
          <input id="code" name="code" autoFocus inputMode="numeric" autoComplete="one-time-code" dir="ltr" required pattern="[0-9]{4,8}" value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} />
          <Button type="submit" disabled={verifying.loading}>
            <FormattedMessage id="login.verify" />
          </Button>
          <Button variant="secondary" type="button" onClick={() => void ask()} disabled={countdown > 0 || requesting.loading}>
            {countdown > 0 ? <FormattedMessage id="login.resendIn" values={{ seconds: countdown }} /> : <FormattedMessage id="login.resend" />}
          </Button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
