import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { StatusMessage } from './StatusMessage';
import { formatDateTime, upcomingDates } from '../lib/format';

export const SalonBookingsQuery = graphql(`
  query SalonBookings($salonId: ID!, $from: DateTime!, $to: DateTime!, $staffId: ID) {
    salonBookings(salonId: $salonId, from: $from, to: $to, staffId: $staffId) {
      id status startsAt endsAt customer { firstName } customerPhoneNumber service { name } staff { displayName } payment { status }
    }
  }
`);

const ACTIONS = {
  confirm: graphql(`mutation ConfirmFromCalendar($input: ConfirmBookingInput!) { confirmBooking(input: $input) { booking { id status } errors { message } } }`),
  complete: graphql(`mutation CompleteFromCalendar($input: CompleteBookingInput!) { completeBooking(input: $input) { booking { id status } errors { message } } }`),
  noShow: graphql(`mutation NoShowFromCalendar($input: MarkNoShowInput!) { markNoShow(input: $input) { booking { id status } errors { message } } }`),
};

/** A day or a week of a salon's bookings (optionally one stylist's), with the salon's actions. */
export function SalonCalendar({ salonId, timeZone, staffId }: { salonId: string; timeZone: string; staffId?: string }) {
  const intl = useIntl();
  const [offset, setOffset] = useState(0);
  const [week, setWeek] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const first = upcomingDates(timeZone, offset + 1)[offset] ?? upcomingDates(timeZone, 1)[0];
  const from = new Date(`${first}T00:00:00Z`);
  from.setUTCHours(from.getUTCHours() - 12);
  const to = new Date(from.getTime() + (week ? 7 : 1) * 86_400_000 + 24 * 3_600_000);
  const { data, loading, error, refetch } = useQuery(SalonBookingsQuery, { variables: { salonId, from: from.toISOString(), to: to.toISOString(), staffId: staffId ?? null }, fetchPolicy: 'cache-and-network' });
  const [confirm] = useMutation(ACTIONS.confirm);
  const [complete] = useMutation(ACTIONS.complete);
  const [noShow] = useMutation(ACTIONS.noShow);

  const act = async (run: () => Promise<{ errors: { message: string }[] } | undefined>) => {
    const result = await run();
    setMessage(result?.errors[0]?.message ?? null);
    void refetch();
  };

  return (
    <section className="stack" aria-labelledby="calendar-title">
      <h2 id="calendar-title">
        <FormattedMessage id="calendar.title" />
      </h2>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => setOffset((o) => Math.max(0, o - (week ? 7 : 1)))}>
          <FormattedMessage id="calendar.previous" />
        </button>
        <span>{intl.formatDate(new Date(`${first}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })}</span>
        <button type="button" className="button secondary" onClick={() => setOffset((o) => o + (week ? 7 : 1))}>
          <FormattedMessage id="calendar.next" />
        </button>
        <button type="button" className="button link" aria-pressed={week} onClick={() => setWeek((w) => !w)}>
          <FormattedMessage id={week ? 'calendar.day' : 'calendar.week'} />
        </button>
      </div>
      {loading && !data && <StatusMessage kind="loading" messageId="calendar.loading" />}
      {error && !data && <StatusMessage kind="error" messageId="calendar.error" onRetry={() => void refetch()} />}
      {data?.salonBookings.length === 0 && <StatusMessage kind="empty" messageId="calendar.empty" />}
      <ul className="plain stack">
        {data?.salonBookings.map((b) => (
          <li key={b.id} className="card" data-booking={b.id}>
            <strong>{formatDateTime(intl, b.startsAt, timeZone)}</strong> · {b.service.name} · {b.staff.displayName}
            <p>
              {b.customer.firstName} · <span dir="ltr">{b.customerPhoneNumber}</span> ·{' '}
              <span className={`badge status-${b.status}`}>
                <FormattedMessage id={`status.${b.status}`} />
              </span>
            </p>
            <div className="actions">
              {b.status === 'PENDING' && (
                <button type="button" className="button" onClick={() => void act(async () => (await confirm({ variables: { input: { bookingId: b.id } } })).data?.confirmBooking)}>
                  <FormattedMessage id="calendar.confirm" />
                </button>
              )}
              {b.status === 'CONFIRMED' && new Date(b.startsAt) <= new Date() && (
                <>
                  <button type="button" className="button" onClick={() => void act(async () => (await complete({ variables: { input: { bookingId: b.id } } })).data?.completeBooking)}>
                    <FormattedMessage id="calendar.complete" />
                  </button>
                  <button type="button" className="button secondary" onClick={() => void act(async () => (await noShow({ variables: { input: { bookingId: b.id } } })).data?.markNoShow)}>
                    <FormattedMessage id="calendar.noShow" />
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      {message && <p role="alert" className="error">{message}</p>}
    </section>
  );
}
