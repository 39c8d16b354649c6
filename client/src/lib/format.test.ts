import { upcomingDates, zonedLocalToInstant } from './format';

describe('salon-time helpers', () => {
  it('reads a typed wall-clock time in the salon\'s zone', () => {
    expect(zonedLocalToInstant('2026-12-01T10:00', 'Asia/Riyadh')).toBe('2026-12-01T07:00:00.000Z');
    expect(zonedLocalToInstant('2026-07-01T10:00', 'Europe/London')).toBe('2026-07-01T09:00:00.000Z');
    expect(zonedLocalToInstant('2026-12-01T10:00', 'Asia/Kathmandu')).toBe('2026-12-01T04:15:00.000Z');
  });

  it('lists calendar days from today in the salon\'s zone', () => {
    // 22:30 UTC on 1 December is already 2 December in Riyadh.
    expect(upcomingDates('Asia/Riyadh', 2, new Date('2026-12-01T22:30:00Z'))).toEqual(['2026-12-02', '2026-12-03']);
  });
});
