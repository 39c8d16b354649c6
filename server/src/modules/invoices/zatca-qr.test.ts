import { decodeQr, encodeQr, qrTimestamp } from './zatca-qr';
import { riyals, vatOf } from './vat';

describe('ZATCA phase-1 QR', () => {
  it('reproduces the published vector byte for byte', () => {
    const text = encodeQr({ sellerName: 'Shawrma House', vatNumber: '1234567890', timestamp: '22/11/2021 03:00 am', total: '100', vat: '15' });
    expect(text).toBe('AQ1TaGF3cm1hIEhvdXNlAgoxMjM0NTY3ODkwAxMyMi8xMS8yMDIxIDAzOjAwIGFtBAMxMDAFAjE1');
    expect(Buffer.from(text, 'base64').subarray(0, 2)).toEqual(Buffer.from([0x01, 0x0d]));
  });

  it('counts UTF-8 bytes, not characters, for an Arabic seller name, and decodes back to the fields', () => {
    const sellerName = 'صالون لمسة الورد';
    const text = encodeQr({ sellerName, vatNumber: '310122393500003', timestamp: qrTimestamp(new Date('2026-12-02T14:30:00.123Z')), total: '115.00', vat: '15.00' });
    const bytes = Buffer.from(text, 'base64');
    expect(bytes[0]).toBe(1);
    expect(bytes[1]).toBe(Buffer.byteLength(sellerName, 'utf8'));
    expect(bytes[1]).toBe(30);
    expect(Object.fromEntries(decodeQr(text))).toEqual({ 1: sellerName, 2: '310122393500003', 3: '2026-12-02T14:30:00Z', 4: '115.00', 5: '15.00' });
    expect(text).toBe('AR7Ytdin2YTZiNmGINmE2YXYs9ipINin2YTZiNix2K8CDzMxMDEyMjM5MzUwMDAwMwMUMjAyNi0xMi0wMlQxNDozMDowMFoEBjExNS4wMAUFMTUuMDA=');
  });

  it('refuses a value longer than one length byte can say, and a truncated payload', () => {
    expect(() => encodeQr({ sellerName: 'س'.repeat(200), vatNumber: '3', timestamp: 't', total: '1', vat: '0' })).toThrow(/at most 255/);
    expect(() => decodeQr(Buffer.from([1, 5, 65]).toString('base64'))).toThrow(/truncated/);
  });
});

describe('VAT inside a VAT-inclusive price', () => {
  it.each([
    [11500, 1500], [10000, 1304], [100, 13], [1, 0], [0, 0], [23, 3], [8050, 1050], [99999, 13043],
  ])('%i halalas hold %i of VAT', (total, vat) => {
    expect(vatOf(total)).toBe(vat);
    expect(total - vat).toBe(Math.round(total / 1.15));
  });

  it('writes riyals with two decimals', () => {
    expect([riyals(11500), riyals(5), riyals(100), riyals(-250)]).toEqual(['115.00', '0.05', '1.00', '-2.50']);
  });
});
