import { invoicesCsv } from './invoice-csv';

describe('invoice CSV export', () => {
  it('writes SAR amounts, credit notes negative, with a BOM and quoting', () => {
    const csv = invoicesCsv([
      { reference: 'INV-000001', kind: 'INVOICE', issuedAt: '2026-12-09T06:30:00.000Z', totalHalalas: 11500, vatHalalas: 1500, vatNumber: '310122393500003', paymentMeans: [{ method: 'CASH', amountHalalas: 6500 }, { method: 'MADA', amountHalalas: 5000 }] },
      { reference: 'CN-000002', kind: 'CREDIT_NOTE', issuedAt: '2026-12-09T07:00:00.000Z', totalHalalas: 2300, vatHalalas: 300, vatNumber: null, originalInvoice: { reference: 'INV-000001' }, paymentMeans: [{ method: 'CASH', amountHalalas: 2300 }] },
    ]);
    expect(csv.startsWith('\uFEFFnumber,type,issued_at,total_sar,vat_sar,net_sar,vat_number,original_invoice,paid_by\r\n')).toBe(true);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      'INV-000001,INVOICE,2026-12-09T06:30:00.000Z,115.00,15.00,100.00,310122393500003,,CASH 65.00; MADA 50.00',
      'CN-000002,CREDIT_NOTE,2026-12-09T07:00:00.000Z,-23.00,-3.00,-20.00,,INV-000001,CASH 23.00',
    ]);
    expect(invoicesCsv([{ reference: '=HYPERLINK("x")', kind: 'INVOICE', issuedAt: 'a,b', totalHalalas: 1, vatHalalas: 0, paymentMeans: [] }]).split('\r\n')[1])
      .toBe('"\'=HYPERLINK(""x"")",INVOICE,"a,b",0.01,0.00,0.01,,,');
  });
});
