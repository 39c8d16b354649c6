import { lazy, Suspense, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { formatDateTime, formatPrice, formatTime } from '../lib/format';
import { RescheduleForm } from './RescheduleForm';
import { VisitMoveForm, type MovableVisit } from './VisitMoveForm';
import { CounterPaymentForm } from './CounterPaymentForm';
import { CounterRefunds } from './CounterRefunds';
import { Button } from '../ui/Button';

const BookingMessages = lazy(() => import('./BookingMessages'));

export const CALENDAR_ACTIONS = {
  confirm: graphql(`mutation ConfirmFromCalendar($input: ConfirmBookingInput!) { confirmBooking(input: $input) { booking { id status version } errors { message } } }`),
  complete: graphql(`mutation CompleteFromCalendar($input: CompleteBookingInput!) { completeBooking(input: $input) { booking { id status version } errors { message } } }`),
  checkIn: graphql(`mutation CheckInFromCalendar($input: CheckInBookingInput!) { checkInBooking(input: $input) { booking { id status version checkedInAt } errors { message } } }`),
  noShow: graphql(`mutation NoShowFromCalendar($input: MarkNoShowInput!) { markNoShow(input: $input) { booking { id status version } errors { message } } }`),
  move: graphql(`mutation MoveFromCalendar($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id status version staff { id } } errors { message field } } }`),
  refundFee: graphql(`mutation RefundFeeFromCalendar($input: RefundBookingFeeInput!) { refundBookingFee(input: $input) { fee { id status } errors { message } } }`),
  cancel: graphql(`mutation CancelFromCalendar($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id status version } errors { message field } } }`),
};

export interface CalendarBooking {
  id: string;
  status: string;
  version: number;
  startsAt: string;
  endsAt: string;
  blockedUntil: string;
  customer: { displayName: string };
  customerPhoneNumber: string;
  service: { id: string; name: string };
  staff: { id: string; displayName: string };
  payment?: { status: string } | null;
  /** When the customer arrived (checked in at the desk). */
  checkedInAt?: string | null;
  fee?: { kind: string; amountHalalas: number; status: string; chargedToSavedCard?: boolean } | null;
  /** The visit this booking is a part of (it moves only with it), and its place in it from 0. */
  visit?: (MovableVisit & { startsAt: string }) | null;
  visitPosition?: number | null;
}

type Result = { errors: { message: string }[] } | undefined;

/**
 * What the front desk can do with one booking. Every action sends the version the grid shows, so a booking
 * someone else changed meanwhile is refused (BOOKING_CHANGED) rather than acted on blind.
 */
export function BookingActions({ booking, timeZone, now, stylists, onChanged, onClose, manages = false }: {
  booking: CalendarBooking; timeZone: string; now: Date; stylists: { id: string; displayName: string; services: { id: string }[] }[]; onChanged: () => void; onClose: () => void;
  /** The salon's manager, who may give a kept fee or counter money back. */
  manages?: boolean;
}) {
  const intl = useIntl();
  const [message, setMessage] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [rescheduling, setRescheduling] = useState(false);
  const [movingVisit, setMovingVisit] = useState(false);
  const [takingPayment, setTakingPayment] = useState(false);
  const [showingMessages, setShowingMessages] = useState(false);
  const [confirm] = useMutation(CALENDAR_ACTIONS.confirm);
  const [complete] = useMutation(CALENDAR_ACTIONS.complete);
  const [noShow] = useMutation(CALENDAR_ACTIONS.noShow);
  const [checkIn] = useMutation(CALENDAR_ACTIONS.checkIn);
  const [cancel] = useMutation(CALENDAR_ACTIONS.cancel);
  const [refundFee] = useMutation(CALENDAR_ACTIONS.refundFee);
  const [move] = useMutation(CALENDAR_ACTIONS.move);
  // Another stylist who offers the service, at the same time; the server refuses a taken one with SLOT_UNAVAILABLE.
  // A part of a visit keeps its stylist and moves only with its visit (a single-part move is PART_OF_VISIT).
  const others = booking.visit ? [] : stylists.filter((s) => s.id !== booking.staff.id && s.services.some((v) => v.id === booking.service.id));
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const input = { bookingId: booking.id, expectedVersion: booking.version };
  const live = booking.status === 'PENDING' || booking.status === 'CONFIRMED';
  const started = new Date(booking.startsAt) <= now;

  const act = async (run: () => Promise<Result>) => {
    const result = await run();
    setMessage(result?.errors[0]?.message ?? null);
    onChanged();
  };

  return (
    <section className="card stack cal-actions" aria-labelledby="cal-actions-title">
      <h3 id="cal-actions-title">
        <span dir="auto">{booking.customer.displayName}</span> · <span dir="auto">{booking.service.name}</span>
      </h3>
      <p>
        {formatDateTime(intl, booking.startsAt, timeZone)} – {formatTime(intl, booking.endsAt, timeZone)} · <span dir="auto">{booking.staff.displayName}</span>
      </p>
      <p>
        <a href={`tel:${booking.customerPhoneNumber}`} dir="ltr">{booking.customerPhoneNumber}</a> ·{' '}
        <span className={`badge status-${booking.status}`}>
          <FormattedMessage id={`status.${booking.status}`} />
        </span>
        {booking.checkedInAt && (
          <span className="badge checked-in">
            <FormattedMessage id="calendar.arrivedAt" values={{ time: formatTime(intl, booking.checkedInAt, timeZone) }} />
          </span>
        )}
        {booking.visit && (
          <span className="badge" data-visit-part>
            <FormattedMessage id="visit.part" values={{ n: (booking.visitPosition ?? 0) + 1, count: booking.visit.parts.length }} />
          </span>
        )}
      </p>
      {booking.fee && (
        <p className="actions" data-fee={booking.fee.status}>
          <FormattedMessage id={booking.fee.status === 'CHARGED' && booking.fee.chargedToSavedCard ? 'calendar.fee.CHARGED_SAVED_CARD' : `calendar.fee.${booking.fee.status}`} values={{ amount: formatPrice(intl, booking.fee.amountHalalas) }} />
          {manages && booking.fee.status === 'CHARGED' && (
            <Button type="button" variant="secondary" onClick={() => void act(async () => (await refundFee({ variables: { input: { bookingId: booking.id } } })).data?.refundBookingFee)}>
              <FormattedMessage id="calendar.refundFee" />
            </Button>
          )}
        </p>
      )}
      <div className="actions">
        {booking.status === 'PENDING' && (
          <Button type="button" onClick={() => void act(async () => (await confirm({ variables: { input } })).data?.confirmBooking)}>
            <FormattedMessage id="calendar.confirm" />
          </Button>
        )}
        {booking.status === 'CONFIRMED' && !booking.checkedInAt && (
          <Button type="button" onClick={() => void act(async () => (await checkIn({ variables: { input } })).data?.checkInBooking)}>
            <FormattedMessage id="calendar.checkIn" />
          </Button>
        )}
        {booking.status === 'CONFIRMED' && started && (
          <>
            <Button type="button" onClick={() => void act(async () => (await complete({ variables: { input } })).data?.completeBooking)}>
              <FormattedMessage id="calendar.complete" />
            </Button>
            <Button type="button" variant="secondary" onClick={() => void act(async () => (await noShow({ variables: { input } })).data?.markNoShow)}>
              <FormattedMessage id="calendar.noShow" />
            </Button>
          </>
        )}
        {live && !booking.visit && (
          <Button type="button" variant="secondary" aria-expanded={rescheduling} onClick={() => setRescheduling((r) => !r)}>
            <FormattedMessage id="calendar.reschedule" />
          </Button>
        )}
        {live && booking.visit && (
          <Button type="button" variant="secondary" aria-expanded={movingVisit} onClick={() => setMovingVisit((m) => !m)} data-move-visit>
            <FormattedMessage id="visit.moveAll" />
          </Button>
        )}
        {(booking.status === 'CONFIRMED' || booking.status === 'COMPLETED') && (
          <Button type="button" variant="secondary" aria-expanded={takingPayment} onClick={() => setTakingPayment((t) => !t)}>
            <FormattedMessage id="calendar.counterTitle" />
          </Button>
        )}
        <Button type="button" variant="secondary" aria-expanded={showingMessages} onClick={() => setShowingMessages((m) => !m)}>
          <FormattedMessage id="channel.historyButton" />
        </Button>
        <Button type="button" variant="link" onClick={onClose}>
          <FormattedMessage id="calendar.close" />
        </Button>
      </div>
      {showingMessages && (
        <Suspense fallback={null}>
          <BookingMessages bookingId={booking.id} timeZone={timeZone} />
        </Suspense>
      )}
      {takingPayment && <CounterPaymentForm bookingId={booking.id} onDone={onChanged} />}
      {manages && <CounterRefunds bookingId={booking.id} onDone={onChanged} />}
      {rescheduling && (
        <RescheduleForm bookingId={booking.id} serviceId={booking.service.id} staffId={booking.staff.id} timeZone={timeZone} onDone={() => { setRescheduling(false); onChanged(); }} />
      )}
      {movingVisit && booking.visit && (
        <div className="stack">
          <p className="muted">
            <FormattedMessage id="visit.moveNote" />
          </p>
          <VisitMoveForm visit={booking.visit} timeZone={timeZone} onDone={() => { setMovingVisit(false); onChanged(); }} />
        </div>
      )}
      {live && others.length > 0 && (
        <form className="actions" onSubmit={(e) => { e.preventDefault(); void act(async () => (await move({ variables: { input: { ...input, startsAt: booking.startsAt, staffId: moveTo } } })).data?.rescheduleBooking); }}>
          <label htmlFor={`move-${booking.id}`}>
            <FormattedMessage id="calendar.moveTo" />
          </label>
          <select id={`move-${booking.id}`} value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
            {others.map((s) => (
              <option key={s.id} value={s.id}>{s.displayName}</option>
            ))}
          </select>
          <Button type="submit" variant="secondary">
            <FormattedMessage id="calendar.move" />
          </Button>
        </form>
      )}
      {live && (
        <form className="stack" onSubmit={(e) => { e.preventDefault(); void act(async () => (await cancel({ variables: { input: { ...input, reason } } })).data?.cancelBooking); }}>
          <label htmlFor={`cancel-reason-${booking.id}`}>
            <FormattedMessage id="calendar.cancelReason" />
          </label>
          <input id={`cancel-reason-${booking.id}`} dir="auto" value={reason} required onChange={(e) => setReason(e.target.value)} />
          {['PAID', 'AUTHORIZED', 'CAPTURED'].includes(booking.payment?.status ?? '') && (
            <p className="muted">
              <FormattedMessage id="calendar.refundNote" />
            </p>
          )}
          <Button type="submit" variant="secondary">
            <FormattedMessage id="calendar.cancel" />
          </Button>
        </form>
      )}
      {message && <p role="alert" className="error">{message}</p>}
    </section>
  );
}
