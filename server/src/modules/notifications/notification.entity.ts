import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { MessageChannel, User } from '../accounts/user.entity';
import { Booking } from '../bookings/booking.entity';

export enum NotificationEvent {
  BOOKING_CREATED = 'BOOKING_CREATED',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
  RESCHEDULED = 'RESCHEDULED',
  REMINDER_24H = 'REMINDER_24H',
  REMINDER_2H = 'REMINDER_2H',
  /** To the customer: an unpaid hold lapsed and its time was released. */
  HOLD_EXPIRED = 'HOLD_EXPIRED',
  /** To the stylist a booking was taken from when it was moved to someone else. */
  REASSIGNED = 'REASSIGNED',
  /** To the customer: the booking is paid (with the invoice link once the invoice exists). */
  PAID = 'PAID',
  /** To a waiting customer: a free time is held for them, with the link to accept it (the waitlist module). */
  WAITLIST_OFFER = 'WAITLIST_OFFER',
  /** To a waiting customer whose offer lapsed: that time has since been booked by the next in line. */
  WAITLIST_TAKEN = 'WAITLIST_TAKEN',
}
registerEnumType(NotificationEvent, { name: 'NotificationEvent', description: 'What a booking message is about.' });

/** The channels booking messages go out on (the same values a person picks as their preferred channel). */
export const NotificationChannel = MessageChannel;
export type NotificationChannel = MessageChannel;

/** What Meta reported about a WhatsApp message on its webhook, applied forward only (SENT < DELIVERED < READ). */
export enum DeliveryStatus {
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  READ = 'READ',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus', description: 'What WhatsApp reported: SENT to its servers, DELIVERED to the phone, READ, or FAILED.' });

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(NotificationStatus, { name: 'NotificationStatus', description: 'Our side of a message: PENDING (waiting or retrying), SENT to the provider, FAILED after the last try or a permanent refusal, SKIPPED (superseded or no longer relevant).' });

/**
 * The transactional outbox: a row is written in the same transaction as the booking change it reports, and the
 * delivery worker sends it later. One row per occurrence of an event (a second reschedule is a new row, so the
 * history of what was sent is kept); unique per (booking, recipient, event, channel, occurrence), so no
 * occurrence is sent twice.
 */
@Entity({ tableName: 'notifications' })
@Unique({ name: 'notifications_occurrence_unique', properties: ['booking', 'recipient', 'event', 'channel', 'occurrenceKey'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class Notification extends BaseEntity {
  @ManyToOne(() => Booking, { deleteRule: 'cascade' })
  booking!: Booking;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  recipient!: User;

  @Enum({ items: () => NotificationEvent })
  event!: NotificationEvent;

  @Enum({ items: () => NotificationChannel })
  channel!: NotificationChannel;

  /** Which occurrence: the booking_events row of the change, or for a reminder the start time it reminds of. */
  @Property({ type: 'string', length: 64 })
  occurrenceKey!: string;

  @Enum({ items: () => NotificationStatus, default: NotificationStatus.PENDING })
  status: NotificationStatus & Opt = NotificationStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  nextAttemptAt!: Date;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'string', length: 128, nullable: true })
  providerMessageId?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  /** WhatsApp only: the latest status Meta reported on the webhook. */
  @Enum({ items: () => DeliveryStatus, nullable: true })
  deliveryStatus?: DeliveryStatus | null;

  /** When Meta says that status happened (its timestamp). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveryStatusAt?: Date | null;

  /** Set on an SMS that stands in for this WhatsApp message (the fallback row), unique per message. */
  @ManyToOne(() => Notification, { nullable: true, deleteRule: 'cascade' })
  fallbackFor?: Notification | null;

  /** When an SMS fallback was written for this WhatsApp message. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  fellBackAt?: Date | null;
}
