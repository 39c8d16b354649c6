import type { Client } from 'pg';

/**
 * An invoice for every generated booking, issued when it starts, numbered per salon as the server numbers them
 * (gap-free, in issue order), paid online or at the counter; every tenth has a partial credit note. Inserted
 * directly, as the immutability trigger allows inserts; the QR and hash are placeholders of the right size.
 */
export async function generateInvoices(db: Client): Promise<number> {
  await db.query(`insert into salon_tax_details (id, created_at, updated_at, salon_id, vat_number, legal_name_ar, legal_name_en)
    select gen_random_uuid(), now(), now(), s.id, '3' || lpad((row_number() over ())::text, 13, '0') || '3', s.name_ar, s.name_en from salons s`);
  await db.query(`with sale as (
      select b.*, row_number() over (partition by b.salon_id order by b.starts_at, b.id) as n, sv.name_ar as service_ar, sv.name_en as service_en
        from bookings b join services sv on sv.id = b.service_id)
    insert into invoices (id, created_at, updated_at, salon_id, booking_id, customer_id, kind, number, issued_at, seller_name_ar, seller_name_en, vat_number,
      seller_address, lines, total_halalas, vat_halalas, currency, payment_means, qr_code, hash, previous_hash)
    select gen_random_uuid(), sale.starts_at, sale.starts_at, sale.salon_id, sale.id, sale.customer_id, 'INVOICE', sale.n, sale.starts_at, t.legal_name_ar, t.legal_name_en, t.vat_number,
      'Olaya St, Riyadh', jsonb_build_array(jsonb_build_object('descriptionAr', sale.service_ar, 'descriptionEn', sale.service_en, 'quantity', 1,
        'unitPriceHalalas', sale.price_halalas, 'totalHalalas', sale.price_halalas, 'vatHalalas', sale.price_halalas - round(sale.price_halalas / 1.15))),
      sale.price_halalas, sale.price_halalas - round(sale.price_halalas / 1.15), 'SAR',
      jsonb_build_array(jsonb_build_object('method', (array['ONLINE', 'CASH', 'MADA', 'CARD'])[1 + sale.n % 4], 'amountHalalas', sale.price_halalas)),
      repeat('A', 160), md5(sale.id::text) || md5(sale.salon_id::text), null
      from sale join salon_tax_details t on t.salon_id = sale.salon_id`);
  await db.query(`with note as (
      select i.*, (select max(number) from invoices x where x.salon_id = i.salon_id) + row_number() over (partition by i.salon_id order by i.number) as next
        from invoices i where i.number % 10 = 0)
    insert into invoices (id, created_at, updated_at, salon_id, booking_id, customer_id, kind, number, original_invoice_id, issued_at, seller_name_ar, seller_name_en,
      vat_number, seller_address, lines, total_halalas, vat_halalas, currency, payment_means, reason, qr_code, hash, previous_hash)
    select gen_random_uuid(), issued_at, issued_at, salon_id, booking_id, customer_id, 'CREDIT_NOTE', next, id, issued_at + interval '2 hours', seller_name_ar, seller_name_en,
      vat_number, seller_address, lines, 1150, 150, currency, jsonb_build_array(jsonb_build_object('method', 'CASH', 'amountHalalas', 1150)), 'bench', qr_code, hash, hash
      from note`);
  await db.query(`insert into invoice_counters (salon_id, last_number, last_hash) select salon_id, max(number), null from invoices group by salon_id`);
  const [{ n }] = (await db.query('select count(*)::int as n from invoices')).rows;
  return n;
}
