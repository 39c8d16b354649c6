import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupByKey } from '../../graphql/batch';
import { execute, uuidArray } from '../../db/sql';
import { mapPlain, type PlainRow } from '../../db/plain-rows';
import { ScheduleException } from './hours.entity';

/** An opening range as read (no entity behind it). */
export interface OpeningHoursView {
  id: string;
  createdAt: Date;
  weekday: number;
  startTime: string;
  endTime: string;
}

/** Plain rows (ADR 0009): the salon page reads these for every salon shown. */
export function createHoursLoaders(em: EntityManager) {
  const exceptionsByYear = new Map<number, DataLoader<string, PlainRow<ScheduleException>[]>>();
  return {
    openingHoursBySalonId: new DataLoader<string, OpeningHoursView[]>(async (salonIds) =>
      groupByKey(
        salonIds,
        await execute<OpeningHoursView & { salonId: string }>(
          em,
          `select id, created_at as "createdAt", salon_id as "salonId", weekday, to_char(start_time, 'HH24:MI') as "startTime", to_char(end_time, 'HH24:MI') as "endTime"
             from salon_opening_hours where salon_id = any(?::uuid[]) order by weekday, start_time, id`,
          [uuidArray(salonIds)],
        ),
        (h) => h.salonId,
      ),
    ),
    /** Exceptions overlapping a Gregorian year, by first day: one query per year asked, whatever the number of salons. */
    exceptionsInYear(salonId: string, year: number): Promise<PlainRow<ScheduleException>[]> {
      let loader = exceptionsByYear.get(year);
      if (!loader) {
        loader = new DataLoader(async (salonIds) => {
          const rows = await execute<Record<string, unknown>>(
            em,
            'select * from schedule_exceptions where salon_id = any(?::uuid[]) and start_date <= ? and end_date >= ? order by start_date, id',
            [uuidArray(salonIds), `${year}-12-31`, `${year}-01-01`],
          );
          return groupByKey(salonIds, mapPlain(em, ScheduleException, rows), (e) => e.salon.id);
        });
        exceptionsByYear.set(year, loader);
      }
      return loader.load(salonId);
    },
  };
}

export type HoursLoaders = ReturnType<typeof createHoursLoaders>;
