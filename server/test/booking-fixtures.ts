import { randomUUID } from 'node:crypto';
import type { TestServer } from './harness';
import { signInAs } from './auth';
import { sql } from './sql';

export const CREATE = `mutation($input: CreateBookingInput!) { createBooking(input: $input) {
  booking { id status startsAt endsAt blockedUntil priceHalalas holdExpiresAt version staff { id } }
  errors { code message field } } }`;

export interface Stage {
  salonId: string;
  serviceId: string;
  staffId: string;
  otherStaffId: string;
  /** A free start the slot calculation offers (10:00 Riyadh on the day under test). */
  startsAt: string;
}

/**
 * A salon set up for booking tests: `salonName` from the demo data, its first two staff working every day
 * 09:00–18:00 with no bookings, and nothing else in the way. The clock must sit before the test day.
 */
export async function stage(t: TestServer, salonName: string, day = '2026-12-10'): Promise<Stage> {
  const [{ id: salonId }] = await sql(t, 'select id from salons where name_en = $1', [salonName]);
  // The demo stylist (+966500000003) first where she works, so her notifications and sign-in line up.
  const staff = await sql(t, "select sm.id from staff_members sm join users u on u.id = sm.user_id where sm.salon_id = $1 order by (u.phone_number = '+966500000003') desc, sm.display_name limit 2", [salonId]);
  const [{ id: serviceId }] = await sql(
    t,
    `select sv.id from services sv where sv.salon_id = $1 and sv.is_active
       and exists (select 1 from staff_member_services ss where ss.service_id = sv.id and ss.staff_member_id = $2)
       and exists (select 1 from staff_member_services ss where ss.service_id = sv.id and ss.staff_member_id = $3)
     order by sv.duration_minutes limit 1`,
    [salonId, staff[0].id, staff[1].id],
  );
  for (const { id } of staff) {
    await sql(t, 'delete from weekly_hours where staff_id = $1', [id]);
    await sql(t, 'delete from time_off where staff_id = $1', [id]);
    for (let weekday = 1; weekday <= 7; weekday++) {
      await sql(t, "insert into weekly_hours (id, created_at, updated_at, staff_id, weekday, start_time, end_time) values (gen_random_uuid(), $3, $3, $1, $2, '09:00', '18:00')", [id, weekday, t.app.now()]);
    }
  }
  await sql(t, 'delete from salon_closures where salon_id = $1', [salonId]);
  // The demo data books these stylists relative to today's date; the tests own their calendars.
  await sql(t, 'delete from bookings where staff_id = any($1)', [staff.map((m) => m.id)]);
  return { salonId, serviceId, staffId: staff[0].id, otherStaffId: staff[1].id, startsAt: `${day}T07:00:00.000Z` };
}

/** A new phone-verified customer and an access token for them. */
// A random number in the 055 range: every one is a valid Saudi mobile (052 and parts of 057 are not, and a flow that
// checks the number, like a front-desk booking, refused one customer in ten).
export async function newCustomer(t: TestServer, phone = `+96655${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`): Promise<{ id: string; token: string; phone: string }> {
  const [{ id }] = await sql(t, "insert into users (id, created_at, updated_at, phone_number, first_name, is_phone_verified) values (gen_random_uuid(), $2, $2, $1, 'Test', true) returning id", [phone, t.app.now()]);
  return { id, phone, token: await signInAs(t, phone) };
}

export async function book(t: TestServer, token: string, s: Stage, over: Record<string, unknown> = {}) {
  const res = await t.gql(CREATE, { input: { serviceId: s.serviceId, staffId: s.staffId, startsAt: s.startsAt, idempotencyKey: randomUUID(), ...over } }, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createBooking;
}

/**
 * A booking written straight to the table in any status, for tests about what may follow a status (the API can
 * only reach some statuses through time passing). One hour with the stage's staff member unless told otherwise.
 */
export async function insertBooking(t: TestServer, s: Stage, customerId: string, status: string, startsAt = s.startsAt, staffId = s.staffId): Promise<string> {
  const [row] = await sql(
    t,
    `insert into bookings (id, created_at, updated_at, salon_id, service_id, staff_id, customer_id, starts_at, ends_at, blocked_until,
       price_halalas, currency, status, idempotency_key, request_fingerprint)
     select gen_random_uuid(), $7, $7, $1, $2, $3, $4, $5::timestamptz, $5::timestamptz + make_interval(mins => sv.duration_minutes),
       $5::timestamptz + make_interval(mins => sv.duration_minutes + sv.buffer_after_minutes), sv.price_halalas, sv.currency, $6, gen_random_uuid()::text, 'fixture'
       from services sv where sv.id = $2
     returning id`,
    [s.salonId, s.serviceId, staffId, customerId, startsAt, status, t.app.now()],
  );
  return row.id;
}
