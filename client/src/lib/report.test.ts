import { paired, relativeChange, servicesCsv, statusCsv, statusRows, summaryCsv, utilisationCsv } from './report';

describe('report helpers', () => {
  it('compares with the previous period, without dividing by nothing', () => {
    expect(relativeChange(150, 100)).toBe(0.5);
    expect(relativeChange(50, 100)).toBe(-0.5);
    expect(relativeChange(5, 0)).toBeNull();
  });

  it('lines up statuses, stylists and services of both periods', () => {
    expect(statusRows([{ status: 'NO_SHOW', count: 1 }, { status: 'COMPLETED', count: 3 }], [{ status: 'CANCELLED', count: 2 }])).toEqual([
      { status: 'CANCELLED', current: 0, previous: 2 }, { status: 'COMPLETED', current: 3, previous: 0 }, { status: 'NO_SHOW', current: 1, previous: 0 },
    ]);
    const rows = paired([{ id: 'b' }, { id: 'a' }], [{ id: 'c' }, { id: 'a' }], (r) => r.id);
    expect(rows.map((r) => [r.key, Boolean(r.current), Boolean(r.previous)])).toEqual([['b', true, false], ['a', true, true], ['c', false, true]]);
  });

  it('exports each table as CSV: SAR amounts, ratios to four places, Arabic names quoted only when needed', () => {
    expect(statusCsv([{ status: 'COMPLETED', current: 3, previous: 1 }])).toBe('\uFEFFstatus,bookings,previous_bookings\r\nCOMPLETED,3,1\r\n');
    const stylists = paired([{ staffId: '1', name: 'نورة', bookedMinutes: 90, availableMinutes: 540, rate: 90 / 540 }], [], (r) => r.staffId);
    expect(utilisationCsv(stylists).split('\r\n')[1]).toBe('نورة,90,540,0.1667,');
    const services = paired([], [{ serviceId: 's', name: 'Cut, wash', bookingCount: 2, bookedHalalas: 11500 }], (r) => r.serviceId);
    expect(servicesCsv(services).split('\r\n')[1]).toBe('"Cut, wash",0,0.00,2,115.00');
    expect(summaryCsv([{ figure: 'net', current: 11500, previous: null, kind: 'money' }, { figure: 'noShowRate', current: 0.25, previous: 1, kind: 'rate' }, { figure: 'bookings', current: 7, previous: 1, kind: 'count' }]).split('\r\n').slice(1, 4))
      .toEqual(['net,115.00,', 'noShowRate,0.2500,1.0000', 'bookings,7,1']);
  });
});
