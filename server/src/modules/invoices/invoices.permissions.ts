import { rule } from 'graphql-shield';
import type { AppContext } from '../../graphql/context';
import { unauthenticatedError } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { allow, fields, isManagerOf } from '../../graphql/rules';
import type { BookingRole } from '../bookings/manage-booking';

/** The viewer's role on the booking a document (or the booking itself) belongs to. */
function onDocumentBooking(name: string, roles: Exclude<BookingRole, null>[], bookingIdOf: (parent: any, args: any, ctx: AppContext) => Promise<string | null | undefined> | string | null | undefined) {
  return rule(`onDocumentBooking:${name}`, { cache: 'no_cache' })(async (parent, args, ctx: AppContext) => {
    if (!ctx.viewer) return unauthenticatedError(ctx.locale);
    const bookingId = await bookingIdOf(parent, args, ctx);
    if (!bookingId) return false;
    const role = await ctx.loaders.bookings.viewerRole.load(bookingId);
    return role !== null && roles.includes(role);
  });
}

const everyone: Exclude<BookingRole, null>[] = ['customer', 'staff', 'receptionist', 'manager'];
/** An unknown id is refused like someone else's document: nobody learns whether it exists. */
const canReadDocument = onDocumentBooking('invoice', everyone, async (_: unknown, a: { id: string }, ctx: AppContext) =>
  isUuid(a.id) ? (await ctx.loaders.invoices.invoiceById.load(a.id))?.booking.id : null);
const salonArg = (_: unknown, a: { salonId: string }) => (isUuid(a.salonId) ? a.salonId : null);

export const invoicesPermissions = {
  Query: {
    invoice: canReadDocument,
    salonInvoices: isManagerOf('salonInvoices', salonArg),
    salonTakings: isManagerOf('salonTakings', salonArg),
  },
  Mutation: {
    updateSalonTaxDetails: isManagerOf('updateSalonTaxDetails', (_: unknown, a: { input: { salonId: string } }) => (isUuid(a.input.salonId) ? a.input.salonId : null)),
  },
  // Reached only through a rule that checked the booking (invoice, Booking.invoices) or the salon (salonInvoices).
  Invoice: fields(['id', 'createdAt', 'kind', 'number', 'reference', 'issuedAt', 'sellerNameAr', 'sellerNameEn', 'vatNumber', 'sellerAddress', 'lines',
    'totalHalalas', 'vatHalalas', 'currency', 'paymentMeans', 'reason', 'qrCode', 'originalInvoice', 'booking'], allow),
  InvoiceLine: fields(['descriptionAr', 'descriptionEn', 'quantity', 'unitPriceHalalas', 'totalHalalas', 'vatHalalas'], allow),
  InvoicePayment: fields(['method', 'amountHalalas'], allow),
  InvoiceConnection: fields(['edges', 'pageInfo'], allow),
  InvoiceEdge: fields(['cursor', 'node'], allow),
  Booking: { invoices: onDocumentBooking('booking.invoices', everyone, (b: { id: string }) => b.id) },
  Salon: { taxDetails: isManagerOf('Salon.taxDetails', (s: { id: string }) => s.id) },
  SalonTaxDetails: fields(['id', 'createdAt', 'vatNumber', 'legalNameAr', 'legalNameEn'], allow),
  UpdateSalonTaxDetailsPayload: fields(['taxDetails', 'errors'], allow),
  Takings: fields(['date', 'startsAt', 'endsAt', 'onlineHalalas', 'counterHalalas', 'refundsHalalas', 'netHalalas', 'vatHalalas', 'invoiceCount', 'creditNoteCount', 'byMeans'], allow),
  TakingsByMeans: fields(['method', 'takenHalalas', 'refundedHalalas'], allow),
};
