import { ZodError } from 'zod';
import { reportPeriods, ReportPeriod } from './report-period';

const dates = (p: ReturnType<typeof reportPeriods>) => [p.current.startDate, p.current.endDate, p.previous.startDate, p.previous.endDate];

describe('report periods', () => {
  it('resolves a day, a Sunday-to-Saturday week, a calendar month and a custom range, each with the one before', () => {
    expect(dates(reportPeriods({ period: ReportPeriod.DAY, date: '2026-03-01' }, 'Asia/Riyadh'))).toEqual(['2026-03-01', '2026-03-01', '2026-02-28', '2026-02-28']);
    // 2026-12-09 is a Wednesday.
    expect(dates(reportPeriods({ period: ReportPeriod.WEEK, date: '2026-12-09' }, 'Asia/Riyadh'))).toEqual(['2026-12-06', '2026-12-12', '2026-11-29', '2026-12-05']);
    expect(dates(reportPeriods({ period: ReportPeriod.WEEK, date: '2026-12-06' }, 'Asia/Riyadh'))[0]).toBe('2026-12-06');
    expect(dates(reportPeriods({ period: ReportPeriod.MONTH, date: '2026-03-31' }, 'Asia/Riyadh'))).toEqual(['2026-03-01', '2026-03-31', '2026-02-01', '2026-02-28']);
    expect(dates(reportPeriods({ period: ReportPeriod.CUSTOM, date: '2026-12-01', to: '2026-12-10' }, 'Asia/Riyadh'))).toEqual(['2026-12-01', '2026-12-10', '2026-11-21', '2026-11-30']);
  });

  it("bounds the days by the zone's local midnights, 23 hours on the day clocks go forward", () => {
    const p = reportPeriods({ period: ReportPeriod.DAY, date: '2026-03-29' }, 'Europe/Berlin');
    expect(p.current.startsAt.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(p.current.endsAt.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(reportPeriods({ period: ReportPeriod.DAY, date: '2026-03-29' }, 'Asia/Riyadh').current.startsAt.toISOString()).toBe('2026-03-28T21:00:00.000Z');
  });

  it('refuses a custom range without an end, a backwards one, one over a year, and an end for a fixed period', () => {
    for (const bad of [
      { period: ReportPeriod.CUSTOM, date: '2026-12-01' },
      { period: ReportPeriod.CUSTOM, date: '2026-12-01', to: '2026-11-30' },
      { period: ReportPeriod.CUSTOM, date: '2026-01-01', to: '2027-01-02' },
      { period: ReportPeriod.DAY, date: '2026-12-01', to: '2026-12-02' },
    ]) expect(() => reportPeriods(bad, 'Asia/Riyadh')).toThrow(ZodError);
    expect(dates(reportPeriods({ period: ReportPeriod.CUSTOM, date: '2026-01-01', to: '2027-01-01' }, 'Asia/Riyadh')).slice(0, 2)).toEqual(['2026-01-01', '2027-01-01']);
  });
});
