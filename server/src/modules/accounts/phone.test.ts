import { normalizePhoneNumber, saudiLocalMobile } from './phone';

describe('phone normalisation', () => {
  it.each(['0501234567', '501234567', '966501234567', '00966501234567', '+966 50 123 4567', '05 0123 4567', '+966501234567', '٠٥٠١٢٣٤٥٦٧', '۰۵۰۱۲۳۴۵۶۷'])(
    '%s means +966501234567',
    (input) => {
      expect(normalizePhoneNumber(input)).toBe('+966501234567');
    },
  );

  it.each(['0521234567', '0579912345', '0112345678', '+966112345678', '123', '', 'abc', '05012345678901', '+9665'])('refuses %s', (input) => {
    expect(normalizePhoneNumber(input)).toBeNull();
  });

  it('accepts mobiles of other countries in E.164', () => {
    expect(normalizePhoneNumber('+971501234567')).toBe('+971501234567');
    expect(normalizePhoneNumber('+447400123456')).toBe('+447400123456');
  });

  it('refuses landlines of other countries', () => {
    expect(normalizePhoneNumber('+442071234567')).toBeNull();
  });

  it('gives the local form STC Pay wants for Saudi mobiles only', () => {
    expect(saudiLocalMobile('+966501234567')).toBe('0501234567');
    expect(saudiLocalMobile('+971501234567')).toBeNull();
  });
});
