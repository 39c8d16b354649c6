import { salonDays } from './salon-calendar';

describe('salonDays', () => {
  it("runs from local midnight to local midnight in the salon's zone", () => {
    expect(salonDays('2026-12-09', 2, 'Asia/Riyadh')).toEqual([
      { date: '2026-12-09', startsAt: new Date('2026-12-08T21:00:00Z'), endsAt: new Date('2026-12-09T21:00:00Z') },
      { date: '2026-12-10', startsAt: new Date('2026-12-09T21:00:00Z'), endsAt: new Date('2026-12-10T21:00:00Z') },
    ]);
  });

  it('has 23 and 25 hours on the days daylight saving starts and ends', () => {
    const hours = (d: { startsAt: Date; endsAt: Date }) => (d.endsAt.getTime() - d.startsAt.getTime()) / 3_600_000;
    expect(salonDays('2026-03-29', 1, 'Europe/London').map(hours)).toEqual([23]);
    expect(salonDays('2026-10-25', 1, 'Europe/London').map(hours)).toEqual([25]);
    expect(salonDays('2026-03-08', 1, 'America/New_York').map(hours)).toEqual([23]);
  });
});
