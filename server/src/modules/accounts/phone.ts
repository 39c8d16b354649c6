import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

function asciiDigits(input: string): string {
  return input.replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * E.164 for a mobile number, or null. Saudi numbers may be written the local ways people type them
 * (0501234567, 501234567, 966…, 00966…, spaced, Arabic-Indic digits); Saudi landlines and non-mobile ranges
 * (052…) are refused. Numbers of other countries must be mobiles too.
 */
export function normalizePhoneNumber(raw: string): string | null {
  let input = asciiDigits(raw ?? '').trim().replace(/[\s\-().]/g, '');
  if (input.startsWith('00')) input = `+${input.slice(2)}`;
  if (/^966\d{9}$/.test(input)) input = `+${input}`;
  if (!/^\+?\d{6,16}$/.test(input)) return null;
  const phone = parsePhoneNumberFromString(input, 'SA');
  if (!phone || !phone.isValid()) return null;
  const type = phone.getType();
  if (type !== 'MOBILE' && !(phone.country !== 'SA' && type === 'FIXED_LINE_OR_MOBILE')) return null;
  return phone.number;
}

/** The local form Moyasar's STC Pay wants: 05XXXXXXXX. */
export function saudiLocalMobile(e164: string): string | null {
  return /^\+9665\d{8}$/.test(e164) ? `0${e164.slice(4)}` : null;
}

/**
 * What a deleted account's phone becomes: `x` and 15 hex digits of its id. Unique like the id, never a number
 * anyone can sign in with (the column's CHECK allows it on deleted rows only), so the real number is free again.
 */
export function erasedPhoneFor(userId: string): string {
  return `x${userId.replace(/-/g, '').slice(0, 15)}`;
}

export const isErasedPhone = (phone: string): boolean => phone.startsWith('x');
