import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { graphql } from '../gql';
import { DaysQuery, SlotsQuery } from './BookingFlow';
import { upcomingDates } from '../lib/format';
import { StartPicker } from './StartPicker';

export const RescheduleMutation = graphql(`
  mutation RescheduleMyBooking($input: RescheduleBookingInput!) {
    rescheduleBooking(input: $input) { booking { id startsAt status } errors { code message } }
  }
`);

/** The same day and time picker as booking, for the same service and stylist. */
export function RescheduleForm({ bookingId, serviceId, staffId, timeZone, onDone }: { bookingId: string; serviceId: string; staffId: string; timeZone: string; onDone: () => void }) {
  const dates = useMemo(() => upcomingDates(timeZone, 14), [timeZone]);
  const [date, setDate] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const days = useQuery(DaysQuery, { variables: { input: { serviceId, from: dates[0], to: dates[13], staffId } } });
  const slots = useQuery(SlotsQuery, { skip: !date, variables: { input: { serviceId, date: date ?? dates[0], staffId } }, fetchPolicy: 'network-only' });
  const [reschedule, saving] = useMutation(RescheduleMutation);
  const move = async (startsAt: string) => {
    const { data } = await reschedule({ variables: { input: { bookingId, startsAt, staffId } } });
    const errors = data?.rescheduleBooking.errors ?? [];
    if (errors.length) {
      setMessage(errors[0].message);
      void slots.refetch();
    } else onDone();
  };
  return (
    <StartPicker
      dates={dates} open={new Set(days.data?.availableDays ?? [])} date={date} onDate={setDate}
      starts={date ? slots.data?.availableSlots.map((s) => s.startsAt) : undefined} timeZone={timeZone}
      title={<FormattedMessage id="bookings.moveTitle" />} saving={saving.loading} message={message} onMove={move}
    />
  );
}
