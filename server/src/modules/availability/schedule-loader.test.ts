import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { startTestServer, type TestServer } from '../../../test/harness';
import { sql } from '../../../test/sql';
import { Service } from '../catalog/service.entity';
import { loadSchedule, scheduleOf } from './schedule-loader';
import type { Salon } from '../catalog/salon.entity';
import { anyStaffSlots } from './slots';

const NOW = new Date('2026-12-05T21:00:00Z'); // Sunday 6 December 00:00 in Riyadh

describe('loadSchedule', () => {
  let t: TestServer;
  let serviceId: string;
  beforeAll(async () => {
    t = await startTestServer({ seedDemo: true });
    [{ id: serviceId }] = await sql(t, "select sv.id from services sv join salons s on s.id = sv.salon_id where s.name_en = 'Rose Touch Salon' and sv.name_en = 'Haircut'");
  });
  afterAll(() => t.stop());

  const load = async (em: EntityManager) => {
    const service = await em.findOneOrFail(Service, { id: serviceId }, { populate: ['salon'] });
    return loadSchedule(em, { service, salon: service.salon, from: '2026-12-06', to: '2026-12-12', now: NOW, slotIntervalMinutes: 15 });
  };

  it('reads the same inside a booking transaction, one statement at a time on its single connection', async () => {
    // pg queues a query sent to a connection that is still busy, warns, and refuses it from pg 9 on.
    const query = Client.prototype.query;
    let sentWhileBusy = 0;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client & { _activeQuery: unknown }, ...args: unknown[]) {
      if (this._activeQuery) sentWhileBusy += 1;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query);
    try {
      const em = t.app.orm.em.fork() as EntityManager;
      const outside = await load(em);
      const inside = await em.transactional((tx) => load(tx));
      expect(inside.staffIds.length).toBeGreaterThan(1);
      expect(outside.slots('2026-12-07').length).toBeGreaterThan(0);
      expect(inside.slots('2026-12-07')).toEqual(outside.slots('2026-12-07'));
    } finally {
      spy.mockRestore();
    }
    expect(sentWhileBusy).toBe(0);
  });

  it('counts only busy time inside the salon\'s own window, though rows are read for any zone', () => {
    // Riyadh (UTC+3): 6 December starts at 5 Dec 21:00Z. The rows cover 5 Dec 10:00Z onwards, for any zone.
    const salon = { id: 's', timeZone: 'Asia/Riyadh', minimumNoticeMinutes: 0, bookingHorizonDays: 60 } as unknown as Salon;
    const service = { id: 'v', durationMinutes: 60, bufferAfterMinutes: 0 } as unknown as Service;
    const week = [7, 1].map((weekday) => ({ staff_id: '', weekday, start_time: '10:00', end_time: '12:00' }));
    const rows = (busy: { staff_id: string; starts_at: Date; ends_at: Date }[]) => ({
      staff: [{ id: 'a' }, { id: 'b' }] as never,
      hours: ['a', 'b'].flatMap((id) => week.map((h) => ({ ...h, staff_id: id }))),
      timeOff: [],
      schedule: { week: [], exceptions: [], closures: [] },
      bookings: busy,
    });
    const q = { service, salon, from: '2026-12-06', to: '2026-12-06', now: NOW, slotIntervalMinutes: 30 };
    const anyStaff = (busy: Parameters<typeof rows>[0]) => {
      const schedule = scheduleOf(rows(busy), q);
      return anyStaffSlots(schedule.slots('2026-12-06'), schedule.day('2026-12-06').staff).map((s) => s.staffId);
    };
    // Equal loads: "any staff member" picks a by id. Busy time the evening before (5 Dec 18:00 in Riyadh) is outside
    // the day's window and must not tip the choice; busy time the morning after midnight is inside it.
    expect(anyStaff([])).toEqual(['a', 'a', 'a']);
    expect(anyStaff([{ staff_id: 'a', starts_at: new Date('2026-12-05T15:00:00Z'), ends_at: new Date('2026-12-05T16:00:00Z') }])).toEqual(['a', 'a', 'a']);
    expect(anyStaff([{ staff_id: 'a', starts_at: new Date('2026-12-05T21:00:00Z'), ends_at: new Date('2026-12-05T22:00:00Z') }])).toEqual(['b', 'b', 'b']);
  });
});
