import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, uuidArray } from '../../db/sql';
import { byKey, groupByKey } from '../../graphql/batch';
import { isUuid } from '../../graphql/ids';
import { Booking, BookingEvent } from './booking.entity';
import { Visit } from './visit.entity';
import type { BookingRole } from './manage-booking';

export function createBookingLoaders(em: EntityManager, viewerId: string | null) {
  return {
    bookingById: new DataLoader<string, Booking | null>(async (ids) =>
      byKey(ids, await em.find(Booking, { id: { $in: ids.filter(isUuid) } }), (b) => b.id),
    ),
    visitById: new DataLoader<string, Visit | null>(async (ids) =>
      byKey(ids, await em.find(Visit, { id: { $in: ids.filter(isUuid) } }), (v) => v.id),
    ),
    /** A visit's parts in order, as plain rows. */
    partsByVisitId: new DataLoader<string, Booking[]>(async (ids) =>
      groupByKey(ids, await em.find(Booking, { visit: { $in: ids.filter(isUuid) } }, { orderBy: { visitPosition: 'asc' } }), (b) => b.visit!.id),
    ),
    /** A visit's first part, as an id only: whose visit it is, read without loading (and caching) its rows. */
    leadIdByVisitId: new DataLoader<string, string | null>(async (ids) => {
      const rows = await execute<{ visit_id: string; id: string }>(
        em,
        'select distinct on (visit_id) visit_id, id from bookings where visit_id = any(?::uuid[]) order by visit_id, visit_position',
        [uuidArray(ids.filter(isUuid))],
      );
      return byKey(ids, rows, (r) => r.visit_id).map((r) => r?.id ?? null);
    }),
    /** The visits in which the viewer, as an active stylist, serves at least one part. */
    viewerServesVisit: new DataLoader<string, boolean>(async (ids) => {
      if (!viewerId) return ids.map(() => false);
      const rows = await execute<{ visit_id: string }>(
        em,
        `select distinct b.visit_id from bookings b join staff_members sm on sm.id = b.staff_id
          where b.visit_id = any(?::uuid[]) and sm.user_id = ? and sm.is_active`,
        [uuidArray(ids.filter(isUuid)), viewerId],
      );
      const served = new Set(rows.map((r) => r.visit_id));
      return ids.map((id) => served.has(id));
    }),
    eventsByBookingId: new DataLoader<string, BookingEvent[]>(async (ids) =>
      groupByKey(ids, await em.find(BookingEvent, { booking: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (e) => e.booking.id),
    ),
    /**
     * How the viewer relates to each booking: manager or receptionist of its salon (a salon membership), staff of
     * it (an active stylist), its customer, or nothing. The broadest role wins.
     */
    viewerRole: new DataLoader<string, BookingRole>(async (ids) => {
      if (!viewerId) return ids.map(() => null);
      const rows = await execute<{ id: string; role: BookingRole }>(
        em,
        `select b.id, case when m.role = 'MANAGER' then 'manager'
                           when m.role = 'RECEPTIONIST' then 'receptionist'
                           when exists (select 1 from staff_members sm where sm.salon_id = b.salon_id and sm.user_id = ? and sm.is_active) then 'staff'
                           when b.customer_id = ? then 'customer' end as role
           from bookings b left join salon_memberships m on m.salon_id = b.salon_id and m.user_id = ?
          where b.id = any(?::uuid[])`,
        [viewerId, viewerId, viewerId, uuidArray(ids.filter(isUuid))],
      );
      return byKey(ids, rows, (r) => r.id).map((r) => r?.role ?? null);
    }),
  };
}
