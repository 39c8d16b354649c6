import { DateTime } from 'luxon';
import { addMessages, translate } from '../../i18n/messages';
import type { Locale } from '../../i18n/locale';
import { NotificationEvent } from './notification.entity';

addMessages({
  en: {
    'notify.customer.BOOKING_CREATED': 'Salon: your booking for {service} at {salon} on {time} is {status}.',
    'notify.staff.BOOKING_CREATED': 'Salon: new booking, {service} for {customer} on {time}.',
    'notify.customer.CONFIRMED': 'Salon: your booking for {service} at {salon} on {time} is confirmed.',
    'notify.staff.CONFIRMED': 'Salon: booking confirmed, {service} for {customer} on {time}.',
    'notify.customer.CANCELLED': 'Salon: your booking for {service} at {salon} on {time} was cancelled.',
    'notify.staff.CANCELLED': 'Salon: booking cancelled, {service} for {customer} on {time}.',
    'notify.customer.RESCHEDULED': 'Salon: your booking for {service} at {salon} is now on {time}.',
    'notify.staff.RESCHEDULED': 'Salon: booking moved, {service} for {customer} is now on {time}.',
    'notify.customer.REMINDER_24H': 'Salon: reminder, {service} at {salon} tomorrow, {time}.',
    'notify.customer.REMINDER_2H': 'Salon: see you soon, {service} at {salon} at {time}.',
    'notify.status.PENDING': 'awaiting confirmation',
    'notify.status.CONFIRMED': 'confirmed',
  },
  ar: {
    'notify.customer.BOOKING_CREATED': 'صالون: حجزك لخدمة {service} في {salon} يوم {time} {status}.',
    'notify.staff.BOOKING_CREATED': 'صالون: حجز جديد، {service} للعميل {customer} يوم {time}.',
    'notify.customer.CONFIRMED': 'صالون: تم تأكيد حجزك لخدمة {service} في {salon} يوم {time}.',
    'notify.staff.CONFIRMED': 'صالون: تم تأكيد الحجز، {service} للعميل {customer} يوم {time}.',
    'notify.customer.CANCELLED': 'صالون: تم إلغاء حجزك لخدمة {service} في {salon} يوم {time}.',
    'notify.staff.CANCELLED': 'صالون: تم إلغاء الحجز، {service} للعميل {customer} يوم {time}.',
    'notify.customer.RESCHEDULED': 'صالون: تم تغيير موعد حجزك لخدمة {service} في {salon} إلى {time}.',
    'notify.staff.RESCHEDULED': 'صالون: تم نقل الحجز، {service} للعميل {customer} إلى {time}.',
    'notify.customer.REMINDER_24H': 'صالون: تذكير، موعدك لخدمة {service} في {salon} غدًا {time}.',
    'notify.customer.REMINDER_2H': 'صالون: نراك قريبًا، موعدك لخدمة {service} في {salon} الساعة {time}.',
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
  customerName: string;
}

/** The text for one recipient, in their language, with the time in the salon's zone. */
export function renderMessage(f: MessageFacts): string {
  const time = DateTime.fromJSDate(f.startsAt, { zone: f.timeZone })
    .setLocale(f.locale === 'ar' ? 'ar-SA' : 'en-GB')
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
  return translate(f.locale, `notify.${f.toCustomer ? 'customer' : 'staff'}.${f.event}`, {
    service: f.serviceName,
    salon: f.salonName,
    customer: f.customerName,
    time,
    status: translate(f.locale, `notify.status.${f.status === 'CONFIRMED' ? 'CONFIRMED' : 'PENDING'}`),
  });
}
