import { messages } from '../../../i18n/messages';
import { NotificationEvent } from '../notification.entity';
import { messageKey, placeholderValues, type MessageFacts } from '../messages';

/**
 * WhatsApp template names, one per message of docs/messages.md. Meta approves each template in advance, once per
 * language; the approved body is the SMS text of the same message with its placeholders numbered in order
 * ({{1}}, {{2}}…), so the two channels always say the same thing (`templateCatalogue` lists what to submit).
 */
const CUSTOMER_TEMPLATES: Partial<Record<NotificationEvent, string>> = {
  [NotificationEvent.BOOKING_CREATED]: 'booking_created',
  [NotificationEvent.CONFIRMED]: 'booking_confirmed',
  [NotificationEvent.CANCELLED]: 'booking_cancelled',
  [NotificationEvent.RESCHEDULED]: 'booking_rescheduled',
  [NotificationEvent.REMINDER_24H]: 'booking_reminder_24h',
  [NotificationEvent.REMINDER_2H]: 'booking_reminder_2h',
  [NotificationEvent.HOLD_EXPIRED]: 'booking_hold_expired',
  [NotificationEvent.PAID]: 'booking_paid',
  [NotificationEvent.WAITLIST_OFFER]: 'waitlist_offer',
  [NotificationEvent.WAITLIST_TAKEN]: 'waitlist_taken',
};

const STAFF_TEMPLATES: Partial<Record<NotificationEvent, string>> = {
  [NotificationEvent.BOOKING_CREATED]: 'staff_booking_created',
  [NotificationEvent.CONFIRMED]: 'staff_booking_confirmed',
  [NotificationEvent.CANCELLED]: 'staff_booking_cancelled',
  [NotificationEvent.RESCHEDULED]: 'staff_booking_rescheduled',
  [NotificationEvent.REASSIGNED]: 'staff_booking_reassigned',
};

export type TemplateLanguage = 'ar' | 'en';

/** One template message as the Cloud API takes it. */
export interface TemplateMessage {
  name: string;
  language: TemplateLanguage;
  /** The body's parameters in order ({{1}} first). */
  parameters: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function templateName(event: NotificationEvent, toCustomer: boolean): string {
  const name = (toCustomer ? CUSTOMER_TEMPLATES : STAFF_TEMPLATES)[event];
  if (!name) throw new Error(`No WhatsApp template for ${toCustomer ? 'customer' : 'staff'} ${event}`);
  return name;
}

/** The template message for one recipient: their language, the placeholders in that language's order. */
export function templateMessage(f: MessageFacts): TemplateMessage {
  const values = placeholderValues(f);
  const body = messages[f.locale][messageKey(f.event, f.toCustomer)];
  return {
    name: templateName(f.event, f.toCustomer),
    language: f.locale,
    // WhatsApp refuses a parameter with a new line, a tab or more than four spaces in a row.
    parameters: [...body.matchAll(PLACEHOLDER)].map(([, key]) => values[key].replace(/\s+/g, ' ').trim()),
  };
}

/** Every template to have approved (name, language, body with numbered parameters). */
export function templateCatalogue(): { name: string; language: TemplateLanguage; body: string }[] {
  const out: { name: string; language: TemplateLanguage; body: string }[] = [];
  for (const [templates, toCustomer] of [[CUSTOMER_TEMPLATES, true], [STAFF_TEMPLATES, false]] as const) {
    for (const [event, name] of Object.entries(templates)) {
      for (const language of ['ar', 'en'] as const) {
        let n = 0;
        out.push({ name: name!, language, body: messages[language][messageKey(event as NotificationEvent, toCustomer)].replace(PLACEHOLDER, () => `{{${(n += 1)}}}`) });
      }
    }
  }
  return out;
}
