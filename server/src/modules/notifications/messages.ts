import { DateTime } from 'luxon';
import { addMessages, translate } from '../../i18n/messages';
import type { Locale } from '../../i18n/locale';
import { NotificationEvent } from './notification.entity';

/**
 * Every text the platform sends about a booking (listed with its recipients in docs/messages.md). A customer is
 * told the salon and the stylist; a stylist is told the customer. Templates are chosen by who receives the row,
 * never by who caused the change.
 */
addMessages({
  en: {
    'notify.customer.BOOKING_CREATED': 'Salon: your booking for {service} with {staff} at {salon} on {time} is {status}.',
    'notify.staff.BOOKING_CREATED': 'Salon: new booking, {service} on {time}, customer: {customer}.',
    'notify.customer.CONFIRMED': 'Salon: your booking for {service} with {staff} at {salon} on {time} is confirmed.',
    'notify.staff.CONFIRMED': 'Salon: booking confirmed, {service} on {time}, customer: {customer}.',
    'notify.customer.CANCELLED': 'Salon: your booking for {service} with {staff} at {salon} on {time} was cancelled.',
    'notify.staff.CANCELLED': 'Salon: booking cancelled, {service} on {time}, customer: {customer}.',
    'notify.customer.RESCHEDULED': 'Salon: your booking for {service} at {salon} is now on {time} with {staff}.',
    'notify.staff.RESCHEDULED': 'Salon: booking moved, {service} is now on {time}, customer: {customer}.',
    'notify.staff.REASSIGNED': 'Salon: booking handed to another stylist, {service} on {time}, customer: {customer}. It is no longer in your calendar.',
    'notify.customer.REMINDER_24H': 'Salon: reminder, {service} with {staff} at {salon} on {time}.',
    'notify.customer.REMINDER_2H': 'Salon: see you soon, {service} with {staff} at {salon} at {time}.',
    'notify.customer.HOLD_EXPIRED': 'Salon: payment was not completed in time, so the time held for {service} with {staff} at {salon} on {time} was released. Book again: {link}',
    'notify.customer.PAID': 'Salon: payment received for {service} with {staff} at {salon} on {time}. Your invoice: {link}',
    'notify.customer.WAITLIST_OFFER': 'Salon: a time opened up for {service} with {staff} at {salon} on {time}. It is held for you for {minutes} minutes: {link}',
    'notify.customer.WAITLIST_TAKEN': 'Salon: the time offered to you for {service} with {staff} at {salon} on {time} has been booked. You are still on the waitlist.',
    'notify.status.PENDING': 'awaiting confirmation',
    'notify.status.CONFIRMED': 'confirmed',
  },
  ar: {
    'notify.customer.BOOKING_CREATED': 'صالون: حجزك لخدمة {service} مع {staff} في {salon} يوم {time} {status}.',
    'notify.staff.BOOKING_CREATED': 'صالون: حجز جديد، {service} يوم {time}، العميل: {customer}.',
    'notify.customer.CONFIRMED': 'صالون: تم تأكيد حجزك لخدمة {service} مع {staff} في {salon} يوم {time}.',
    'notify.staff.CONFIRMED': 'صالون: تم تأكيد الحجز، {service} يوم {time}، العميل: {customer}.',
    'notify.customer.CANCELLED': 'صالون: تم إلغاء حجزك لخدمة {service} مع {staff} في {salon} يوم {time}.',
    'notify.staff.CANCELLED': 'صالون: تم إلغاء الحجز، {service} يوم {time}، العميل: {customer}.',
    'notify.customer.RESCHEDULED': 'صالون: تم تغيير موعد حجزك لخدمة {service} في {salon} إلى {time} مع {staff}.',
    'notify.staff.RESCHEDULED': 'صالون: تم نقل الحجز، {service} أصبح يوم {time}، العميل: {customer}.',
    'notify.staff.REASSIGNED': 'صالون: حُوّل الحجز إلى مختص آخر، {service} يوم {time}، العميل: {customer}. لم يعد في جدولك.',
    'notify.customer.REMINDER_24H': 'صالون: تذكير بموعدك لخدمة {service} مع {staff} في {salon} يوم {time}.',
    'notify.customer.REMINDER_2H': 'صالون: نراك قريبًا، موعدك لخدمة {service} مع {staff} في {salon} الساعة {time}.',
    'notify.customer.HOLD_EXPIRED': 'صالون: لم يكتمل الدفع في الوقت المحدد، فأُلغي الموعد المحجوز مؤقتًا لخدمة {service} مع {staff} في {salon} يوم {time}. احجز من جديد: {link}',
    'notify.customer.PAID': 'صالون: استلمنا الدفع لخدمة {service} مع {staff} في {salon} يوم {time}. فاتورتك: {link}',
    'notify.customer.WAITLIST_OFFER': 'صالون: توفر موعد لخدمة {service} مع {staff} في {salon} يوم {time}. محجوز لك مدة {minutes} دقيقة: {link}',
    'notify.customer.WAITLIST_TAKEN': 'صالون: حُجز الموعد الذي عُرض عليك لخدمة {service} مع {staff} في {salon} يوم {time}. ما زلت في قائمة الانتظار.',
    'notify.status.PENDING': 'بانتظار التأكيد',
    'notify.status.CONFIRMED': 'مؤكد',
  },
});

export interface MessageFacts {
  event: NotificationEvent;
  toCustomer: boolean;
  locale: Locale;
  timeZone: string;
  startsAt: Date;
  status: string;
  serviceName: string;
  salonName: string;
  staffName: string;
  customerName: string;
  /** Where to book at this salon again; for a waitlist offer, the offer's page. */
  salonUrl: string;
  /** How long a waitlist offer holds its time. */
  offerMinutes?: number;
  /** The `{link}` when it is not `salonUrl`: the invoice of a payment. */
  link?: string;
}

/** The text for one recipient, in their language, with the time in the salon's zone. */
export function renderMessage(f: MessageFacts): string {
  return translate(f.locale, messageKey(f.event, f.toCustomer), placeholderValues(f));
}

export function messageKey(event: NotificationEvent, toCustomer: boolean): string {
  return `notify.${toCustomer ? 'customer' : 'staff'}.${event}`;
}

/** What each placeholder of a template stands for, for one recipient (SMS text and WhatsApp parameters alike). */
export function placeholderValues(f: MessageFacts): Record<string, string> {
  const time = DateTime.fromJSDate(f.startsAt, { zone: f.timeZone })
    .setLocale(f.locale === 'ar' ? 'ar-SA' : 'en-GB')
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
  return {
    service: f.serviceName,
    salon: f.salonName,
    staff: f.staffName,
    customer: f.customerName,
    link: f.link ?? f.salonUrl,
    minutes: String(f.offerMinutes ?? 0),
    time,
    status: translate(f.locale, `notify.status.${f.status === 'CONFIRMED' ? 'CONFIRMED' : 'PENDING'}`),
  };
}
