import { draggedStart, gridRange, place, rowStarts } from './calendar-layout';

// Wednesday 9 December 2026 in Riyadh (UTC+3).
const lane = {
  key: 'noura', dayStart: '2026-12-08T21:00:00.000Z', dayEnd: '2026-12-09T21:00:00.000Z', closed: false,
  working: [{ startsAt: '2026-12-09T06:00:00.000Z', endsAt: '2026-12-09T10:00:00.000Z' }, { startsAt: '2026-12-09T11:00:00.000Z', endsAt: '2026-12-09T15:00:00.000Z' }],
  timeOff: [],
  bookings: [{ startsAt: '2026-12-09T16:15:00.000Z', endsAt: '2026-12-09T16:45:00.000Z', blockedUntil: '2026-12-09T16:55:00.000Z' }],
};

describe('calendar layout', () => {
  it('spans working hours and bookings in whole local hours', () => {
    expect(gridRange([lane])).toEqual({ from: 9 * 60, to: 20 * 60 });
    expect(gridRange([{ ...lane, working: [], bookings: [] }])).toEqual({ from: 9 * 60, to: 21 * 60 });
  });

  it('places a span in rows of the slot interval and clips it to the grid', () => {
    const range = { from: 9 * 60, to: 20 * 60 };
    expect(place({ startsAt: '2026-12-09T06:30:00.000Z', endsAt: '2026-12-09T07:15:00.000Z' }, lane, range, 15)).toEqual({ top: 2, height: 3 });
    expect(place({ startsAt: '2026-12-09T04:00:00.000Z', endsAt: '2026-12-09T06:30:00.000Z' }, lane, range, 15)).toEqual({ top: 0, height: 2 });
    expect(place({ startsAt: '2026-12-09T18:00:00.000Z', endsAt: '2026-12-09T19:00:00.000Z' }, lane, range, 15)).toBeNull();
  });

  it('lists the start of every row', () => {
    const rows = rowStarts(lane, { from: 9 * 60, to: 10 * 60 }, 15);
    expect(rows).toEqual(['2026-12-09T06:00:00.000Z', '2026-12-09T06:15:00.000Z', '2026-12-09T06:30:00.000Z', '2026-12-09T06:45:00.000Z']);
  });

  it('snaps a dragged block to the nearest slot: rows of the interval, up or down, none for a small wobble', () => {
    const start = '2026-12-09T16:15:00.000Z';
    expect(draggedStart(start, 0, 44, 15)).toBe(start);
    expect(draggedStart(start, 20, 44, 15)).toBe(start);
    expect(draggedStart(start, 23, 44, 15)).toBe('2026-12-09T16:30:00.000Z');
    expect(draggedStart(start, 44 * 4, 44, 15)).toBe('2026-12-09T17:15:00.000Z');
    expect(draggedStart(start, -44 * 2 - 10, 44, 30)).toBe('2026-12-09T15:15:00.000Z');
    // Onto another day's lane of the week view: the same time of day there, and the rows dragged on top.
    const days = { from: '2026-12-08T21:00:00.000Z', to: '2026-12-10T21:00:00.000Z' };
    expect(draggedStart(start, 0, 44, 15, days)).toBe('2026-12-11T16:15:00.000Z');
    expect(draggedStart(start, -44, 44, 15, days)).toBe('2026-12-11T16:00:00.000Z');
  });
});
