import type { EntityManager } from '@mikro-orm/postgresql';
import { readTogether } from '../../db/sql';
import { availableMinutes } from './available-time';
import { bookingFigures, bookingRates, rate, revenueFigures } from './report-figures';
import type { ReportInput, ReportRange } from './report-period';
import { reportPeriods } from './report-period';
import type { ReportFigures, SalonReport } from './reports.types';

export interface ReportQuery {
  salon: { id: string; timeZone: string };
  activeStaffIds: string[];
  input: ReportInput;
  now: Date;
}

/** A salon's report and its comparison: a fixed number of statements, whatever the range and the number of bookings. */
export async function salonReport(em: EntityManager, q: ReportQuery): Promise<SalonReport> {
  const periods = reportPeriods(q.input, q.salon.timeZone);
  const ranges = [periods.current, periods.previous];
  // Both periods' bookings and money are read together; the stylists' working time needs the bookings' stylists.
  const [current, previous, currentRevenue, previousRevenue] = await readTogether(em, [
    () => bookingFigures(em, q.salon.id, ranges[0], q.now),
    () => bookingFigures(em, q.salon.id, ranges[1], q.now),
    () => revenueFigures(em, q.salon.id, ranges[0]),
    () => revenueFigures(em, q.salon.id, ranges[1]),
  ]);
  const bookings = [current, previous];
  const revenue = [currentRevenue, previousRevenue];
  const staffIds = [...new Set([...q.activeStaffIds, ...bookings.flatMap((b) => b.booked.map((s) => s.staffId))])].sort();
  const available = await availableMinutes(em, q.salon, staffIds, ranges);
  const figures = (range: ReportRange, i: number): ReportFigures => ({
    range,
    revenue: revenue[i],
    bookings: { byStatus: bookings[i].byStatus, ...bookingRates(bookings[i].byStatus) },
    utilisation: staffIds.map((staffId) => {
      const bookedMinutes = bookings[i].booked.find((s) => s.staffId === staffId)?.bookedMinutes ?? 0;
      const availableMinutes = available[i].get(staffId) ?? 0;
      return { staffId, bookedMinutes, availableMinutes, rate: rate(bookedMinutes, availableMinutes) };
    }),
    topServices: bookings[i].topServices,
    customers: bookings[i].customers,
  });
  return { salonId: q.salon.id, timeZone: q.salon.timeZone, period: q.input.period, current: figures(periods.current, 0), previous: figures(periods.previous, 1) };
}
