import type { Client } from 'pg';

export interface GeneratedData {
  salons: number;
  staff: number;
  bookings: number;
  /** The salon with 20 stylists used for the availability scenario. */
  bigSalonId: string;
  bigServiceId: string;
  /** A salon-local date full of bookings at the big salon. */
  busyDate: string;
  /** The Gregorian year of the generated exceptions (next year). */
  exceptionsYear: number;
}

/**
 * Fills an empty, migrated database with a large catalogue in a few set-based statements: 500 salons with 6
 * services and 6 stylists each (one with 20), weekly hours, photos, reviews, and 100,000 bookings spread over the
 * next weeks so no stylist or customer overlaps.
 */
export async function generate(db: Client, scale = 1): Promise<GeneratedData> {
  const salons = 500 * scale;
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
  await q(`insert into users (id, created_at, updated_at, phone_number, first_name, role, is_phone_verified)
    select gen_random_uuid(), now(), now(), '+96655' || lpad(g::text, 7, '0'), 'Owner ' || g, 'MANAGER', true from generate_series(1, $1) g`, [salons]);
  // Positions scattered up to ~11 km around each city's centre; every third salon comes to the customer.
  await q(`insert into salons (id, created_at, updated_at, owner_id, name_ar, name_en, city, district, rating_average, review_count,
      latitude, longitude, clientele, home_service_radius_km, home_service_travel_minutes)
    select gen_random_uuid(), now() - (g || ' minutes')::interval, now(), u.id, 'صالون رقم ' || g, 'Bench Salon ' || g,
           (array['RIYADH','JEDDAH','DAMMAM','MAKKAH','MADINAH','KHOBAR'])[1 + g % 6], 'District ' || (g % 40), 3 + (g % 20) / 10.0, 10,
           (array[24.71, 21.54, 26.42, 21.39, 24.47, 26.28])[1 + g % 6] + ((g * 37) % 200 - 100) / 1000.0,
           (array[46.68, 39.17, 50.09, 39.86, 39.61, 50.21])[1 + g % 6] + ((g * 53) % 200 - 100) / 1000.0,
           (array['LADIES', 'GENTS', 'BOTH'])[1 + g % 3], case when g % 3 = 0 then 15 end, case when g % 3 = 0 then 30 end
      from (select id, row_number() over (order by phone_number) as g from users where role = 'MANAGER' and phone_number like '+96655%') u`);
  // Each owner manages their salon (salon memberships, ADR 0011).
  await q(`insert into salon_memberships (id, created_at, updated_at, salon_id, user_id, role)
    select gen_random_uuid(), created_at, created_at, id, owner_id, 'MANAGER' from salons`);
  await q(`insert into services (id, created_at, updated_at, salon_id, name_ar, name_en, category, duration_minutes, price_halalas, buffer_after_minutes)
    select gen_random_uuid(), now(), now(), s.id, 'خدمة ' || k, (array['Haircut','Colour','Manicure','Pedicure','Facial','Massage'])[k],
           (array['HAIR','HAIR','NAILS','NAILS','SKIN','SPA'])[k], 30 + 15 * (k % 3), 5000 * k, 10
      from salons s, generate_series(1, 6) k`);
  // Six stylists per salon, and fourteen more at the first one: 3,014 staff members.
  await q(`with picks as (
      select s.id as salon_id, k from (select id, row_number() over (order by created_at desc) as rn from salons) s,
        generate_series(1, 20) k where k <= case when s.rn = 1 then 20 else 6 end),
    people as (
      insert into users (id, created_at, updated_at, phone_number, first_name, role, is_phone_verified)
      select gen_random_uuid(), now(), now(), '+96656' || lpad(row_number() over ()::text, 7, '0'), 'Stylist', 'STAFF', true from picks
      returning id),
    numbered_people as (select id, row_number() over () as n from people),
    numbered_picks as (select salon_id, k, row_number() over () as n from picks)
    insert into staff_members (id, created_at, updated_at, user_id, salon_id, display_name)
    select gen_random_uuid(), now(), now(), p.id, np.salon_id, 'Stylist ' || np.k from numbered_picks np join numbered_people p using (n)`);
  await q(`insert into staff_member_services select sm.id, sv.id from staff_members sm join services sv on sv.salon_id = sm.salon_id`);
  await q(`insert into weekly_hours (id, created_at, updated_at, staff_id, weekday, start_time, end_time)
    select gen_random_uuid(), now(), now(), sm.id, d, '09:00', '21:00' from staff_members sm, generate_series(1, 7) d`);
  // Opening hours around the stylists' (so slots are unchanged) and next year's Ramadan, Eid and National Day.
  await q(`insert into salon_opening_hours (id, created_at, updated_at, salon_id, weekday, start_time, end_time)
    select gen_random_uuid(), now(), now(), s.id, d, '09:00', '23:00' from salons s, generate_series(1, 7) d`);
  await q(`insert into schedule_exceptions (id, created_at, updated_at, salon_id, name, start_date, end_date, calendar, ranges)
    select gen_random_uuid(), now(), now(), s.id, e.name, (date_trunc('year', now()) + interval '1 year' + e.starts)::date, (date_trunc('year', now()) + interval '1 year' + e.ends)::date, e.calendar, e.ranges::jsonb
      from salons s, (values ('Ramadan', interval '37 days', interval '66 days', 'HIJRI', '[{"startTime":"20:00","endTime":"03:00"}]'),
                             ('Eid al-Fitr', interval '67 days', interval '69 days', 'HIJRI', '[]'),
                             ('National Day', interval '265 days', interval '265 days', 'GREGORIAN', '[]')) e(name, starts, ends, calendar, ranges)`);
  await q(`insert into salon_photos (id, created_at, updated_at, salon_id, url, position) select gen_random_uuid(), now(), now(), s.id, '/demo/salon-' || (1 + p) || '-1.svg', p from salons s, generate_series(0, 1) p`);
  // One customer per stylist, so bookings at the same time never make a customer overlap.
  await q(`insert into users (id, created_at, updated_at, phone_number, first_name, role, is_phone_verified)
    select gen_random_uuid(), now(), now(), '+96657' || lpad(g::text, 7, '0'), 'Customer ' || g, 'CUSTOMER', true from generate_series(1, (select count(*) from staff_members)) g`);
  await q(`insert into reviews (id, created_at, updated_at, salon_id, customer_id, rating, comment)
    select gen_random_uuid(), now() - (k || ' days')::interval, now(), s.id, (select id from users where phone_number like '+96657%' order by phone_number limit 1), 1 + (k % 5), 'Review ' || k
      from salons s, generate_series(1, 10) k`);
  // 100,000 bookings: ~33 per stylist, three a day at 09:00, 12:00 and 15:00 Riyadh, from tomorrow on.
  const perStaff = Math.ceil((100_000 * scale) / 3014);
  await q(`with st as (select sm.id as staff_id, sm.salon_id, row_number() over (order by sm.id) as n from staff_members sm),
      cu as (select id as customer_id, row_number() over (order by phone_number) as n from users where phone_number like '+96657%'),
      sv as (select distinct on (salon_id) salon_id, id as service_id, duration_minutes, buffer_after_minutes, price_halalas from services order by salon_id, duration_minutes)
    insert into bookings (id, created_at, updated_at, salon_id, service_id, staff_id, customer_id, starts_at, ends_at, blocked_until, price_halalas, currency, status, idempotency_key, request_fingerprint)
    select gen_random_uuid(), now(), now(), st.salon_id, sv.service_id, st.staff_id, cu.customer_id, t.starts_at,
           t.starts_at + (sv.duration_minutes || ' minutes')::interval, t.starts_at + ((sv.duration_minutes + sv.buffer_after_minutes) || ' minutes')::interval,
           sv.price_halalas, 'SAR', 'CONFIRMED', 'bench-' || st.n || '-' || k, 'bench'
      from st join cu using (n) join sv using (salon_id), generate_series(0, $1 - 1) k,
      lateral (select (date_trunc('day', now() at time zone 'Asia/Riyadh') + ((1 + k / 3) || ' days')::interval + ((9 + 3 * (k % 3)) || ' hours')::interval) at time zone 'Asia/Riyadh' as starts_at) t`, [perStaff]);
  const [{ id: bigSalonId }] = (await q('select salon_id as id from staff_members group by salon_id order by count(*) desc limit 1')).rows;
  const [{ id: bigServiceId }] = (await q('select id from services where salon_id = $1 order by duration_minutes limit 1', [bigSalonId])).rows;
  const [{ busy }] = (await q("select to_char((date_trunc('day', now() at time zone 'Asia/Riyadh') + interval '1 day'), 'YYYY-MM-DD') as busy")).rows;
  const counts = (await q("select (select count(*) from salons)::int as salons, (select count(*) from staff_members)::int as staff, (select count(*) from bookings)::int as bookings")).rows[0];
  // Vacuumed now, so autovacuum does not wake up during the measurements and charge its CPU to them.
  await q('vacuum analyze');
  const [{ year }] = (await q("select extract(year from now())::int + 1 as year")).rows;
  return { ...counts, bigSalonId, bigServiceId, busyDate: busy, exceptionsYear: year as number };
}
