import { LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { findPlain, type PlainRow } from '../../db/plain-rows';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { decodeCursor, instantIdCursor, toConnection, type ConnectionShape } from '../../graphql/relay';
import { lockAccountOf } from '../accounts/account-lock';
import { normalizePhoneNumber } from '../accounts/phone';
import { User } from '../accounts/user.entity';
import type { AuditOrigin } from '../audit/audit-log';
import { City, Clientele, Salon } from '../catalog/salon.entity';
import { SalonTaxDetails } from '../invoices/invoice.entity';
import { toLatinDigits } from '../invoices/tax-details';
import { ApplicationStatus, PlatformAdmin, SalonApplication } from './application.entity';
import { SalonMembership } from './membership.entity';
import { RoleEventAction, RoleEventSource } from './role-event.entity';
import { recordRoleEvent, syncAccountRole } from './role-events';
import { SalonRole } from './roles';
import './people.messages';
import '../invoices/invoices.messages';

const text = (max: number) => z.string().transform((s) => s.trim().replace(/\s+/g, ' ')).pipe(z.string().min(1).max(max));
const digits = (pattern: RegExp) => z.string().max(64).transform((s) => toLatinDigits(s).replace(/[\s-]/g, '')).pipe(z.string().regex(pattern));
const reasonText = text(500);

/** What an applicant sends; checked here before any SQL. Saudi CR numbers have 10 digits; VAT numbers 15, 3…3. */
const applicationSchema = z.object({
  nameAr: text(200),
  nameEn: text(200),
  city: z.nativeEnum(City),
  district: text(120),
  latitude: z.number().finite().min(-90).max(90),
  longitude: z.number().finite().min(-180).max(180),
  commercialRegistrationNumber: digits(/^\d{10}$/),
  vatNumber: digits(/^3\d{13}3$/),
  clientele: z.nativeEnum(Clientele),
});
export type ApplicationInput = z.input<typeof applicationSchema>;

const invalid = (field: string, key = 'people.invalidField') => new BusinessError(UserErrorCode.INVALID_INPUT, key, ['input', field]);
const notPending = () => new BusinessError(UserErrorCode.NOT_FOUND, 'people.applicationNotPending', ['input', 'applicationId']);

/** A signed-in person applies to list a salon; one pending application per person at a time. */
export async function applyToListSalon(em: EntityManager, applicantId: string, input: ApplicationInput): Promise<SalonApplication> {
  const parsed = applicationSchema.safeParse(input);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0].path[0]);
    throw invalid(field, { commercialRegistrationNumber: 'people.invalidCr', vatNumber: 'invoices.invalidVatNumber' }[field] ?? 'people.invalidField');
  }
  return em.transactional(async (tx) => {
    await execute(tx, 'select pg_advisory_xact_lock(hashtext(?))', [`application:${applicantId}`]);
    if (await tx.count(SalonApplication, { applicant: applicantId, status: ApplicationStatus.PENDING })) throw invalid('nameEn', 'people.applicationPending');
    return tx.create(SalonApplication, { applicant: tx.getReference(User, applicantId), ...parsed.data });
  });
}

export function applicationsOf(em: EntityManager, applicantId: string): Promise<PlainRow<SalonApplication>[]> {
  return findPlain(em, SalonApplication, { applicant: applicantId }, { createdAt: 'desc', id: 'desc' });
}

/** The administrators' queue: oldest first, so nobody waits behind newer applications. */
export async function listApplications(em: EntityManager, q: { status?: ApplicationStatus | null; first: number; after?: string | null }): Promise<ConnectionShape<PlainRow<SalonApplication>>> {
  const where: FilterQuery<SalonApplication>[] = [];
  if (q.status) where.push({ status: q.status });
  if (q.after) {
    const [at, id] = decodeCursor(q.after, instantIdCursor);
    where.push({ $or: [{ createdAt: { $gt: at } }, { createdAt: at, id: { $gt: id } }] });
  }
  const rows = await findPlain(em, SalonApplication, { $and: where }, { createdAt: 'asc', id: 'asc' }, q.first + 1);
  return toConnection(rows, q.first, (a) => [a.createdAt.toISOString(), a.id], Boolean(q.after));
}

async function lockPending(tx: EntityManager, applicationId: string): Promise<SalonApplication> {
  const application = isUuid(applicationId) ? await tx.findOne(SalonApplication, { id: applicationId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!application || application.status !== ApplicationStatus.PENDING) throw notPending();
  return application;
}

/**
 * Approving lists the salon (active, with its VAT registration for invoices) and makes the applicant its first
 * manager, in one transaction; the row lock decides between two administrators deciding at once.
 */
export async function approveApplication(app: AppServices, em: EntityManager, origin: AuditOrigin, applicationId: string): Promise<SalonApplication> {
  return em.transactional(async (tx) => {
    const application = await lockPending(tx, applicationId);
    const { nameAr, nameEn, city, district, latitude, longitude, clientele, vatNumber } = application;
    const salon = tx.create(Salon, { owner: application.applicant, nameAr, nameEn, city, district, latitude, longitude, clientele });
    tx.create(SalonTaxDetails, { salon, vatNumber, legalNameAr: nameAr, legalNameEn: nameEn });
    tx.create(SalonMembership, { salon, user: application.applicant, role: SalonRole.MANAGER });
    await recordRoleEvent(tx, origin, { salonId: salon.id, subjectId: application.applicant.id, action: RoleEventAction.JOINED, toRole: SalonRole.MANAGER, reason: 'salon application approved' });
    Object.assign(application, { status: ApplicationStatus.APPROVED, decidedAt: app.now(), decidedBy: tx.getReference(User, origin.actorId!), salon });
    await syncAccountRole(tx, application.applicant.id);
    return application;
  });
}

export async function rejectApplication(app: AppServices, em: EntityManager, origin: AuditOrigin, applicationId: string, reason: string): Promise<SalonApplication> {
  const parsed = reasonText.safeParse(reason);
  if (!parsed.success) throw invalid('reason', 'people.reasonRequired');
  return em.transactional(async (tx) => {
    const application = await lockPending(tx, applicationId);
    Object.assign(application, { status: ApplicationStatus.REJECTED, rejectionReason: parsed.data, decidedAt: app.now(), decidedBy: tx.getReference(User, origin.actorId!) });
    return application;
  });
}

/** A suspended salon is inactive: it leaves the catalogue and takes no bookings; bookings already made stay. */
export async function suspendSalon(app: AppServices, em: EntityManager, salonId: string, reason: string): Promise<Salon> {
  const parsed = reasonText.safeParse(reason);
  if (!parsed.success) throw invalid('reason', 'people.reasonRequired');
  return em.transactional(async (tx) => {
    const salon = await tx.findOneOrFail(Salon, { id: salonId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    Object.assign(salon, { isActive: false, suspendedAt: app.now(), suspensionReason: parsed.data });
    return salon;
  });
}

export async function reinstateSalon(em: EntityManager, salonId: string): Promise<Salon> {
  return em.transactional(async (tx) => {
    const salon = await tx.findOneOrFail(Salon, { id: salonId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    Object.assign(salon, { isActive: true, suspendedAt: null, suspensionReason: null });
    return salon;
  });
}

/** Every salon, suspended ones included, newest first: the administrators' list. */
export async function listPlatformSalons(em: EntityManager, q: { first: number; after?: string | null }): Promise<ConnectionShape<PlainRow<Salon>>> {
  let where: FilterQuery<Salon> = {};
  if (q.after) {
    const [at, id] = decodeCursor(q.after, instantIdCursor);
    where = { $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: id } }] };
  }
  const page = await findPlain(em, Salon, where, { createdAt: 'desc', id: 'desc' }, q.first + 1);
  return toConnection(page, q.first, (s) => [s.createdAt.toISOString(), s.id], Boolean(q.after));
}

const CLI_ORIGIN: AuditOrigin = { actorId: null, actorRole: 'CLI', ip: null, userAgent: 'npm run admin' };

/**
 * The only way to make or unmake a platform administrator: the command line (`npm run admin:grant -- <phone>`),
 * never the API. A number with no account gets one, which its owner claims by signing in.
 */
export async function setPlatformAdmin(em: EntityManager, phone: string, grant: boolean): Promise<{ phoneNumber: string; changed: boolean }> {
  const phoneNumber = normalizePhoneNumber(phone);
  if (!phoneNumber) throw new Error(`Not a valid mobile number: ${phone}`);
  return em.transactional(async (tx) => {
    await lockAccountOf(tx, phoneNumber);
    const user = (await tx.findOne(User, { phoneNumber })) ?? (grant ? tx.create(User, { phoneNumber }) : null);
    const current = user ? await tx.findOne(PlatformAdmin, { user }) : null;
    if (!user || Boolean(current) === grant) return { phoneNumber, changed: false };
    if (grant) tx.create(PlatformAdmin, { user });
    else tx.remove(current!);
    await recordRoleEvent(tx, CLI_ORIGIN, {
      subjectId: user.id, source: RoleEventSource.CLI,
      action: grant ? RoleEventAction.PLATFORM_ADMIN_GRANTED : RoleEventAction.PLATFORM_ADMIN_REVOKED,
      fromRole: grant ? null : 'PLATFORM_ADMIN', toRole: grant ? 'PLATFORM_ADMIN' : null,
    });
    return { phoneNumber, changed: true };
  });
}
