/** Moyasar's documented test cards: number → outcome and the message Moyasar gives. */
export const TEST_CARDS: Record<string, { company: 'visa' | 'master' | 'mada' | 'amex'; paid: boolean; message: string }> = {
  '4201320111111010': { company: 'mada', paid: true, message: 'APPROVED' },
  '4201320000013020': { company: 'mada', paid: false, message: 'Unspecified Failure' },
  '4201320000311101': { company: 'mada', paid: false, message: 'Insufficient Funds' },
  '4201321234411220': { company: 'mada', paid: false, message: 'Declined' },
  '4111111111111111': { company: 'visa', paid: true, message: 'APPROVED' },
  '4123120000000000': { company: 'visa', paid: false, message: 'Unspecified Failure' },
  '4123120001090000': { company: 'visa', paid: false, message: 'Insufficient Funds' },
  '4123120001090109': { company: 'visa', paid: false, message: 'Declined' },
  '5421080101000000': { company: 'master', paid: true, message: 'APPROVED' },
  '5105105105105100': { company: 'master', paid: false, message: 'Unspecified Failure' },
  '5457210001000092': { company: 'master', paid: false, message: 'Insufficient Funds' },
  '5204730000002514': { company: 'master', paid: false, message: 'Declined' },
  '340000000900000': { company: 'amex', paid: true, message: 'APPROVED' },
  '371111111111114': { company: 'amex', paid: false, message: 'Unspecified Failure' },
  '340033000000000': { company: 'amex', paid: false, message: 'Insufficient Funds' },
  '340033000000133': { company: 'amex', paid: false, message: 'Declined' },
  '4111115784228433': { company: 'visa', paid: false, message: '3-D Secure transaction attempt failed' },
};

/** STC Pay's documented test mobile that is not registered, and its test codes: 123456 and 000000 pay. */
export const STC_PAY_UNREGISTERED = '0515555555';
export const STC_PAY_OTPS: Record<string, { paid: boolean; message: string }> = {
  '123456': { paid: true, message: 'Paid' },
  '000000': { paid: true, message: 'Paid' },
  '111111': { paid: false, message: 'Insufficient balance' },
  '222222': { paid: false, message: 'Daily limit exceeded' },
  '333333': { paid: false, message: 'Maximum amount exceeded' },
  '444444': { paid: false, message: 'Timeout' },
};
