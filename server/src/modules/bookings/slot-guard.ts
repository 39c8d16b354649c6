import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { loadSchedule } from '../availability/schedule-loader';
import { isOfferedSlot, localDate } from '../availability/slots';
import type { Salon } from '../catalog/salon.entity';
import type { Service } from '../catalog/service.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { expireLapsedHolds } from './holds';

export const slotUnavailable = () => new BusinessError(UserErrorCode.SLOT_UNAVAILABLE, 'bookings.slotUnavailable', ['input', 'startsAt']);

/** The staff member must be active at the service's salon and offer the service. */
export async function requireStaffFor(em: EntityManager, service: Service, staffId: string): Promise<StaffMember> {
  const staff = await em.findOne(StaffMember, { id: staffId, salon: service.salon.id, isActive: true }, { populate: ['services', 'user'] });
  if (!staff || !staff.services.getItems().some((s) => s.id === service.id)) {
    throw new BusinessError(UserErrorCode.STAFF_UNAVAILABLE, 'bookings.staffUnavailable', ['input', 'staffId']);
  }
  return staff;
}

/**
 * Serialises bookings per staff member (a transaction-scoped advisory lock, so it holds across server instances),
 * then checks the start against the very slot calculation `availableSlots` uses. The exclusion constraint is
 * the final guarantee; this is what turns a race into a clean SLOT_UNAVAILABLE instead of a constraint error.
 */
export async function lockAndCheckSlot(
  tx: EntityManager,
  app: AppServices,
  q: { service: Service; salon: Salon; staffId: string; startsAt: Date; excludeBookingId?: string },
): Promise<void> {
  await lockStaff(tx, q.staffId);
  await checkSlot(tx, app, q);
}

/** Held until the transaction ends, across every server instance on the database. */
export async function lockStaff(tx: EntityManager, staffId: string): Promise<void> {
  await execute(tx, 'select pg_advisory_xact_lock(hashtext(?))', [`booking:staff:${staffId}`]);
}

/** The slot check alone, for callers that already hold the staff lock. */
export async function checkSlot(
  tx: EntityManager,
  app: AppServices,
  q: { service: Service; salon: Salon; staffId: string; startsAt: Date; excludeBookingId?: string },
): Promise<void> {
  const now = app.now();
  await expireLapsedHolds(tx, now, q.staffId);
  const date = localDate(q.startsAt, q.salon.timeZone);
  const schedule = await loadSchedule(tx, {
    service: q.service, salon: q.salon, staffId: q.staffId, from: date, to: date, now, slotIntervalMinutes: app.config.SLOT_INTERVAL_MINUTES,
    excludeBookingId: q.excludeBookingId,
  });
  const day = schedule.day(date);
  if (day.staff.length !== 1 || !isOfferedSlot(day.rules, day.staff[0], q.startsAt)) throw slotUnavailable();
}

/** A customer cannot be in two chairs at once. */
export async function assertCustomerFree(tx: EntityManager, customerId: string, startsAt: Date, endsAt: Date, excludeBookingId?: string): Promise<void> {
  const clash = await execute(
    tx,
    `select 1 from bookings where customer_id = ? and status in ('PENDING', 'CONFIRMED') and starts_at < ? and ends_at > ? ${excludeBookingId ? 'and id <> ?' : ''} limit 1`,
    excludeBookingId ? [customerId, endsAt, startsAt, excludeBookingId] : [customerId, endsAt, startsAt],
  );
  if (clash.length) throw new BusinessError(UserErrorCode.CUSTOMER_OVERLAP, 'bookings.customerOverlap', ['input', 'startsAt']);
}

/** Maps a constraint violation that slipped past the checks (another instance, a lapsed lock) to a business error. */
export function mapConstraintViolation(err: unknown): BusinessError | null {
  const message = err instanceof Error ? err.message : '';
  if (message.includes('bookings_no_staff_overlap')) return slotUnavailable();
  if (message.includes('bookings_no_customer_overlap')) return new BusinessError(UserErrorCode.CUSTOMER_OVERLAP, 'bookings.customerOverlap', ['input', 'startsAt']);
  return null;
}
