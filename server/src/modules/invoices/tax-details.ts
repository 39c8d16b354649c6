import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AppServices } from '../../app-services';
import { execute } from '../../db/sql';
import { BusinessError, UserErrorCode } from '../../graphql/errors';
import { SalonTaxDetails } from './invoice.entity';
import './invoices.messages';

export interface TaxDetailsInput {
  vatNumber: string;
  legalNameAr: string;
  legalNameEn: string;
}

/** Arabic-Indic and Persian digits, as an Arabic keyboard types them, read as the digits ZATCA prints. */
export const toLatinDigits = (s: string) => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

const legalName = z.string().transform((s) => s.trim().replace(/\s+/g, ' ')).pipe(z.string().min(1).max(200));
const schema = z.object({
  vatNumber: z.string().max(64).transform((s) => toLatinDigits(s).replace(/[\s-]/g, '')).pipe(z.string().regex(/^3\d{13}3$/)),
  legalNameAr: legalName,
  legalNameEn: legalName,
});

/**
 * A manager sets the salon's VAT registration. Documents already issued keep the details they were issued with
 * (they are immutable); the next one carries the new details.
 */
export async function updateTaxDetails(app: AppServices, em: EntityManager, salonId: string, input: TaxDetailsInput): Promise<SalonTaxDetails> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0].path[0]);
    throw new BusinessError(UserErrorCode.INVALID_INPUT, field === 'vatNumber' ? 'invoices.invalidVatNumber' : 'invoices.invalidLegalName', ['input', field]);
  }
  const { vatNumber, legalNameAr, legalNameEn } = parsed.data;
  const now = app.now();
  await execute(
    em,
    `insert into salon_tax_details (id, created_at, updated_at, salon_id, vat_number, legal_name_ar, legal_name_en) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)
     on conflict (salon_id) do update set updated_at = excluded.updated_at, vat_number = excluded.vat_number, legal_name_ar = excluded.legal_name_ar, legal_name_en = excluded.legal_name_en`,
    [now, now, salonId, vatNumber, legalNameAr, legalNameEn],
  );
  return em.fork().findOneOrFail(SalonTaxDetails, { salon: salonId });
}
