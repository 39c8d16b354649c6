import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { connectionType } from '../../graphql/relay';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { Invoice, PaymentMeans, SalonTaxDetails } from './invoice.entity';

@InputType({ description: "Set a salon's VAT registration (managers)." })
export class UpdateSalonTaxDetailsInput {
  @Field(() => ID, { description: 'The salon.' }) salonId!: string;
  @Field(() => String, { description: '15 digits, starting and ending with 3; spaces, dashes and Arabic-Indic digits are accepted.' }) vatNumber!: string;
  @Field(() => String, { description: 'Legal name in Arabic, as registered.' }) legalNameAr!: string;
  @Field(() => String, { description: 'Legal name in English.' }) legalNameEn!: string;
}

@ObjectType({ description: 'Result of updateSalonTaxDetails.' })
export class UpdateSalonTaxDetailsPayload {
  @Field(() => SalonTaxDetails, { nullable: true, description: 'The details as saved.' }) taxDetails?: SalonTaxDetails | null;
  @Field(() => [UserError], { description: 'INVALID_INPUT (input.vatNumber, input.legalNameAr, input.legalNameEn).' }) errors!: UserError[];
}

@ObjectType({ description: 'Money taken and given back by one means on a day.' })
export class TakingsByMeans {
  @Field(() => PaymentMeans, { description: 'Means.' }) method!: PaymentMeans;
  @Field(() => Int, { description: 'Taken (invoices), in halalas.' }) takenHalalas!: number;
  @Field(() => Int, { description: 'Given back (credit notes), in halalas.' }) refundedHalalas!: number;
}

@ObjectType({ description: "A salon's takings for one day in its time zone: online + counter − refunds = net." })
export class Takings {
  @Field(() => DateScalar, { description: 'The local day.' }) date!: string;
  @Field(() => DateTimeScalar, { description: 'Start of the day.' }) startsAt!: Date;
  @Field(() => DateTimeScalar, { description: 'End of the day (exclusive).' }) endsAt!: Date;
  @Field(() => Int, { description: 'Taken online, in halalas.' }) onlineHalalas!: number;
  @Field(() => Int, { description: 'Taken at the counter (cash, mada, card), in halalas.' }) counterHalalas!: number;
  @Field(() => Int, { description: 'Given back, in halalas.' }) refundsHalalas!: number;
  @Field(() => Int, { description: 'online + counter − refunds, in halalas.' }) netHalalas!: number;
  @Field(() => Int, { description: 'VAT in the net, in halalas.' }) vatHalalas!: number;
  @Field(() => Int, { description: 'Invoices issued.' }) invoiceCount!: number;
  @Field(() => Int, { description: 'Credit notes issued.' }) creditNoteCount!: number;
  @Field(() => [TakingsByMeans], { description: 'Per means: ONLINE, CASH, MADA, CARD.' }) byMeans!: TakingsByMeans[];
}

export const InvoiceConnection = connectionType('Invoice', Invoice, 'invoice or credit note');
