import { cardNetwork } from './card-network';

describe('card networks', () => {
  it('labels mada before Visa and Mastercard, from the BIN', () => {
    expect(cardNetwork('4201 3201 1111 1010')).toBe('mada');
    expect(cardNetwork('5888450000000000')).toBe('mada');
    expect(cardNetwork('4111 1111 1111 1111')).toBe('visa');
    expect(cardNetwork('5421080101000000')).toBe('master');
    expect(cardNetwork('340000000900000')).toBe('amex');
    expect(cardNetwork('42013')).toBeNull();
  });
});
