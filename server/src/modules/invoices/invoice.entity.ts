import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base-entity';
import { DateTimeScalar } from '../../graphql/scalars';
import { User } from '../accounts/user.entity';
import { Salon } from '../catalog/salon.entity';
import { Booking } from '../bookings/booking.entity';

export enum InvoiceKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}
registerEnumType(InvoiceKind, { name: 'InvoiceKind', description: 'A simplified tax invoice for a sale, or a credit note that takes part of one back (a refund).' });

export enum PaymentMeans {
  ONLINE = 'ONLINE',
  CASH = 'CASH',
  MADA = 'MADA',
  CARD = 'CARD',
}
registerEnumType(PaymentMeans, { name: 'PaymentMeans', description: 'How money changed hands: ONLINE through Moyasar, or at the counter in CASH, on the MADA terminal or by another CARD.' });

@ObjectType({ description: 'One line of an invoice; amounts include VAT.' })
export class InvoiceLine {
  @Field(() => String, { description: 'What was sold, in Arabic.' }) descriptionAr!: string;
  @Field(() => String, { description: 'What was sold, in English.' }) descriptionEn!: string;
  @Field(() => Int, { description: 'How many.' }) quantity!: number;
  @Field(() => Int, { description: 'Price of one, VAT included, in halalas.' }) unitPriceHalalas!: number;
  @Field(() => Int, { description: 'Line total, VAT included, in halalas.' }) totalHalalas!: number;
  @Field(() => Int, { description: 'VAT inside the line total, in halalas.' }) vatHalalas!: number;
}

@ObjectType({ description: 'How much of a document was paid (or given back) by one means.' })
export class InvoicePayment {
  @Field(() => PaymentMeans, { description: 'Means.' }) method!: PaymentMeans;
  @Field(() => Int, { description: 'Amount in halalas.' }) amountHalalas!: number;
}

/**
 * A simplified tax invoice or a credit note. Written once, in the transaction of the sale or refund it records,
 * and never changed (a database trigger refuses UPDATE and DELETE). Its id is the document's UUID and `number`
 * its gap-free counter value (ZATCA phase 2's UUID and ICV); `hash` chains it to the salon's previous document.
 */
@ObjectType({ description: 'A simplified tax invoice (فاتورة ضريبية مبسطة) or a credit note (إشعار دائن). Immutable: a correction is a credit note.' })
@Entity({ tableName: 'invoices' })
export class Invoice extends BaseEntity {
  @ManyToOne(() => Salon, { deleteRule: 'restrict' })
  salon!: Salon;

  @ManyToOne(() => Booking, { deleteRule: 'restrict' })
  booking!: Booking;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  customer!: User;

  @Field(() => InvoiceKind, { description: 'Invoice or credit note.' })
  @Enum({ items: () => InvoiceKind })
  kind!: InvoiceKind;

  @Field(() => Int, { description: "Sequential number in the salon's series, without gaps; invoices and credit notes share it." })
  @Property({ type: 'integer' })
  number!: number;

  @ManyToOne(() => Invoice, { nullable: true, deleteRule: 'restrict' })
  originalInvoice?: Invoice | null;

  @Field(() => DateTimeScalar, { description: 'Date and time of issue (the sale or the refund).' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  issuedAt!: Date;

  @Field(() => String, { description: "Seller's legal name in Arabic, as registered for VAT when issued." })
  @Property({ type: 'string', length: 200 })
  sellerNameAr!: string;

  @Field(() => String, { description: "Seller's legal name in English when issued." })
  @Property({ type: 'string', length: 200 })
  sellerNameEn!: string;

  @Field(() => String, { nullable: true, description: "Seller's VAT registration number (15 digits); null when the salon had not entered it." })
  @Property({ type: 'string', length: 15, nullable: true })
  vatNumber?: string | null;

  @Field(() => String, { description: "Seller's address when issued." })
  @Property({ type: 'string', length: 500 })
  sellerAddress!: string;

  @Field(() => [InvoiceLine], { description: 'What was sold (or credited).' })
  @Property({ type: 'json' })
  lines!: InvoiceLine[];

  @Field(() => Int, { description: 'Total with VAT, in halalas (positive on a credit note too).' })
  @Property({ type: 'integer' })
  totalHalalas!: number;

  @Field(() => Int, { description: 'VAT inside the total, in halalas.' })
  @Property({ type: 'integer' })
  vatHalalas!: number;

  @Field(() => String, { description: 'ISO-4217 currency code.' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => [InvoicePayment], { description: 'How it was paid, or how the money went back.' })
  @Property({ type: 'json' })
  paymentMeans!: InvoicePayment[];

  @Field(() => String, { nullable: true, description: 'Why a credit note was issued.' })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @Field(() => String, { description: 'ZATCA phase-1 QR payload: base64 of the TLV records (seller, VAT number, time, total, VAT). Render it as a QR code.' })
  @Property({ type: 'text' })
  qrCode!: string;

  @Property({ type: 'uuid', nullable: true })
  paymentId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  counterPaymentId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  counterRefundId?: string | null;

  /** SHA-256 of this document's content and `previousHash`: the salon's documents form a chain. */
  @Property({ type: 'string', length: 64 })
  hash!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  previousHash?: string | null;
}

/** A salon's VAT registration, entered by its manager; every invoice copies it when issued. */
@ObjectType({ description: "A salon's VAT registration: what its invoices name as the seller." })
@Entity({ tableName: 'salon_tax_details' })
export class SalonTaxDetails extends BaseEntity {
  @ManyToOne(() => Salon, { deleteRule: 'cascade', unique: true })
  salon!: Salon;

  @Field(() => String, { description: 'VAT registration number: 15 digits, starting and ending with 3.' })
  @Property({ type: 'string', length: 15 })
  vatNumber!: string;

  @Field(() => String, { description: 'Legal name in Arabic, as registered.' })
  @Property({ type: 'string', length: 200 })
  legalNameAr!: string;

  @Field(() => String, { description: 'Legal name in English.' })
  @Property({ type: 'string', length: 200 })
  legalNameEn!: string;
}
