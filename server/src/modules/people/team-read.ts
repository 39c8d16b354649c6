import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, readTogether } from '../../db/sql';
import { findPlain, mapPlain, type PlainRow } from '../../db/plain-rows';
import { Booking, BookingStatus } from '../bookings/booking.entity';
import { Salon } from '../catalog/salon.entity';
import { StaffMember } from '../catalog/staff-member.entity';
import { InvitationStatus, SalonInvitation } from './invitation.entity';
import { RoleEvent } from './role-event.entity';
import { SalonRole, type MembershipRole } from './roles';
import type { SalonMember, SalonTeam, Workplace } from './people.types';

const LIVE = [BookingStatus.PENDING, BookingStatus.CONFIRMED];

/** Bookings still ahead with stylists who no longer take bookings: the manager moves or cancels each one. */
export function bookingsToHandle(em: EntityManager, salonId: string, now: Date, staffId?: string): Promise<PlainRow<Booking>[]> {
  return findPlain(
    em, Booking,
    { salon: salonId, status: { $in: LIVE }, startsAt: { $gte: now }, staff: staffId ?? { isActive: false } },
    { startsAt: 'asc', id: 'asc' },
  );
}

/** The salon's managers and receptionists with their numbers (the managers' view). */
export async function salonMembers(em: EntityManager, salonId: string, userId?: string): Promise<SalonMember[]> {
  const rows = await execute<{ user_id: string; phone_number: string; role: MembershipRole; created_at: Date }>(
    em,
    `select m.user_id, u.phone_number, m.role, m.created_at from salon_memberships m join users u on u.id = m.user_id
      where m.salon_id = ? ${userId ? 'and m.user_id = ?' : ''} order by m.role, u.first_name, m.user_id`,
    userId ? [salonId, userId] : [salonId],
  );
  return rows.map((r) => ({ user: { id: r.user_id }, phoneNumber: r.phone_number, role: r.role, since: new Date(r.created_at) }));
}

export async function salonTeam(em: EntityManager, salonId: string, now: Date): Promise<SalonTeam> {
  const [members, stylists, invitations, toHandle, events] = await readTogether(em, [
    () => salonMembers(em, salonId),
    () => findPlain(em, StaffMember, { salon: salonId }, { isActive: 'desc', displayName: 'asc', id: 'asc' }),
    () => findPlain(em, SalonInvitation, { salon: salonId, status: InvitationStatus.PENDING }, { createdAt: 'asc', id: 'asc' }),
    () => bookingsToHandle(em, salonId, now),
    async () => mapPlain(em, RoleEvent, await execute(em, 'select * from role_events where salon_id = ? order by created_at desc, seq desc limit 50', [salonId])),
  ]);
  return { salonId, members, stylists: stylists as StaffMember[], invitations, bookingsToHandle: toHandle as Booking[], events };
}

/** Every salon where the person manages, keeps the desk or is an active stylist. */
export async function workplacesOf(em: EntityManager, userId: string): Promise<Workplace[]> {
  const [memberships, stylist] = await readTogether(em, [
    () => execute<{ salon_id: string; role: MembershipRole }>(em, 'select salon_id, role from salon_memberships where user_id = ?', [userId]),
    () => findPlain(em, StaffMember, { user: userId, isActive: true }),
  ]);
  const salonIds = [...new Set([...memberships.map((m) => m.salon_id), ...stylist.map((s) => s.salon.id)])];
  const salons = await findPlain(em, Salon, { id: { $in: salonIds } }, { nameEn: 'asc', id: 'asc' });
  return salons.map((salon) => {
    const profile = stylist.find((s) => s.salon.id === salon.id) ?? null;
    const roles = memberships.filter((m) => m.salon_id === salon.id).map((m) => m.role as SalonRole);
    return { salon: salon as Salon, roles: profile ? [...roles, SalonRole.STYLIST] : roles, staffMember: profile as StaffMember | null };
  });
}
