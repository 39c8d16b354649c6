import { lazy, Suspense, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { MySalonsQuery as MySalonsData } from '../gql/graphql';
import { StatusMessage } from '../components/StatusMessage';
import { SalonCalendar } from '../components/SalonCalendar';
import { SalonHours } from '../components/hours/SalonHours';
import { CatalogEditor } from '../components/CatalogEditor';
import { InvoicesPanel } from '../components/InvoicesPanel';
import { PaymentPolicyEditor } from '../components/PaymentPolicyEditor';
import { TeamPanel } from '../components/TeamPanel';
import { AuditLogPanel } from '../components/AuditLogPanel';
import { formatDateTime, formatPrice } from '../lib/format';
import { useToast } from '../ui/Toast';
import { Button } from '../ui/Button';

// The salon's waitlist: the waitlist's own chunk.
const PhotosPanel = lazy(() => import('../components/PhotosPanel'));
const SalonReviewsPanel = lazy(() => import('../components/SalonReviewsPanel'));
const SalonWaitlistPanel = lazy(() => import('../components/Waitlist').then((m) => ({ default: m.SalonWaitlistPanel })));

export const MySalonsQuery = graphql(`
  query MySalons { mySalons { id name nameAr nameEn descriptionAr descriptionEn phone timeZone requiresPrepayment autoConfirm cancellationCutoffHours minimumNoticeMinutes } }
`);

export const SalonPaymentsQuery = graphql(`
  query SalonPayments($salonId: ID!) {
    salonPayments(salonId: $salonId, first: 20) {
      edges { node { id status amountHalalas refundedHalalas cardCompany cardLast4 createdAt booking { id service { name } customer { displayName } } } }
    }
  }
`);

export const RefundMutation = graphql(`
  mutation RefundFromManager($input: RefundPaymentInput!) { refundPayment(input: $input) { payment { id status refundedHalalas } errors { code message } } }
`);

export const UpdateSettingsMutation = graphql(`
  mutation UpdateSalonSettings($input: UpdateSalonInput!) {
    updateSalon(input: $input) { salon { id name nameAr nameEn descriptionAr descriptionEn phone requiresPrepayment autoConfirm cancellationCutoffHours minimumNoticeMinutes } errors { message field } }
  }
`);

type Salon = MySalonsData['mySalons'][number];

function Settings({ salon }: { salon: Salon }) {
  const [update, updating] = useMutation(UpdateSettingsMutation);
  const [message, setMessage] = useState<string | null>(null);
  const toast = useToast();
  const [form, setForm] = useState({ nameAr: salon.nameAr, nameEn: salon.nameEn, descriptionAr: salon.descriptionAr, descriptionEn: salon.descriptionEn, phone: salon.phone, requiresPrepayment: salon.requiresPrepayment, autoConfirm: salon.autoConfirm, cancellationCutoffHours: salon.cancellationCutoffHours, minimumNoticeMinutes: salon.minimumNoticeMinutes });
  const intl = useIntl();
  const save = async () => {
    const { data } = await update({ variables: { input: { salonId: salon.id, ...form } } });
    const error = data?.updateSalon.errors[0]?.message ?? null;
    setMessage(error);
    if (!error) toast(intl.formatMessage({ id: 'manage.saved' }));
  };
  return (
    <form className="card stack" onSubmit={(e) => { e.preventDefault(); void save(); }} aria-labelledby="settings-title">
      <h2 id="settings-title">
        <FormattedMessage id="manage.settings" />
      </h2>
      {(['nameAr', 'nameEn', 'descriptionAr', 'descriptionEn', 'phone'] as const).map((key) => (
        <div key={key}>
          <label htmlFor={`salon-${key}`}>
            <FormattedMessage id={`manage.field.${key}`} />
          </label>
          <input id={`salon-${key}`} dir={key.endsWith('Ar') ? 'rtl' : 'ltr'} value={form[key]} onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))} />
        </div>
      ))}
      <label className="choice">
        <input type="checkbox" checked={form.requiresPrepayment} onChange={(e) => setForm((f) => ({ ...f, requiresPrepayment: e.target.checked }))} />
        <FormattedMessage id="manage.requiresPrepayment" />
      </label>
      <label className="choice">
        <input type="checkbox" checked={form.autoConfirm} onChange={(e) => setForm((f) => ({ ...f, autoConfirm: e.target.checked }))} />
        <FormattedMessage id="manage.autoConfirm" />
      </label>
      <label htmlFor="cutoff">
        <FormattedMessage id="manage.cutoff" />
      </label>
      <input id="cutoff" type="number" min={0} value={form.cancellationCutoffHours} onChange={(e) => setForm((f) => ({ ...f, cancellationCutoffHours: Number(e.target.value) }))} />
      <label htmlFor="notice">
        <FormattedMessage id="manage.notice" />
      </label>
      <input id="notice" type="number" min={0} value={form.minimumNoticeMinutes} onChange={(e) => setForm((f) => ({ ...f, minimumNoticeMinutes: Number(e.target.value) }))} />
      <Button type="submit" disabled={updating.loading}>
        <FormattedMessage id="manage.save" />
      </Button>
      {message && <p role="alert" className="error">{message}</p>}
    </form>
  );
}

/** Refund part or all of a payment; the amount is typed in riyals and sent in halalas. */
export function RefundDialog({ paymentId, maxHalalas, onDone }: { paymentId: string; maxHalalas: number; onDone: () => void }) {
  const intl = useIntl();
  const [amount, setAmount] = useState((maxHalalas / 100).toFixed(2));
  const [refund, refunding] = useMutation(RefundMutation);
  const [message, setMessage] = useState<string | null>(null);
  const submit = async () => {
    const halalas = Math.round(Number(amount) * 100);
    const { data } = await refund({ variables: { input: { paymentId, amountHalalas: halalas } } });
    if (data?.refundPayment.errors.length) setMessage(data.refundPayment.errors[0].message);
    else onDone();
  };
  return (
    <form className="stack" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <label htmlFor={`refund-${paymentId}`}>
        <FormattedMessage id="manage.refundAmount" values={{ max: formatPrice(intl, maxHalalas) }} />
      </label>
      <input id={`refund-${paymentId}`} inputMode="decimal" dir="ltr" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <Button type="submit" disabled={refunding.loading}>
        <FormattedMessage id="manage.refund" />
      </Button>
      {message && <p role="alert" className="error">{message}</p>}
    </form>
  );
}

function Payments({ salon }: { salon: Salon }) {
  const intl = useIntl();
  const { data, loading, refetch } = useQuery(SalonPaymentsQuery, { variables: { salonId: salon.id }, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<string | null>(null);
  if (loading && !data) return <StatusMessage kind="loading" messageId="manage.loadingPayments" />;
  const edges = data?.salonPayments.edges ?? [];
  return (
    <section className="stack" aria-labelledby="payments-title">
      <h2 id="payments-title">
        <FormattedMessage id="manage.payments" />
      </h2>
      {edges.length === 0 && <StatusMessage kind="empty" messageId="manage.noPayments" />}
      <ul className="plain stack">
        {edges.map(({ node: p }) => (
          <li key={p.id} className="card" data-payment={p.id}>
            <strong>{formatPrice(intl, p.amountHalalas)}</strong> · <bdi>{p.booking.service.name}</bdi> · <bdi>{p.booking.customer.displayName}</bdi> · {formatDateTime(intl, p.createdAt, salon.timeZone)}
            <p>
              <span className="badge">
                <FormattedMessage id={`paymentStatus.${p.status}`} />
              </span>{' '}
              {p.refundedHalalas > 0 && <FormattedMessage id="manage.refunded" values={{ amount: formatPrice(intl, p.refundedHalalas) }} />}
            </p>
            {['PAID', 'CAPTURED', 'PARTIALLY_REFUNDED'].includes(p.status) && (
              open === p.id ? (
                <RefundDialog paymentId={p.id} maxHalalas={p.amountHalalas - p.refundedHalalas} onDone={() => { setOpen(null); void refetch(); }} />
              ) : (
                <Button type="button" variant="secondary" onClick={() => setOpen(p.id)}>
                  <FormattedMessage id="manage.refund" />
                </Button>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The manager's salon: booking settings, the whole team's calendar, and payments with refunds. */
export default function ManagePage() {
  const { data, loading, error, refetch } = useQuery(MySalonsQuery);
  if (loading && !data) return <StatusMessage kind="loading" messageId="manage.loading" />;
  if (error && !data) return <StatusMessage kind="error" messageId="manage.error" onRetry={() => void refetch()} />;
  if (!data?.mySalons.length) return <StatusMessage kind="empty" messageId="manage.none" />;
  return (
    <section className="stack">
      {data.mySalons.map((salon) => (
        <div key={salon.id} className="stack">
          <h1>{salon.name}</h1>
          <Link className="button secondary" to={`/manage/reports?salon=${salon.id}`}>
            <FormattedMessage id="manage.reports.open" />
          </Link>
          <Settings salon={salon} />
          <PaymentPolicyEditor salonId={salon.id} />
          <SalonCalendar salonId={salon.id} timeZone={salon.timeZone} />
          <Suspense fallback={null}>
            <SalonWaitlistPanel salonId={salon.id} timeZone={salon.timeZone} />
          </Suspense>
          <Payments salon={salon} />
          <InvoicesPanel salonId={salon.id} timeZone={salon.timeZone} />
          <TeamPanel salonId={salon.id} timeZone={salon.timeZone} />
          <SalonHours salonId={salon.id} timeZone={salon.timeZone} />
          <CatalogEditor salonId={salon.id} />
          <Suspense fallback={null}>
            <PhotosPanel salonId={salon.id} />
            <SalonReviewsPanel salonId={salon.id} />
          </Suspense>
          <AuditLogPanel salonId={salon.id} timeZone={salon.timeZone} />
        </div>
      ))}
    </section>
  );
}
