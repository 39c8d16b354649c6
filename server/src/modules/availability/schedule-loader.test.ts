import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { startTestServer, type TestServer } from '../../../test/harness';
import { sql } from '../../../test/sql';
import { Service } from '../catalog/service.entity';
import { loadSchedule } from './schedule-loader';

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
    // pg queues a query sent to a connection that is still busy, warns, and refuses it from pg 9 on. (Gathered
    // reads outside the transaction are sent together on purpose, in pg's pipeline mode: db/statement-batch.ts.)
    const query = Client.prototype.query;
    let sentWhileBusy = 0;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client & { _activeQuery: unknown; pipeline: boolean }, ...args: unknown[]) {
      if (this._activeQuery && !this.pipeline) sentWhileBusy += 1;
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
});
