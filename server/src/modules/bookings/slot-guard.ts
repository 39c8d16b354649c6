import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../app-services';
import { execute, uuidArray } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { loadSchedule } from '../availability/schedule-loader';
import { isOfferedSlot, localDate, type SlotRules } from '../availability/slots';
import type { Salon } from '../catalog/salon.entity';
import type { Service } from '../catalog/service.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { expireLapsedHolds } from './holds';

/** Rules the salon may relax for a booking it makes or moves itself; the overlap rule is never among them. */
export type SlotOverrides = Partial<Pick<SlotRules, 'minimumNoticeMinutes' | 'bookingHorizonDays' | 'slotIntervalMinutes'>>;

/** The salon books knowingly: no minimum notice and no horizon. It still cannot book the past or over anyone. */
export const SALON_OVERRIDES: SlotOverrides = { minimumNoticeMinutes: 0, bookingHorizonDays: 3650 };

const slotUnavailable = () => new BusinessError(UserErrorCode.SLOT_UNAVAILABLE, 'bookings.slotUnavailable', ['input', 'startsAt']);
const customerOverlap = () => new BusinessError(UserErrorCode.CUSTOMER_OVERLAP, 'bookings.customerOverlap', ['input', 'startsAt']);

/** The staff member must be active at the service's salon and offer the service. */
export async function requireStaffFor(em: EntityManager, service: Service, staffId: string): Promise<StaffMember> {
  const staff = await em.findOne(StaffMember, { id: staffId, salon: service.salon.id, isActive: true }, { populate: ['services', 'user'] });
  if (!staff || !staff.services.getItems().some((s) => s.id === service.id)) {
    throw new BusinessError(UserErrorCode.STAFF_UNAVAILABLE, 'bookings.staffUnavailable', ['input', 'staffId']);
  }
  return staff;
}

/**
 * Checks the start against the very slot calculation `availableSlots` uses (one rule set). The caller holds the
 * staff member's lock, so nothing can take the time between this check and the insert; the exclusion
 * constraint stays the final guarantee, and this is what turns a race into a clean SLOT_UNAVAILABLE.
 */
export async function checkSlot(
  tx: EntityManager,
  app: AppServices,
  q: { service: Service; salon: Salon; staffId: string; startsAt: Date; excludeBookingIds?: string[]; overrides?: SlotOverrides },
): Promise<void> {
  const now = app.now();
  await expireLapsedHolds(app, tx, { staffId: q.staffId });
  const date = localDate(q.startsAt, q.salon.timeZone);
  const schedule = await loadSchedule(tx, {
    service: q.service, salon: q.salon, staffId: q.staffId, from: date, to: date, now, slotIntervalMinutes: app.config.SLOT_INTERVAL_MINUTES,
    excludeBookingIds: q.excludeBookingIds,
  });
  const day = schedule.day(date);
  // The salon's overrides (notice, horizon, grid) change which starts are offered, never what counts as busy.
  if (day.staff.length !== 1 || !isOfferedSlot({ ...day.rules, ...q.overrides }, day.staff[0], q.startsAt)) throw slotUnavailable();
}

/** A customer cannot be in two chairs at once; their own lapsed holds and the bookings being moved do not count. */
export async function assertCustomerFree(app: AppServices, tx: EntityManager, customerId: string, startsAt: Date, endsAt: Date, excludeBookingIds: string[] = []): Promise<void> {
  await expireLapsedHolds(app, tx, { customerId });
  const clash = await execute(
    tx,
    `select 1 from bookings where customer_id = ? and status in ('PENDING', 'CONFIRMED') and starts_at < ? and ends_at > ? and id <> all(?::uuid[]) limit 1`,
    [customerId, endsAt, startsAt, uuidArray(excludeBookingIds)],
  );
  if (clash.length) throw customerOverlap();
}

/** SQLSTATEs PostgreSQL reports for the constraints bookings rely on. */
const EXCLUSION_VIOLATION = '23P01';
export const UNIQUE_VIOLATION = '23505';

/** Whether `err` is PostgreSQL refusing a row because of `constraint` (MikroORM keeps the driver's code and constraint). */
export function violates(err: unknown, sqlState: string, constraint: string): boolean {
  const e = err as { code?: unknown; constraint?: unknown } | null;
  return e?.code === sqlState && e.constraint === constraint;
}

/** Maps an exclusion violation that slipped past the checks (a lapsed lock, a hand-written row) to a business error. */
export function mapConstraintViolation(err: unknown): BusinessError | null {
  if (violates(err, EXCLUSION_VIOLATION, 'bookings_no_staff_overlap')) return slotUnavailable();
  if (violates(err, EXCLUSION_VIOLATION, 'bookings_no_customer_overlap')) return customerOverlap();
  return null;
}
