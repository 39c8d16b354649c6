import { toHalalas } from './CounterPaymentForm';

describe('amounts typed at the counter', () => {
  it.each([
    ['115', 11500], ['115.5', 11550], ['115.50', 11550], ['٥٠', 5000], ['٧٠٫٢٥', 7025], ['70,25', 7025], [' 20 ', 2000],
  ])('%s riyals are %i halalas', (typed, halalas) => expect(toHalalas(typed)).toBe(halalas));

  it.each(['', 'abc', '1.234', '-5', '1e3'])('refuses %s', (typed) => expect(toHalalas(typed)).toBeNaN());
});
