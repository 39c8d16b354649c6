import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { MyBookingsQuery as MyBookingsData } from '../gql/graphql';
import { StatusMessage } from '../components/StatusMessage';
import { PayForm } from '../components/PayForm';
import { RescheduleForm } from '../components/RescheduleForm';
import { formatDateTime, formatPrice } from '../lib/format';

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

type Booking = MyBookingsData['myBookings']['edges'][number]['node'];

export function BookingCard({ booking, onChanged }: { booking: Booking; onChanged: () => void }) {
  const intl = useIntl();
  const [cancel, cancelling] = useMutation(CancelMutation);
  const [review] = useMutation(ReviewMutation);
  const [paying, setPaying] = useState(false);
  const [moving, setMoving] = useState(false);
  const [rating, setRating] = useState(5);
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const canCancel = ['PENDING', 'CONFIRMED'].includes(booking.status) && new Date(booking.cancellableUntil) > new Date();
  const awaitingPayment = booking.status === 'PENDING' && booking.holdExpiresAt && !['PAID', 'AUTHORIZED', 'CAPTURED'].includes(booking.payment?.status ?? '');

  const doCancel = async () => {
    const { data } = await cancel({ variables: { input: { bookingId: booking.id } } });
    if (data?.cancelBooking.errors.length) setMessage(data.cancelBooking.errors[0].message);
    onChanged();
  };
  const doReview = async () => {
    const { data } = await review({ variables: { input: { bookingId: booking.id, rating, comment } } });
    setMessage(data?.createReview.errors[0]?.message ?? intl.formatMessage({ id: 'bookings.reviewThanks' }));
  };

  return (
    <li className="card stack" data-booking={booking.id}>
      <h2 className="card-title">
        {booking.service.name} · {booking.salon.name}
      </h2>
      <p>
        {formatDateTime(intl, booking.startsAt, booking.salon.timeZone)} · {booking.staff.displayName} · {formatPrice(intl, booking.priceHalalas)}
      </p>
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
      {['PENDING', 'CONFIRMED'].includes(booking.status) && (
        <p className="muted">
          {canCancel ? (
            <FormattedMessage id="bookings.policy" values={{ hours: booking.salon.cancellationCutoffHours, until: formatDateTime(intl, booking.cancellableUntil, booking.salon.timeZone) }} />
          ) : (
            <FormattedMessage id="bookings.policyPassed" values={{ phone: booking.salon.phone }} />
          )}
        </p>
      )}
      <div className="actions">
        {['PENDING', 'CONFIRMED'].includes(booking.status) && (
          <button type="button" className="button secondary" disabled={!canCancel || cancelling.loading} onClick={() => void doCancel()}>
            <FormattedMessage id="bookings.cancel" />
          </button>
        )}
        {canCancel && (
          <button type="button" className="button secondary" aria-expanded={moving} onClick={() => setMoving((m) => !m)}>
            <FormattedMessage id="bookings.reschedule" />
          </button>
        )}
        {awaitingPayment && !paying && (
          <button type="button" className="button" onClick={() => setPaying(true)}>
            <FormattedMessage id="bookings.pay" />
          </button>
        )}
        <Link to={`/salons/${booking.salon.id}`} className="button link">
          <FormattedMessage id="bookings.bookAgain" />
        </Link>
      </div>
      {moving && (
        <RescheduleForm bookingId={booking.id} serviceId={booking.service.id} staffId={booking.staff.id} timeZone={booking.salon.timeZone} onDone={() => { setMoving(false); onChanged(); }} />
      )}
      {paying && <PayForm bookingId={booking.id} amountHalalas={booking.priceHalalas} />}
      {booking.status === 'COMPLETED' && (
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
          <textarea id={`comment-${booking.id}`} value={comment} onChange={(e) => setComment(e.target.value)} />
          <button type="submit" className="button secondary">
            <FormattedMessage id="bookings.review" />
          </button>
        </form>
      )}
      {message && <p role="status">{message}</p>}
    </li>
  );
}

function BookingList({ upcoming }: { upcoming: boolean }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(MyBookingsQuery, { variables: { upcoming }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <StatusMessage kind="loading" messageId="bookings.loading" />;
  if (error && !data) return <StatusMessage kind="error" messageId="bookings.error" onRetry={() => void refetch()} />;
  const edges = data?.myBookings.edges ?? [];
  return (
    <>
      {edges.length === 0 && <StatusMessage kind="empty" messageId={upcoming ? 'bookings.noUpcoming' : 'bookings.noPast'} />}
      <ul className="plain stack">
        {edges.map(({ node }) => (
          <BookingCard key={node.id} booking={node} onChanged={() => void refetch()} />
        ))}
      </ul>
      {data?.myBookings.pageInfo.hasNextPage && (
        <button type="button" className="button secondary" onClick={() => void fetchMore({ variables: { after: data.myBookings.pageInfo.endCursor } })}>
          <FormattedMessage id="home.loadMore" />
        </button>
      )}
    </>
  );
}

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
    </section>
  );
}
