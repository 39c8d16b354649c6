import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { useSession } from '../lib/session';
import { formatDay, formatPrice, formatTime, hourOf, randomKey, upcomingDates } from '../lib/format';
import { PayForm } from './PayForm';
import { hasFees, PaymentTermsNote, type Terms } from './PaymentTermsNote';
import { Button } from '../ui/Button';

// Only asked for when a day has no time that suits: its own chunk.
const WaitlistJoin = lazy(() => import('./Waitlist').then((m) => ({ default: m.WaitlistJoin })));

export const DaysQuery = graphql(`
  query AvailableDays($input: AvailableDaysInput!) { availableDays(input: $input) }
`);

export const SlotsQuery = graphql(`
  query AvailableSlots($input: AvailableSlotsInput!) { availableSlots(input: $input) { startsAt endsAt staff { id displayName } } }
`);

export const CreateBookingMutation = graphql(`
  mutation CreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) { booking { id status startsAt priceHalalas holdExpiresAt nextPayment { purpose amountHalalas savesCard } } errors { code message field } }
  }
`);

interface SalonForBooking {
  id: string;
  timeZone: string;
  requiresPrepayment: boolean;
  services: { id: string; name: string; durationMinutes: number; priceHalalas: number; paymentTerms: Terms }[];
  staff: { id: string; displayName: string; services: { id: string }[] }[];
}

interface Selection {
  serviceId?: string;
  staffId?: string;
  date?: string;
  slot?: { startsAt: string; staffId: string; staffName: string };
  key?: string;
}

const DAYS = 14;
const PARTS = ['night', 'morning', 'afternoon', 'evening'] as const;
/**
 * After midnight until five (a Ramadan night running on), morning until noon, afternoon until five, evening after:
 * a long day's times in short groups.
 */
const partOfDay = (hour: number) => (hour < 5 ? 'night' : hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening');
const storageKey = (salonId: string) => `salon.booking.${salonId}`;

/** Service → staff member or anyone → day → time → (sign in) → confirm → (pay). The choice survives signing in. */
export function BookingFlow({ salon }: { salon: SalonForBooking }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [sel, setSel] = useState<Selection>(() => JSON.parse(sessionStorage.getItem(storageKey(salon.id)) ?? '{}'));
  const [message, setMessage] = useState<string | null>(null);
  const [held, setHeld] = useState<{ id: string; amountHalalas: number; holdExpiresAt: string; authoriseOnly: boolean; savesCard: boolean } | null>(null);
  const [accepted, setAccepted] = useState(false);
  useEffect(() => sessionStorage.setItem(storageKey(salon.id), JSON.stringify(sel)), [sel, salon.id]);

  const dates = useMemo(() => upcomingDates(salon.timeZone, DAYS), [salon.timeZone]);
  const staffForService = salon.staff.filter((m) => m.services.some((s) => s.id === sel.serviceId));
  const days = useQuery(DaysQuery, {
    skip: !sel.serviceId,
    variables: { input: { serviceId: sel.serviceId ?? '', from: dates[0], to: dates[dates.length - 1], staffId: sel.staffId || null } },
  });
  const slots = useQuery(SlotsQuery, {
    skip: !sel.serviceId || !sel.date,
    variables: { input: { serviceId: sel.serviceId ?? '', date: sel.date ?? dates[0], staffId: sel.staffId || null } },
    fetchPolicy: 'network-only',
  });
  const [createBooking, creating] = useMutation(CreateBookingMutation);
  const service = salon.services.find((s) => s.id === sel.serviceId);
  const open = new Set(days.data?.availableDays ?? []);

  const confirm = async () => {
    if (!sel.slot || !sel.serviceId) return;
    setMessage(null);
    const key = sel.key ?? randomKey();
    setSel((s) => ({ ...s, key }));
    try {
      const { data } = await createBooking({ variables: { input: { serviceId: sel.serviceId, staffId: sel.slot.staffId, startsAt: sel.slot.startsAt, idempotencyKey: key, acceptTerms: accepted } } });
      const payload = data!.createBooking;
      if (payload.errors.length) {
        setMessage(payload.errors[0].message);
        if (payload.errors[0].code === 'SLOT_UNAVAILABLE') {
          setSel((s) => ({ ...s, slot: undefined, key: undefined }));
          void slots.refetch();
          void days.refetch();
        }
        return;
      }
      const booking = payload.booking!;
      sessionStorage.removeItem(storageKey(salon.id));
      if (booking.holdExpiresAt && booking.nextPayment) {
        setHeld({ id: booking.id, amountHalalas: booking.nextPayment.amountHalalas, holdExpiresAt: booking.holdExpiresAt, authoriseOnly: booking.nextPayment.purpose === 'GUARANTEE', savesCard: booking.nextPayment.savesCard });
      }
      else navigate(`/bookings?booking=${booking.id}&created=1`);
    } catch {
      setMessage(intl.formatMessage({ id: 'common.networkError' }));
    }
  };

  if (held) return <PayForm bookingId={held.id} amountHalalas={held.amountHalalas} holdExpiresAt={held.holdExpiresAt} authoriseOnly={held.authoriseOnly} savesCard={held.savesCard} />;

  return (
    <section aria-labelledby="book-title" className="card stack">
      <h2 id="book-title">
        <FormattedMessage id="book.title" />
      </h2>
      <fieldset>
        <legend>
          <FormattedMessage id="book.pickService" />
        </legend>
        <div className="choices">
          {salon.services.map((s) => (
            <label key={s.id} className="choice">
              <input type="radio" name="service" value={s.id} checked={sel.serviceId === s.id} onChange={() => setSel({ serviceId: s.id })} />
              {s.name} · {formatPrice(intl, s.priceHalalas)}
            </label>
          ))}
        </div>
      </fieldset>
      {service && (
        <fieldset>
          <legend>
            <FormattedMessage id="book.pickStaff" />
          </legend>
          <div className="choices">
            <label className="choice">
              <input type="radio" name="staff" value="" checked={!sel.staffId} onChange={() => setSel((s) => ({ serviceId: s.serviceId }))} />
              <FormattedMessage id="book.anyone" />
            </label>
            {staffForService.map((m) => (
              <label key={m.id} className="choice">
                <input type="radio" name="staff" value={m.id} checked={sel.staffId === m.id} onChange={() => setSel((s) => ({ serviceId: s.serviceId, staffId: m.id }))} />
                {m.displayName}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {service && (
        <fieldset>
          <legend>
            <FormattedMessage id="book.pickDay" />
          </legend>
          <div className="calendar" role="group">
            {dates.map((date) => (
              <button
                key={date}
                type="button"
                className={`day${sel.date === date ? ' selected' : ''}`}
                disabled={!open.has(date)}
                aria-pressed={sel.date === date}
                onClick={() => setSel((s) => ({ ...s, date, slot: undefined }))}
              >
                {intl.formatDate(new Date(`${date}T12:00:00Z`), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {service && (!sel.date || slots.data?.availableSlots.length === 0 || dates.some((d) => days.data && !open.has(d))) && (
        <Suspense fallback={null}>
          <WaitlistJoin salonId={salon.id} serviceId={service.id} staffId={sel.staffId} staff={staffForService} dates={dates} date={sel.date} />
        </Suspense>
      )}
      {sel.date && (
        <fieldset>
          <legend>
            <FormattedMessage id="book.pickTime" />
          </legend>
          {slots.loading && <p className="muted"><FormattedMessage id="book.loadingTimes" /></p>}
          {slots.data?.availableSlots.length === 0 && <p className="muted"><FormattedMessage id="book.noTimes" /></p>}
          {PARTS.map((part) => {
            const inPart = (slots.data?.availableSlots ?? []).filter((slot) => partOfDay(hourOf(slot.startsAt, salon.timeZone)) === part);
            if (!inPart.length) return null;
            return (
              <div key={part} className="slot-group" role="group" aria-labelledby={`part-${part}`}>
                <h3 id={`part-${part}`}>
                  <FormattedMessage id={`book.part.${part}`} />
                </h3>
                <div className="choices">
                  {inPart.map((slot) => (
                    <button
                      key={`${slot.startsAt}-${slot.staff.id}`}
                      type="button"
                      className={`slot${sel.slot?.startsAt === slot.startsAt ? ' selected' : ''}`}
                      aria-pressed={sel.slot?.startsAt === slot.startsAt}
                      onClick={() => setSel((s) => ({ ...s, slot: { startsAt: slot.startsAt, staffId: slot.staff.id, staffName: slot.staff.displayName }, key: undefined }))}
                    >
                      {formatTime(intl, slot.startsAt, salon.timeZone)}
                    </button>
                  ))}
                </div>
              </div>
            );
          })}
        </fieldset>
      )}
      {sel.slot && service && (
        <div className="stack sheet" data-summary>
          <p>
            <FormattedMessage
              id="book.summary"
              values={{ service: service.name, staff: sel.slot.staffName, date: formatDay(intl, sel.date ?? ''), time: formatTime(intl, sel.slot.startsAt, salon.timeZone), price: formatPrice(intl, service.priceHalalas) }}
            />
          </p>
          <PaymentTermsNote terms={service.paymentTerms} />
          {service.paymentTerms.onlineDueHalalas > 0 && <p className="muted"><FormattedMessage id="book.prepayment" /></p>}
          {hasFees(service.paymentTerms) && (
            <label className="choice">
              <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />
              <FormattedMessage id="book.acceptTerms" />
            </label>
          )}
          {signedIn ? (
            <Button type="button" onClick={() => void confirm()} disabled={creating.loading || (hasFees(service.paymentTerms) && !accepted)}>
              <FormattedMessage id="book.confirm" />
            </Button>
          ) : (
            <Button type="button" onClick={() => navigate(`/login?next=${encodeURIComponent(`/salons/${salon.id}`)}`)}>
              <FormattedMessage id="book.signInToBook" />
            </Button>
          )}
        </div>
      )}
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
    </section>
  );
}
