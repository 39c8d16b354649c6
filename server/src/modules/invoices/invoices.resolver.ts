import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context';
import { toPayload } from '../../graphql/errors';
import { pageSize, type ConnectionShape } from '../../graphql/relay';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import type { PlainRow } from '../../db/plain-rows';
import { Booking } from '../bookings/booking.entity';
import { Salon } from '../catalog/salon.entity';
import { Invoice, InvoiceKind, SalonTaxDetails } from './invoice.entity';
import { InvoiceConnection, Takings, UpdateSalonTaxDetailsInput, UpdateSalonTaxDetailsPayload } from './invoices.types';
import { listSalonInvoices } from './list-invoices';
import { dayTakings } from './takings';
import { updateTaxDetails } from './tax-details';

/** "INV-000042", "CN-000043": the number as printed; invoices and credit notes share the series. */
export function invoiceReference(invoice: Pick<Invoice, 'kind' | 'number'>): string {
  return `${invoice.kind === InvoiceKind.INVOICE ? 'INV' : 'CN'}-${String(invoice.number).padStart(6, '0')}`;
}

@Resolver(() => Invoice)
export class InvoicesResolver {
  @Query(() => Invoice, { description: 'One invoice or credit note: its customer, and the staff and managers of its salon.' })
  async invoice(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'The document.' }) id: string): Promise<PlainRow<Invoice>> {
    // The permission rule has already refused an unknown id.
    return (await ctx.loaders.invoices.invoiceById.load(id))!;
  }

  @Query(() => InvoiceConnection, { description: "A salon's invoices and credit notes, newest number first (managers); page through it for a CSV export." })
  salonInvoices(
    @Ctx() ctx: AppContext,
    @Arg('salonId', () => ID, { description: 'The salon.' }) salonId: string,
    @Arg('from', () => DateTimeScalar, { nullable: true, description: 'Issued at or after.' }) from?: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true, description: 'Issued before.' }) to?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 100).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string | null,
  ): Promise<ConnectionShape<PlainRow<Invoice>>> {
    return listSalonInvoices(ctx.em, salonId, { from, to }, pageSize(first), after);
  }

  @Query(() => Takings, { description: "A salon's takings for one day in its time zone (managers)." })
  async salonTakings(
    @Ctx() ctx: AppContext,
    @Arg('salonId', () => ID, { description: 'The salon.' }) salonId: string,
    @Arg('date', () => DateScalar, { description: "The day, in the salon's time zone." }) date: string,
  ): Promise<Takings> {
    const salon = (await ctx.loaders.catalog.salonById.load(salonId))!;
    return dayTakings(ctx.em, salon, date);
  }

  @Mutation(() => UpdateSalonTaxDetailsPayload, { description: "Set the salon's VAT registration number and legal names (managers). Invoices issued from then on carry them." })
  updateSalonTaxDetails(@Ctx() ctx: AppContext, @Arg('input', () => UpdateSalonTaxDetailsInput, { description: 'The details.' }) { salonId, ...input }: UpdateSalonTaxDetailsInput) {
    return toPayload(ctx.locale, async () => ({ taxDetails: await updateTaxDetails(ctx.app, ctx.em, salonId, input) }));
  }

  @FieldResolver(() => String, { description: 'The number as printed: INV-000042 or CN-000043.' })
  reference(@Root() invoice: Invoice): string {
    return invoiceReference(invoice);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'For a credit note: the invoice it refers to.' })
  async originalInvoice(@Root() invoice: Invoice, @Ctx() ctx: AppContext): Promise<PlainRow<Invoice> | null> {
    return invoice.originalInvoice ? ctx.loaders.invoices.invoiceById.load(invoice.originalInvoice.id) : null;
  }

  @FieldResolver(() => Booking, { description: 'The booking sold.' })
  async booking(@Root() invoice: Invoice, @Ctx() ctx: AppContext): Promise<Booking> {
    return (await ctx.loaders.bookings.bookingById.load(invoice.booking.id))!;
  }
}

@Resolver(() => Booking)
export class BookingInvoicesResolver {
  @FieldResolver(() => [Invoice], { description: 'Its invoices and credit notes, in number order.' })
  invoices(@Root() booking: Booking, @Ctx() ctx: AppContext): Promise<PlainRow<Invoice>[]> {
    return ctx.loaders.invoices.invoicesByBookingId.load(booking.id);
  }
}

@Resolver(() => Salon)
export class SalonTaxDetailsResolver {
  @FieldResolver(() => SalonTaxDetails, { nullable: true, description: 'VAT registration, printed on its invoices (managers); null until entered.' })
  taxDetails(@Root() salon: Salon, @Ctx() ctx: AppContext): Promise<PlainRow<SalonTaxDetails> | null> {
    return ctx.loaders.invoices.taxDetailsBySalonId.load(salon.id);
  }
}

