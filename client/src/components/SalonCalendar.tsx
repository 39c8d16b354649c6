import { useMemo, useRef, useState, type CSSProperties, type PointerEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { graphql } from '../gql';
import { StatusMessage } from './StatusMessage';
import { BookingActions, CALENDAR_ACTIONS, type CalendarBooking } from './BookingActions';
import { FrontDeskForm, type DeskStylist } from './FrontDeskForm';
import { RescheduleVisitMutation } from './VisitMoveForm';
import { formatTime, upcomingDates } from '../lib/format';
import { draggedStart, gridRange, place, rowStarts, type Lane } from '../lib/calendar-layout';
import './calendar.css';
import { Button } from '../ui/Button';

export const SalonCalendarQuery = graphql(`
  query SalonCalendar($salonId: ID!, $date: Date!, $days: Int, $staffId: ID) {
    salonCalendar(salonId: $salonId, date: $date, days: $days, staffId: $staffId) {
      timeZone slotIntervalMinutes now
      days { date startsAt endsAt closed closureReason scheduleName }
      columns {
        staff { id displayName services { id name durationMinutes priceHalalas } }
        workingHours { startsAt endsAt }
        timeOff { startsAt endsAt reason }
        bookings { id status version checkedInAt startsAt endsAt blockedUntil customer { displayName } customerPhoneNumber service { id name } staff { id displayName } payment { status } fee { kind amountHalalas status chargedToSavedCard }
          visitPosition visit { id startsAt parts { id service { id } staff { id } } } }
      }
    }
  }
`);

type View = 'day' | 'week';

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A block being dragged: where the pointer went down, how far it has moved, and the height of one row in pixels. */
type Drag = { id: string; x0: number; y0: number; dx: number; dy: number; moved: boolean; rowPx: number };
// Pixels the pointer may wobble before a press becomes a drag (a tap still opens the block's actions).
const DRAG_THRESHOLD = 6;

const within = (s: { startsAt: string; endsAt: string }, day: { startsAt: string; endsAt: string }) => s.startsAt < day.endsAt && s.endsAt > day.startsAt;

/**
 * The salon's calendar as a time grid: a day with one column per stylist (one at a time on a phone, with a
 * switcher), or a week of one stylist. Days are the salon's own days in its time zone, as the server cuts them.
 */
/** `manages`: the viewer is the salon's manager (the managers' page; on /staff, a manager's own workplace). */
export function SalonCalendar({ salonId, timeZone, staffId, manages = !staffId }: { salonId: string; timeZone: string; staffId?: string; manages?: boolean }) {
  const intl = useIntl();
  const today = upcomingDates(timeZone, 1)[0];
  const [date, setDate] = useState(today);
  const [view, setView] = useState<View>('day');
  const [chosen, setChosen] = useState<string | null>(staffId ?? null);
  const [openId, setOpenId] = useState<string | null>(null);
  // A front-desk booking being made: at a tapped cell, or a walk-in (no start) on a free stylist.
  const [desk, setDesk] = useState<{ stylist: DeskStylist; startsAt: string | null } | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [dragMessage, setDragMessage] = useState<string | null>(null);
  // When the last drag ended: the click the browser sends after it must not open the block's actions.
  const dragEndedAt = useRef(-Infinity);
  const [moveBooking] = useMutation(CALENDAR_ACTIONS.move);
  const [moveVisit] = useMutation(RescheduleVisitMutation);
  const weekStaff = view === 'week' ? chosen : null;
  const { data, loading, error, refetch } = useQuery(SalonCalendarQuery, {
    variables: { salonId, date, days: view === 'week' ? 7 : 1, staffId: weekStaff },
    fetchPolicy: 'cache-and-network',
    // Other desks book too: the grid refreshes itself, and the now line moves with it.
    pollInterval: 60_000,
  });
  const cal = data?.salonCalendar;
  const [stylists, setStylists] = useState<DeskStylist[]>([]);
  if (cal && view === 'day' && cal.columns.length && cal.columns.map((c) => c.staff.id).join() !== stylists.map((s) => s.id).join()) {
    setStylists(cal.columns.map((c) => c.staff));
  }
  const selected = chosen ?? stylists[0]?.id ?? null;

  const lanes = useMemo((): (Lane<CalendarBooking> & { title: string; stylist: DeskStylist })[] => {
    if (!cal) return [];
    if (view === 'day') {
      const day = cal.days[0];
      return cal.columns.map((c) => ({
        key: c.staff.id, title: c.staff.displayName, stylist: c.staff, dayStart: day.startsAt, dayEnd: day.endsAt, closed: day.closed,
        working: c.workingHours, timeOff: c.timeOff, bookings: c.bookings,
      }));
    }
    const column = cal.columns[0];
    return cal.days.map((day) => ({
      key: day.date, stylist: column?.staff,
      title: intl.formatDate(new Date(`${day.date}T12:00:00Z`), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }),
      dayStart: day.startsAt, dayEnd: day.endsAt, closed: day.closed,
      working: (column?.workingHours ?? []).filter((s) => within(s, day)),
      timeOff: (column?.timeOff ?? []).filter((s) => within(s, day)),
      bookings: (column?.bookings ?? []).filter((b) => within({ startsAt: b.startsAt, endsAt: b.blockedUntil }, day)),
    }));
  }, [cal, view, intl]);

  const interval = cal?.slotIntervalMinutes ?? 15;
  const range = gridRange(lanes);
  const rows = lanes.length ? rowStarts(lanes[0], range, interval) : [];
  const now = cal ? new Date(cal.now) : new Date();
  const open = lanes.flatMap((l) => l.bookings).find((b) => b.id === openId) ?? null;
  const closure = cal?.days.find((d) => d.closed);
  // Other hours than the week's (Ramadan hours, a special day): named, so the desk knows why the grid looks different.
  const schedule = view === 'day' && !closure ? cal?.days[0]?.scheduleName : '';
  const step = view === 'week' ? 7 : 1;
  const openDesk = (stylist: DeskStylist, startsAt: string | null) => {
    setOpenId(null);
    setDesk({ stylist, startsAt });
  };
  // Bookable at `t`: inside working hours, not on time off.
  const working = (lane: (typeof lanes)[number], t: string) =>
    lane.working.some((w) => w.startsAt <= t && t < w.endsAt) && !lane.timeOff.some((o) => o.startsAt <= t && t < o.endsAt);
  // Free now: working, and no live booking (with its buffer) running or starting within the next row.
  const freeNow = (lane: (typeof lanes)[number]) => {
    const t = now.toISOString();
    const soon = new Date(now.getTime() + interval * 60_000).toISOString();
    return working(lane, t) && !lane.bookings.some((b) => ['PENDING', 'CONFIRMED'].includes(b.status) && b.startsAt < soon && t < b.blockedUntil);
  };

  // Drag and drop is the pointer's shortcut for "move to another stylist" and "reschedule" (the block's actions
  // stay the keyboard's and screen reader's path): live bookings only, through the same mutations, so a taken time
  // is refused with the same SLOT_UNAVAILABLE message. In the day view a block may change stylist and time; in the
  // week view (one stylist) day and time. A part of a visit moves the whole visit by as much, keeping its stylists.
  const startDrag = (e: PointerEvent<HTMLButtonElement>, b: CalendarBooking) => {
    if (e.button !== 0) return;
    const body = e.currentTarget.parentElement;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDrag({ id: b.id, x0: e.clientX, y0: e.clientY, dx: 0, dy: 0, moved: false, rowPx: body && rows.length ? body.getBoundingClientRect().height / rows.length : 0 });
  };
  const moveDrag = (e: PointerEvent<HTMLButtonElement>) => setDrag((d) => {
    if (!d) return d;
    const dx = e.clientX - d.x0;
    const dy = e.clientY - d.y0;
    return { ...d, dx, dy, moved: d.moved || Math.abs(dx) + Math.abs(dy) > DRAG_THRESHOLD };
  });
  const endDrag = async (e: PointerEvent<HTMLButtonElement>, b: CalendarBooking, from: Lane<CalendarBooking>) => {
    const d = drag;
    setDrag(null);
    if (!d) return;
    const dy = e.clientY - d.y0;
    if (!d.moved && Math.abs(e.clientX - d.x0) + Math.abs(dy) <= DRAG_THRESHOLD) return;
    dragEndedAt.current = e.timeStamp;
    const block = e.currentTarget;
    // The lane under the pointer, looking past the dragged block itself.
    const key = document.elementsFromPoint(e.clientX, e.clientY).find((el) => !block.contains(el) && el.closest('[data-lane]'))?.closest<HTMLElement>('[data-lane]')?.dataset.lane;
    const target = lanes.find((l) => l.key === key);
    if (!target) return;
    const staffId = view === 'day' ? target.key : b.staff.id;
    const startsAt = draggedStart(b.startsAt, dy, d.rowPx, interval, { from: from.dayStart, to: target.dayStart });
    if (staffId === b.staff.id && startsAt === b.startsAt) return;
    setDragMessage((await dropped(b, staffId, startsAt)) ?? null);
    void refetch();
  };
  /** Moves a dropped block; the refusal's message, if any. */
  const dropped = async (b: CalendarBooking, staffId: string, startsAt: string): Promise<string | undefined> => {
    if (!b.visit) return (await moveBooking({ variables: { input: { bookingId: b.id, expectedVersion: b.version, startsAt, staffId } } })).data?.rescheduleBooking.errors[0]?.message;
    if (staffId !== b.staff.id) return intl.formatMessage({ id: 'calendar.visitKeepsStylist' });
    const visitStart = new Date(Date.parse(b.visit.startsAt) + Date.parse(startsAt) - Date.parse(b.startsAt)).toISOString();
    return (await moveVisit({ variables: { input: { visitId: b.visit.id, startsAt: visitStart } } })).data?.rescheduleVisit.errors[0]?.message;
  };

  return (
    <section className="stack" aria-labelledby="calendar-title">
      <h2 id="calendar-title">
        <FormattedMessage id="calendar.title" />
      </h2>
      <div className="actions cal-toolbar">
        <Button type="button" variant="secondary" onClick={() => setDate((d) => addDays(d, -step))}>
          <FormattedMessage id="calendar.previous" />
        </Button>
        <Button type="button" variant="secondary" disabled={date === today} onClick={() => setDate(today)}>
          <FormattedMessage id="calendar.today" />
        </Button>
        <strong aria-live="polite">{intl.formatDate(new Date(`${date}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })}</strong>
        <Button type="button" variant="secondary" onClick={() => setDate((d) => addDays(d, step))}>
          <FormattedMessage id="calendar.next" />
        </Button>
        <Button type="button" variant="link" aria-pressed={view === 'week'} onClick={() => { setChosen(selected); setView((v) => (v === 'week' ? 'day' : 'week')); }}>
          <FormattedMessage id={view === 'week' ? 'calendar.day' : 'calendar.week'} />
        </Button>
        {stylists.length > 1 && (
          <label className={`cal-switcher${view === 'week' ? ' always' : ''}`}>
            <FormattedMessage id="calendar.stylist" />
            <select value={selected ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {stylists.map((s) => (
                <option key={s.id} value={s.id}>{s.displayName}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      {loading && !data && <StatusMessage kind="loading" messageId="calendar.loading" />}
      {error && !data && <StatusMessage kind="error" messageId="calendar.error" onRetry={() => void refetch()} />}
      {closure && view === 'day' && (
        <p className="banner warn">
          <FormattedMessage id="calendar.closed" /> <span dir="auto">{closure.closureReason}</span>
        </p>
      )}
      {schedule && (
        <p className="banner ok" data-schedule>
          <FormattedMessage id="calendar.schedule" values={{ name: <bdi key="n" dir="auto">{schedule}</bdi> }} />
        </p>
      )}
      {dragMessage && <p role="alert" className="error" data-drag-error>{dragMessage}</p>}
      {cal && lanes.length > 0 && (
        <div className="cal-grid" style={{ '--rows': rows.length, '--lanes': lanes.length } as CSSProperties} role="group" aria-label={intl.formatMessage({ id: 'calendar.title' })}>
          <div className="cal-gutter" aria-hidden="true">
            <div className="cal-head" />
            <div className="cal-body">
              {rows.map((r, i) => (i * interval) % 60 === 0 && (
                <span key={r} className="cal-hour" style={{ '--top': i } as CSSProperties}>{formatTime(intl, r, timeZone)}</span>
              ))}
            </div>
          </div>
          {lanes.map((lane) => {
            const nowAt = place({ startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 60_000).toISOString() }, lane, range, interval);
            return (
              <div key={lane.key} className={`cal-lane${view === 'day' && lane.key !== selected ? ' other' : ''}`} role="group" aria-label={lane.title} data-lane={lane.key}>
                <div className="cal-head">
                  <span dir="auto">{lane.title}</span>
                  {view === 'day' && !lane.closed && freeNow(lane) && (
                    <Button type="button" variant="link" className="cal-walk-in" onClick={() => openDesk(lane.stylist, null)}>
                      <FormattedMessage id="desk.walkIn" />
                    </Button>
                  )}
                </div>
                <div className={`cal-body${lane.closed ? ' closed' : ''}`}>
                  {!lane.closed && lane.stylist && rowStarts(lane, range, interval).map((start, i) => start >= now.toISOString() && working(lane, start) && (
                    <button
                      key={start}
                      type="button"
                      className="cal-cell"
                      style={{ '--top': i } as CSSProperties}
                      aria-label={intl.formatMessage({ id: 'desk.bookCell' }, { name: lane.title, time: formatTime(intl, start, timeZone) })}
                      onClick={() => openDesk(lane.stylist, start)}
                    />
                  ))}
                  {lane.working.map((w) => {
                    const at = place(w, lane, range, interval);
                    return at && <div key={w.startsAt} className="cal-working" style={{ '--top': at.top, '--height': at.height } as CSSProperties} />;
                  })}
                  {lane.timeOff.map((t) => {
                    const at = place(t, lane, range, interval);
                    return at && (
                      <div key={t.startsAt} className="cal-off" style={{ '--top': at.top, '--height': at.height } as CSSProperties} title={intl.formatMessage({ id: 'calendar.timeOff' })}>
                        <FormattedMessage id="calendar.timeOff" />
                      </div>
                    );
                  })}
                  {lane.bookings.map((b) => {
                    const at = place({ startsAt: b.startsAt, endsAt: b.blockedUntil }, lane, range, interval);
                    if (!at) return null;
                    const service = (Date.parse(b.endsAt) - Date.parse(b.startsAt)) / (Date.parse(b.blockedUntil) - Date.parse(b.startsAt));
                    const draggable = b.status === 'PENDING' || b.status === 'CONFIRMED';
                    const dragging = drag?.id === b.id && drag.moved ? drag : null;
                    return (
                      <button
                        key={b.id}
                        type="button"
                        className={`cal-block status-${b.status}${b.checkedInAt ? ' checked-in' : ''}${openId === b.id ? ' selected' : ''}${draggable ? ' draggable' : ''}${dragging ? ' dragging' : ''}`}
                        style={{ '--top': at.top, '--height': at.height, '--service': service, ...(dragging ? { transform: `translate(${dragging.dx}px, ${dragging.dy}px)` } : {}) } as CSSProperties}
                        data-booking={b.id}
                        onPointerDown={draggable ? (e) => { setDragMessage(null); startDrag(e, b); } : undefined}
                        onPointerMove={drag?.id === b.id ? moveDrag : undefined}
                        onPointerUp={drag?.id === b.id ? (e) => void endDrag(e, b, lane) : undefined}
                        onPointerCancel={() => setDrag(null)}
                        aria-label={intl.formatMessage({ id: 'calendar.blockLabel' }, { time: formatTime(intl, b.startsAt, timeZone), customer: b.customer.displayName, service: b.service.name, status: intl.formatMessage({ id: b.checkedInAt ? 'calendar.arrived' : `status.${b.status}` }) })}
                        onClick={(e) => {
                          if (e.timeStamp - dragEndedAt.current < 500) return;
                          setDesk(null);
                          setOpenId(b.id);
                        }}
                      >
                        <span className="cal-time">{formatTime(intl, b.startsAt, timeZone)}</span> <span dir="auto">{b.customer.displayName}</span> · <span dir="auto">{b.service.name}</span>
                        {b.checkedInAt && <> · <FormattedMessage id="calendar.arrived" /></>}
                      </button>
                    );
                  })}
                  {nowAt && <div className="cal-now" role="img" style={{ '--top': nowAt.top } as CSSProperties} aria-label={intl.formatMessage({ id: 'calendar.now' })} />}
                </div>
              </div>
            );
          })}
        </div>
      )}
      {cal && cal.columns.every((c) => c.bookings.length === 0) && <StatusMessage kind="empty" messageId="calendar.empty" />}
      {desk && (
        <FrontDeskForm key={`${desk.stylist.id}-${desk.startsAt}`} salonId={salonId} timeZone={timeZone} stylist={desk.stylist} stylists={stylists} startsAt={desk.startsAt} onDone={() => { setDesk(null); void refetch(); }} onClose={() => setDesk(null)} />
      )}
      {open && (
        <BookingActions key={open.id} booking={open} timeZone={timeZone} now={now} stylists={stylists} onChanged={() => void refetch()} onClose={() => setOpenId(null)} manages={manages} />
      )}
    </section>
  );
}
