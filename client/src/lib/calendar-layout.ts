/** Time-grid geometry for the salon calendar: pure, so it is tested without a browser. */

const MINUTE = 60_000;

export interface Span {
  startsAt: string;
  endsAt: string;
}

/** One column of the grid: a stylist on one day (day view) or one day of a stylist (week view). */
export interface Lane<B extends Span> {
  key: string;
  /** Local midnight that starts the lane's day, and the next one, as instants. */
  dayStart: string;
  dayEnd: string;
  closed: boolean;
  working: Span[];
  timeOff: Span[];
  bookings: B[];
}

/** What the grid shows, in minutes from local midnight: working hours and bookings, whole hours, 09–21 at least when empty. */
export function gridRange(lanes: Lane<Span & { blockedUntil: string }>[]): { from: number; to: number } {
  let from = Infinity;
  let to = -Infinity;
  for (const lane of lanes) {
    const start = Date.parse(lane.dayStart);
    const length = (Date.parse(lane.dayEnd) - start) / MINUTE;
    for (const s of [...lane.working, ...lane.bookings.map((b) => ({ startsAt: b.startsAt, endsAt: b.blockedUntil }))]) {
      from = Math.min(from, Math.max(0, (Date.parse(s.startsAt) - start) / MINUTE));
      to = Math.max(to, Math.min(length, (Date.parse(s.endsAt) - start) / MINUTE));
    }
  }
  if (from === Infinity) return { from: 9 * 60, to: 21 * 60 };
  return { from: Math.floor(from / 60) * 60, to: Math.ceil(to / 60) * 60 };
}

/** Where a span sits in a lane, in rows of `interval` minutes from the top of the grid; null when it is outside. */
export function place(span: Span, lane: { dayStart: string }, range: { from: number; to: number }, interval: number): { top: number; height: number } | null {
  const base = Date.parse(lane.dayStart) + range.from * MINUTE;
  const top = Math.max(0, (Date.parse(span.startsAt) - base) / MINUTE);
  const bottom = Math.min(range.to - range.from, (Date.parse(span.endsAt) - base) / MINUTE);
  if (bottom <= top) return null;
  return { top: top / interval, height: (bottom - top) / interval };
}

/** The instants that start each row, for the time labels and the empty cells. */
export function rowStarts(lane: { dayStart: string }, range: { from: number; to: number }, interval: number): string[] {
  const base = Date.parse(lane.dayStart) + range.from * MINUTE;
  return Array.from({ length: Math.ceil((range.to - range.from) / interval) }, (_, i) => new Date(base + i * interval * MINUTE).toISOString());
}

/**
 * Where a dragged block lands in time: its start moved by the whole rows it was dragged (`dy` pixels, rows of
 * `rowPx`), each row one slot interval. Half a row or more counts as a row, so a block snaps to the nearest slot.
 * In the week view it may also land in another day's lane: `days` are the local midnights of the lane it left and
 * the lane it was dropped on, and it keeps its time of day there.
 */
export function draggedStart(startsAt: string, dy: number, rowPx: number, interval: number, days?: { from: string; to: string }): string {
  const rows = rowPx > 0 ? Math.round(dy / rowPx) : 0;
  const shift = days ? Date.parse(days.to) - Date.parse(days.from) : 0;
  return new Date(Date.parse(startsAt) + rows * interval * MINUTE + shift).toISOString();
}
