import { DateTime } from 'luxon';
import { testClock } from './fakes/http-fake';
import { startTestServer } from './harness';
import { sql } from './sql';

// The demo is the first thing anyone sees after `npm start`, and the browser suite runs on it at whatever hour CI
// runs: the stylist's booking to mark completed must be on today's calendar at any time of the Riyadh day.
describe('demo data, at any hour of the Riyadh day', () => {
  it.each(['2026-12-02T21:05:00Z', '2026-12-02T21:55:00Z', '2026-12-03T09:00:00Z', '2026-12-03T20:59:00Z'])('at %s the demo stylist has a booking today that has started', async (at) => {
    const now = new Date(at);
    const t = await startTestServer({ seedDemo: true, overrides: { now: testClock(now).now } });
    try {
      const rows = await sql<{ starts_at: Date }>(t, `
        select b.starts_at from bookings b join staff_members s on s.id = b.staff_id join users u on u.id = s.user_id
        where u.phone_number = '+966500000003' and b.status = 'CONFIRMED' and b.starts_at <= $1`, [now]);
      const today = DateTime.fromJSDate(now, { zone: 'Asia/Riyadh' }).toISODate();
      expect(rows.map((r) => DateTime.fromJSDate(new Date(r.starts_at), { zone: 'Asia/Riyadh' }).toISODate())).toContain(today);
    } finally {
      await t.stop();
    }
  });
});
