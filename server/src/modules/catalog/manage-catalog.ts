import { IANAZone } from 'luxon';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { emNow } from '../../db/clock';
import { AuditAction, recordAudit, type AuditOrigin } from '../audit/audit-log';
import { lockAccountOf } from '../accounts/account-lock';
import { normalizePhoneNumber } from '../accounts/phone';
import { User, UserRole } from '../accounts/user.entity';
import { type Clientele, PaymentCapture, Salon } from './salon.entity';
import { Service, type ServiceCategory } from './service.entity';
import { StaffMember } from './staff-member.entity';
import { SalonClosure, TimeOff } from './schedule.entity';
import './catalog.messages';

const invalid = (field: string[], key: string, params: Record<string, number> = {}) => new BusinessError(UserErrorCode.INVALID_INPUT, key, field, params);

function requireRange(value: number | null | undefined, min: number, max: number, field: string): void {
  if (value == null) return;
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(['input', field], 'catalog.outOfRange', { min, max });
}

export function requireText(value: string | null | undefined, field: string, max: number): void {
  if (value != null && value.trim() === '') throw invalid(['input', field], 'catalog.required');
  limitText(value, field, max);
}

/** Lengths of the columns the text goes to, so an over-long value is the client's error and not a failed insert. */
function limitText(value: string | null | undefined, field: string, max: number): void {
  if (value != null && value.trim().length > max) throw invalid(['input', field], 'catalog.tooLong', { max });
}

export interface SalonChanges {
  nameAr?: string | null;
  nameEn?: string | null;
  descriptionAr?: string | null;
  descriptionEn?: string | null;
  district?: string | null;
  districtEn?: string | null;
  address?: string | null;
  phone?: string | null;
  timeZone?: string | null;
  minimumNoticeMinutes?: number | null;
  bookingHorizonDays?: number | null;
  cancellationCutoffHours?: number | null;
  requiresPrepayment?: boolean | null;
  autoConfirm?: boolean | null;
  paymentCapture?: PaymentCapture | null;
  clientele?: Clientele | null;
  /** 0 stops home service; otherwise the reach in km, with the travel minutes given now or already set. */
  homeServiceRadiusKm?: number | null;
  homeServiceTravelMinutes?: number | null;
}

/** The salon's profile and booking settings. Only the fields given change. */
export async function updateSalon(em: EntityManager, salonId: string, changes: SalonChanges): Promise<Salon> {
  requireText(changes.nameAr, 'nameAr', 200);
  requireText(changes.nameEn, 'nameEn', 200);
  limitText(changes.district, 'district', 120);
  limitText(changes.districtEn, 'districtEn', 120);
  limitText(changes.address, 'address', 300);
  limitText(changes.phone, 'phone', 16);
  if (changes.timeZone != null && !IANAZone.isValidZone(changes.timeZone)) throw invalid(['input', 'timeZone'], 'catalog.invalidTimeZone');
  requireRange(changes.minimumNoticeMinutes, 0, 7 * 24 * 60, 'minimumNoticeMinutes');
  requireRange(changes.bookingHorizonDays, 1, 365, 'bookingHorizonDays');
  requireRange(changes.cancellationCutoffHours, 0, 168, 'cancellationCutoffHours');
  if (changes.homeServiceRadiusKm !== 0) requireRange(changes.homeServiceRadiusKm, 1, 100, 'homeServiceRadiusKm');
  requireRange(changes.homeServiceTravelMinutes, 0, 240, 'homeServiceTravelMinutes');
  return em.transactional(async (tx) => {
    const salon = await tx.findOneOrFail(Salon, { id: salonId });
    const { homeServiceRadiusKm, homeServiceTravelMinutes, ...rest } = changes;
    for (const [key, value] of Object.entries(rest)) {
      if (value === undefined || value === null) continue;
      (salon as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() : value;
    }
    setHomeService(salon, homeServiceRadiusKm, homeServiceTravelMinutes);
    return salon;
  });
}

/** Home service has a reach and a travel time together, or neither (a database check says the same). */
function setHomeService(salon: Salon, radiusKm: number | null | undefined, travelMinutes: number | null | undefined): void {
  if (radiusKm === 0) {
    salon.homeServiceRadiusKm = null;
    salon.homeServiceTravelMinutes = null;
    return;
  }
  if (radiusKm != null) salon.homeServiceRadiusKm = radiusKm;
  if (travelMinutes != null && salon.homeServiceRadiusKm == null) throw invalid(['input', 'homeServiceRadiusKm'], 'catalog.required');
  if (travelMinutes != null) salon.homeServiceTravelMinutes = travelMinutes;
  if (salon.homeServiceRadiusKm != null && salon.homeServiceTravelMinutes == null) throw invalid(['input', 'homeServiceTravelMinutes'], 'catalog.required');
}

export interface ServiceFields {
  nameAr?: string | null;
  nameEn?: string | null;
  category?: ServiceCategory | null;
  durationMinutes?: number | null;
  priceHalalas?: number | null;
  bufferAfterMinutes?: number | null;
}

function validateService(fields: ServiceFields): void {
  requireText(fields.nameAr, 'nameAr', 200);
  requireText(fields.nameEn, 'nameEn', 200);
  requireRange(fields.durationMinutes, 5, 12 * 60, 'durationMinutes');
  requireRange(fields.priceHalalas, 0, 100_000_00, 'priceHalalas');
  requireRange(fields.bufferAfterMinutes, 0, 240, 'bufferAfterMinutes');
}

export async function createService(em: EntityManager, salonId: string, fields: Required<Pick<ServiceFields, 'nameAr' | 'nameEn' | 'category' | 'durationMinutes' | 'priceHalalas'>> & ServiceFields, staffIds: string[] = []): Promise<Service> {
  validateService(fields);
  return em.transactional(async (tx) => {
    const salon = await tx.findOneOrFail(Salon, { id: salonId });
    const service = tx.create(Service, {
      salon, nameAr: fields.nameAr!.trim(), nameEn: fields.nameEn!.trim(), category: fields.category!, durationMinutes: fields.durationMinutes!,
      priceHalalas: fields.priceHalalas!, bufferAfterMinutes: fields.bufferAfterMinutes ?? 0,
    });
    const staff = await tx.find(StaffMember, { id: { $in: staffIds.filter(isUuid) }, salon });
    for (const member of staff) member.services.add(service);
    return service;
  });
}

export async function updateService(em: EntityManager, serviceId: string, fields: ServiceFields & { isActive?: boolean | null }): Promise<Service> {
  validateService(fields);
  return em.transactional(async (tx) => {
    const service = await tx.findOneOrFail(Service, { id: serviceId });
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || value === null) continue;
      (service as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() : value;
    }
    return service;
  });
}

/** Archived services disappear from the catalogue; bookings already made keep their snapshot and go ahead. */
export async function archiveService(em: EntityManager, serviceId: string): Promise<Service> {
  return updateService(em, serviceId, { isActive: false });
}

export async function assignServices(tx: EntityManager, member: StaffMember, serviceIds: string[]): Promise<void> {
  if (!serviceIds.every(isUuid)) throw invalid(['input', 'serviceIds'], 'catalog.serviceElsewhere');
  const services = await tx.find(Service, { id: { $in: serviceIds } });
  if (services.some((s) => s.salon.id !== member.salon.id) || services.length !== new Set(serviceIds).size) {
    throw invalid(['input', 'serviceIds'], 'catalog.serviceElsewhere');
  }
  // A member created in this transaction has nothing to load (and is not flushed yet when `services` is empty).
  if (!member.services.isInitialized()) await member.services.init();
  member.services.set(services);
}

export async function updateStaffMember(em: EntityManager, staffMemberId: string, input: { displayName?: string | null; displayNameEn?: string | null; bio?: string | null; serviceIds?: string[] | null }): Promise<StaffMember> {
  requireText(input.displayName, 'displayName', 150);
  limitText(input.displayNameEn, 'displayNameEn', 150);
  return em.transactional(async (tx) => {
    const member = await tx.findOneOrFail(StaffMember, { id: staffMemberId });
    if (input.displayName != null) member.displayName = input.displayName.trim();
    if (input.displayNameEn != null) member.displayNameEn = input.displayNameEn.trim();
    if (input.bio != null) member.bio = input.bio.trim();
    if (input.serviceIds) await assignServices(tx, member, input.serviceIds);
    return member;
  });
}

export async function addTimeOff(em: EntityManager, staffMemberId: string, input: { startsAt: Date; endsAt: Date; reason?: string | null }): Promise<TimeOff> {
  if (input.endsAt <= input.startsAt) throw invalid(['input', 'endsAt'], 'catalog.emptyRange');
  limitText(input.reason, 'reason', 300);
  return em.transactional(async (tx) => {
    const staff = await tx.findOneOrFail(StaffMember, { id: staffMemberId });
    return tx.create(TimeOff, { staff, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason?.trim() ?? '' });
  });
}

export async function removeTimeOff(em: EntityManager, timeOffId: string): Promise<void> {
  await em.nativeDelete(TimeOff, { id: timeOffId });
}

export async function addSalonClosure(em: EntityManager, salonId: string, input: { startDate: string; endDate: string; reason?: string | null }): Promise<SalonClosure> {
  if (input.endDate < input.startDate) throw invalid(['input', 'endDate'], 'catalog.emptyRange');
  limitText(input.reason, 'reason', 300);
  return em.transactional(async (tx) => {
    const salon = await tx.findOneOrFail(Salon, { id: salonId });
    return tx.create(SalonClosure, { salon, startDate: input.startDate, endDate: input.endDate, reason: input.reason?.trim() ?? '' });
  });
}

export async function removeSalonClosure(em: EntityManager, closureId: string): Promise<void> {
  await em.nativeDelete(SalonClosure, { id: closureId });
}
