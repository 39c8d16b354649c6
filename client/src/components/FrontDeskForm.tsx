import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { dayOf, formatDateTime, formatPrice, formatTime, randomKey } from '../lib/format';
import { Button } from '../ui/Button';
import { visitPartsInput, VisitPartsEditor, VisitStartChoices, visitTotal, type VisitPart } from './VisitParts';

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

export const FrontDeskVisitStartsQuery = graphql(`
  query FrontDeskVisitStarts($input: FrontDeskVisitStartsInput!) {
    frontDeskVisitStarts(input: $input) { startsAt endsAt parts { startsAt endsAt staff { id displayName } } }
  }
`);

export const FrontDeskVisitMutation = graphql(`
  mutation CreateFrontDeskVisit($input: CreateFrontDeskVisitInput!) {
    createFrontDeskVisit(input: $input) { visit { id totalHalalas startsAt parts { id startsAt } } errors { code message field } }
  }
`);

export interface DeskStylist {
  id: string;
  displayName: string;
  services: { id: string; name: string; durationMinutes: number; priceHalalas: number }[];
}

/** Every service some stylist on the calendar offers, once. */
const salonServices = (stylists: DeskStylist[]) => [...new Map(stylists.flatMap((m) => m.services).map((s) => [s.id, s])).values()];

/**
 * The front desk books for a customer by phone number (a new number needs a name; no one-time code) at a cell the
 * desk tapped, or starts a walk-in now. At a cell, the desk may add further services: the booking becomes a visit
 * (services in sequence, each with a stylist or anyone) at one of the starts that day where all of it fits, the
 * tapped one when it does. One idempotency key per opened form, so a double tap books once.
 */
export function FrontDeskForm({ salonId, timeZone, stylist, stylists, startsAt, onDone, onClose }: {
  salonId: string; timeZone: string; stylist: DeskStylist; stylists: DeskStylist[]; startsAt: string | null; onDone: () => void; onClose: () => void;
}) {
  const intl = useIntl();
  const [key] = useState(randomKey);
  const [form, setForm] = useState({ phoneNumber: '', firstName: '', lastName: '', serviceId: stylist.services[0]?.id ?? '', notes: '' });
  // Null while it is one service with the tapped stylist; the visit's parts once the desk adds a service.
  const [parts, setParts] = useState<VisitPart[] | null>(null);
  const [visitStart, setVisitStart] = useState(startsAt);
  const [message, setMessage] = useState<string | null>(null);
  const [bookAt, booking] = useMutation(FrontDeskBookingMutation);
  const [walkIn, walking] = useMutation(WalkInMutation);
  const [bookVisit, bookingVisit] = useMutation(FrontDeskVisitMutation);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const services = salonServices(stylists);
  const ready = parts !== null && parts.every((p) => p.serviceId);
  const starts = useQuery(FrontDeskVisitStartsQuery, {
    skip: !ready || !startsAt,
    variables: { input: { salonId, parts: visitPartsInput(parts ?? []), date: startsAt ? dayOf(startsAt, timeZone) : '' } },
    fetchPolicy: 'network-only',
  });
  const slot = ready ? starts.data?.frontDeskVisitStarts.find((v) => v.startsAt === visitStart) : undefined;

  const submit = async () => {
    const customer = { phoneNumber: form.phoneNumber, firstName: form.firstName || null, lastName: form.lastName || null };
    const common = { salonId, notes: form.notes, idempotencyKey: key, customer };
    const single = { salonId, serviceId: form.serviceId, staffId: stylist.id, notes: form.notes, idempotencyKey: key, customer };
    const payload = parts
      ? (await bookVisit({ variables: { input: { ...common, parts: visitPartsInput(parts), startsAt: visitStart! } } })).data?.createFrontDeskVisit
      : startsAt
        ? (await bookAt({ variables: { input: { ...single, startsAt } } })).data?.createFrontDeskBooking
        : (await walkIn({ variables: { input: single } })).data?.createWalkInBooking;
    if (!payload?.errors.length) return onDone();
    setMessage(payload.errors[0].message);
    // Someone took part of the sequence meanwhile: show where it fits now.
    if (parts && payload.errors[0].code === 'SLOT_UNAVAILABLE') void starts.refetch();
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
      {parts ? (
        <div className="stack" data-desk-visit>
          <VisitPartsEditor id="desk-visit" parts={parts} onChange={setParts} services={services} staff={stylists} />
          <p data-desk-visit-total>
            <FormattedMessage id="visit.total" values={{ total: formatPrice(intl, visitTotal(parts, services)) }} />
          </p>
          {ready && <VisitStartChoices starts={starts.data?.frontDeskVisitStarts} loading={starts.loading} chosen={slot ? visitStart : null} onChoose={setVisitStart} timeZone={timeZone} />}
          {slot && (
            <ol className="plain" data-desk-visit-plan>
              {slot.parts.map((p, i) => (
                <li key={i}>
                  {formatTime(intl, p.startsAt, timeZone)} · <bdi dir="auto">{services.find((s) => s.id === parts[i].serviceId)?.name}</bdi> · <bdi dir="auto">{p.staff.displayName}</bdi>
                </li>
              ))}
            </ol>
          )}
        </div>
      ) : (
        <>
          <label htmlFor="desk-service">
            <FormattedMessage id="desk.service" />
          </label>
          <select id="desk-service" value={form.serviceId} onChange={set('serviceId')}>
            {stylist.services.map((s) => (
              <option key={s.id} value={s.id}>{intl.formatMessage({ id: 'desk.serviceOption' }, { name: s.name, minutes: s.durationMinutes })}</option>
            ))}
          </select>
          {startsAt && (
            <Button type="button" variant="secondary" disabled={!form.serviceId} onClick={() => setParts([{ serviceId: form.serviceId, staffId: stylist.id }, { serviceId: '', staffId: '' }])}>
              <FormattedMessage id="desk.addService" />
            </Button>
          )}
        </>
      )}
      <label htmlFor="desk-notes">
        <FormattedMessage id="desk.notes" />
      </label>
      <input id="desk-notes" dir="auto" value={form.notes} onChange={set('notes')} />
      <div className="actions">
        <Button type="submit" disabled={booking.loading || walking.loading || bookingVisit.loading || (parts ? !slot : !form.serviceId)}>
          <FormattedMessage id={parts ? 'desk.bookVisit' : startsAt ? 'desk.book' : 'desk.startWalkIn'} />
        </Button>
        <Button type="button" variant="link" onClick={onClose}>
          <FormattedMessage id="calendar.close" />
        </Button>
      </div>
      {message && <p role="alert" className="error">{message}</p>}
    </form>
  );
}
