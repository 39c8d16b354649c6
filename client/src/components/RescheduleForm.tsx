import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { DaysQuery, SlotsQuery } from './BookingFlow';
import { formatDay, formatTime, upcomingDates } from '../lib/format';
import { ConfirmButton } from '../ui/ConfirmDialog';

export const RescheduleMutation = graphql(`
  mutation RescheduleMyBooking($input: RescheduleBookingInput!) {
    rescheduleBooking(input: $input) { booking { id startsAt status } errors { code message } }
  }
`);

/** The same day and time picker as booking, for the same service and stylist. */
export function RescheduleForm({ bookingId, serviceId, staffId, timeZone, onDone }: { bookingId: string; serviceId: string; staffId: string; timeZone: string; onDone: () => void }) {
  const intl = useIntl();
  const dates = useMemo(() => upcomingDates(timeZone, 14), [timeZone]);
  const [date, setDate] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const days = useQuery(DaysQuery, { variables: { input: { serviceId, from: dates[0], to: dates[13], staffId } } });
  const slots = useQuery(SlotsQuery, { skip: !date, variables: { input: { serviceId, date: date ?? dates[0], staffId } }, fetchPolicy: 'network-only' });
  const [reschedule, saving] = useMutation(RescheduleMutation);
  const open = new Set(days.data?.availableDays ?? []);
  const move = async (startsAt: string) => {
    const { data } = await reschedule({ variables: { input: { bookingId, startsAt, staffId } } });
    const errors = data?.rescheduleBooking.errors ?? [];
    if (errors.length) {
      setMessage(errors[0].message);
      void slots.refetch();
    } else onDone();
  };
  return (
    <div className="stack">
      <div className="calendar" role="group" aria-label={intl.formatMessage({ id: 'book.pickDay' })}>
        {dates.map((d) => (
          <button key={d} type="button" className={`day${date === d ? ' selected' : ''}`} disabled={!open.has(d)} aria-pressed={date === d} onClick={() => { setDate(d); setPicked(null); }}>
            {intl.formatDate(new Date(`${d}T12:00:00Z`), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })}
          </button>
        ))}
      </div>
      {date && slots.data?.availableSlots.length === 0 && <p className="muted"><FormattedMessage id="book.noTimes" /></p>}
      <div className="choices">
        {slots.data?.availableSlots.map((s) => (
          <button key={s.startsAt} type="button" className={`slot${picked === s.startsAt ? ' selected' : ''}`} aria-pressed={picked === s.startsAt} onClick={() => setPicked(s.startsAt)}>
            {formatTime(intl, s.startsAt, timeZone)}
          </button>
        ))}
      </div>
      {picked && date && (
        <ConfirmButton
          variant="primary"
          label={<FormattedMessage id="bookings.moveTo" values={{ time: formatTime(intl, picked, timeZone) }} />}
          title={<FormattedMessage id="bookings.moveTitle" />}
          body={`${formatDay(intl, date)} · ${formatTime(intl, picked, timeZone)}`}
          confirmLabel={<FormattedMessage id="bookings.moveConfirm" />}
          disabled={saving.loading}
          onConfirm={() => move(picked)}
        />
      )}
      {message && <p role="alert" className="error">{message}</p>}
    </div>
  );
}
