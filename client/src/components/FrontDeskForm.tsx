import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatDateTime, randomKey } from '../lib/format';
import { Button } from '../ui/Button';

export const FrontDeskBookingMutation = graphql(`
  mutation CreateFrontDeskBooking($input: CreateFrontDeskBookingInput!) {
    createFrontDeskBooking(input: $input) { booking { id status startsAt channel } errors { code message field } }
  }
`);

export const WalkInMutation = graphql(`
  mutation CreateWalkInBooking($input: CreateWalkInBookingInput!) {
    createWalkInBooking(input: $input) { booking { id status startsAt channel } errors { code message field } }
  }
`);

export interface DeskStylist {
  id: string;
  displayName: string;
  services: { id: string; name: string; durationMinutes: number }[];
}

/**
 * The front desk books for a customer by phone number (a new number needs a name; no one-time code) at a cell the
 * desk tapped, or starts a walk-in now. One idempotency key per opened form, so a double tap books once.
 */
export function FrontDeskForm({ salonId, timeZone, stylist, startsAt, onDone, onClose }: { salonId: string; timeZone: string; stylist: DeskStylist; startsAt: string | null; onDone: () => void; onClose: () => void }) {
  const intl = useIntl();
  const [key] = useState(randomKey);
  const [form, setForm] = useState({ phoneNumber: '', firstName: '', lastName: '', serviceId: stylist.services[0]?.id ?? '', notes: '' });
  const [message, setMessage] = useState<string | null>(null);
  const [bookAt, booking] = useMutation(FrontDeskBookingMutation);
  const [walkIn, walking] = useMutation(WalkInMutation);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));

  const submit = async () => {
    const common = { salonId, serviceId: form.serviceId, staffId: stylist.id, notes: form.notes, idempotencyKey: key, customer: { phoneNumber: form.phoneNumber, firstName: form.firstName || null, lastName: form.lastName || null } };
    const payload = startsAt
      ? (await bookAt({ variables: { input: { ...common, startsAt } } })).data?.createFrontDeskBooking
      : (await walkIn({ variables: { input: common } })).data?.createWalkInBooking;
    if (payload?.errors.length) setMessage(payload.errors[0].message);
    else onDone();
  };

  return (
    <form className="card stack cal-actions" aria-labelledby="desk-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3 id="desk-title">
        {startsAt
          ? <FormattedMessage id="desk.titleAt" values={{ name: stylist.displayName, when: formatDateTime(intl, startsAt, timeZone) }} />
          : <FormattedMessage id="desk.titleWalkIn" values={{ name: stylist.displayName }} />}
      </h3>
      <label htmlFor="desk-phone">
        <FormattedMessage id="desk.phone" />
      </label>
      <input id="desk-phone" type="tel" dir="ltr" inputMode="tel" autoComplete="off" required value={form.phoneNumber} onChange={set('phoneNumber')} />
      <label htmlFor="desk-first">
        <FormattedMessage id="desk.firstName" />
      </label>
      <input id="desk-first" dir="auto" value={form.firstName} onChange={set('firstName')} />
      <label htmlFor="desk-last">
        <FormattedMessage id="desk.lastName" />
      </label>
      <input id="desk-last" dir="auto" value={form.lastName} onChange={set('lastName')} />
      <label htmlFor="desk-service">
        <FormattedMessage id="desk.service" />
      </label>
      <select id="desk-service" value={form.serviceId} onChange={set('serviceId')}>
        {stylist.services.map((s) => (
          <option key={s.id} value={s.id}>{intl.formatMessage({ id: 'desk.serviceOption' }, { name: s.name, minutes: s.durationMinutes })}</option>
        ))}
      </select>
      <label htmlFor="desk-notes">
        <FormattedMessage id="desk.notes" />
      </label>
      <input id="desk-notes" dir="auto" value={form.notes} onChange={set('notes')} />
      <div className="actions">
        <Button type="submit" disabled={booking.loading || walking.loading || !form.serviceId}>
          <FormattedMessage id={startsAt ? 'desk.book' : 'desk.startWalkIn'} />
        </Button>
        <Button type="button" variant="link" onClick={onClose}>
          <FormattedMessage id="calendar.close" />
        </Button>
      </div>
      {message && <p role="alert" className="error">{message}</p>}
    </form>
  );
}
