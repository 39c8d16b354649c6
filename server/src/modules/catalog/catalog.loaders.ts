import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, groupByKey } from '../../graphql/batch';
import { execute, isUuid, uuidArray } from '../../db/sql';
import { findPlain, findPlainByIds, mapPlain, selectList, type PlainRow } from '../../db/plain-rows';
import type { PropertiesAsked } from '../../graphql/projection';
import { decodeCursor, instantIdCursor } from '../../graphql/relay';
import { Salon } from './salon.entity';
import { Service } from './service.entity';
import { StaffMember } from './staff-member.entity';
import { SalonClosure, TimeOff, Weekday, WeeklyHours } from './schedule.entity';
import { Review, SalonPhoto } from './photo-review.entity';
import { User } from '../accounts/user.entity';

/** A weekly range as the catalogue reads it (no entity behind it). */
export type WeeklyHoursView = Pick<WeeklyHours, 'id' | 'createdAt' | 'weekday' | 'startTime' | 'endTime'>;

/** A weekly range read as text; `createdAt` is parsed only when asked for (a catalogue page shows the times). */
class WeeklyRange implements WeeklyHoursView {
  constructor(
    readonly id: string,
    readonly weekday: Weekday,
    readonly startTime: string,
    readonly endTime: string,
    private readonly createdText: string,
  ) {}

  get createdAt(): Date {
    return new Date(this.createdText);
  }
}

/**
 * `weekday|HH:MM:SS|HH:MM:SS|id|created at` per range, joined by commas (none of the parts holds either sign); the
 * last two are left out when the operation reads neither (see HOURS_OF_STAFF).
 */
function parseWeeklyRanges(text: string): WeeklyHoursView[] {
  const ranges = text.split(',').map((item) => {
    const [weekday, start, end, id = '', created = ''] = item.split('|');
    return new WeeklyRange(id, Number(weekday) as Weekday, start.slice(0, 5), end.slice(0, 5), created);
  });
  return ranges.sort((a, b) => a.weekday - b.weekday || (a.startTime < b.startTime ? -1 : a.startTime > b.startTime ? 1 : a.id < b.id ? -1 : 1));
}

export interface ReviewPageKey {
  salonId: string;
  first: number;
  after?: string | null;
}

// Weekly hours are the longest list on a catalogue page (every range of every stylist, ~7 per stylist), so they
// come as one text per stylist: a row per range cost the server more to receive and parse than the rest of the
// page's rows, and a JSON list per stylist cost PostgreSQL 4.5 ms to build (json_build_object, to_char and a sort
// per stylist) where this costs 1.9 ms (profiled). A subquery per stylist walks the (staff, weekday) index.
// A range's id and creation time are most of that text (and the timestamp's formatting most of PostgreSQL's work on
// it): when the operation reads neither, as a catalogue page does, only the times are sent (1.4–1.6 ms against
// 1.8–4.0 for a page of 20 salons, 120 stylists, explain analyze).
const HOURS_OF_STAFF = (timesOnly: () => boolean) => (staffId: string) =>
  `select string_agg(concat_ws('|', wh.weekday, wh.start_time, wh.end_time${timesOnly() ? '' : ', wh.id, wh.created_at'}), ',') from weekly_hours wh where wh.staff_id = ${staffId}`;

// A stylist's links to services, as one text of ids: a catalogue page links every stylist to several services, and
// a row per link cost the server more to receive and parse than the database spent joining them into one text.
const SERVICE_IDS_OF_STAFF = (staffId: string) => `select string_agg(ss.service_id::text, ',') from staff_member_services ss where ss.staff_member_id = ${staffId}`;

/**
 * A list read as one text per stylist (`select` is its subquery for a stylist id), by stylist or ahead for every
 * active stylist of some salons (ADR 0029): a salon level that knows its salons' ids reads it in the same message as
 * the stylists themselves, a level early, and primes the by-stylist loader. A read for a stylist waits for a
 * read-ahead that covers their salon, so it finds the primed answer whatever order the promises settle in.
 */
function perStylist<T>(em: EntityManager, select: (staffId: string) => string, parse: (text: string | null) => T) {
  const byStaffId = new DataLoader<string, T>(async (staffIds) => {
    const rows = await execute<{ staff_id: string; text: string | null }>(
      em,
      `select page.staff_id, (${select('page.staff_id')}) as text from unnest(?::uuid[]) as page(staff_id)`,
      [uuidArray(staffIds)],
    );
    return byKey(staffIds, rows, (r) => r.staff_id).map((row) => parse(row?.text ?? null));
  });
  const ofActiveStaff = new DataLoader<string, true>(async (salonIds) => {
    const rows = await execute<{ staff_id: string; text: string | null }>(
      em,
      `select sm.id as staff_id, (${select('sm.id')}) as text from staff_members sm where sm.salon_id = any(?::uuid[]) and sm.is_active`,
      [uuidArray(salonIds)],
    );
    for (const row of rows) byStaffId.prime(row.staff_id, parse(row.text));
    return salonIds.map(() => true as const);
  });
  const ahead = new Map<string, Promise<unknown>>();
  return {
    of(member: PlainRow<StaffMember>): Promise<T> {
      const pending = ahead.get(member.salon.id);
      return pending ? pending.then(() => byStaffId.load(member.id)) : byStaffId.load(member.id);
    },
    readAhead(salonIds: readonly string[]): void {
      for (const id of salonIds) if (!ahead.has(id)) ahead.set(id, ofActiveStaff.load(id).catch(() => undefined));
    },
  };
}

/**
 * Every catalogue loader returns plain rows (see findPlain): these are reads, and after a mutation the request
 * starts over with fresh loaders (see schema.ts), so nothing read here is stale or ever written back. The lists a
 * salon shows select only the columns the operation reads of their type (`asked`, graphql/projection.ts).
 */
export function createCatalogLoaders(em: EntityManager, now: () => Date, userById: DataLoader<string, PlainRow<User> | null>, asked: PropertiesAsked) {
  // One loader per page shape, so `reviews(first: 3)` on fifty salons is still one query.
  const reviewPageLoaders = new Map<string, DataLoader<string, PlainRow<Review>[]>>();
  // Page shapes whose reviewers were asked for ahead (read-ahead.ts): read with the reviews, in the same message.
  const reviewersWanted = new Set<string>();
  const reviewPage = (first: number, after?: string | null) => {
    const key = `${first}:${after ?? ''}`;
    let loader = reviewPageLoaders.get(key);
    if (!loader) {
      const cursor = after ? decodeCursor(after, instantIdCursor) : null;
      loader = new DataLoader<string, PlainRow<Review>[]>(async (salonIds) => {
        // The newest `first + 1` visible reviews of every salon (hidden ones never leave the database). A lateral
        // `limit` per salon walks the (salon, newest) index and stops; ranking every review of the page's salons
        // with a window read them all (1.3 ms against 0.1 ms, profiled).
        const newest = `unnest(?::uuid[]) as page(salon_id)
             cross join lateral (
               select ${selectList(em, Review, 'r', asked('Review'), ['createdAt'])} from reviews r where r.salon_id = page.salon_id and r.hidden_at is null ${cursor ? 'and (r.created_at, r.id) < (?, ?)' : ''}
               order by r.created_at desc, r.id desc limit ?
             ) r`;
        const params = cursor ? [uuidArray(salonIds), cursor[0], cursor[1], first + 1] : [uuidArray(salonIds), first + 1];
        const [rows, reviewers] = await Promise.all([
          execute<Record<string, unknown>>(em, `select r.* from ${newest} order by r.created_at desc, r.id desc`, params),
          reviewersWanted.has(key) ? execute<Record<string, unknown>>(em, `select * from users where id in (select r.customer_id from ${newest})`, params) : null,
        ]);
        // The reviewers, as the by-id loader would read them, before the reviews are handed on to their resolvers.
        if (reviewers) for (const user of mapPlain(em, User, reviewers)) userById.prime(user.id, user);
        const reviews = mapPlain(em, Review, rows);
        return groupByKey(salonIds, reviews, (r) => r.salon.id);
      });
      reviewPageLoaders.set(key, loader);
    }
    return loader;
  };

  // The catalogue page's per-salon lists are hand-written statements (the same `select *` the query builder made):
  // building the SQL from a filter object cost the server more CPU than PostgreSQL spent running it (profiled).
  // Their keys are ids read from rows, never caller input.
  const activeServicesBySalonId = new DataLoader<string, PlainRow<Service>[]>(async (salonIds) => {
    // Staff's services sort by the English name; a salon's price range reads prices.
    const columns = selectList(em, Service, 's', asked('Service'), ['nameEn', 'priceHalalas', 'currency']);
    const rows = await execute<Record<string, unknown>>(em, `select ${columns} from services s where s.salon_id = any(?::uuid[]) and s.is_active order by s.category, s.name_en, s.id`, [uuidArray(salonIds)]);
    return groupByKey(salonIds, mapPlain(em, Service, rows), (s) => s.salon.id);
  });

  const serviceIds = perStylist(em, SERVICE_IDS_OF_STAFF, (text) => (text ? text.split(',') : []));
  const timesOnly = () => {
    const properties = asked('WeeklyHours');
    return properties !== null && !properties.has('id') && !properties.has('createdAt');
  };
  const weeklyHours = perStylist(em, HOURS_OF_STAFF(timesOnly), (text) => (text ? parseWeeklyRanges(text) : []));

  // A salon's services sorted by name once per request, not once per stylist (a locale-aware compare is slow, and a
  // catalogue page has ~120 stylists).
  const sortedByName = new WeakMap<readonly PlainRow<Service>[], PlainRow<Service>[]>();
  const byName = (services: PlainRow<Service>[]) => {
    let sorted = sortedByName.get(services);
    if (!sorted) sortedByName.set(services, (sorted = [...services].sort((a, b) => a.nameEn.localeCompare(b.nameEn))));
    return sorted;
  };

  const salonById = new DataLoader<string, PlainRow<Salon> | null>(async (ids) => byKey(ids, await findPlainByIds(em, Salon, ids), (s) => s.id));

  return {
    salonById,
    serviceById: new DataLoader<string, PlainRow<Service> | null>(async (ids) => byKey(ids, await findPlainByIds(em, Service, ids), (s) => s.id)),
    /**
     * The salon offering each service, found by the service's id so that it can be read beside the service (free
     * times, ADR 0029); primes the by-id loader.
     */
    salonByServiceId: new DataLoader<string, PlainRow<Salon> | null>(async (serviceIds) => {
      const rows = await execute<Record<string, unknown> & { service_id: string }>(
        em,
        'select sv.id as service_id, s.* from services sv join salons s on s.id = sv.salon_id where sv.id = any(?::uuid[])',
        [uuidArray(serviceIds.filter(isUuid))],
      );
      const salons = mapPlain(em, Salon, rows.map(({ service_id: _service, ...columns }) => columns));
      for (const salon of salons) salonById.prime(salon.id, salon);
      return byKey(serviceIds, rows.map((row, i) => ({ serviceId: row.service_id, salon: salons[i] })), (r) => r.serviceId).map((found) => found?.salon ?? null);
    }),
    staffMemberById: new DataLoader<string, PlainRow<StaffMember> | null>(async (ids) =>
      byKey(ids, await findPlainByIds(em, StaffMember, ids), (s) => s.id),
    ),
    /** Active services of each salon, by category then name. */
    activeServicesBySalonId,
    /** Every service of each salon, archived ones too (for its managers). */
    allServicesBySalonId: new DataLoader<string, PlainRow<Service>[]>(async (salonIds) =>
      groupByKey(salonIds, await findPlain(em, Service, { salon: { $in: [...salonIds] } }, { isActive: 'desc', nameEn: 'asc', id: 'asc' }), (s) => s.salon.id),
    ),
    activeStaffBySalonId: new DataLoader<string, PlainRow<StaffMember>[]>(async (salonIds) => {
      const columns = selectList(em, StaffMember, 'sm', asked('StaffMember'));
      const rows = await execute<Record<string, unknown>>(em, `select ${columns} from staff_members sm where sm.salon_id = any(?::uuid[]) and sm.is_active order by sm.display_name, sm.id`, [uuidArray(salonIds)]);
      return groupByKey(salonIds, mapPlain(em, StaffMember, rows), (s) => s.salon.id);
    }),
    /**
     * Active services a staff member offers, by name: the salon's active services (usually loaded already for the
     * same page) narrowed to the member's links, so this costs one query for the links alone.
     */
    servicesOfStaff: async (member: PlainRow<StaffMember>): Promise<PlainRow<Service>[]> => {
      const [ids, services] = await Promise.all([serviceIds.of(member), activeServicesBySalonId.load(member.salon.id)]);
      const offered = new Set(ids);
      return byName(services).filter((s) => offered.has(s.id));
    },
    /** Working week of a staff member, by weekday then start. */
    weeklyHoursOf: weeklyHours.of,
    /** Reads ahead, for salons whose page asks for their active staff's hours or services (see read-ahead.ts). */
    readStaffHoursAhead: weeklyHours.readAhead,
    readStaffServicesAhead: serviceIds.readAhead,
    /** Absences that have not ended yet. */
    upcomingTimeOffByStaffId: new DataLoader<string, PlainRow<TimeOff>[]>(async (staffIds) =>
      groupByKey(staffIds, await findPlain(em, TimeOff, { staff: { $in: [...staffIds] }, endsAt: { $gt: now() } }, { startsAt: 'asc' }), (t) => t.staff.id),
    ),
    /** Closures that have not ended yet (compared by date, generously across time zones). */
    upcomingClosuresBySalonId: new DataLoader<string, PlainRow<SalonClosure>[]>(async (salonIds) => {
      const yesterday = new Date(now().getTime() - 86_400_000).toISOString().slice(0, 10);
      // Hand-written: the query builder spent more CPU on this one filter than the database did (profiled).
      const rows = await execute<Record<string, unknown>>(em, 'select * from salon_closures where salon_id = any(?::uuid[]) and end_date >= ? order by start_date, id', [uuidArray(salonIds), yesterday]);
      return groupByKey(salonIds, mapPlain(em, SalonClosure, rows), (c) => c.salon.id);
    }),
    photosBySalonId: new DataLoader<string, PlainRow<SalonPhoto>[]>(async (salonIds) => {
      // The salon's own gallery: photos of its services and stylists are listed with them (media module).
      const columns = selectList(em, SalonPhoto, 'ph', asked('SalonPhoto'));
      const rows = await execute<Record<string, unknown>>(em, `select ${columns} from salon_photos ph where ph.salon_id = any(?::uuid[]) and ph.service_id is null and ph.staff_id is null order by ph.position, ph.id`, [uuidArray(salonIds)]);
      return groupByKey(salonIds, mapPlain(em, SalonPhoto, rows), (p) => p.salon.id);
    }),
    reviewPage: (key: ReviewPageKey) => reviewPage(key.first, key.after).load(key.salonId),
    /** Reads the reviewers of this page shape with its reviews (read-ahead.ts), priming the accounts' user loader. */
    readReviewersAhead: (first: number, after?: string | null) => reviewersWanted.add(`${first}:${after ?? ''}`),
    /** Salons where a user is active staff, for permission rules. */
    activeSalonIdsByStaffUserId: new DataLoader<string, string[]>(async (userIds) => {
      const members = await findPlain(em, StaffMember, { user: { $in: [...userIds] }, isActive: true });
      return groupByKey(userIds, members, (m) => m.user.id).map((list) => list.map((m) => m.salon.id));
    }),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
