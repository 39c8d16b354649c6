import { lazy, Suspense, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { MyBookingsQuery as MyBookingsData } from '../gql/graphql';
import { StatusMessage } from '../components/StatusMessage';
import { PayForm } from '../components/PayForm';
import { PaymentTermsNote } from '../components/PaymentTermsNote';
import { RescheduleForm } from '../components/RescheduleForm';
import { VisitMoveForm } from '../components/VisitMoveForm';
import { formatDateTime, formatDigits, formatPrice } from '../lib/format';
import { ConfirmButton } from '../ui/ConfirmDialog';
import { Countdown } from '../ui/Countdown';
import { useToast } from '../ui/Toast';
import { Button } from '../ui/Button';

// Shares this screen's chunk: customers open invoices from here (see App.tsx).
export { InvoicePage } from './InvoicePage';

export const MyBookingsQuery = graphql(`
  query MyBookings($upcoming: Boolean, $after: String) {
    myBookings(filter: { upcoming: $upcoming }, first: 20, after: $after) {
      edges {
        node {
          id status startsAt priceHalalas holdExpiresAt cancellableUntil
          salon { id name timeZone cancellationCutoffHours phone }
          service { id name }
          staff { id displayName }
          payment { status }
          nextPayment { purpose amountHalalas savesCard }
          paymentTerms { prepayment onlineDueHalalas guarantee balanceHalalas noShowFeeHalalas noShowGraceMinutes lateCancelFeeHalalas lateCancelWindowHours savesCard savesCardBeyondDays }
          fee { kind amountHalalas status chargedToSavedCard }
          invoices { id kind reference }
          visitPosition
          visit { id totalHalalas parts { id service { id } staff { id } } }
          review { id rating comment editableUntil hiddenAt hiddenReason }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CancelMutation = graphql(`
  mutation CancelMyBooking($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status } errors { code message } } }
`);

export const ReviewMutation = graphql(`
  mutation ReviewBooking($input: CreateReviewInput!) { createReview(input: $input) { review { id } errors { code message } } }
`);

export const EditReviewMutation = graphql(`
  mutation EditMyReview($input: EditReviewInput!) { editReview(input: $input) { review { id rating comment editedAt } errors { code message } } }
`);

const ACTIVE = ['PENDING', 'CONFIRMED'];

type Booking = MyBookingsData['myBookings']['edges'][number]['node'];

/**
 * One card per booking, and one per visit: `parts` are the visit's bookings in this list, in order. The visit's
 * money, cancellation and messages go through its first part (cancelling it cancels them all).
 */
export function BookingCard({ booking, parts, onChanged }: { booking: Booking; parts?: Booking[]; onChanged: () => void }) {
  const intl = useIntl();
  const [cancel, cancelling] = useMutation(CancelMutation);
  const [review] = useMutation(ReviewMutation);
  const [editReview] = useMutation(EditReviewMutation);
  const [editing, setEditing] = useState(false);
  const [paying, setPaying] = useState(false);
  const [moving, setMoving] = useState(false);
  const [rating, setRating] = useState(5);
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [reviewed, setReviewed] = useState(false);
  const toast = useToast();
  const canCancel = ['PENDING', 'CONFIRMED'].includes(booking.status) && new Date(booking.cancellableUntil) > new Date();
  const visit = booking.visit && parts ? { ...booking.visit, parts } : null;
  const awaitingPayment = booking.status === 'PENDING' && booking.holdExpiresAt && booking.nextPayment;
  // After a deposit, the rest can be paid at the salon or here.
  const balanceDue = booking.status === 'CONFIRMED' && booking.nextPayment?.purpose === 'BALANCE';

  const doCancel = async () => {
    const { data } = await cancel({ variables: { input: { bookingId: booking.id } } });
    if (data?.cancelBooking.errors.length) setMessage(data.cancelBooking.errors[0].message);
    else toast(intl.formatMessage({ id: 'bookings.cancelled' }));
    onChanged();
  };
  const written = booking.review;
  const canEdit = Boolean(written && !written.hiddenAt && new Date(written.editableUntil) > new Date());
  // A first review or a change to one: either way the form goes away once it is in, and a toast says so.
  const doReview = async () => {
    const error = written
      ? (await editReview({ variables: { input: { reviewId: written.id, rating, comment } } })).data?.editReview.errors[0]?.message
      : (await review({ variables: { input: { bookingId: booking.id, rating, comment } } })).data?.createReview.errors[0]?.message;
    setMessage(error ?? null);
    if (error) return;
    if (written) setEditing(false);
    else setReviewed(true);
    toast(intl.formatMessage({ id: written ? 'later.reviewUpdated' : 'bookings.reviewThanks' }));
    onChanged();
  };
  const startEditing = () => {
    setRating(written!.rating);
    setComment(written!.comment);
    setEditing(true);
  };

  return (
    <li className="card stack" data-booking={booking.id} data-visit={visit?.id}>
      {visit ? (
        <>
          <h2 className="card-title">
            <FormattedMessage id="visit.cardTitle" values={{ count: visit.parts.length }} /> · <bdi>{booking.salon.name}</bdi>
          </h2>
          <ol className="plain" data-visit-parts>
            {visit.parts.map((p) => (
              <li key={p.id}>
                {formatDateTime(intl, p.startsAt, p.salon.timeZone)} · <bdi dir="auto">{p.service.name}</bdi> · <bdi dir="auto">{p.staff.displayName}</bdi>
              </li>
            ))}
          </ol>
          <p>
            <FormattedMessage id="visit.total" values={{ total: formatPrice(intl, visit.totalHalalas) }} />
          </p>
        </>
      ) : (
        <>
          <h2 className="card-title">
            <bdi>{booking.service.name}</bdi> · <bdi>{booking.salon.name}</bdi>
          </h2>
          <p>
            {formatDateTime(intl, booking.startsAt, booking.salon.timeZone)} · <bdi>{booking.staff.displayName}</bdi> · {formatPrice(intl, booking.priceHalalas)}
          </p>
        </>
      )}
      {awaitingPayment && booking.holdExpiresAt && (
        <p className="banner warn" data-hold>
          <FormattedMessage id="pay.holdEnds" values={{ countdown: <Countdown key="c" until={booking.holdExpiresAt} /> }} />
        </p>
      )}
      <p>
        <span className={`badge status-${booking.status}`}>
          <FormattedMessage id={`status.${booking.status}`} />
        </span>
        {booking.payment && (
          <span className="badge">
            <FormattedMessage id={`paymentStatus.${booking.payment.status}`} />
          </span>
        )}
      </p>
      {ACTIVE.includes(booking.status) && <PaymentTermsNote terms={booking.paymentTerms} />}
      {booking.fee && (
        <p className="banner warn" data-booking-fee={booking.fee.status}>
          <FormattedMessage id={`bookings.fee.${booking.fee.kind}.${booking.fee.status}${booking.fee.chargedToSavedCard && booking.fee.status === 'CHARGED' ? '_CARD' : ''}`} values={{ amount: formatPrice(intl, booking.fee.amountHalalas) }} />
        </p>
      )}
      {['PENDING', 'CONFIRMED'].includes(booking.status) && (
        <p className="muted">
          {canCancel ? (
            <FormattedMessage id="bookings.policy" values={{ hours: booking.salon.cancellationCutoffHours, until: formatDateTime(intl, booking.cancellableUntil, booking.salon.timeZone) }} />
          ) : (
            <FormattedMessage id="bookings.policyPassed" values={{ phone: <bdi key="p" dir="ltr">{formatDigits(intl, booking.salon.phone)}</bdi> }} />
          )}
        </p>
      )}
      <div className="actions">
        {['PENDING', 'CONFIRMED'].includes(booking.status) && (
          <ConfirmButton
            label={<FormattedMessage id="bookings.cancel" />}
            title={<FormattedMessage id="bookings.cancelTitle" />}
            body={visit ? <>{formatDateTime(intl, booking.startsAt, booking.salon.timeZone)} · <FormattedMessage id="visit.cancelNote" /></> : formatDateTime(intl, booking.startsAt, booking.salon.timeZone)}
            confirmLabel={<FormattedMessage id="bookings.cancelConfirm" />}
            disabled={!canCancel || cancelling.loading}
            onConfirm={doCancel}
          />
        )}
        {canCancel && (
          <Button type="button" variant="secondary" aria-expanded={moving} onClick={() => setMoving((m) => !m)}>
            <FormattedMessage id="bookings.reschedule" />
          </Button>
        )}
        {(awaitingPayment || balanceDue) && !paying && (
          <Button type="button" onClick={() => setPaying(true)}>
            <FormattedMessage id={balanceDue ? 'bookings.payBalance' : 'bookings.pay'} values={{ amount: formatPrice(intl, booking.nextPayment?.amountHalalas ?? 0) }} />
          </Button>
        )}
        <Link to={`/salons/${booking.salon.id}`} className="button link">
          <FormattedMessage id="bookings.bookAgain" />
        </Link>
      </div>
      {moving && visit && (
        // The visit's parts as the server has them: a long list may show some of them on a later page.
        <VisitMoveForm visit={booking.visit!} timeZone={booking.salon.timeZone} onDone={() => { setMoving(false); toast(intl.formatMessage({ id: 'visit.moved' })); onChanged(); }} />
      )}
      {moving && !visit && (
        <RescheduleForm bookingId={booking.id} serviceId={booking.service.id} staffId={booking.staff.id} timeZone={booking.salon.timeZone} onDone={() => { setMoving(false); toast(intl.formatMessage({ id: 'bookings.moved' })); onChanged(); }} />
      )}
      {booking.invoices.length > 0 && (
        <p className="actions">
          {booking.invoices.map((doc) => (
            <Link key={doc.id} to={`/invoices/${doc.id}`} className="button link">
              <FormattedMessage id={doc.kind === 'CREDIT_NOTE' ? 'bookings.creditNoteLink' : 'bookings.invoiceLink'} values={{ reference: <bdi key="r" dir="ltr" lang="en" translate="no">{doc.reference}</bdi> }} />
            </Link>
          ))}
        </p>
      )}
      {paying && booking.nextPayment && <PayForm bookingId={booking.id} amountHalalas={booking.nextPayment.amountHalalas} authoriseOnly={booking.nextPayment.purpose === 'GUARANTEE'} savesCard={booking.nextPayment.savesCard} />}
      {booking.status === 'COMPLETED' && reviewed && !written && (
        <p className="muted">
          <FormattedMessage id="bookings.reviewThanks" />
        </p>
      )}
      {written && !editing && (
        <div className="stack" data-my-review={written.id}>
          <p>
            <FormattedMessage id="later.yourReview" /> <span role="img" aria-label={intl.formatMessage({ id: 'later.stars' }, { count: written.rating })}>{'★'.repeat(written.rating)}</span>
            {written.comment && (
              <>
                {' · '}
                <bdi dir="auto" data-user-text>{written.comment}</bdi>
              </>
            )}
          </p>
          {written.hiddenAt ? (
            <p className="muted" data-review-hidden>
              <FormattedMessage id="later.reviewHidden" values={{ reason: <bdi dir="auto" data-user-text>{written.hiddenReason ?? ''}</bdi> }} />
            </p>
          ) : canEdit ? (
            <p className="actions">
              <Button variant="secondary" onClick={startEditing}>
                <FormattedMessage id="later.editReview" />
              </Button>
              <span className="muted">
                <FormattedMessage id="later.editableUntil" values={{ date: formatDateTime(intl, written.editableUntil, booking.salon.timeZone) }} />
              </span>
            </p>
          ) : null}
        </div>
      )}
      {booking.status === 'COMPLETED' && ((!reviewed && !written) || editing) && (
        <form className="stack" onSubmit={(e) => { e.preventDefault(); void doReview(); }}>
          <label htmlFor={`rating-${booking.id}`}>
            <FormattedMessage id="bookings.rating" />
          </label>
          <select id={`rating-${booking.id}`} value={rating} onChange={(e) => setRating(Number(e.target.value))}>
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={n}>
                {'★'.repeat(n)}
              </option>
            ))}
          </select>
          <label htmlFor={`comment-${booking.id}`}>
            <FormattedMessage id="bookings.comment" />
          </label>
          <textarea id={`comment-${booking.id}`} dir="auto" value={comment} onChange={(e) => setComment(e.target.value)} />
          <p className="actions">
            <Button type="submit" variant="secondary">
              <FormattedMessage id={editing ? 'later.saveReview' : 'bookings.review'} />
            </Button>
            {editing && (
              <Button variant="link" onClick={() => setEditing(false)}>
                <FormattedMessage id="later.keepReview" />
              </Button>
            )}
          </p>
        </form>
      )}
      {message && <p role="alert" className="error">{message}</p>}
    </li>
  );
}

function BookingList({ upcoming }: { upcoming: boolean }) {
  const client = useApolloClient();
  const { data, loading, error, refetch, fetchMore } = useQuery(MyBookingsQuery, { variables: { upcoming }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <StatusMessage kind="loading" messageId="bookings.loading" />;
  if (error && !data) return <StatusMessage kind="error" messageId="bookings.error" onRetry={() => void refetch()} />;
  // A cancelled or lapsed booking is no longer "upcoming", even though its time is still ahead.
  const edges = (data?.myBookings.edges ?? []).filter(({ node }) => !upcoming || ACTIVE.includes(node.status));
  // A visit shows as one card, where its first listed part is, carried by its first part (the one with its money).
  const partsOf = new Map<string, Booking[]>();
  for (const { node } of edges) if (node.visit) partsOf.set(node.visit.id, [...(partsOf.get(node.visit.id) ?? []), node]);
  for (const list of partsOf.values()) list.sort((a, b) => (a.visitPosition ?? 0) - (b.visitPosition ?? 0));
  const shown = new Set<string>();
  return (
    <>
      {edges.length === 0 && <StatusMessage kind="empty" messageId={upcoming ? 'bookings.noUpcoming' : 'bookings.noPast'} />}
      <ul className="plain stack">
        {edges.map(({ node }) => {
          const parts = node.visit ? partsOf.get(node.visit.id)! : undefined;
          if (node.visit) {
            if (shown.has(node.visit.id)) return null;
            shown.add(node.visit.id);
          }
          const card = parts ? parts[0] : node;
          return <BookingCard key={card.id} booking={card} parts={parts} onChanged={() => void client.refetchQueries({ include: [MyBookingsQuery] })} />;
        })}
      </ul>
      {data?.myBookings.pageInfo.hasNextPage && (
        <Button type="button" variant="secondary" onClick={() => void fetchMore({ variables: { after: data.myBookings.pageInfo.endCursor } })}>
          <FormattedMessage id="home.loadMore" />
        </Button>
      )}
    </>
  );
}

// The customer's waitlist entries: the waitlist's own chunk.
const MyWaitlist = lazy(() => import('../components/Waitlist').then((m) => ({ default: m.MyWaitlist })));

export function BookingsPage() {
  const [params] = useSearchParams();
  const payment = params.get('payment');
  return (
    <section className="stack" aria-labelledby="bookings-title">
      <h1 id="bookings-title">
        <FormattedMessage id="bookings.title" />
      </h1>
      {payment && (
        <p role="status" className={`banner ${['PAID', 'AUTHORIZED', 'CAPTURED'].includes(payment) ? 'ok' : 'warn'}`}>
          <FormattedMessage id={`bookings.paymentResult.${['PAID', 'AUTHORIZED', 'CAPTURED', 'FAILED'].includes(payment) ? payment : 'OTHER'}`} />
        </p>
      )}
      {params.get('created') && (
        <p role="status" className="banner ok">
          <FormattedMessage id="bookings.created" />
        </p>
      )}
      <h2>
        <FormattedMessage id="bookings.upcoming" />
      </h2>
      <BookingList upcoming />
      <h2>
        <FormattedMessage id="bookings.past" />
      </h2>
      <BookingList upcoming={false} />
      <Suspense fallback={null}>
        <MyWaitlist />
      </Suspense>
    </section>
  );
}
