import { Entity, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../../db/base-entity';
import { Booking } from '../../bookings/booking.entity';
import { Payment } from '../payment.entity';

/**
 * The card a customer saved at Moyasar to secure a booking's fees (ADR 0026). The token charges the card without
 * the customer, so it is a secret: no GraphQL type, never logged, and forgotten (null) once the booking is settled.
 */
@Entity({ tableName: 'booking_saved_cards' })
export class BookingSavedCard extends BaseEntity {
  @OneToOne(() => Booking, { deleteRule: 'cascade', unique: true, owner: true })
  booking!: Booking;

  /** The verification authorisation that saved it (voided at once). */
  @ManyToOne(() => Payment, { deleteRule: 'cascade', index: true })
  payment!: Payment;

  @Property({ type: 'text', nullable: true })
  token?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  forgottenAt?: Date | null;
}
