import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../db/sql';

/** Version of the file's layout; a reader can tell what to expect. */
export const EXPORT_FORMAT = 'salon-platform-export/1';

type Row = Record<string, unknown>;

/**
 * One statement per section, each returning the section as JSON built by PostgreSQL (camelCase keys, ISO times),
 * so what the file says is exactly what the tables hold. Payments show the card's last four digits only; the
 * gateway's raw reports are not part of it (they are the gateway's record, reduced after a deletion).
 */
const SECTIONS: Record<string, string> = {
  profile: `select json_build_object('id', id, 'phoneNumber', phone_number, 'email', email, 'firstName', first_name, 'lastName', last_name,
      'role', role, 'preferredLanguage', preferred_language, 'preferredChannel', preferred_channel, 'isPhoneVerified', is_phone_verified, 'createdAt', created_at) as v
    from users where id = ?`,
  sessions: `select coalesce(json_agg(json_build_object('id', id, 'createdAt', created_at, 'revokedAt', revoked_at, 'revokedReason', revoked_reason,
      'userAgent', user_agent) order by created_at), '[]') as v from sessions where user_id = ?`,
  staffMemberships: `select coalesce(json_agg(json_build_object('salonId', s.id, 'salonName', s.name_en, 'salonNameAr', s.name_ar, 'displayName', sm.display_name,
      'bio', sm.bio, 'isActive', sm.is_active, 'since', sm.created_at) order by sm.created_at), '[]') as v
    from staff_members sm join salons s on s.id = sm.salon_id where sm.user_id = ?`,
  bookings: `select coalesce(json_agg(json_build_object('id', b.id, 'salonId', s.id, 'salonName', s.name_en, 'salonNameAr', s.name_ar,
      'service', sv.name_en, 'serviceAr', sv.name_ar, 'stylist', sm.display_name, 'startsAt', b.starts_at, 'endsAt', b.ends_at, 'status', b.status,
      'priceHalalas', b.price_halalas, 'currency', b.currency, 'channel', b.channel, 'notes', b.notes, 'cancelledAt', b.cancelled_at,
      'cancelReason', b.cancel_reason, 'createdAt', b.created_at,
      'events', (select coalesce(json_agg(json_build_object('at', e.created_at, 'fromStatus', e.from_status, 'toStatus', e.to_status, 'reason', e.reason,
          'byYou', e.actor_id = b.customer_id) order by e.created_at, e.id), '[]') from booking_events e where e.booking_id = b.id)
    ) order by b.starts_at), '[]') as v
    from bookings b join salons s on s.id = b.salon_id join services sv on sv.id = b.service_id join staff_members sm on sm.id = b.staff_id
    where b.customer_id = ?`,
  payments: `select coalesce(json_agg(json_build_object('id', p.id, 'bookingId', p.booking_id, 'status', p.status, 'amountHalalas', p.amount_halalas,
      'refundedHalalas', p.refunded_halalas, 'currency', p.currency, 'method', p.source_type, 'cardCompany', p.card_company, 'cardLast4', p.card_last4,
      'createdAt', p.created_at) order by p.created_at), '[]') as v
    from payments p join bookings b on b.id = p.booking_id where b.customer_id = ?`,
  invoices: `select coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'number', number, 'bookingId', booking_id, 'issuedAt', issued_at,
      'seller', seller_name_en, 'sellerAr', seller_name_ar, 'vatNumber', vat_number, 'lines', lines, 'totalHalalas', total_halalas,
      'vatHalalas', vat_halalas, 'currency', currency, 'paymentMeans', payment_means, 'reason', reason) order by issued_at, number), '[]') as v
    from invoices where customer_id = ?`,
  reviews: `select coalesce(json_agg(json_build_object('id', r.id, 'salonId', r.salon_id, 'salonName', s.name_en, 'bookingId', r.booking_id,
      'rating', r.rating, 'comment', r.comment, 'createdAt', r.created_at) order by r.created_at), '[]') as v
    from reviews r join salons s on s.id = r.salon_id where r.customer_id = ?`,
  messages: `select coalesce(json_agg(json_build_object('id', n.id, 'bookingId', n.booking_id, 'event', n.event, 'channel', n.channel, 'status', n.status, 'deliveryStatus', n.delivery_status,
      'attempts', n.attempts, 'sentAt', n.sent_at, 'createdAt', n.created_at) order by n.created_at, n.id), '[]') as v
    from notifications n where n.recipient_id = ?`,
  waitlist: `select coalesce(json_agg(json_build_object('id', e.id, 'salonId', e.salon_id, 'salonName', s.name_en, 'serviceId', e.service_id,
      'staffMemberId', e.staff_id, 'dateFrom', e.date_from, 'dateTo', e.date_to, 'partOfDay', e.part_of_day, 'timeFromMinutes', e.time_from_minutes,
      'timeToMinutes', e.time_to_minutes, 'status', e.status, 'createdAt', e.created_at,
      'offers', (select coalesce(json_agg(json_build_object('id', o.id, 'startsAt', o.starts_at, 'expiresAt', o.expires_at, 'status', o.status,
          'closedAt', o.closed_at) order by o.created_at), '[]') from waitlist_offers o where o.entry_id = e.id)
    ) order by e.created_at), '[]') as v
    from waitlist_entries e join salons s on s.id = e.salon_id where e.customer_id = ?`,
  consents: `select coalesce(json_agg(json_build_object('purpose', purpose, 'granted', granted, 'source', source, 'recordedAt', recorded_at)
      order by recorded_at), '[]') as v from consents where user_id = ?`,
  accessLog: `select coalesce(json_agg(json_build_object('at', occurred_at, 'action', action, 'byRole', actor_role, 'salonId', salon_id,
      'targetType', target_type, 'targetId', target_id) order by occurred_at, id), '[]') as v
    from audit_log where subject_user_id = ?`,
};

export type DataExport = { format: string; generatedAt: string } & Record<keyof typeof SECTIONS, unknown>;

/**
 * Everything the platform holds about a person, as one JSON document: profile and sessions, staff memberships,
 * bookings with their audit trail, payments, invoices and credit notes, reviews, waitlist entries and their offers, messages with their delivery status, consents, and the
 * record of who at a salon read their phone number. Read in one repeatable-read transaction, so the sections agree.
 */
export async function buildExport(em: EntityManager, userId: string, at: Date): Promise<DataExport> {
  return em.transactional(async (tx) => {
    const out: Row = { format: EXPORT_FORMAT, generatedAt: at.toISOString() };
    for (const [name, sql] of Object.entries(SECTIONS)) out[name] = (await execute<{ v: unknown }>(tx, sql, [userId]))[0]?.v ?? null;
    return out as DataExport;
  }, { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true });
}
